import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, routeAllTo, sampleDemand } from '../demands.fixtures.js';
import { monthlyDifferences, rollupDifferences } from '../analytics/demands.rollup.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`demand intake in batches (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await createTestApp();
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const burst = (tag: string, n: number, poison?: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        admin.post('/api/v1/demands', {
          ...sampleDemand,
          description: `${tag} 第${i}件：${i === poison ? '毒' : ''}小区路灯损坏多日，夜间出行不便`,
          ...(i === 3 ? { categoryCode: 'no-such-category' } : {}),
        }),
      ),
    );

  it('writes simultaneous intakes together, each with its own tracking code, trail and audit entry; a bad one fails alone', async () => {
    const answers = await burst('同批', 12);
    expect(answers[3].statusCode).toBe(400);
    expect(answers[3].json().error.details[0].field).toBe('categoryCode');
    const made = answers.filter((_, i) => i !== 3).map((r) => r.json());
    expect(answers.filter((_, i) => i !== 3).map((r) => r.statusCode)).toEqual(Array(11).fill(201));
    expect(new Set(made.map((d) => d.trackingCode)).size).toBe(11);
    expect(made.every((d) => d.status === 'dispatched')).toBe(true);

    const ids = made.map((d) => Number(d.id));
    // Rows written by one transaction share its xmin: fewer transactions than demands means they were batched.
    const [tx] = await rows<{ n: number }>(t.db, sql`SELECT count(DISTINCT xmin::text)::int AS n FROM demands WHERE id = ANY(${`{${ids.join(',')}}`}::bigint[])`);
    expect(tx.n).toBeLessThan(ids.length);
    const trail = await rows<{ demand_id: string; actions: string }>(
      t.db,
      sql`SELECT demand_id, string_agg(action, ',' ORDER BY id) AS actions FROM demand_events WHERE demand_id = ANY(${`{${ids.join(',')}}`}::bigint[]) GROUP BY demand_id`,
    );
    expect(trail).toHaveLength(11);
    expect(trail.every((e) => e.actions === 'receive,dispatch')).toBe(true);
    const [audited] = await rows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'demands.intake' AND actor = 'admin' AND entity_id = ANY(${`{${ids.join(',')}}`}::text[])`,
    );
    expect(audited.n).toBe(11);
    const [tracked] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demand_tracking WHERE demand_id = ANY(${`{${ids.join(',')}}`}::bigint[])`);
    expect(tracked.n).toBe(11);
    expect(await rollupDifferences(t.db)).toEqual([]);
    expect(await monthlyDifferences(t.db)).toEqual([]);
  });

  it('when the database refuses a batch, its intakes are written one by one, so only the refused one fails', async () => {
    await t.db.execute(sql`ALTER TABLE demands ADD CONSTRAINT demands_test_refuse CHECK (description NOT LIKE '%毒%') NOT VALID`);
    try {
      const answers = await burst('分拆', 8, 5);
      expect(answers[5].statusCode).toBe(500);
      expect(answers.filter((_, i) => i !== 3 && i !== 5).map((r) => r.statusCode)).toEqual(Array(6).fill(201));
      const [n] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demands WHERE description LIKE '分拆 %'`);
      expect(n.n).toBe(6);
    } finally {
      await t.db.execute(sql`ALTER TABLE demands DROP CONSTRAINT demands_test_refuse`);
    }
    expect(await rollupDifferences(t.db)).toEqual([]);
  });
});
