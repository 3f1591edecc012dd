import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { rows } from '../server/src/kernel/db/client.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

/**
 * A write that loses to another transaction (serialisation failure, deadlock victim, a lock it may not wait for) or
 * meets a database that is going away is not the caller's fault nor a bug: nothing of it was kept, and it can be sent
 * again. It answers 503 with Retry-After, in the API's error format, not 500.
 */
describe(`a moment's database contention answers 503 with Retry-After (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let person: { id: number; position: string | null };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    const list = await admin.get('/api/v1/people?page=1&pageSize=1&sort=id');
    person = list.json().items[0];
  });
  afterAll(() => t.close());

  const run = async (...statements: string[]) => {
    for (const s of statements) await t.db.execute(sql.raw(s));
  };
  /** While `fn` runs, every update of a person fails with this SQLSTATE, as the database would raise it. */
  const failingUpdates = async (sqlState: string, what: string, fn: () => Promise<void>) => {
    await run(
      `CREATE FUNCTION test_transient() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '${what}' USING ERRCODE = '${sqlState}'; END $$`,
      'CREATE TRIGGER test_transient BEFORE UPDATE ON people FOR EACH ROW EXECUTE FUNCTION test_transient()',
    );
    try {
      await fn();
    } finally {
      await run('DROP TRIGGER test_transient ON people', 'DROP FUNCTION test_transient()');
    }
  };

  for (const [sqlState, what] of [
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock detected'],
    ['55P03', 'lock not available'],
    ['57P01', 'admin shutdown'],
    ['08006', 'connection failure'],
  ] as const) {
    it(`${what} (${sqlState}): 503 busy, Retry-After, nothing written`, async () => {
      await failingUpdates(sqlState, what, async () => {
        const res = await admin.patch(`/api/v1/people/${person.id}`, { position: '重试岗位' });
        expect(res.statusCode, res.body).toBe(503);
        expect(res.headers['retry-after']).toBe('1');
        expect(res.json().error).toMatchObject({ code: 'busy', message_en: 'The system is busy; try again in a moment' });
      });
      const [row] = await rows<{ position: string | null }>(t.db, sql`SELECT position FROM people WHERE id = ${person.id}`);
      expect(row.position).toBe(person.position);
      const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'person' AND entity_id = ${String(person.id)} AND action = 'people.update'`);
      expect(n).toBe(0);
      // Sent again once the contention is over, the same request goes through.
      const again = await admin.patch(`/api/v1/people/${person.id}`, { position: person.position ?? '科员' });
      expect(again.statusCode, again.body).toBe(200);
    });
  }

  it('a fault of the statement itself stays a 500', async () => {
    await failingUpdates('XX000', 'broken trigger', async () => {
      const res = await admin.patch(`/api/v1/people/${person.id}`, { position: '重试岗位' });
      expect(res.statusCode, res.body).toBe(500);
      expect(res.headers['retry-after']).toBeUndefined();
    });
  });
});
