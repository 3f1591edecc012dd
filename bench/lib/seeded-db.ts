import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrateDatabase, migrationsFolder, openDatabase, type Database } from '../../server/src/kernel/db/client.js';
import { parseEnv, type Env } from '../../server/src/kernel/env.js';
import { EventBus } from '../../server/src/kernel/events.js';
import { seedAll } from '../../server/src/seed/run.js';
import { seedInMemory } from '../../server/src/seed/in-memory.js';
import type { SeedScale } from '../../server/src/seed/demo-city.js';

/** Seed code: the demo city and every module's seed (files named *seed* or under a seed/ folder). */
function seedSources(dir = resolve('server/src')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'seed' ? readdirSync(path, { recursive: true }).map((f) => join(path, String(f))) : seedSources(path);
      return /seed/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
    })
    .filter((f) => /\.(ts|json)$/.test(f))
    .sort();
}

/** Changes whenever the migration stream or the seed code does, so a cached city from an older schema or seed is rebuilt. */
function migrationsFingerprint(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).filter((n) => n.endsWith('.sql')).sort()) {
    h.update(f).update(readFileSync(join(migrationsFolder, f)));
  }
  for (const f of seedSources()) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

export interface SeededDatabase {
  database: Database;
  env: Env;
  seededNow: boolean;
  seedSeconds: number;
  /** Closes the database and removes its working copy (database.close() does the same). */
  close(): Promise<void>;
}

/**
 * Takes `dump` (a PGlite data folder dumped after migrating and seeding this scale, such as the test
 * template of test/global-setup.ts) as the cached city, so the next bench run at this scale starts from it.
 */
export async function primeSeededCity(scale: SeedScale, dump: string) {
  const dir = resolve('.tmp', `bench-${scale}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase({ dataDir: join(dir, 'seeded'), loadDataDir: new Blob([readFileSync(dump)]) });
  await database.close();
  writeFileSync(join(dir, 'seeded.json'), JSON.stringify({ fingerprint: migrationsFingerprint(), scale, at: new Date().toISOString(), from: dump }));
}

/** Creates the PostgreSQL database of `url` when the server does not have it yet. */
export async function ensureDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

async function seed(database: Database, env: Env, scale: SeedScale, log: (m: string) => void) {
  await migrateDatabase(database);
  const t = Date.now();
  const demo = await seedAll({ database, db: database.db, env, events: new EventBus() }, scale, (m) => log(`[seed] ${m}`));
  return { seededNow: demo.length > 0, seedSeconds: (Date.now() - t) / 1000 };
}

/**
 * A migrated database seeded with the demo city, exactly as a first `npm start` leaves it.
 * PGlite: the seeded data folder is kept once in .tmp/bench-<scale>/seeded/, and every
 * run works on a fresh copy of it, so one run's writes (sessions, ANALYZE) never reach the
 * next. DATABASE_URL: seeded in place (seeding is idempotent).
 */
export async function openSeededDatabase(scale: SeedScale, log: (m: string) => void, opts: { worker?: boolean } = {}): Promise<SeededDatabase> {
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SCALE: scale });
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openDatabase({ url, poolSize: env.DATABASE_POOL_SIZE });
    const s = await seed(database, env, scale, log);
    return { database, env, ...s, close: () => database.close() };
  }

  const dir = resolve('.tmp', `bench-${scale}`);
  const seeded = join(dir, 'seeded');
  const marker = join(dir, 'seeded.json');
  const fingerprint = migrationsFingerprint();
  let seededNow = false;
  let seedSeconds = 0;
  const cached = existsSync(join(seeded, 'PG_VERSION')) && existsSync(marker) && (JSON.parse(readFileSync(marker, 'utf8')) as { fingerprint: string }).fingerprint === fingerprint;
  if (!cached) {
    if (existsSync(marker)) log(`cached ${scale} city is from an older schema or seed; seeding again`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // In memory, as a first `npm start` seeds.
    const t = Date.now();
    const { demo } = await seedInMemory(env, scale, (m) => log(`[seed] ${m}`), seeded);
    seededNow = demo.length > 0;
    seedSeconds = (Date.now() - t) / 1000;
    writeFileSync(marker, JSON.stringify({ fingerprint, scale, at: new Date().toISOString() }));
  }
  const work = mkdtempSync(join(dir, 'run-'));
  cpSync(seeded, work, { recursive: true });
  const database = await openDatabase({ dataDir: work, worker: opts.worker, poolSize: env.DATABASE_POOL_SIZE });
  await migrateDatabase(database);
  const closeDatabase = database.close;
  database.close = async () => {
    await closeDatabase();
    rmSync(work, { recursive: true, force: true });
  };
  return { database, env, seededNow, seedSeconds, close: () => database.close() };
}
