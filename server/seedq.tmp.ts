import { PGlite } from '@electric-sql/pglite';
const stats = new Map<string, { n: number; ms: number }>();
for (const m of ['query', 'exec'] as const) {
  const orig = (PGlite.prototype as any)[m];
  (PGlite.prototype as any)[m] = async function (q: string, ...rest: any[]) {
    const t = performance.now();
    try { return await orig.call(this, q, ...rest); } finally {
      const k = String(q).replace(/\s+/g, ' ').slice(0, 110);
      const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s);
    }
  };
}
const rec = (q: string, t: number) => { const k = String(q).replace(/\s+/g, ' ').slice(0, 110); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s); };
const origTx = (PGlite.prototype as any).transaction;
(PGlite.prototype as any).transaction = function (cb: any) {
  return origTx.call(this, (tx: any) => {
    const w = Object.create(tx);
    for (const m of ['query', 'exec']) w[m] = async (q: string, ...rest: any[]) => { const t = performance.now(); try { return await tx[m](q, ...rest); } finally { rec(q, t); } };
    return cb(w);
  });
};
const { parseEnv } = await import('./src/kernel/env.js');
const { migrateDatabase, openDatabase } = await import('./src/kernel/db/client.js');
const { EventBus } = await import('./src/kernel/events.js');
const { seedAll } = await import('./src/seed/run.js');
const env = parseEnv({ ...process.env, DEMO_MODE: 'true' });
const t0 = performance.now();
const database = await openDatabase({});
await migrateDatabase(database);
stats.clear();
await seedAll({ database, db: database.db, env, events: new EventBus() }, (process.argv[2] ?? 'city') as any, () => {});
const tot = [...stats.values()].reduce((a, s) => a + s.ms, 0), cnt = [...stats.values()].reduce((a, s) => a + s.n, 0);
console.log('seeded', ((performance.now() - t0) / 1000).toFixed(1), 'in queries', (tot / 1000).toFixed(1), 'queries', cnt);
for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 45)) console.log((s.ms / 1000).toFixed(2).padStart(6), String(s.n).padStart(6), k);
