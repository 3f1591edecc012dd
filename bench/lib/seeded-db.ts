import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrateDatabase, migrationsFolder, openDatabase, type Database } from '../../server/src/kernel/db/client.js';
import { parseEnv, type Env } from '../../server/src/kernel/env.js';
import { EventBus } from '../../server/src/kernel/events.js';
import { seedAll } from '../../server/src/seed/run.js';
import type { SeedScale } from '../../server/src/seed/demo-city.js';

/** Changes whenever the migration stream does, so a cached folder from an older schema is rebuilt. */
function migrationsFingerprint(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).filter((n) => n.endsWith('.sql')).sort()) {
    h.update(f).update(readFileSync(join(migrationsFolder, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export interface SeededDatabase {
  database: Database;
  env: Env;
  seededNow: boolean;
  seedSeconds: number;
}

/**
 * A migrated database seeded with the demo city. PGlite: cached under .tmp/bench-<scale>/
 * so later runs reopen it (~1 s) instead of seeding again. DATABASE_URL: seeded in place
 * (seeding is idempotent).
 */
export async function openSeededDatabase(scale: SeedScale, log: (m: string) => void): Promise<SeededDatabase> {
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SCALE: scale });
  const url = process.env.DATABASE_URL;
  const dir = resolve('.tmp', `bench-${scale}`);
  const marker = join(dir, 'seeded.json');
  const fingerprint = migrationsFingerprint();
  let cached = false;
  if (!url && existsSync(marker)) {
    cached = (JSON.parse(readFileSync(marker, 'utf8')) as { fingerprint: string }).fingerprint === fingerprint;
    if (!cached) log(`cached ${scale} city is from an older schema; seeding again`);
  }
  if (!url && !cached) rmSync(dir, { recursive: true, force: true });

  const database = await openDatabase(url ? { url, poolSize: env.DATABASE_POOL_SIZE } : { dataDir: join(dir, 'pglite') });
  await migrateDatabase(database);
  if (cached) return { database, env, seededNow: false, seedSeconds: 0 };

  const t = Date.now();
  const demo = await seedAll({ database, db: database.db, env, events: new EventBus() }, scale, (m) => log(`[seed] ${m}`));
  const seedSeconds = (Date.now() - t) / 1000;
  if (!url) writeFileSync(marker, JSON.stringify({ fingerprint, scale, at: new Date().toISOString() }));
  return { database, env, seededNow: demo.length > 0, seedSeconds };
}
