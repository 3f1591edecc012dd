import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, hotlineIntake, routeAllTo } from '../demands.fixtures.js';
import { historyContext, loadHistory } from './demands.history-load.js';
import { historyGenerator } from './demands.history.js';
import { monthlyDifferences, rollupDifferences } from './demands.rollup.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const DAY = '2020-03-02';

/** Ten demands received on DAY, with known outcomes (times in Asia/Shanghai). */
const known = [
  // accepted, response due, answered, resolution due, status, satisfaction
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'satisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'satisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'satisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'satisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'satisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'basically_satisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'closed', 'dissatisfied'],
  ['09:30', '10:00', '12:00', '18:00', 'answered', null],
  ['09:30', '10:00', '20:00', '18:00', 'answered', null],
  ['11:00', '10:00', null, '18:00', 'in_progress', null],
] as const;

describe(`demand analytics (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let dept: { id: number; path: string };

  beforeAll(async () => {
    t = await createTestApp();
    dept = (await departments(t.db)).handlerDept;
    await routeAllTo(t.db, dept.id);
    admin = await t.login('admin');
    orgadmin = await t.login('orgadmin');
    for (const [i, [acc, rdue, ans, sdue, status, sat]] of known.entries()) {
      const at = (hm: string | null) => (hm ? `${DAY} ${hm}+08` : null);
      await t.db.execute(sql`INSERT INTO demands (district_code, tracking_code, channel, category_code, title, description, status, org_id, org_path, received_at, dispatched_at,
          accepted_at, answered_at, closed_at, response_due_at, resolution_due_at, satisfaction)
        VALUES ('370203', ${'QDKNOWN' + i}, 'hotline', 'water', '已知样本', '已知样本', ${status}, ${dept.id}, ${dept.path}, ${at('09:00')}::timestamptz, ${at('09:05')}::timestamptz,
          ${at(acc)}::timestamptz, ${at(ans)}::timestamptz, ${status === 'closed' ? at('21:00') : null}::timestamptz, ${at(rdue)}::timestamptz, ${at(sdue)}::timestamptz, ${sat})`);
    }
  });
  afterAll(() => t.close());

  const rates = async (client: Client, query = '') => {
    const res = await client.get(`/api/v1/demand-analytics/rates?by=none&from=${DAY}&to=${DAY}${query}`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: { responseRate: number; resolutionRate: number; satisfactionRate: number; counts: Record<string, number> }[] }).items[0];
  };

  it('computes the three rates with the configured definitions', async () => {
    let r = await rates(admin);
    expect(r.counts.received).toBe(10);
    expect([r.responseRate, r.resolutionRate, r.satisfactionRate]).toEqual([90, 80, 85.71]);
    const put = await admin.put('/api/v1/demand-settings', { basicallySatisfiedCounts: false, responseInTimeOnly: false, resolutionMeans: 'closed', resolutionInTimeOnly: false });
    expect(put.statusCode).toBe(200);
    r = await rates(admin);
    expect([r.responseRate, r.resolutionRate, r.satisfactionRate]).toEqual([100, 70, 71.43]);
    await admin.put('/api/v1/demand-settings', { basicallySatisfiedCounts: true, responseInTimeOnly: true, resolutionMeans: 'answered', resolutionInTimeOnly: true });
  });

  it('drill-down lists exactly the demands behind a number', async () => {
    for (const [q, n] of [['measure=responded_in_time', 9], ['rate=resolution&part=hit', 8], ['rate=satisfaction&part=hit', 6], ['rate=satisfaction&part=base', 7]] as const) {
      const res = await admin.get(`/api/v1/demand-analytics/drill?${q}&from=${DAY}&to=${DAY}&pageSize=100`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { total: number; items: unknown[] };
      expect([q, body.total, body.items.length]).toEqual([q, n, n]);
    }
    const byOrg = (await (await admin.get(`/api/v1/demand-analytics/rates?by=org&from=2000-01-01`)).json()) as { items: { key: string; counts: { received: number } }[] };
    const mine = byOrg.items.find((i) => i.key === String(dept.id))!;
    const drill = (await admin.get(`/api/v1/demand-analytics/drill?measure=received&orgId=${dept.id}&from=2000-01-01&pageSize=1`)).json() as { total: number };
    expect(drill.total).toBe(mine.counts.received);
  });

  it('scopes figures to the caller: an agency admin outside the department sees none of its demands', async () => {
    const r = await rates(orgadmin);
    expect(r?.counts.received ?? 0).toBe(0);
    const res = await orgadmin.get(`/api/v1/demand-analytics/drill?measure=received&from=${DAY}&to=${DAY}`);
    expect((res.json() as { total: number }).total).toBe(0);
  });

  it('trend, district heat, hot topics and the monthly focus read the same counts', async () => {
    const trend = (await admin.get(`/api/v1/demand-analytics/trend?interval=month&from=2020-03-01&to=2020-03-31`)).json() as { items: { period: string; counts: { received: number } }[] };
    expect(trend.items).toEqual([expect.objectContaining({ period: '2020-03-01', counts: expect.objectContaining({ received: 10 }) })]);
    const heat = (await admin.get(`/api/v1/demand-analytics/districts?from=${DAY}&to=${DAY}`)).json() as { items: { key: string; label: string }[] };
    expect(heat.items.map((i) => [i.key, i.label])).toEqual([['370203', '市北区']]);
    const hot = (await admin.get(`/api/v1/demand-analytics/hot-topics?from=${DAY}&to=${DAY}`)).json() as { categories: { code: string; count: number }[] };
    expect(hot.categories).toEqual([expect.objectContaining({ code: 'water', count: 10 })]);
    const focus = (await admin.get('/api/v1/demand-analytics/monthly-focus?month=2020-03')).json() as { focus: { categoryCode: string; count: number; previousCount: number; change: number } };
    expect(focus.focus).toMatchObject({ categoryCode: 'water', count: 10, previousCount: 0, change: 10 });
    expect((await admin.get('/api/v1/demand-analytics/monthly-focus?month=2020-13')).statusCode).toBe(400);
  });

  it('a period of partial and whole months (monthly rollup) adds up to the same as its days', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    for (const [from, to] of [['2020-02-15', today], ['2019-12-31', '2020-03-31'], ['2020-03-02', '2020-03-02']]) {
      const total = ((await (await admin.get(`/api/v1/demand-analytics/rates?by=none&from=${from}&to=${to}`)).json()) as { items: { counts: Record<string, number> }[] }).items[0].counts;
      const days = ((await (await admin.get(`/api/v1/demand-analytics/trend?interval=day&from=${from}&to=${to}`)).json()) as { items: { counts: Record<string, number> }[] }).items;
      for (const k of ['received', 'respondedInTime', 'answered', 'rated', 'satisfied']) expect([from, k, total[k]]).toEqual([from, k, days.reduce((s, d) => s + d.counts[k], 0)]);
    }
  });

  it('finds demands by Chinese keywords, within scope, with the name masked', async () => {
    const d = await hotlineIntake(admin, { description: '海滨栈道护栏松动，游客倚靠存在坠海危险', citizenName: '李四光' });
    const res = await admin.get(`/api/v1/demand-analytics/search?q=${encodeURIComponent('护栏 坠海')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { words: string[]; items: { id: number; citizenName: string }[] };
    expect(body.items.map((i) => i.id)).toContain(d.id);
    expect(body.items.find((i) => i.id === d.id)!.citizenName).toBe('李**');
    const none = (await (await admin.get(`/api/v1/demand-analytics/search?q=${encodeURIComponent('护栏 供暖')}`)).json()) as { items: unknown[] };
    expect(none.items).toEqual([]);
    const outside = (await (await orgadmin.get(`/api/v1/demand-analytics/search?q=${encodeURIComponent('护栏')}`)).json()) as { items: { id: number }[] };
    expect(outside.items.map((i) => i.id)).not.toContain(d.id);
    expect((await admin.get('/api/v1/demand-analytics/search?q=')).statusCode).toBe(400);
  });

  it('the history generator is deterministic and its bulk load leaves the rollup exact', async () => {
    const ctx = await historyContext(t.db, '2021-01-01', Date.parse('2021-02-01T00:00:00Z'));
    const a = historyGenerator(ctx, 7)('2021-01-15', 200);
    const b = historyGenerator(ctx, 7)('2021-01-15', 200);
    expect(a).toEqual(b);
    expect(historyGenerator(ctx, 8)('2021-01-15', 200)).not.toEqual(a);
    const loaded = await loadHistory(t.db, { years: 0.05, perYear: 20000, endDay: '2021-01-31', batchSize: 300 });
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demands WHERE tracking_code LIKE 'QH%'`);
    expect(n).toBe(loaded.rows);
    expect(await rollupDifferences(t.db)).toEqual([]);
    expect(await monthlyDifferences(t.db)).toEqual([]);
  });
});
