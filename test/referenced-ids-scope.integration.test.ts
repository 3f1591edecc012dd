import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { rows } from '../server/src/kernel/db/client.js';
import { demoOrgs } from '../server/src/modules/content/content.fixtures.js';
import { createHandler, hotlineIntake, routeAllTo } from '../server/src/modules/demands/demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Res = Awaited<ReturnType<Client['post']>>;

const UNKNOWN = 999_999;
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** Outside the scope and unknown must be the same answer: 404, same code and message. */
function expectHidden(outside: Res, unknown: Res) {
  expect(outside.statusCode, outside.body).toBe(404);
  expect(unknown.statusCode, unknown.body).toBe(404);
  const strip = (r: Res) => ({ ...r.json().error, details: null });
  expect(strip(outside)).toEqual(strip(unknown));
}

/**
 * Ids named in request bodies (organisations, people, demands) are checked against the caller's
 * scope: an agency admin cannot put another agency's organisations or people into its records,
 * nor learn which of their ids exist.
 */
describe(`ids in request bodies stay inside the caller's scope (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client;
  let agency1: number;
  let agency2: number;
  let ownPerson: number;
  let foreignPerson: number;

  const personUnder = async (orgId: number) =>
    (await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE (SELECT path FROM orgs WHERE id = ${orgId}) || '%' ORDER BY p.id LIMIT 1`))[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    orgadmin = await t.login('orgadmin');
    ({ agency1, agency2 } = await demoOrgs(t));
    ownPerson = await personUnder(agency1);
    foreignPerson = await personUnder(agency2);
  });
  afterAll(() => t.close());

  it('POST /contests: team organisations and rostered people of another agency answer 404, like unknown ids', async () => {
    const q = await orgadmin.post('/api/v1/learning/questions', { type: 'judge', stem: '范围校验测试题：党支部是党的基础组织。', answer: ['true'], orgId: agency1 });
    expect(q.statusCode, q.body).toBe(201);
    const contest = (teams: unknown[], orgId = agency1) =>
      orgadmin.post('/api/v1/contests', { name: '范围校验赛', orgId, entrantKind: 'team', questionSource: { kind: 'fixed', questionIds: [q.json().id] }, teams, rounds: [{ name: '决赛', kind: 'live' }] });
    const count = async () => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM contests`))[0].n;
    const before = await count();

    expectHidden(await contest([{ name: '本单位', orgId: agency1 }], agency2), await contest([{ name: '本单位', orgId: agency1 }], UNKNOWN));

    const foreignOrg = await contest([{ name: '外单位', orgId: agency2 }]);
    expectHidden(foreignOrg, await contest([{ name: '无此单位', orgId: UNKNOWN }]));
    expect(foreignOrg.json().error.details).toEqual([{ field: 'teams.0.orgId', message: '组织不存在' }]);

    const foreignRoster = await contest([{ name: '混编', personIds: [ownPerson, foreignPerson] }]);
    expectHidden(foreignRoster, await contest([{ name: '混编', personIds: [ownPerson, UNKNOWN] }]));
    expect(foreignRoster.json().error.details).toEqual([{ field: 'teams.0.personIds.1', message: '人员不存在' }]);
    expectHidden(await contest([{ name: '外单位', orgId: agency2, personIds: [foreignPerson, UNKNOWN] }]), await contest([{ name: '无此单位', orgId: UNKNOWN }]));
    expect(await count()).toBe(before);

    const own = await contest([{ name: '本单位', orgId: agency1, personIds: [ownPerson] }]);
    expect(own.statusCode, own.body).toBe(201);
  });

  it('POST /activities/:id/attendance: a person of another agency answers 404, like an unknown id', async () => {
    const created = await orgadmin.post('/api/v1/activities', { typeCode: 'party_day', title: '范围校验主题党日', orgId: agency1, startsAt: inMinutes(-5), endsAt: inMinutes(60) });
    expect(created.statusCode, created.body).toBe(201);
    const checkIn = (personId: number) => orgadmin.post(`/api/v1/activities/${created.json().id}/attendance`, { personId });

    expectHidden(await checkIn(foreignPerson), await checkIn(UNKNOWN));
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM activity_attendance WHERE activity_id = ${created.json().id}`);
    expect(n).toBe(0);
    const own = await checkIn(ownPerson);
    expect(own.statusCode, own.body).toBe(200);
  });

  describe('demands, for a committee admin whose scope is one agency', () => {
    let admin: Client;
    let dispatcher: Client;

    beforeAll(async () => {
      admin = await t.login('admin');
      dispatcher = await createHandler(t, 'dispatcher1', agency1);
      await t.db.execute(sql`UPDATE role_assignments SET role = 'committee_admin' WHERE account_id = (SELECT id FROM accounts WHERE username = 'dispatcher1')`);
      dispatcher = await t.login('dispatcher1');
    });

    const intakeAt = async (orgId: number) => {
      await routeAllTo(t.db, orgId);
      const d = await hotlineIntake(admin, { description: `范围校验诉求 ${orgId}：路灯不亮已经一周，夜间出行不便` });
      expect(d.orgId).toBe(orgId);
      return d;
    };

    it('POST /demands/:id/dispatch and /redispatch: a department outside the scope answers 404, like an unknown one', async () => {
      const d = await intakeAt(agency1);
      expect(d.status).toBe('dispatched');
      const redispatch = (orgId: number) => dispatcher.post(`/api/v1/demands/${d.id}/redispatch`, { orgId });
      expectHidden(await redispatch(agency2), await redispatch(UNKNOWN));

      await t.db.execute(sql`UPDATE demands SET status = 'received' WHERE id = ${d.id}`);
      const dispatch = (orgId: number) => dispatcher.post(`/api/v1/demands/${d.id}/dispatch`, { orgId });
      expectHidden(await dispatch(agency2), await dispatch(UNKNOWN));
      const [{ org_id }] = await rows<{ org_id: number }>(t.db, sql`SELECT org_id FROM demands WHERE id = ${d.id}`);
      expect(org_id).toBe(agency1);
      expect((await dispatch(agency1)).statusCode).toBe(200);
    });

    it('POST /demands/:id/merge: a target demand outside the scope answers 404, like an unknown one', async () => {
      const mine = await intakeAt(agency1);
      const theirs = await intakeAt(agency2);
      const merge = (targetId: number) => dispatcher.post(`/api/v1/demands/${mine.id}/merge`, { targetId });
      const outside = await merge(theirs.id);
      expectHidden(outside, await merge(UNKNOWN));
      expect(outside.body).not.toContain(theirs.trackingCode);
      const [{ status }] = await rows<{ status: string }>(t.db, sql`SELECT status FROM demands WHERE id = ${mine.id}`);
      expect(status).toBe('dispatched');
    });

    it('PUT /demand-categories/:code and POST /demand-dispatch-rules are city-wide: a dispatcher of one agency is refused whatever department it names; an unknown department answers 404', async () => {
      const category = (client: Client, defaultOrgId: number) =>
        client.put('/api/v1/demand-categories/scope_check', { name: '范围校验', defaultOrgId, responseValue: 1, responseUnit: 'wd', resolutionValue: 5, resolutionUnit: 'wd' });
      await t.db.execute(sql`DELETE FROM demand_dispatch_rules`);
      const rule = (client: Client, orgId: number) => client.post('/api/v1/demand-dispatch-rules', { categoryCode: 'complex', districtCode: '370202', orgId });
      for (const orgId of [agency1, agency2, UNKNOWN]) {
        expect((await category(dispatcher, orgId)).statusCode).toBe(403);
        expect((await rule(dispatcher, orgId)).statusCode).toBe(403);
      }
      expect((await category(admin, UNKNOWN)).statusCode).toBe(404);
      expect((await rule(admin, UNKNOWN)).statusCode).toBe(404);
      expect(await rows(t.db, sql`SELECT 1 FROM demand_categories WHERE code = 'scope_check'`)).toEqual([]);
      expect(await rows(t.db, sql`SELECT 1 FROM demand_dispatch_rules`)).toEqual([]);
      expect((await category(admin, agency2)).statusCode).toBe(200);
      expect((await rule(admin, agency2)).statusCode).toBe(200);
    });
  });
});
