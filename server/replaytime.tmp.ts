import { readFileSync } from 'node:fs';
import { openDatabase, rows } from './src/kernel/db/client.js';
import { sql } from 'drizzle-orm';
import { defineModulePermissions, allModules } from './src/app.js';
import { replayableEvents, replayAwards } from './src/kernel/points/replay.js';
import * as R from './src/kernel/points/replay.js';
const database = await openDatabase({ loadDataDir: new Blob([readFileSync('/tmp/city.tar')]), settings: { work_mem: '64MB', maintenance_work_mem: '256MB', full_page_writes: 'off' } });
const db = database.db;
// register modules so replay sources exist
const { parseEnv } = await import('./src/kernel/env.js');
const { buildApp } = await import('./src/app.js');
const { app } = await buildApp({ database, env: parseEnv({ ...process.env, DEMO_MODE: 'true' }) });
await database.pglite!.exec('TRUNCATE points_ledger; DROP INDEX points_ledger_day_idx; DROP INDEX points_ledger_org_idx; DROP INDEX points_ledger_idem_uq');
const { explainBatch } = await import('./explain.tmp.js');
if (process.argv[2] === 'explain') { await explainBatch(db, process.argv[3]); process.exit(0); }
let t = performance.now();
for (const e of replayableEvents()) { const a = await replayAwards(db, e); const n = performance.now(); console.log('awards', e, a.length, ((n - t) / 1000).toFixed(2)); t = n; }
t = performance.now();

const n = await R.replayBatch(db); console.log('batch', n, ((performance.now() - t) / 1000).toFixed(2));
t = performance.now();
if (process.argv[2] === 'noidx') { await database.pglite!.exec('CREATE INDEX points_ledger_day_idx ON points_ledger (person_id, rule_code, day); CREATE INDEX points_ledger_org_idx ON points_ledger (org_path)'); console.log('reindex', ((performance.now() - t) / 1000).toFixed(2)); }
await app.close(); await database.close();
