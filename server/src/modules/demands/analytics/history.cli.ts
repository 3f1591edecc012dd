import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../../../kernel/env.js';
import { migrateDatabase, openDatabase } from '../../../kernel/db/client.js';
import { EventBus } from '../../../kernel/events.js';
import { seedAll } from '../../../seed/run.js';
import { loadHistory } from './demands.history-load.js';
import { demandDayRange, rebuildRollup } from './demands.rollup.js';

// npm run seed:demands -- --years 5 --per-year 5000000 [--database-url postgres://…] [--seed 2026] [--end-day YYYY-MM-DD] [--batch 20000]
// npm run seed:demands -- --rebuild-rollup [--from YYYY-MM-DD --to YYYY-MM-DD]
const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '1' },
    'per-year': { type: 'string', default: '100000' },
    'database-url': { type: 'string' },
    seed: { type: 'string', default: '2026' },
    'end-day': { type: 'string' },
    batch: { type: 'string', default: '20000' },
    'rebuild-rollup': { type: 'boolean', default: false },
    from: { type: 'string' },
    to: { type: 'string' },
  },
});
const years = Number(values.years);
const perYear = Number(values['per-year']);
if (!(years > 0 && years <= 20) || !(perYear > 0 && perYear <= 20_000_000)) {
  console.error('--years must be in (0, 20] and --per-year in (0, 20000000]');
  process.exit(2);
}
const env = loadEnv();
const url = values['database-url'] ?? env.DATABASE_URL;
const database = await openDatabase(url ? { url, poolSize: 4 } : { dataDir: resolve(env.DATA_DIR, 'pglite') });
try {
  await migrateDatabase(database);
  const ctx = { database, db: database.db, env: { ...env, LOG_LEVEL: 'silent' as const }, events: new EventBus() };
  await seedAll(ctx, env.SEED_SCALE === 'none' ? 'small' : env.SEED_SCALE, (m) => console.log(m));
  if (values['rebuild-rollup']) {
    const range = values.from && values.to ? { from: values.from, to: values.to } : await demandDayRange(database.db);
    if (range) {
      const t = performance.now();
      const n = await rebuildRollup(database.db, range.from, range.to);
      console.log(`rollup ${range.from} … ${range.to}: ${n} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  } else {
    await loadHistory(database.db, { years, perYear, seed: Number(values.seed), endDay: values['end-day'], batchSize: Number(values.batch), log: (m) => console.log(m) });
  }
} finally {
  await database.close();
}
