import { PGlite } from '@electric-sql/pglite';
let phase = 'init'; const wall = new Map<string, number>(); let since = performance.now();
const stats = new Map<string, { n: number; ms: number }>();
for (const m of ['query', 'exec'] as const) {
  const orig = (PGlite.prototype as any)[m];
  (PGlite.prototype as any)[m] = async function (q: string, ...rest: any[]) {
    const t = performance.now();
    try { return await orig.call(this, q, ...rest); } finally {
      const k = phase + ' | ' + String(q).replace(/\s+/g, ' ').slice(0, 90);
      const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s);
    }
  };
}
const rec = (q: string, t: number) => { const k = phase + ' | ' + String(q).replace(/\s+/g, ' ').slice(0, 90); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s); };
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
await seedAll({ database, db: database.db, env, events: new EventBus() }, (process.argv[2] ?? 'city') as any, (m) => { if (m.startsWith('seed: ')) { wall.set(phase, performance.now() - since); since = performance.now(); phase = m.slice(6); } });
wall.set(phase, performance.now() - since);
const tot = [...stats.values()].reduce((a, s) => a + s.ms, 0), cnt = [...stats.values()].reduce((a, s) => a + s.n, 0);
console.log('seeded', ((performance.now() - t0) / 1000).toFixed(1), 'in queries', (tot / 1000).toFixed(1), 'queries', cnt);
const byPhase = new Map<string, {n:number;ms:number}>(); for (const [k, v] of stats) { const ph = k.split(' | ')[0]; const b = byPhase.get(ph) ?? {n:0,ms:0}; b.n += v.n; b.ms += v.ms; byPhase.set(ph, b); }
for (const [k, v] of byPhase) console.log('PHASE', k.padEnd(12), String(v.n).padStart(6), 'queries', (v.ms/1000).toFixed(2), 'wall', ((wall.get(k) ?? 0)/1000).toFixed(2));
for (const [k, s] of [...stats].filter(([k]) => !process.env.PH || k.startsWith(process.env.PH + ' |')).sort((a, b) => b[1].ms - a[1].ms).slice(0, 45)) console.log((s.ms / 1000).toFixed(2).padStart(6), String(s.n).padStart(6), k);
