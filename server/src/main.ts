import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEnv } from './kernel/env.js';
import { migrateDatabase, openDatabase } from './kernel/db/client.js';
import { buildApp, buildJobRunner, ensureReferenceData } from './app.js';
import { seedAll } from './seed/run.js';
import { seedInMemory } from './seed/in-memory.js';
import { listDemoAccounts } from './seed/demo-city.js';
import { roleLabels } from './kernel/access/roles.js';

const started = Date.now();
const env = loadEnv();
const pgliteDir = resolve(env.DATA_DIR, 'pglite');
const scale = env.DEMO_MODE && env.SEED_SCALE !== 'none' ? env.SEED_SCALE : null;
const log = (m: string) => console.log(`[seed] ${m}`);
// A first start on an empty PGlite folder: the demo city is seeded in memory and the folder written from it.
const fresh = !env.DATABASE_URL && scale && !existsSync(resolve(pgliteDir, 'PG_VERSION')) ? await seedInMemory(env, scale, log, pgliteDir) : null;
const database = await openDatabase(
  env.DATABASE_URL
    ? { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, prepare: env.DATABASE_PREPARE, pipeline: env.DATABASE_PIPELINE }
    : { dataDir: pgliteDir, worker: env.PGLITE_WORKER, poolSize: env.DATABASE_POOL_SIZE, prepare: env.DATABASE_PREPARE },
);
await migrateDatabase(database);
const { app, ctx } = await buildApp({ database, env });

let demo: Awaited<ReturnType<typeof seedAll>> = fresh?.demo ?? [];
if (fresh) {
  // Seeded in memory above.
} else if (scale) {
  demo = await seedAll(ctx, scale, log); // reference data first, then the demo once
} else {
  await ensureReferenceData(ctx);
}

await app.listen({ host: env.HOST, port: env.PORT });
const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${(app.server.address() as { port: number }).port}`;
console.log(`\n青春之岛先锋平台 Vanguard is running at ${url}  (database: ${database.kind}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`  member H5: ${url}/m    API docs: ${url}/api/docs`);
if (env.DEMO_MODE) {
  console.log(`  demo accounts (password: DEMO_PASSWORD${process.env.DEMO_PASSWORD ? '' : ' = ' + env.DEMO_PASSWORD}):`);
  const list = demo.length ? demo : await listDemoAccounts(database.db);
  for (const a of list) console.log(`    ${a.username.padEnd(13)} ${roleLabels[a.role].zh} ${a.note}`);
}

const jobRunner = buildJobRunner(ctx, (name, err) => app.log.error({ err, job: name }, 'job failed'));
jobRunner.start();

const shutdown = async () => {
  await jobRunner.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
