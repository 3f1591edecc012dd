import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments } from '../../demands/demands.fixtures.js';
import { pairingTestApp, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Figure = { name: string; value: number; groupBy: string[]; drillDown: boolean; additive: boolean };
const sum = (list: { value: number }[]) => list.reduce((s, r) => s + r.value, 0);

describe(`pairing: concern figures and statistics (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, handler: Client;
  let ent1: Client, ent2: Client;
  let orgs: Awaited<ReturnType<typeof pairingTestApp>>['orgs'];
  let root: number;
  let handlerDept: { id: number; name: string };
  const ids: Record<string, number> = {};

  const raise = async (who: Client, category: string, description: string) => {
    const res = await who.post('/api/v1/me/concerns', { category, description });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().demandId as number;
  };
  const answer = async (id: number) => {
    expect((await handler.post(`/api/v1/demands/${id}/accept`, {})).statusCode).toBe(200);
    expect((await handler.post(`/api/v1/demands/${id}/answer`, { answer: '已协调相关部门，具体方案已电话告知。' })).statusCode).toBe(200);
  };
  const figure = async (client: Client, name: string, orgId: number, part = '', query = '') => {
    const res = await client.get(`/api/v1/figures/${name}${part}?orgId=${orgId}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    const p = await pairingTestApp();
    ({ t, admin, orgadmin, orgadmin2, orgs } = p);
    handler = await t.login('handler');
    ({ handlerDept } = await departments(t.db));
    [{ id: root }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    for (const c of ['financing', 'approval', 'labour']) {
      await t.db.execute(sql`INSERT INTO demand_dispatch_rules (category_code, district_code, org_id) VALUES (${`concern_${c}`}, '*', ${handlerDept.id})
        ON CONFLICT (category_code, district_code) DO UPDATE SET org_id = excluded.org_id`);
    }
    const r1 = await registerByStaff(orgadmin, orgs.agency1.id, { name: '周启航' });
    const r2 = await registerByStaff(orgadmin2, orgs.agency2.id, { name: '吴若溪', sector: 'ai' });
    ent1 = await signInIssued(t, r1.account.username, r1.account.initialPassword);
    ent2 = await signInIssued(t, r2.account.username, r2.account.initialPassword);

    ids.onTime = await raise(ent1, 'financing', '扩建产线资金缺口约500万元，希望对接银行授信。');
    ids.late = await raise(ent1, 'financing', '申请科技贷款贴息，材料已提交一个月未有回音。');
    ids.open = await raise(ent1, 'approval', '新厂房消防验收排队时间长，影响投产。');
    ids.other = await raise(ent2, 'labour', '技术工人招聘难，希望对接职业院校。');
    await answer(ids.onTime);
    // answered after its deadline
    await t.db.execute(sql`UPDATE demands SET resolution_due_at = now() - interval '1 day' WHERE id = ${ids.late}`);
    await answer(ids.late);
    expect((await ent1.post(`/api/v1/me/concerns/${ids.onTime}/rating`, { result: 'satisfied' })).statusCode).toBe(200);
    expect((await ent1.post(`/api/v1/me/concerns/${ids.late}/rating`, { result: 'basically_satisfied' })).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('are registered figures by organisation, district and category, with drill-down', async () => {
    const items = (await admin.get(`/api/v1/figures?orgId=${root}`)).json().items as Figure[];
    for (const name of ['pairing.concerns_raised', 'pairing.concerns_answered_on_time', 'pairing.concerns_satisfaction']) {
      const f = items.find((i) => i.name === name)!;
      expect(f, name).toBeDefined();
      expect(f.groupBy).toEqual(['org', 'district', 'category']);
      expect(f.drillDown).toBe(true);
    }
    expect(items.find((i) => i.name === 'pairing.concerns_raised')!.additive).toBe(true);
  });

  it('count the concerns raised in scope; records, categories, districts and months add up to the value', async () => {
    expect((await figure(admin, 'pairing.concerns_raised', root)).value).toBe(4);
    expect((await figure(orgadmin, 'pairing.concerns_raised', orgs.agency1.id)).value).toBe(3);
    expect((await figure(orgadmin2, 'pairing.concerns_raised', orgs.agency2.id)).value).toBe(1);
    expect((await orgadmin2.get(`/api/v1/figures/pairing.concerns_raised?orgId=${orgs.agency1.id}`)).statusCode).toBe(404);

    const records = await figure(admin, 'pairing.concerns_raised', root, '/records', '&pageSize=100');
    expect(records.total).toBe(4);
    expect(records.items.map((r: { demandId: number }) => Number(r.demandId)).sort()).toEqual(Object.values(ids).sort());
    const byCategory = await figure(admin, 'pairing.concerns_raised', root, '/breakdown', '&by=category');
    expect(byCategory.items.map((r: { key: string; label: string; value: number }) => [r.key, r.label, r.value])).toEqual([
      ['financing', '融资', 2],
      ['approval', '审批', 1],
      ['labour', '用工', 1],
    ]);
    const byDistrict = await figure(admin, 'pairing.concerns_raised', root, '/breakdown', '&by=district');
    expect(sum(byDistrict.items)).toBe(4);
    const byOrg = await figure(admin, 'pairing.concerns_raised', root, '/breakdown', '&by=org');
    expect(sum(byOrg.items)).toBe(4);
    const series = await figure(admin, 'pairing.concerns_raised', root, '/series', '&bucket=month');
    expect(sum(series.items)).toBe(4);
  });

  it('answered on time and satisfaction are the demands’ own rates over the concerns, following the demand settings', async () => {
    // root: 1 of 4 answered in time; 2 of 2 rated satisfied or basically satisfied
    expect((await figure(admin, 'pairing.concerns_answered_on_time', root)).value).toBe(25);
    expect((await figure(admin, 'pairing.concerns_satisfaction', root)).value).toBe(100);
    expect((await figure(orgadmin, 'pairing.concerns_answered_on_time', orgs.agency1.id)).value).toBe(33.33);
    expect((await figure(orgadmin2, 'pairing.concerns_answered_on_time', orgs.agency2.id)).value).toBe(0);
    expect((await figure(orgadmin2, 'pairing.concerns_satisfaction', orgs.agency2.id)).value).toBe(0);
    // the records of a rate are its hits
    const hits = await figure(admin, 'pairing.concerns_answered_on_time', root, '/records');
    expect(hits.items.map((r: { demandId: number }) => Number(r.demandId))).toEqual([ids.onTime]);
    expect((await figure(admin, 'pairing.concerns_satisfaction', root, '/records')).total).toBe(2);
    const byCategory = await figure(admin, 'pairing.concerns_answered_on_time', root, '/breakdown', '&by=category');
    expect(byCategory.items.find((r: { key: string }) => r.key === 'financing').value).toBe(50);

    // 基本满意 no longer counts: the demands' satisfaction rate and the concerns' follow the same setting
    expect((await admin.put('/api/v1/demand-settings', { basicallySatisfiedCounts: false })).statusCode).toBe(200);
    // the setting's write retires the cached concern figures too
    expect((await figure(admin, 'pairing.concerns_satisfaction', root)).value).toBe(50);
    expect((await figure(orgadmin, 'pairing.concerns_satisfaction', orgs.agency1.id)).value).toBe(50);
    expect((await figure(admin, 'pairing.concerns_satisfaction', root, '/records')).total).toBe(1);
  });

  it('the admin board counts concerns by department too, under the same filters', async () => {
    const board = (await orgadmin.get('/api/v1/pairing/concerns')).json();
    expect(board.total).toBe(3);
    expect(board.counts.byDepartment).toEqual([{ key: String(handlerDept.id), name: handlerDept.name.replace(/机关党委$/, ''), count: 3 }]);
    const financing = (await orgadmin.get('/api/v1/pairing/concerns?category=financing')).json();
    expect(financing.counts.byDepartment).toEqual([{ key: String(handlerDept.id), name: expect.any(String), count: 2 }]);
    // a concern not yet dispatched counts under 'none'
    await t.db.execute(sql`DELETE FROM demand_dispatch_rules WHERE category_code = 'concern_policy'`);
    await t.db.execute(sql`UPDATE demand_categories SET default_agency = NULL, default_org_id = NULL WHERE code = 'concern_policy'`);
    const undispatched = await raise(ent1, 'policy', '高新技术企业奖励资金尚未兑现。');
    const [{ org_id }] = await rows<{ org_id: number | null }>(t.db, sql`SELECT org_id FROM demands WHERE id = ${undispatched}`);
    expect(org_id).toBeNull();
    const all = (await orgadmin.get('/api/v1/pairing/concerns')).json();
    expect(all.counts.byDepartment).toEqual(expect.arrayContaining([{ key: 'none', name: '待派单', count: 1 }]));
    expect(all.counts.byDepartment.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(all.total);
  });
});
