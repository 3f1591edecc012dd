import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { pairingTestApp, peopleUnder, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Pair = { id: number; cadrePersonId: number; entrepreneurId: number; endedAt: string | null; endReason: string | null; contactCount: number; lastContactAt: string | null };

describe(`pairing: pairs and contact logs (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof pairingTestApp>>['orgs'];
  let memberPersonId: number;
  let cadres1: number[], cadres2: number[];
  let e1: number, e2: number, e1Account: { username: string; initialPassword: string };
  let firstPair: number;
  const activePairsOf = async (entrepreneurId: number) =>
    rows<{ id: number; cadre: number }>(t.db, sql`SELECT id, cadre_person_id AS cadre FROM pairing_pairs WHERE entrepreneur_id = ${entrepreneurId} AND ended_at IS NULL`);
  const pair = (client: Client, body: Record<string, unknown>) => client.post('/api/v1/pairing/pairs', body);
  const log = (client: Client, pairId: number, body: Record<string, unknown> = {}) =>
    client.post(`/api/v1/me/pairs/${pairId}/contacts`, { kind: 'visit', topic: '走访了解融资需求', notes: '扩建产线资金缺口约500万元', followUp: '对接金融机构', happenedAt: new Date(Date.now() - 3600_000).toISOString(), ...body });

  beforeAll(async () => {
    ({ t, admin, orgadmin, orgadmin2, member, orgs, memberPersonId } = await pairingTestApp());
    cadres1 = await peopleUnder(t, orgs.agency1.path, 3, [memberPersonId]);
    cadres2 = await peopleUnder(t, orgs.agency2.path, 1);
    const r1 = await registerByStaff(orgadmin, orgs.agency1.id, { name: '刘一帆' });
    e1 = r1.entrepreneur.id;
    e1Account = r1.account;
    e2 = (await registerByStaff(orgadmin, orgs.agency1.id, { name: '孙晓雨' })).entrepreneur.id;
  });
  afterAll(() => t.close());

  it('an org admin pairs a cadre of their subtree; other agencies reach neither side', async () => {
    const res = await pair(orgadmin, { cadrePersonId: memberPersonId, entrepreneurId: e1, note: '低空经济产业链对接' });
    expect(res.statusCode, res.body).toBe(201);
    firstPair = res.json().id;
    expect(res.json()).toMatchObject({ cadrePersonId: memberPersonId, entrepreneurId: e1, endedAt: null, contactCount: 0, entrepreneurName: '刘一帆' });

    // agency 2's admin: a cadre of agency 1 and an entrepreneur of agency 1 are both 404
    const foreignCadre = await pair(orgadmin2, { cadrePersonId: cadres1[0], entrepreneurId: e2 });
    expect(foreignCadre.statusCode).toBe(404);
    const foreignEntrepreneur = await pair(orgadmin2, { cadrePersonId: cadres2[0], entrepreneurId: e2 });
    expect(foreignEntrepreneur.statusCode).toBe(404);
    expect(foreignEntrepreneur.json().error.details).toEqual([{ field: 'entrepreneurId', message: '青年企业家不存在或不在您的管理范围内' }]);
    expect((await orgadmin2.get('/api/v1/pairing/pairs?pageSize=200')).json().items.map((p: Pair) => p.id)).not.toContain(firstPair);
    expect((await orgadmin2.post(`/api/v1/pairing/pairs/${firstPair}/end`, { reason: '越权' })).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/pairing/pairs/${firstPair}/contacts`)).statusCode).toBe(404);
    expect((await member.post('/api/v1/pairing/pairs', { cadrePersonId: memberPersonId, entrepreneurId: e2 })).statusCode).toBe(403);

    // the entrepreneur sees their cadre
    const self = await signInIssued(t, e1Account.username, e1Account.initialPassword);
    expect((await self.get('/api/v1/me/entrepreneur')).json().pair).toMatchObject({ id: firstPair, cadrePersonId: memberPersonId });
    const [audit] = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'pairing_pair' AND entity_id = ${String(firstPair)}`);
    expect(audit.action).toBe('pairing.pair_start');
  });

  it('an entrepreneur has one cadre at a time; handing over ends the old pair with its reason, a cadre may have several', async () => {
    const second = await pair(orgadmin, { cadrePersonId: cadres1[0], entrepreneurId: e1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'entrepreneur_already_paired', details: { pairId: firstPair, sameCadre: false } });
    expect((await pair(orgadmin, { cadrePersonId: memberPersonId, entrepreneurId: e1, reassignReason: '同一干部' })).json().error.code).toBe('entrepreneur_already_paired');

    const handover = await pair(orgadmin, { cadrePersonId: cadres1[0], entrepreneurId: e1, reassignReason: '原结对干部岗位调整' });
    expect(handover.statusCode, handover.body).toBe(201);
    expect(await activePairsOf(e1)).toEqual([{ id: handover.json().id, cadre: cadres1[0] }]);
    const history = (await orgadmin.get(`/api/v1/pairing/pairs?entrepreneurId=${e1}`)).json();
    expect(history.total).toBe(2);
    expect(history.items[0]).toMatchObject({ id: handover.json().id, endedAt: null });
    expect(history.items[1]).toMatchObject({ id: firstPair, endReason: '原结对干部岗位调整' });
    expect(history.items[1].endedAt).not.toBeNull();
    expect((await orgadmin.get(`/api/v1/pairing/pairs?entrepreneurId=${e1}&active=false`)).json().items.map((p: Pair) => p.id)).toEqual([firstPair]);

    // the member is paired again, with two entrepreneurs at once
    const back = await pair(orgadmin, { cadrePersonId: memberPersonId, entrepreneurId: e1, reassignReason: '岗位调整后回归' });
    expect(back.statusCode).toBe(201);
    expect((await pair(orgadmin, { cadrePersonId: memberPersonId, entrepreneurId: e2 })).statusCode).toBe(201);
    const mine = (await member.get('/api/v1/me/pairs?active=true')).json();
    expect(mine.items.map((p: Pair) => p.entrepreneurId).sort()).toEqual([e1, e2].sort());
    expect((await member.get('/api/v1/me/pairs')).json().total).toBe(3);
    // the entrepreneur is now reachable by agency 2 only if paired there: still not
    expect((await orgadmin2.get(`/api/v1/pairing/entrepreneurs/${e1}`)).statusCode).toBe(404);
  });

  it('two admins pairing the same entrepreneur at once: one wins, the other is told it is paired', async () => {
    const e3 = (await registerByStaff(orgadmin, orgs.agency1.id, { name: '赵一鸣' })).entrepreneur.id;
    const [a, b] = await Promise.all([pair(admin, { cadrePersonId: cadres1[1], entrepreneurId: e3 }), pair(orgadmin, { cadrePersonId: cadres1[2], entrepreneurId: e3 })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('entrepreneur_already_paired');
    expect(await activePairsOf(e3)).toHaveLength(1);
    // and at the database: a second active pair is refused by the partial unique index
    const [{ orgId, orgPath }] = await rows<{ orgId: number; orgPath: string }>(t.db, sql`SELECT org_id AS "orgId", org_path AS "orgPath" FROM pairing_pairs WHERE entrepreneur_id = ${e3}`);
    await expect(t.db.execute(sql`INSERT INTO pairing_pairs (cadre_person_id, entrepreneur_id, org_id, org_path) VALUES (${cadres1[0]}, ${e3}, ${orgId}, ${orgPath})`)).rejects.toThrow();
  });

  it('only approved entrepreneurs are paired', async () => {
    const anon = t.anonymous();
    const res = await anon.post('/api/v1/public/pairing/registrations', { name: '待审企业家', company: '青岛待审科技有限公司', creditCode: '91110000710926094P', sector: 'ai', districtCode: '370202', size: 'micro', phone: '13700000000', consent: true });
    expect(res.statusCode, res.body).toBe(201);
    const [{ id }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM pairing_entrepreneurs WHERE name = '待审企业家'`);
    const refused = await pair(admin, { cadrePersonId: cadres1[0], entrepreneurId: id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('invalid_transition');
  });

  it('the cadre logs contacts on their own active pairs only; admins read the log in scope', async () => {
    const [{ id: current }] = await activePairsOf(e1);
    const ok = await log(member, current);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ pairId: current, kind: 'visit', kindName: '走访', topic: '走访了解融资需求', writtenByName: expect.any(String) });
    for (const [kind, topic] of [['call', '电话回访政策兑现进度'], ['online', '线上交流人工智能应用'], ['meeting', '座谈低空经济场景']] as const) expect((await log(member, current, { kind, topic })).statusCode).toBe(201);

    // not the cadre's pair, a pair that ended, a time in the future, bad input
    const handed = (await activePairsOf(e2))[0].id;
    // another cadre (the branch secretary, who is a member too) does not reach the member's pair
    const other = await t.login('secretary');
    expect((await log(other, current)).statusCode).toBe(404);
    expect((await log(member, firstPair)).statusCode).toBe(409);
    const future = await log(member, current, { happenedAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.body).toMatch(/happenedAt/);
    expect((await log(member, current, { kind: 'letter' })).statusCode).toBe(400);
    expect((await log(member, current, { topic: '' })).statusCode).toBe(400);
    expect((await log(member, handed, { happenedAt: '2001-01-01T00:00:00Z' })).statusCode).toBe(400);

    // lists: the cadre's and the admin's, with search and paging
    const page1 = (await member.get(`/api/v1/me/pairs/${current}/contacts?pageSize=3`)).json();
    const page2 = (await member.get(`/api/v1/me/pairs/${current}/contacts?pageSize=3&page=2`)).json();
    expect(page1.total).toBe(4);
    expect([...page1.items, ...page2.items]).toHaveLength(4);
    expect((await member.get(`/api/v1/me/pairs/${current}/contacts?q=低空`)).json().items.map((c: { topic: string }) => c.topic)).toEqual(['座谈低空经济场景']);
    expect((await member.get(`/api/v1/me/pairs/${current}/contacts?kind=call`)).json().total).toBe(1);
    expect((await orgadmin.get(`/api/v1/pairing/pairs/${current}/contacts`)).json().total).toBe(4);
    expect((await other.get(`/api/v1/me/pairs/${current}/contacts`)).statusCode).toBe(404);
    const listed = (await orgadmin.get(`/api/v1/pairing/pairs?q=刘一帆&active=true`)).json().items as Pair[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: current, contactCount: 4 });
    expect(listed[0].lastContactAt).not.toBeNull();
    const audits = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'pairing.contact_log' AND actor = 'member'`);
    expect(audits[0].n).toBe(4);
  });

  it('ending a pair keeps it as history and closes its log', async () => {
    const [{ id }] = await activePairsOf(e2);
    expect((await orgadmin.post(`/api/v1/pairing/pairs/${id}/end`, { reason: '' })).statusCode).toBe(400);
    const ended = await orgadmin.post(`/api/v1/pairing/pairs/${id}/end`, { reason: '企业迁出本市' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ id, endReason: '企业迁出本市' });
    expect((await orgadmin.post(`/api/v1/pairing/pairs/${id}/end`, { reason: '再次结束' })).statusCode).toBe(409);
    expect((await log(member, id)).statusCode).toBe(409);
    expect(await activePairsOf(e2)).toEqual([]);
    expect((await orgadmin.get(`/api/v1/pairing/entrepreneurs/${e2}`)).json().pair).toBeNull();
  });

  it('figures: approvals by the organisation in charge, pairs and contacts by the cadre’s organisation, each in scope', async () => {
    const value = async (client: Client, name: string, orgId: number) => {
      const res = await client.get(`/api/v1/figures/${name}?orgId=${orgId}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().value as number;
    };
    // this file's own rows: 3 staff registrations at agency 1; pairs and contacts made above
    const [{ pairs, contacts }] = await rows<{ pairs: number; contacts: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM pairing_pairs WHERE org_path LIKE ${orgs.agency1.path + '%'}) AS pairs,
                 (SELECT count(*)::int FROM pairing_contact_logs c JOIN pairing_pairs p ON p.id = c.pair_id WHERE p.org_path LIKE ${orgs.agency1.path + '%'}) AS contacts`,
    );
    expect(pairs).toBeGreaterThanOrEqual(5);
    expect(await value(orgadmin, 'pairing.entrepreneurs_approved', orgs.agency1.id)).toBe(3);
    expect(await value(orgadmin, 'pairing.pairs_started', orgs.agency1.id)).toBe(pairs);
    expect(await value(orgadmin, 'pairing.contact_logs', orgs.agency1.id)).toBe(contacts);
    expect(contacts).toBe(4);
    expect(await value(orgadmin2, 'pairing.contact_logs', orgs.agency2.id)).toBe(0);
    expect((await orgadmin2.get(`/api/v1/figures/pairing.contact_logs?orgId=${orgs.agency1.id}`)).statusCode).toBe(404);
    const records = (await orgadmin.get(`/api/v1/figures/pairing.contact_logs/records?orgId=${orgs.agency1.id}`)).json();
    expect(records.total).toBe(4);
  });
});
