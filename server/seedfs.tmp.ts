import { parseEnv } from './src/kernel/env.js';
import { migrateDatabase, openDatabase } from './src/kernel/db/client.js';
import { EventBus } from './src/kernel/events.js';
import { seedAll } from './src/seed/run.js';
const env = parseEnv({ ...process.env, DEMO_MODE: 'true' });
const t0 = performance.now(); const el = () => ((performance.now() - t0) / 1000).toFixed(1);
const database = await openDatabase({});
await migrateDatabase(database);
await seedAll({ database, db: database.db, env, events: new EventBus() }, (process.argv[2] ?? 'small') as any, () => {});
console.log('seeded', el());
const FS = (database.pglite as any).mod.FS;
function du(path: string): number { const st = FS.stat(path); if (FS.isDir(st.mode)) return FS.readdir(path).filter((n: string) => n !== '.' && n !== '..').reduce((s: number, n: string) => s + du(path + '/' + n), 0); return st.size; }
console.log(JSON.stringify(FS.readdir('/')), JSON.stringify(FS.readdir('/pglite'))); const root = process.env.ROOT ?? '/pglite/data';
const show = () => { for (const n of FS.readdir(root)) if (n !== '.' && n !== '..') { const s = du(root + '/' + n); if (s > 1e6) console.log(n, (s / 1e6).toFixed(0), 'MB'); } };
show();
if (process.argv[3] === 'ckpt') { await database.pglite!.exec('CHECKPOINT'); console.log('checkpoint', el()); show(); }
const d = await database.pglite!.dumpDataDir('none'); console.log('dump', el(), (d.size / 1e6).toFixed(0));
await database.close();
const { PGlite } = await import('@electric-sql/pglite');
const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
const { rmSync } = await import('node:fs');
rmSync('/tmp/loadtest', { recursive: true, force: true });
const t1 = performance.now();
const p = new PGlite({ dataDir: '/tmp/loadtest', loadDataDir: d, extensions: { btree_gist } });
await p.waitReady; console.log('loaded', ((performance.now() - t1) / 1000).toFixed(1));
console.log((await p.query('select count(*) from people')).rows);
await p.close();
