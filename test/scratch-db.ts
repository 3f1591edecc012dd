import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../server/src/kernel/db/client.js';
import { assertDatabaseTestFile, pgliteTemplateBytes } from './harness.js';

/** Runs statements on the server of TEST_DATABASE_URL (CREATE/DROP DATABASE need their own connection). */
export async function pgAdmin(...statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    for (const s of statements) await admin.query(s);
  } finally {
    await admin.end();
  }
}

/** The URL of database `name` on the server of TEST_DATABASE_URL. */
export function pgUrlOf(name: string): string {
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = '/' + name;
  return u.toString();
}

/**
 * An empty database of the kind under test, as a server would be given it: a PostgreSQL database
 * next to TEST_DATABASE_URL, or PGlite in a DATA_DIR on disk. `serverEnv` points a server process
 * at it and at `dataDir` (where uploads go, and PGlite's data under `pglite/`).
 */
export interface ScratchDatabase {
  open(): Promise<Database>;
  serverEnv: Record<string, string>;
  dataDir: string;
  /** PostgreSQL: the database name. */
  name?: string;
  drop(): Promise<void>;
}

/** `seeded`: start from a copy of the test run's template (migrated, tiny demo city) instead of nothing. */
export async function scratchDatabase(prefix: string, opts: { seeded?: boolean } = {}): Promise<ScratchDatabase> {
  assertDatabaseTestFile();
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (process.env.TEST_DATABASE_URL) {
    const name = `${prefix}_${randomBytes(4).toString('hex')}`;
    await pgAdmin(`CREATE DATABASE ${name}${opts.seeded ? ` TEMPLATE ${inject('pgTemplate')}` : ''}`);
    const url = pgUrlOf(name);
    return {
      open: () => openDatabase({ url, poolSize: 4 }),
      serverEnv: { DATABASE_URL: url, DATA_DIR: dataDir },
      dataDir,
      name,
      drop: async () => {
        await pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await removeDir();
      },
    };
  }
  if (opts.seeded) {
    const loaded = await openDatabase({ dataDir: join(dataDir, 'pglite'), loadDataDir: pgliteTemplateBytes() });
    await loaded.close();
  }
  return { open: () => openDatabase({ dataDir: join(dataDir, 'pglite') }), serverEnv: { DATA_DIR: dataDir }, dataDir, drop: removeDir };
}
