// Named prepared statements (prepared-client.ts): on PostgreSQL each connection keeps its own; through the PGlite
// worker every connection shares PGlite's one session, where a name parsed by one connection already exists for the next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { dbKind, openTestDatabase, pgliteTemplateBytes } from '../../../../test/harness.js';
import { openDatabase, rows, transaction, type Database } from './client.js';
import { MAX_NAMED_PER_CONNECTION, statementName } from './prepared-client.js';

describe(`named prepared statements (${dbKind})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = dbKind === 'pglite' ? await openDatabase({ loadDataDir: pgliteTemplateBytes(), worker: true, poolSize: 4 }) : await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  /** Drizzle wraps the driver's error: the database's own message is its cause. */
  const failure = (p: Promise<unknown>) => p.then(
    () => 'no error',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );
  const square = (n: number) => rows<{ v: number }>(database.db, sql`SELECT ${n}::int * ${n}::int AS v`);

  it('runs one text on every connection at once, each time with its own values', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => square(i)));
    expect(results.map((r) => r[0].v)).toEqual(Array.from({ length: 40 }, (_, i) => i * i));
  });

  it('prepares a parameterised statement once per connection under the name of its text', async () => {
    const client = await database.pool!.connect();
    try {
      const text = 'SELECT $1::int + 1 AS v';
      for (let i = 0; i < 3; i++) expect((await client.query(text, [i])).rows[0].v).toBe(i + 1);
      const prepared = await client.query('SELECT name, statement FROM pg_prepared_statements WHERE name = $1', [statementName(text)]);
      expect(prepared.rows).toEqual([{ name: statementName(text), statement: text }]);
    } finally {
      client.release();
    }
  });

  it('names a single read without parameters (its values written in its text) from its second call, and no other text without parameters', async () => {
    const client = await database.pool!.connect();
    try {
      const read = "SELECT count(*)::int AS n FROM orgs WHERE path LIKE '/%'";
      const once = "SELECT count(*)::int AS n FROM orgs WHERE path LIKE '/1%'";
      expect((await client.query(once)).rows[0].n).toBeGreaterThan(0);
      const write = 'CREATE TEMP TABLE IF NOT EXISTS prep_unnamed (v int)';
      for (let i = 0; i < 2; i++) {
        expect((await client.query(read)).rows[0].n).toBeGreaterThan(0);
        await client.query(write);
      }
      const prepared = await client.query('SELECT statement FROM pg_prepared_statements WHERE name = ANY($1::text[])', [[statementName(read), statementName(write), statementName(once)]]);
      expect(prepared.rows).toEqual([{ statement: read }]);
    } finally {
      client.release();
    }
  });

  it('keeps the simple protocol for statements without parameters: several commands in one text', async () => {
    await database.db.execute(sql.raw('CREATE TEMP TABLE IF NOT EXISTS prep_probe (v int); INSERT INTO prep_probe VALUES (7)'));
  });

  it('reports an error in a statement and goes on with the next', async () => {
    expect(await failure(rows(database.db, sql`SELECT ${1}::int / 0 AS v`))).toMatch(/division by zero/);
    // A text that does not parse gets no name: the next try is parsed (and refused) again.
    expect(await failure(rows(database.db, sql`SELEC ${1}::int`))).toMatch(/syntax error/);
    expect(await failure(rows(database.db, sql`SELEC ${1}::int`))).toMatch(/syntax error/);
    expect((await square(9))[0].v).toBe(81);
  });

  it('rolls back a transaction and still runs its statements afterwards', async () => {
    await database.db.execute(sql`CREATE TABLE prep_tx (v int)`);
    const rolledBack = transaction(database.db, async (tx) => {
      await tx.execute(sql`INSERT INTO prep_tx VALUES (${1})`);
      await tx.execute(sql`INSERT INTO prep_tx VALUES (${'x'}::int)`);
    });
    expect(await failure(rolledBack)).toMatch(/invalid input syntax/);
    await database.db.execute(sql`INSERT INTO prep_tx VALUES (${1})`);
    expect((await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM prep_tx WHERE v = ${1}`))[0].n).toBe(1);
  });

  const numbered = (i: number) => `SELECT $1::int * 1 + ${i} AS v`;
  const namesOn = async (client: pg.PoolClient) => (await client.query<{ name: string }>('SELECT name FROM pg_prepared_statements')).rows.map((r) => r.name);

  it(`keeps ${MAX_NAMED_PER_CONNECTION} names on a connection, closing the least recently used (in a shared session: further texts run unnamed)`, async () => {
    const client = await database.pool!.connect();
    try {
      const hot = 'SELECT $1::int * 2 AS v';
      for (let i = 0; i < MAX_NAMED_PER_CONNECTION + 20; i++) {
        expect((await client.query(numbered(i), [1])).rows[0].v).toBe(1 + i);
        if (i % 50 === 0) expect((await client.query(hot, [i])).rows[0].v).toBe(2 * i);
      }
      // A closed text runs again (parsed again) under its name.
      expect((await client.query(numbered(0), [1])).rows[0].v).toBe(1);
      const names = await namesOn(client);
      if (dbKind === 'postgres') {
        expect(names).toHaveLength(MAX_NAMED_PER_CONNECTION);
        expect({ hot: names.includes(statementName(hot)), again: names.includes(statementName(numbered(0))), closed: names.includes(statementName(numbered(1))) }).toEqual({ hot: true, again: true, closed: false });
      } else expect(names.length).toBeGreaterThanOrEqual(MAX_NAMED_PER_CONNECTION);
    } finally {
      client.release();
    }
  });

  it('closes names inside a transaction without disturbing it, and keeps one an aborted transaction refused to close', async () => {
    const client = await database.pool!.connect();
    try {
      // Fill the connection, so every new text closes one.
      for (let i = 0; i < MAX_NAMED_PER_CONNECTION; i++) await client.query(numbered(1000 + i), [1]);
      await client.query('BEGIN');
      await client.query('CREATE TEMP TABLE prep_evict (v int)');
      for (let i = 0; i < 5; i++) await client.query(`INSERT INTO prep_evict VALUES ($1::int + ${i})`, [1]);
      await client.query('COMMIT');
      expect((await client.query('SELECT count(*)::int AS n FROM prep_evict')).rows[0].n).toBe(5);

      await client.query('BEGIN');
      await expect(client.query('SELECT $1::int / 0', [1])).rejects.toThrow(/division by zero/);
      await expect(client.query(numbered(2000), [1])).rejects.toThrow(/current transaction is aborted/);
      await client.query('ROLLBACK');
      for (const i of [2000, 2001, 1000]) expect((await client.query(numbered(i), [1])).rows[0].v).toBe(1 + i);
      const names = await namesOn(client);
      if (dbKind === 'postgres') expect(names.length).toBeLessThanOrEqual(MAX_NAMED_PER_CONNECTION + 1);
    } finally {
      client.release();
    }
  });
});
