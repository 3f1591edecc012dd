// PGlite in a worker thread (PGLITE_WORKER, how `npm start` opens it): the app works through it, a
// transaction is not mixed with other connections' statements, and a long query leaves this thread free.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../app.js';
import { dbKind, DEMO_PASSWORD, pgliteTemplateBytes, testEnv } from '../../../../test/harness.js';
import { openDatabase, rows, transaction, type Database } from './client.js';

if (dbKind !== 'pglite') console.warn('pglite-worker tests skipped: they open PGlite, which the PGlite pass covers');

describe.skipIf(dbKind !== 'pglite')('PGlite in a worker thread', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>['app'];

  beforeAll(async () => {
    database = await openDatabase({ loadDataDir: pgliteTemplateBytes(), worker: true, poolSize: 4 });
    ({ app } = await buildApp({ database, env: testEnv(), logger: false }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('serves the app: sign in and read the people list of the demo city', async () => {
    expect(database.kind).toBe('pglite');
    expect(database.pglite).toBeUndefined();
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const res = await app.inject({ method: 'GET', url: '/api/v1/people?page=1&pageSize=5', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const [{ n }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM people`);
    expect(res.json().total).toBeGreaterThan(0);
    expect(res.json().total).toBeLessThanOrEqual(n);
  });

  it('keeps a transaction to itself: other statements wait for it, and a rollback leaves nothing', async () => {
    await database.db.execute(sql`CREATE TABLE worker_probe (v int)`);
    let seenInside = -1;
    const outcome = transaction(database.db, async (tx) => {
      await tx.execute(sql`INSERT INTO worker_probe VALUES (1)`);
      // A statement on another connection, sent while the transaction is open.
      const outside = rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM worker_probe`);
      await tx.execute(sql`INSERT INTO worker_probe VALUES (2)`);
      seenInside = (await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM worker_probe`))[0].n;
      throw Object.assign(new Error('roll back'), { outside });
    }).catch((e: Error & { outside: Promise<{ n: number }[]> }) => e.outside);
    const outside = await outcome;
    expect(seenInside).toBe(2);
    // The outside statement ran after the rollback, not inside the transaction.
    expect(outside[0].n).toBe(0);
    expect((await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM worker_probe`))[0].n).toBe(0);
  });

  it('leaves this thread free while a long query runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await database.db.execute(sql`SELECT pg_sleep(0.6)`);
    clearInterval(timer);
    // In this thread PGlite would hold the event loop for the whole query: no tick could run.
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});
