// Single statements outside transactions travel pipelined on a few connections (pipelined-pool.ts); PostgreSQL only
// (PGlite is one session in this process or behind its worker, where there is no round trip to save).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { dbKind, openTestDatabase } from '../../../../test/harness.js';
import { rows, transaction, type Database } from './client.js';
import { PipelinedPool } from './pipelined-pool.js';
import { MAX_NAMED_PER_CONNECTION, PreparingClient } from './prepared-client.js';

if (dbKind !== 'postgres') console.warn('pipelined-pool tests skipped: PGlite has no connections to pipeline; the PostgreSQL pass runs them');

type Lanes = { lanes: Array<{ stream: { _writev?: (...a: unknown[]) => unknown; _write: (...a: unknown[]) => unknown } }> };

describe.skipIf(dbKind !== 'postgres')('pipelined single statements (PostgreSQL)', () => {
  let database: Database;
  let url: string;
  const pools: pg.Pool[] = [];
  /** A pool of its own with `lanes` pipelined connections, on the test's database. */
  const openPool = (lanes: number): pg.Pool => {
    const pool: pg.Pool = new PipelinedPool({ connectionString: url, max: 4, Client: PreparingClient }, lanes);
    pool.on('error', () => {});
    pools.push(pool);
    return pool;
  };
  const pid = async (pool: pg.Pool) => (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;

  beforeAll(async () => {
    database = await openTestDatabase();
    url = (database.pool!.options as { connectionString: string }).connectionString;
  });
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("sends the app's statements of one turn on two connections, each batch in one write", async () => {
    // Through Drizzle, as the app sends them: a pool of 8 answers 30 statements from the two pipelined connections.
    const pids = await Promise.all(Array.from({ length: 30 }, (_, i) => rows<{ pid: number; v: number }>(database.db, sql`SELECT pg_backend_pid() AS pid, ${i}::int AS v`)));
    expect(pids.map((r) => r[0].v)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(new Set(pids.map((r) => r[0].pid)).size).toBeLessThanOrEqual(2);

    const pool = openPool(2);
    await Promise.all([pid(pool), pid(pool)]); // both lanes open
    let writes = 0;
    for (const lane of (pool as unknown as Lanes).lanes) {
      for (const key of ['_write', '_writev'] as const) {
        const original = lane.stream[key]!;
        lane.stream[key] = function (this: unknown, ...a: unknown[]) {
          writes++;
          return original.apply(this, a);
        };
      }
    }
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.query<{ v: number }>('SELECT $1::int AS v', [i])));
    expect(answers.map((a) => a.rows[0].v)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(2);
  });

  it('fails only the statement in error; those around it are answered', async () => {
    const pool = openPool(1);
    const settle = (p: Promise<pg.QueryResult>) => p.then((r) => r.rows[0].v as number, (e: Error) => e.message);
    const got = await Promise.all([
      settle(pool.query('SELECT $1::int AS v', [1])),
      settle(pool.query('SELECT $1::int / 0 AS v', [2])),
      settle(pool.query('SELECT $1::int AS v', [3])),
      settle(pool.query('SELEC $1::int AS v', [4])),
      settle(pool.query("SELECT 'x'::int AS v")),
      settle(pool.query('SELECT $1::int AS v', [5])),
    ]);
    expect(got).toEqual([1, 'division by zero', 3, expect.stringMatching(/syntax error/), expect.stringMatching(/invalid input syntax/), 5]);
  });

  it('sends a statement past a connection held up by a slow one, on a pooled connection', async () => {
    const pool = openPool(1);
    const lanePid = await pid(pool);
    const order: string[] = [];
    const slow = pool.query('SELECT pg_sleep(2)').then(() => order.push('slow'));
    await sleep(300); // nothing comes back on the lane meanwhile
    const quick = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    order.push('quick');
    await slow;
    expect(order).toEqual(['quick', 'slow']);
    expect(quick.rows[0].pid).not.toBe(lanePid);
  });

  it('fails the statements of a broken connection and opens another for the next', async () => {
    const pool = openPool(1);
    const first = await pid(pool);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend($1)', [first]);
    } finally {
      await admin.end();
    }
    let next: number | undefined;
    for (let attempt = 0; attempt < 5 && next === undefined; attempt++) {
      next = await pid(pool).catch(() => undefined);
      if (next === undefined) await sleep(50);
    }
    expect(next).toBeDefined();
    expect(next).not.toBe(first);
  });

  it('keeps a transaction on a connection of its own: its writes are seen inside it, and outside only once committed', async () => {
    await database.db.execute(sql`CREATE TABLE pipe_tx (v int)`);
    const count = async (db = database.db) => (await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM pipe_tx`))[0].n;
    await transaction(database.db, async (tx) => {
      await tx.execute(sql`INSERT INTO pipe_tx VALUES (${1})`);
      const [inside, outside] = await Promise.all([count(tx), count()]);
      expect({ inside, outside }).toEqual({ inside: 1, outside: 0 });
    });
    expect(await count()).toBe(1);
  });

  it('parses a closed name again when its text follows the DEALLOCATE in the same write', async () => {
    const pool = openPool(1);
    const numbered = (i: number) => `SELECT $1::int * 1 + ${i} AS v`;
    for (let i = 0; i < MAX_NAMED_PER_CONNECTION; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => pool.query(numbered(i + k), [1])));
    }
    // The first closes the least recently used name (numbered(0)); the second sends numbered(0) right behind it.
    const [a, b] = await Promise.all([pool.query(numbered(MAX_NAMED_PER_CONNECTION), [1]), pool.query(numbered(0), [1])]);
    expect([a.rows[0].v, b.rows[0].v]).toEqual([1 + MAX_NAMED_PER_CONNECTION, 1]);
    const kept = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements');
    expect(kept.rows[0].n).toBe(MAX_NAMED_PER_CONNECTION);
  });
});
