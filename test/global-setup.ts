import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase, type Database } from '../server/src/kernel/db/client.js';
import { parseEnv } from '../server/src/kernel/env.js';
import { EventBus } from '../server/src/kernel/events.js';
import { seedAll } from '../server/src/seed/run.js';
import { seededTemplate } from '../e2e/seeded-folder.js';
import { CHROMIUM } from '../e2e/support.js';

export const TEMPLATE_DB = `vg_test_template_${process.pid}`;

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string | null;
  }
}

async function migrateAndSeed(database: Database) {
  await migrateDatabase(database);
  const env = parseEnv({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  await seedAll({ database, db: database.db, env, events: new EventBus() }, 'tiny', () => {});
}

/** Whether browser journeys may run: Chromium is there and the run is not limited to files outside e2e/. */
function journeysInRun(project: TestProject): boolean {
  if (!existsSync(CHROMIUM)) return false;
  // The file filters of the command line (vitest keeps them on the instance before any global setup runs).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  const excluded = project.config.exclude.some((glob) => glob.startsWith('e2e'));
  return !excluded && (filters.length === 0 || filters.some((f) => f.includes('e2e')));
}

/**
 * Migrates and seeds one template database per run, of the kind under test; every test file then
 * starts from a copy of it (PGlite: a dumped data folder; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = '/' + TEMPLATE_DB;
    const database = await openDatabase({ url: u.toString(), poolSize: 2 });
    await migrateAndSeed(database);
    await database.close();
    project.provide('pgTemplate', TEMPLATE_DB);
    // On PostgreSQL every test database is a copy of that template; no PGlite one is needed.
    project.provide('pgliteTemplate', '');
    return async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.end();
    };
  }
  project.provide('pgTemplate', null);
  // The journeys' city is seeded by a server process of its own: started now, it seeds on the other
  // core while this process seeds the test template, instead of after it with one core idle.
  const journeysCity = journeysInRun(project) ? seededTemplate(fileURLToPath(new URL('..', import.meta.url))) : null;
  const database = await openDatabase({});
  await migrateAndSeed(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await journeysCity;
  project.provide('pgliteTemplate', file);

  return async () => {
    rmSync(file, { force: true });
  };
}
