import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../server/src/kernel/db/client.js';

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
 * next to TEST_DATABASE_URL, or a PGlite DATA_DIR on disk. `serverEnv` points a server process at it.
 */
export interface ScratchDatabase {
  open(): Promise<Database>;
  serverEnv: Record<string, string>;
  /** PGlite: the DATA_DIR; PostgreSQL: the database name. */
  where: string;
  drop(): Promise<void>;
}

export async function scratchDatabase(prefix: string): Promise<ScratchDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    const name = `${prefix}_${randomBytes(4).toString('hex')}`;
    await pgAdmin(`CREATE DATABASE ${name}`);
    const url = pgUrlOf(name);
    return {
      open: () => openDatabase({ url, poolSize: 4 }),
      serverEnv: { DATABASE_URL: url },
      where: name,
      drop: () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    open: () => openDatabase({ dataDir: join(dir, 'pglite') }),
    serverEnv: { DATA_DIR: dir },
    where: dir,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
