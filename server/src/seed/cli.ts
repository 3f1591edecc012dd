import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../kernel/env.js';
import { migrateDatabase, openDatabase } from '../kernel/db/client.js';
import { buildApp } from '../app.js';
import { seedAll } from './run.js';

// npm run seed -- --scale small|city [--seed 2026] [--young 0.4]
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'city' }, seed: { type: 'string', default: '2026' }, young: { type: 'string' } } });
if (!['tiny', 'small', 'city'].includes(values.scale!)) {
  console.error('--scale must be tiny, small or city');
  process.exit(2);
}
const env = loadEnv();
if (values.young !== undefined) {
  const young = Number(values.young);
  if (!(young >= 0 && young <= 1)) {
    console.error('--young must be a share between 0 and 1, e.g. 0.4');
    process.exit(2);
  }
  env.SEED_YOUNG_RATIO = young;
}
const database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: resolve(env.DATA_DIR, 'pglite') });
await migrateDatabase(database);
const { app, ctx } = await buildApp({ database, env: { ...env, LOG_LEVEL: 'silent' } });
const t = Date.now();
const demo = await seedAll(ctx, values.scale as 'tiny', (m) => console.log(m), Number(values.seed));
console.log(demo.length ? `seeded in ${((Date.now() - t) / 1000).toFixed(1)} s` : 'already seeded; nothing to do');
await app.close();
await database.close();
