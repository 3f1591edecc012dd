import { resolve } from 'node:path';
import { loadEnv } from './kernel/env.js';
import { migrateDatabase, openDatabase } from './kernel/db/client.js';
import { buildApp } from './app.js';
import { seedAll } from './seed/run.js';
import { roleLabels } from './kernel/access/roles.js';
import { purgeExpiredSessions } from './kernel/auth/sessions.js';

const started = Date.now();
const env = loadEnv();
const database = await openDatabase(
  env.DATABASE_URL ? { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE } : { dataDir: resolve(env.DATA_DIR, 'pglite') },
);
await migrateDatabase(database);
const { app, ctx } = await buildApp({ database, env });

let demo: Awaited<ReturnType<typeof seedAll>> = [];
if (env.DEMO_MODE && env.SEED_SCALE !== 'none') {
  demo = await seedAll(ctx, env.SEED_SCALE, (m) => console.log(`[seed] ${m}`));
}

await app.listen({ host: env.HOST, port: env.PORT });
const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${(app.server.address() as { port: number }).port}`;
console.log(`\n青春之岛先锋平台 Vanguard is running at ${url}  (database: ${database.kind}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`  member H5: ${url}/m    API docs: ${url}/api/docs`);
if (env.DEMO_MODE) {
  console.log(`  demo accounts (password: DEMO_PASSWORD${process.env.DEMO_PASSWORD ? '' : ' = ' + env.DEMO_PASSWORD}):`);
  const list = demo.length ? demo : [{ username: 'admin', role: 'committee_admin' as const, note: '' }];
  for (const a of list) console.log(`    ${a.username.padEnd(13)} ${roleLabels[a.role].zh} ${a.note}`);
}

// Expired sessions are refused on use anyway; this only keeps the table small.
const timeouts = { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS };
setInterval(() => purgeExpiredSessions(database.db, timeouts).catch((err) => app.log.warn({ err }, 'session purge failed')), 10 * 60_000).unref();

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
