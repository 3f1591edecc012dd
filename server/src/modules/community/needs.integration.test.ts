import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { bulkMembers } from '../../../../test/bulk-members.js';
import { rows } from '../../kernel/db/client.js';
import { createCommunity, demoOrgs, staffOf } from './communities/community.test-helpers.js';
import { watchNeeds } from './needs/needs.jobs.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Member = Awaited<ReturnType<typeof bulkMembers>>[number];

const inDays = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();

/** Needs lists and claims: staff post in their own communities, one claimant wins a race, a claim becomes a volunteer activity. */
describe(`community needs and claims (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let staff: Client;
  let otherStaff: Client;
  let c: number;
  let sameStreet: number;
  let captains: Member[];
  let teams: number[];
  const as = (m: Member) => ({
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: m.cookie } }),
    post: (url: string, payload?: unknown) => t.app.inject({ method: 'POST', url, payload: payload as never, headers: { cookie: m.cookie, 'x-csrf-token': m.csrfToken } }),
  });
  const count = async (q: ReturnType<typeof sql>) => (await rows<{ n: number }>(t.db, q))[0].n;
  const need = { typeCode: 'elderly', title: '为独居老人上门打扫卫生', description: '每户约两小时', place: '社区活动中心集合', peopleNeeded: 6, skillsWanted: ['家政'] };
  const postNeed = async (extra: Record<string, unknown> = {}, communityId = c, by = staff) => {
    const res = await by.post('/api/v1/community-staff/needs', { ...need, communityId, startsAt: inDays(5), endsAt: inDays(5.1), ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    c = await createCommunity(admin, '测试需求花园社区', '370202002');
    sameStreet = await createCommunity(admin, '测试需求路社区', '370202002');
    staff = await staffOf(t, admin, 'needs_staff', [c]);
    otherStaff = await staffOf(t, admin, 'needs_staff_other', [sameStreet]);
    const { first, second, firstBranch } = await demoOrgs(t);
    captains = await bulkMembers(t.db, firstBranch, 3, 'cap');
    // Volunteer teams are kept by the teams routes (another part of the module); here they are rows, one per captain.
    teams = [];
    for (const [i, m] of captains.slice(0, 2).entries()) {
      const org = i === 0 ? first : second;
      const [team] = await rows<{ id: number }>(
        t.db,
        sql`INSERT INTO community_volunteer_teams (name, org_id, org_path, captain_person_id) VALUES (${`测试红色志愿服务队${i + 1}`}, ${org.id}, ${org.path}, ${m.personId}) RETURNING id`,
      );
      teams.push(team.id);
    }
  });
  afterAll(() => t.close());

  it('staff post needs only in their own communities; bad input writes nothing', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM community_needs`);
    expect((await staff.post('/api/v1/community-staff/needs', { ...need, communityId: sameStreet, startsAt: inDays(5), endsAt: inDays(5.1) })).statusCode).toBe(404);
    expect((await staff.post('/api/v1/community-staff/needs', { ...need, communityId: c, startsAt: inDays(5), endsAt: inDays(4) })).statusCode).toBe(400);
    expect((await staff.post('/api/v1/community-staff/needs', { ...need, typeCode: 'nonsense', communityId: c, startsAt: inDays(5), endsAt: inDays(5.1) })).statusCode).toBe(400);
    expect((await staff.post('/api/v1/community-staff/needs', { ...need, communityId: c, startsAt: inDays(-1), endsAt: inDays(1) })).statusCode).toBe(400);
    expect((await staff.post('/api/v1/community-staff/needs', { ...need, communityId: c, peopleNeeded: 0, startsAt: inDays(5), endsAt: inDays(5.1) })).statusCode).toBe(400);
    expect((await (await t.login('orgadmin')).post('/api/v1/community-staff/needs', { ...need, communityId: c, startsAt: inDays(5), endsAt: inDays(5.1) })).statusCode).toBe(403);
    expect(await count(sql`SELECT count(*)::int AS n FROM community_needs`)).toBe(before);

    const id = await postNeed({ claimDeadline: inDays(3) });
    const own = (await staff.get('/api/v1/community-staff/needs')).json();
    expect(own.items.map((n: { id: number }) => n.id)).toEqual([id]);
    expect((await otherStaff.get('/api/v1/community-staff/needs')).json().total).toBe(0);
    expect((await otherStaff.patch(`/api/v1/community-staff/needs/${id}`, { title: '越权修改' })).statusCode).toBe(404);
    expect((await otherStaff.post(`/api/v1/community-staff/needs/${id}/cancel`, { reason: '越权取消' })).statusCode).toBe(404);
    const edited = await staff.patch(`/api/v1/community-staff/needs/${id}`, { peopleNeeded: 8, skillsWanted: ['家政', '驾驶'] });
    expect(edited.json()).toMatchObject({ peopleNeeded: 8, skillsWanted: ['家政', '驾驶'], typeName: '助老', status: 'open', claim: null });
    expect((await staff.patch(`/api/v1/community-staff/needs/${id}`, { claimDeadline: inDays(6) })).statusCode).toBe(400);

    const board = (await (await t.login('orgadmin')).get(`/api/v1/community-needs?streetCode=370202002&typeCode=elderly&status=open&from=${inDays(4)}`)).json();
    expect(board.items.map((n: { id: number }) => n.id)).toContain(id);
    expect(board.items[0]).toMatchObject({ districtName: '市南区', streetName: '八大峡街道', communityName: '测试需求花园社区' });
    expect((await as(captains[2]).get(`/api/v1/me/community-needs?districtCode=370202&to=${inDays(1)}`)).json().items).toEqual([]);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'community_need' AND entity_id = ${String(id)}`)).toBe(2);
  });

  it('two team captains claiming at once leave exactly one claim', async () => {
    const id = await postNeed();
    const [x, y] = await Promise.all([
      as(captains[0]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[0] }),
      as(captains[1]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[1] }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect([x, y].find((r) => r.statusCode === 409)!.json().error.code).toBe('need_already_claimed');
    expect(await count(sql`SELECT count(*)::int AS n FROM community_need_claims WHERE need_id = ${id}`)).toBe(1);
    const shown = (await staff.get(`/api/v1/community-needs/${id}`)).json();
    expect(shown.status).toBe('claimed');
    expect(shown.claim).toMatchObject({ claimantKind: 'team', status: 'claimed' });
    // a team the caller does not captain is as unknown as a missing one
    const other = await postNeed();
    expect((await as(captains[0]).post(`/api/v1/me/community-needs/${other}/claims`, { teamId: teams[1] })).statusCode).toBe(404);
    expect((await as(captains[2]).post(`/api/v1/me/community-needs/${other}/claims`, { teamId: teams[0] })).statusCode).toBe(404);
  });

  it('ten needs, both teams claiming each at once: every need ends with one claim', async () => {
    const ids = [];
    for (let i = 0; i < 10; i++) ids.push(await postNeed({ title: `并发认领测试需求${i}` }));
    const answers = await Promise.all(
      ids.flatMap((id) => [
        as(captains[0]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[0] }),
        as(captains[1]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[1] }),
      ]),
    );
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(10);
    expect(answers.filter((r) => r.statusCode === 409)).toHaveLength(10);
    const perNeed = await rows<{ n: number }>(
      t.db,
      sql`SELECT count(k.id)::int AS n FROM community_needs n LEFT JOIN community_need_claims k ON k.need_id = n.id WHERE n.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) GROUP BY n.id`,
    );
    expect(perNeed.map((r) => r.n)).toEqual(ids.map(() => 1));
    expect(await count(sql`SELECT count(*)::int AS n FROM community_needs WHERE status = 'claimed' AND title LIKE '并发认领测试需求%'`)).toBe(10);
  });

  it('two organisations claiming at once leave exactly one claim; only organisations with a confirmed agreement claim', async () => {
    const { first, second } = await demoOrgs(t);
    const orgadmin = await t.login('orgadmin');
    const orgadmin2 = await t.login('orgadmin2');
    const id = await postNeed();
    expect((await orgadmin.post(`/api/v1/community-needs/${id}/claims`, { orgId: first.id })).statusCode).toBe(400);
    expect((await orgadmin.post(`/api/v1/community-needs/${id}/claims`, { orgId: second.id })).statusCode).toBe(404);
    for (const [client, org] of [[orgadmin, first], [orgadmin2, second]] as const) {
      const reg = await client.post('/api/v1/community-org-registrations', { orgId: org.id, communityIds: [c], periodStart: inDays(-30).slice(0, 10), periodEnd: inDays(300).slice(0, 10), contactName: '联系人', contactPhone: '13900000000' });
      expect(reg.statusCode, reg.body).toBe(201);
      expect((await staff.post(`/api/v1/community-staff/org-registrations/${reg.json().items[0].id}/confirm`)).statusCode).toBe(200);
    }
    const [x, y] = await Promise.all([
      orgadmin.post(`/api/v1/community-needs/${id}/claims`, { orgId: first.id, activityDueAt: inDays(4) }),
      orgadmin2.post(`/api/v1/community-needs/${id}/claims`, { orgId: second.id, activityDueAt: inDays(4) }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect(await count(sql`SELECT count(*)::int AS n FROM community_need_claims WHERE need_id = ${id}`)).toBe(1);
    const winner = x.statusCode === 201 ? orgadmin : orgadmin2;
    const loser = x.statusCode === 201 ? orgadmin2 : orgadmin;
    const claim = (x.statusCode === 201 ? x : y).json();
    expect(claim).toMatchObject({ claimantKind: 'org', status: 'claimed', needId: id });
    expect((await loser.get('/api/v1/community-need-claims')).json().items.some((k: { id: number }) => k.id === claim.id)).toBe(false);
    expect((await loser.post(`/api/v1/community-need-claims/${claim.id}/withdraw`, {})).statusCode).toBe(404);

    // the claim becomes a volunteer activity on the activities engine
    const scheduled = await winner.post(`/api/v1/community-need-claims/${claim.id}/activity`, { venue: '社区活动中心' });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled' });
    const activityId = scheduled.json().activityId as number;
    const [activity] = await rows<{ type_code: string; title: string; org_id: number; capacity: number; venue: string }>(t.db, sql`SELECT type_code, title, org_id, capacity, venue FROM activities WHERE id = ${activityId}`);
    expect(activity).toEqual({ type_code: 'volunteer_service', title: need.title, org_id: claim.orgId, capacity: 6, venue: '社区活动中心' });
    const [link] = await rows(t.db, sql`SELECT community_id, need_id, claim_id, team_id FROM community_activities WHERE activity_id = ${activityId}`);
    expect(link).toEqual({ community_id: c, need_id: id, claim_id: claim.id, team_id: null });
    expect((await winner.post(`/api/v1/community-need-claims/${claim.id}/activity`, {})).statusCode).toBe(409);
    expect((await staff.post(`/api/v1/community-staff/needs/${id}/cancel`, { reason: '活动取消' })).statusCode).toBe(409);
  });

  it('a captain withdraws, the need is open again; staff cancel an open need with a reason', async () => {
    const id = await postNeed();
    const claimed = await as(captains[1]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[1] });
    expect(claimed.statusCode).toBe(201);
    expect((await as(captains[1]).get('/api/v1/me/community-need-claims?status=claimed')).json().items.map((k: { id: number }) => k.id)).toContain(claimed.json().id);
    expect((await as(captains[0]).post(`/api/v1/me/community-need-claims/${claimed.json().id}/withdraw`, {})).statusCode).toBe(404);
    expect((await as(captains[1]).post(`/api/v1/me/community-need-claims/${claimed.json().id}/withdraw`, { reason: '人手不足' })).json()).toMatchObject({ status: 'withdrawn', endReason: '人手不足' });
    expect((await staff.get(`/api/v1/community-needs/${id}`)).json()).toMatchObject({ status: 'open', claim: null });
    expect((await staff.post(`/api/v1/community-staff/needs/${id}/cancel`, {})).statusCode).toBe(400);
    expect((await staff.post(`/api/v1/community-staff/needs/${id}/cancel`, { reason: '老人已入住养老院' })).json().status).toBe('cancelled');
    expect((await as(captains[0]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[0] })).statusCode).toBe(409);
  });

  it('a captain turns the team’s claim into an activity of the team’s organisation; staff mark the need fulfilled once it has started', async () => {
    const { first } = await demoOrgs(t);
    const id = await postNeed();
    const k = (await as(captains[0]).post(`/api/v1/me/community-needs/${id}/claims`, { teamId: teams[0] })).json();
    expect((await as(captains[1]).post(`/api/v1/me/community-need-claims/${k.id}/activity`, {})).statusCode).toBe(404);
    const done = await as(captains[0]).post(`/api/v1/me/community-need-claims/${k.id}/activity`, { title: '敬老助老·上门打扫', capacity: null });
    expect(done.statusCode, done.body).toBe(200);
    const [activity] = await rows<{ org_id: number; title: string; capacity: number | null }>(t.db, sql`SELECT org_id, title, capacity FROM activities WHERE id = ${done.json().activityId}`);
    expect(activity).toEqual({ org_id: first.id, title: '敬老助老·上门打扫', capacity: null });
    expect((await rows(t.db, sql`SELECT team_id FROM community_activities WHERE activity_id = ${done.json().activityId}`))[0]).toEqual({ team_id: teams[0] });
    expect((await staff.post(`/api/v1/community-staff/needs/${id}/fulfil`)).statusCode).toBe(409);
    // the service day comes
    await t.db.execute(sql`UPDATE community_needs SET claim_deadline = now() - interval '2 hours', starts_at = now() - interval '1 hour' WHERE id = ${id}`);
    expect((await otherStaff.post(`/api/v1/community-staff/needs/${id}/fulfil`)).statusCode).toBe(404);
    const fulfilled = (await staff.post(`/api/v1/community-staff/needs/${id}/fulfil`)).json();
    expect(fulfilled).toMatchObject({ status: 'fulfilled', claim: { status: 'completed', activityId: done.json().activityId } });
  });

  it('shows a member the open needs near their community: the community, then the street, then the district', async () => {
    const m = captains[2];
    expect((await as(m).get('/api/v1/me/community-needs/near')).json().total).toBe(0);
    const reg = await as(m).post('/api/v1/me/community-registration', { communityId: c, address: '八大峡路1号' });
    await staff.post(`/api/v1/community-staff/member-registrations/${reg.json().id}/confirm`);
    const streetNeed = await postNeed({ startsAt: inDays(2), endsAt: inDays(2.1) }, sameStreet, otherStaff);
    const near = (await as(m).get('/api/v1/me/community-needs/near?pageSize=100')).json();
    const proximity = near.items.map((n: { proximity: string }) => n.proximity);
    expect(proximity.indexOf('street')).toBeGreaterThan(proximity.lastIndexOf('community'));
    expect(near.items.find((n: { id: number }) => n.id === streetNeed).proximity).toBe('street');
    expect(near.items.every((n: { status: string }) => n.status === 'open')).toBe(true);
  });

  it('the watch flags unclaimed needs past their deadline to the staff and lapses claims with no activity in time', async () => {
    const unclaimed = await postNeed({ claimDeadline: inDays(1) });
    const lapsing = await postNeed();
    const k = await as(captains[0]).post(`/api/v1/me/community-needs/${lapsing}/claims`, { teamId: teams[0], activityDueAt: inDays(1) });
    expect(k.statusCode).toBe(201);
    // time passes
    await t.db.execute(sql`UPDATE community_needs SET claim_deadline = now() - interval '1 hour' WHERE id = ${unclaimed}`);
    await t.db.execute(sql`UPDATE community_need_claims SET activity_due_at = now() - interval '1 hour' WHERE id = ${k.json().id}`);
    await watchNeeds(t.db);
    await watchNeeds(t.db);
    const flagged = (await staff.get(`/api/v1/community-needs/${unclaimed}`)).json();
    expect(flagged.flaggedAt).not.toBeNull();
    const [staffAccount] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'needs_staff'`);
    expect(await count(sql`SELECT count(*)::int AS n FROM notifications WHERE account_id = ${staffAccount.id} AND kind = 'community_need_unclaimed'`)).toBe(1);
    expect((await staff.get(`/api/v1/community-needs/${lapsing}`)).json()).toMatchObject({ status: 'open', claim: null });
    expect((await getClaimStatus(k.json().id))).toBe('lapsed');
    expect(await count(sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'community_claim_lapsed'`)).toBe(1);
  });

  const getClaimStatus = async (id: number) => (await rows<{ status: string }>(t.db, sql`SELECT status FROM community_need_claims WHERE id = ${id}`))[0].status;
});
