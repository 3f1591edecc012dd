import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { makeRandom } from '../../../seed/random.js';
import { demandDayRange, rebuildRollup, monthlyDifferences, rollupDifferences, rollupOffForTransaction } from './demands.rollup.js';
import { departments, hotlineIntake, routeAllTo } from '../demands.fixtures.js';
import { escalate } from '../workflow/demands.jobs.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`demand rollup (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let handler: Client;
  let dept: { id: number };
  let other: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    ({ handlerDept: dept, otherDept: other } = await departments(t.db));
    await routeAllTo(t.db, dept.id);
    admin = await t.login('admin');
    handler = await t.login('handler');
  });
  afterAll(() => t.close());

  it('the seeded demands are already rolled up exactly', async () => {
    expect(await rollupDifferences(t.db)).toEqual([]);
    expect(await monthlyDifferences(t.db)).toEqual([]);
  });

  it('after a random sequence of intakes and transitions through the API, the rollup equals a recomputation', async () => {
    const r = makeRandom(5);
    const cats = ['water', 'roads', 'heating', 'property', 'parking'];
    const districts = [['370202', '370202001'], ['370203', null], ['370211', null]] as const;
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const [district, street] = r.pick(districts);
      const d = await hotlineIntake(admin, { categoryCode: r.pick(cats), districtCode: district, streetCode: street, description: `第${i}件：路灯损坏夜间出行不便` });
      ids.push(d.id);
    }
    const moves: [Client, string, Record<string, unknown>][] = [
      [handler, 'accept', {}], [handler, 'start', {}], [handler, 'answer', { answer: '经现场核实，问题已修复，现场已清理完毕。' }], [handler, 'return', { reason: '非本单位职责' }],
      [admin, 'dispatch', { orgId: dept.id }], [admin, 'redispatch', { orgId: other.id }], [admin, 'redispatch', { orgId: dept.id }],
      [admin, 'callback', { result: 'satisfied' }], [admin, 'callback', { result: 'basically_satisfied' }], [admin, 'callback', { result: 'dissatisfied' }],
      [admin, 'close', {}], [admin, 'merge', { targetId: 0 }],
    ];
    let applied = 0;
    for (let step = 0; step < 150; step++) {
      const id = r.pick(ids);
      const [who, action, body] = r.pick(moves);
      const payload = action === 'merge' ? { targetId: ids.find((x) => x !== id) } : body;
      const res = await who.post(`/api/v1/demands/${id}/${action}`, payload);
      if (res.statusCode === 200) applied++;
      else expect([404, 409, 400, 422]).toContain(res.statusCode);
      // Time-driven changes (supervision lights) go through the same trigger.
      if (step % 50 === 49) {
        await t.db.execute(sql`UPDATE demands SET resolution_due_at = now() - interval '1 hour' WHERE id = ${r.pick(ids)} AND status NOT IN ('answered', 'closed')`);
        await escalate(t.db);
      }
    }
    expect(applied).toBeGreaterThan(20);
    expect(await rollupDifferences(t.db)).toEqual([]);
    expect(await monthlyDifferences(t.db)).toEqual([]);
  });

  it('a rebuild gives the same rows, and a rebuild after a load without the trigger repairs the rollup', async () => {
    const before = await rows(t.db, sql`SELECT * FROM demand_daily_rollup ORDER BY day, district_code, category_code, org_id`);
    const range = (await demandDayRange(t.db))!;
    await rebuildRollup(t.db, range.from, range.to);
    const after = await rows(t.db, sql`SELECT * FROM demand_daily_rollup WHERE received + merged > 0 ORDER BY day, district_code, category_code, org_id`);
    expect(after).toEqual(before.filter((b) => Number(b.received) + Number(b.merged) > 0));

    await transaction(t.db, async (tx) => {
      await rollupOffForTransaction(tx);
      await tx.execute(sql`UPDATE demands SET satisfaction = 'dissatisfied' WHERE status = 'closed'`);
    });
    expect((await rollupDifferences(t.db)).length).toBeGreaterThan(0);
    await rebuildRollup(t.db, range.from, range.to);
    expect(await rollupDifferences(t.db)).toEqual([]);
    expect(await monthlyDifferences(t.db)).toEqual([]);
  });
});
