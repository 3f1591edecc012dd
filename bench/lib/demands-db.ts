import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { migrateDatabase, migrationsFolder, openDatabase, rows, type Database } from '../../server/src/kernel/db/client.js';
import { parseEnv, type Env } from '../../server/src/kernel/env.js';
import { EventBus } from '../../server/src/kernel/events.js';
import { seedAll } from '../../server/src/seed/run.js';
import { loadHistory } from '../../server/src/modules/demands/analytics/demands.history-load.js';
import { ensureRollupTrigger } from '../../server/src/modules/demands/analytics/demands.rollup.js';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/vg_bench_demands';

function fingerprint(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).filter((n) => n.endsWith('.sql')).sort()) h.update(f).update(readFileSync(join(migrationsFolder, f)));
  return h.digest('hex').slice(0, 16);
}

async function recreate(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

/**
 * The dedicated PostgreSQL database of the demand benches (DATABASE_URL, or vg_bench_demands on the
 * local server), seeded with the small demo city and `years` × `perYear` generated demands. It is
 * kept between runs and reused when it already holds that size from the same migration stream.
 */
export async function openDemandsBenchDb(years: number, perYear: number, log: (m: string) => void, dbName = 'vg_bench_demands'): Promise<{ database: Database; env: Env; loadedNow: boolean }> {
  const url = process.env.DATABASE_URL ?? DEFAULT_URL.replace('vg_bench_demands', dbName);
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', DEMO_MODE: 'true', SEED_SCALE: 'small' });
  const want = { fingerprint: fingerprint(), years, perYear };
  let database = await openDatabase({ url, poolSize: 20 }).catch(() => null);
  let marker: unknown = null;
  try {
    if (database) [{ value: marker } = { value: null }] = await rows<{ value: unknown }>(database.db, sql`SELECT value FROM demand_settings WHERE key = 'bench_history'`);
  } catch {
    marker = null; // missing database or older schema
  }
  // jsonb does not keep key order, so compare field by field.
  const same = marker != null && Object.entries(want).every(([k, v]) => (marker as Record<string, unknown>)[k] === v);
  if (same) {
    // The data stays; the rollup trigger is brought up to this checkout's version, as a server start would.
    await ensureRollupTrigger(database!.db);
    return { database: database!, env, loadedNow: false };
  }

  await database?.close();
  log(`preparing ${url.replace(/\/\/[^@]*@/, '//')}: ${years} year(s) × ${perYear.toLocaleString('en')} demands`);
  await recreate(url);
  database = await openDatabase({ url, poolSize: 20 });
  await migrateDatabase(database);
  await seedAll({ database, db: database.db, env, events: new EventBus() }, 'small', (m) => log(`[seed] ${m}`));
  await loadHistory(database.db, { years, perYear, log });
  await database.db.execute(sql`INSERT INTO demand_settings (key, value) VALUES ('bench_history', ${JSON.stringify(want)}::jsonb)`);
  return { database, env, loadedNow: true };
}
