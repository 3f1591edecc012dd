import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments } from '../../demands/demands.fixtures.js';
import { pairingTestApp, peopleUnder, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Concern = { demandId: number; trackingCode: string; status: string; departmentName: string | null; answer: string | null; satisfaction: string | null; raisedAs: string; canRate: boolean };

describe(`pairing: concerns run as demands (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client, orgadmin2: Client, member: Client, handler: Client;
  let ent1: Client, ent2: Client;
  let e1: number, e2: number;
  let pair1: number, pair2: number;
  let handlerDept: { id: number; path: string; name: string };
  let raised: Concern;
  const concern = { category: 'financing', title: '扩建产线资金缺口', description: '企业计划扩建无人机产线，资金缺口约500万元，希望对接银行授信和贴息政策。' };
  const written = async () =>
    (await rows<{ demands: number; links: number; audits: number }>(t.db, sql`SELECT (SELECT count(*)::int FROM demands) AS demands, (SELECT count(*)::int FROM pairing_concerns) AS links,
      (SELECT count(*)::int FROM audit_log WHERE action IN ('demands.intake', 'pairing.concern_raise')) AS audits`))[0];

  beforeAll(async () => {
    const p = await pairingTestApp();
    ({ t, orgadmin, orgadmin2, member } = p);
    handler = await t.login('handler');
    ({ handlerDept } = await departments(t.db));
    // Financing concerns go to the demo handler's department by a dispatch rule, like any demand category.
    await t.db.execute(sql`INSERT INTO demand_dispatch_rules (category_code, district_code, org_id) VALUES ('concern_financing', '*', ${handlerDept.id})
      ON CONFLICT (category_code, district_code) DO UPDATE SET org_id = excluded.org_id`);
    const r1 = await registerByStaff(orgadmin, p.orgs.agency1.id, { name: '周启航' });
    const r2 = await registerByStaff(orgadmin2, p.orgs.agency2.id, { name: '吴若溪' });
    [e1, e2] = [r1.entrepreneur.id, r2.entrepreneur.id];
    ent1 = await signInIssued(t, r1.account.username, r1.account.initialPassword);
    ent2 = await signInIssued(t, r2.account.username, r2.account.initialPassword);
    pair1 = (await orgadmin.post('/api/v1/pairing/pairs', { cadrePersonId: p.memberPersonId, entrepreneurId: e1 })).json().id;
    const [otherCadre] = await peopleUnder(t, p.orgs.agency2.path, 1);
    pair2 = (await orgadmin2.post('/api/v1/pairing/pairs', { cadrePersonId: otherCadre, entrepreneurId: e2 })).json().id;
    expect([pair1, pair2].every(Boolean)).toBe(true);
  });
  afterAll(() => t.close());

  it('an entrepreneur raises a concern: a demand routed to the department, linked to them and their cadre', async () => {
    const res = await ent1.post('/api/v1/me/concerns', concern);
    expect(res.statusCode, res.body).toBe(201);
    raised = res.json();
    expect(raised).toMatchObject({ category: 'financing', categoryName: '融资', raisedAs: 'entrepreneur', status: 'dispatched', entrepreneurId: e1, title: concern.title, canRate: false });
    expect(raised.departmentName).toBe(handlerDept.name.replace(/机关党委$/, ''));
    const [link] = await rows<{ pair_id: number; raised_as: string; category_code: string; channel: string; citizen_name: string }>(
      t.db,
      sql`SELECT c.pair_id, c.raised_as, d.category_code, d.channel, d.citizen_name FROM pairing_concerns c JOIN demands d ON d.district_code = c.district_code AND d.id = c.demand_id WHERE c.demand_id = ${raised.demandId}`,
    );
    expect(link).toMatchObject({ pair_id: pair1, raised_as: 'entrepreneur', category_code: 'concern_financing', channel: 'api', citizen_name: '周启航' });
  });

  it('the department answers it with the demands routes; the cadre follows it; the entrepreneur rates it', async () => {
    expect((await handler.get(`/api/v1/demands/${raised.demandId}`)).statusCode).toBe(200);
    expect((await handler.post(`/api/v1/demands/${raised.demandId}/accept`, {})).statusCode).toBe(200);
    const answered = await handler.post(`/api/v1/demands/${raised.demandId}/answer`, { answer: '已对接三家银行，授信方案下周上门洽谈。' });
    expect(answered.statusCode, answered.body).toBe(200);

    const followed = (await member.get('/api/v1/me/followed-concerns')).json();
    expect(followed.items.find((c: Concern) => c.demandId === raised.demandId)).toMatchObject({ status: 'answered', answer: '已对接三家银行，授信方案下周上门洽谈。', entrepreneurName: '周启航' });
    const mine = (await ent1.get('/api/v1/me/concerns')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ demandId: raised.demandId, status: 'answered', canRate: true });

    // someone else's concern is the same 404 as an unknown one, and rates nothing
    expect((await ent2.post(`/api/v1/me/concerns/${raised.demandId}/rating`, { result: 'dissatisfied' })).statusCode).toBe(404);
    const rated = await ent1.post(`/api/v1/me/concerns/${raised.demandId}/rating`, { result: 'satisfied', comment: '响应很快' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ status: 'closed', satisfaction: 'satisfied', canRate: false });
    const [cb] = await rows<{ result: string; source: string; username: string }>(
      t.db,
      sql`SELECT cb.result, cb.source, a.username FROM demand_callbacks cb JOIN accounts a ON a.id = cb.account_id WHERE cb.demand_id = ${raised.demandId}`,
    );
    expect(cb).toMatchObject({ result: 'satisfied', source: 'citizen' });
    expect((await ent1.post(`/api/v1/me/concerns/${raised.demandId}/rating`, { result: 'satisfied' })).statusCode).toBe(409);
    expect((await member.get('/api/v1/me/followed-concerns?status=closed')).json().items.map((c: Concern) => c.demandId)).toContain(raised.demandId);
  });

  it('the cadre raises one for their own pair only; each side sees only their own', async () => {
    const res = await member.post(`/api/v1/me/pairs/${pair1}/concerns`, { category: 'approval', description: '新厂房消防验收排队时间长，影响投产。' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ raisedAs: 'cadre', entrepreneurId: e1 });
    expect((await member.post(`/api/v1/me/pairs/${pair2}/concerns`, concern)).statusCode).toBe(404);
    const other = await ent2.post('/api/v1/me/concerns', { category: 'labour', description: '技术工人招聘难，希望对接职业院校。' });
    expect(other.statusCode, other.body).toBe(201);

    const mine = (await ent1.get('/api/v1/me/concerns')).json().items.map((c: Concern) => c.demandId);
    expect(mine).toHaveLength(2);
    expect(mine).not.toContain(other.json().demandId);
    expect((await ent2.get('/api/v1/me/concerns')).json().items.map((c: Concern) => c.demandId)).toEqual([other.json().demandId]);
    expect((await member.get('/api/v1/me/followed-concerns')).json().items.map((c: Concern) => c.demandId)).not.toContain(other.json().demandId);
    // roles stay apart: a cadre is not an entrepreneur and the reverse
    expect((await member.get('/api/v1/me/concerns')).statusCode).toBe(403);
    expect((await ent1.get('/api/v1/me/followed-concerns')).statusCode).toBe(403);
  });

  it('admins list the concerns of their scope with counts by category, sector and status', async () => {
    const board = (await orgadmin.get(`/api/v1/pairing/concerns?entrepreneurId=${e1}`)).json();
    expect(board.total).toBe(2);
    expect(board.counts.byCategory).toEqual(expect.arrayContaining([{ key: 'financing', count: 1 }, { key: 'approval', count: 1 }]));
    expect(board.counts.bySector).toEqual([{ key: 'low_altitude', count: 2 }]);
    expect(board.counts.byStatus).toEqual(expect.arrayContaining([{ key: 'closed', count: 1 }]));
    expect((await orgadmin.get(`/api/v1/pairing/concerns?entrepreneurId=${e1}&status=closed`)).json().items.map((c: Concern) => c.demandId)).toEqual([raised.demandId]);
    // agency 2 does not reach agency 1's entrepreneur
    expect((await orgadmin2.get(`/api/v1/pairing/concerns?entrepreneurId=${e1}`)).json().total).toBe(0);
    expect((await orgadmin2.get(`/api/v1/pairing/concerns?entrepreneurId=${e2}`)).json().total).toBe(1);
  });

  it('bad input is refused with nothing written, also when the demands engine refuses it', async () => {
    const before = await written();
    for (const body of [{ ...concern, category: 'bogus' }, { ...concern, description: '' }, { category: 'financing' }]) {
      expect((await ent1.post('/api/v1/me/concerns', body)).statusCode).toBe(400);
    }
    // The category switched off on the demands configuration: intake refuses it, and the link is not left behind.
    await t.db.execute(sql`UPDATE demand_categories SET active = false WHERE code = 'concern_land'`);
    const refused = await ent1.post('/api/v1/me/concerns', { category: 'land', description: '扩建用地指标迟迟未落实。' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('validation_failed');
    expect(await written()).toEqual(before);
  });

  it('after the pair ends the cadre raises no more for them; the entrepreneur still can, unfollowed', async () => {
    expect((await orgadmin.post(`/api/v1/pairing/pairs/${pair1}/end`, { reason: '干部岗位调整' })).statusCode).toBe(200);
    expect((await member.post(`/api/v1/me/pairs/${pair1}/concerns`, concern)).statusCode).toBe(409);
    const res = await ent1.post('/api/v1/me/concerns', { category: 'policy', description: '高新技术企业奖励资金尚未兑现。' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ cadrePersonId: null, raisedAs: 'entrepreneur' });
    expect((await member.get('/api/v1/me/followed-concerns')).json().items.map((c: Concern) => c.demandId)).not.toContain(res.json().demandId);
  });
});
