import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { allPages } from '../communities/community.test-helpers.js';

describe(`red volunteer service teams (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Awaited<ReturnType<TestApp['login']>>;
  let agency: { id: number; path: string };
  let people: number[];
  let communityId: number;
  // The demo data has teams of its own: the lists are checked against what this file adds.
  let teamsBefore: number;
  let activeBefore: number;
  type TeamItem = { id: number; name: string; orgId: number; captainName: string; serviceTypes: string[]; communityIds: number[]; streetCodes: string[] };

  beforeAll(async () => {
    t = await createTestApp();
    orgadmin = await t.login('orgadmin');
    [agency] = await rows<{ id: number; path: string }>(
      t.db,
      sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`,
    );
    people = (await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'} ORDER BY p.id LIMIT 4`)).map((p) => p.id);
    await t.db.execute(sql`INSERT INTO community_need_types (code, name, name_en, sort) VALUES ('elderly', '助老', 'Elderly care', 1), ('environment', '环境整治', 'Environment', 2) ON CONFLICT (code) DO NOTHING`);
    teamsBefore = (await orgadmin.get('/api/v1/community/teams')).json().total;
    activeBefore = (await orgadmin.get('/api/v1/community/teams?status=active')).json().total;
    [{ id: communityId }] = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO communities (name, district_code, street_code, party_org_name) VALUES ('香港花园社区', '370202', '370202001', '香港花园社区党委') RETURNING id`,
    );
  });
  afterAll(() => t.close());

  it('an organiser founds a team in their subtree, with captain, service types and areas; the captain is a member', async () => {
    const res = await orgadmin.post('/api/v1/community/teams', {
      name: '海之青红色志愿服务队',
      orgId: agency.id,
      captainPersonId: people[0],
      serviceTypes: ['elderly'],
      areas: { communityIds: [communityId], streetCodes: ['370202002'] },
      memberPersonIds: [people[1]],
    });
    expect(res.statusCode, res.body).toBe(201);
    const team = res.json();
    expect(team).toMatchObject({ name: '海之青红色志愿服务队', orgId: agency.id, captainPersonId: people[0], memberCount: 2, communityIds: [communityId], streetCodes: ['370202002'], status: 'active' });
    // Named, so a form can show the communities a team serves without looking each one up.
    expect(team.communities).toEqual([{ id: communityId, name: '香港花园社区' }]);
    const audit = await rows(t.db, sql`SELECT 1 FROM audit_log WHERE action = 'community.team_create' AND entity_id = ${String(team.id)}`);
    expect(audit).toHaveLength(1);

    const dup = await orgadmin.post('/api/v1/community/teams', { name: '海之青红色志愿服务队', orgId: agency.id, captainPersonId: people[0] });
    expect(dup.statusCode).toBe(409);
    const bad = await orgadmin.post('/api/v1/community/teams', { name: '无名队', orgId: agency.id, captainPersonId: people[0], serviceTypes: ['nope'], areas: { streetCodes: ['999999999'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['areas.streetCodes.0', 'serviceTypes.0']);
  });

  it('members join and leave with history; a person may be in several teams; my teams for the member', async () => {
    const a = (await orgadmin.post('/api/v1/community/teams', { name: '助老服务队', orgId: agency.id, captainPersonId: people[0] })).json();
    const b = (await orgadmin.post('/api/v1/community/teams', { name: '环境整治服务队', orgId: agency.id, captainPersonId: people[1], serviceTypes: ['environment'] })).json();
    expect((await orgadmin.post(`/api/v1/community/teams/${a.id}/members`, { personIds: [people[2], people[2], people[3]] })).json()).toEqual({ added: 2 });
    expect((await orgadmin.post(`/api/v1/community/teams/${b.id}/members`, { personIds: [people[2]] })).json()).toEqual({ added: 1 });
    expect((await orgadmin.delete(`/api/v1/community/teams/${a.id}/members/${people[2]}`)).statusCode).toBe(200);
    expect((await orgadmin.delete(`/api/v1/community/teams/${a.id}/members/${people[2]}`)).statusCode).toBe(404);
    const captainOut = await orgadmin.delete(`/api/v1/community/teams/${a.id}/members/${people[0]}`);
    expect(captainOut.statusCode).toBe(409);
    // Rejoining makes a new row: the history keeps both.
    await orgadmin.post(`/api/v1/community/teams/${a.id}/members`, { personIds: [people[2]] });
    const history = (await orgadmin.get(`/api/v1/community/teams/${a.id}/members?history=true`)).json().items.filter((m: { personId: number }) => m.personId === people[2]);
    expect(history).toHaveLength(2);
    expect(history.filter((m: { leftAt: string | null }) => m.leftAt === null)).toHaveLength(1);
    const current = (await orgadmin.get(`/api/v1/community/teams/${a.id}/members`)).json().items;
    expect(current.find((m: { isCaptain: boolean }) => m.isCaptain).personId).toBe(people[0]);

    // The member's own view: in both teams.
    const [acc] = await rows<{ username: string }>(t.db, sql`SELECT username FROM accounts WHERE person_id = ${people[2]}`);
    if (acc) {
      const mine = (await (await t.login(acc.username)).get('/api/v1/me/community/teams')).json().items.map((x: { id: number }) => x.id);
      expect(mine).toEqual(expect.arrayContaining([a.id, b.id]));
    }
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM community_team_members WHERE person_id = ${people[2]} AND left_at IS NULL`);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('lists with search, filters, sorting and paging; updates and disbands with an audit trail', async () => {
    const ours = ['海之青红色志愿服务队', '助老服务队', '环境整治服务队'];
    const oursIn = (items: TeamItem[]) => items.map((x) => x.name).filter((n) => ours.includes(n)).sort();
    const list = await allPages<TeamItem>((u) => orgadmin.get(u), '/api/v1/community/teams?q=%E5%8A%A9%E8%80%81');
    expect(oursIn(list)).toEqual(['助老服务队']);
    expect(list.every((x) => x.name.includes('助老') || x.captainName.includes('助老'))).toBe(true);
    const byType = await allPages<TeamItem>((u) => orgadmin.get(u), '/api/v1/community/teams?serviceType=environment');
    expect(oursIn(byType)).toEqual(['环境整治服务队']);
    expect(byType.every((x) => x.serviceTypes.includes('environment'))).toBe(true);
    // 海之青 serves a community of the street 370202001; the other two have no areas.
    const byStreet = await allPages<TeamItem>((u) => orgadmin.get(u), '/api/v1/community/teams?streetCode=370202001');
    expect(oursIn(byStreet)).toEqual(['海之青红色志愿服务队']);
    // Newest first: this file's three teams are the newest, 助老 the second of them.
    const paged = (await orgadmin.get('/api/v1/community/teams?pageSize=1&page=2&sort=-createdAt')).json();
    expect(paged).toMatchObject({ total: teamsBefore + 3, page: 2, pageSize: 1 });
    expect(paged.items.map((x: TeamItem) => x.name)).toEqual(['助老服务队']);
    const empty = (await orgadmin.get('/api/v1/community/teams?q=不存在的队')).json();
    expect(empty).toMatchObject({ items: [], total: 0 });

    const team = list.find((x) => x.name === '助老服务队')!;
    const upd = await orgadmin.patch(`/api/v1/community/teams/${team.id}`, { captainPersonId: people[3], serviceTypes: ['elderly', 'environment'] });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({ captainPersonId: people[3], serviceTypes: ['elderly', 'environment'] });
    const served = await orgadmin.patch(`/api/v1/community/teams/${team.id}`, { areas: { communityIds: [communityId], streetCodes: [] } });
    expect(served.json()).toMatchObject({ communityIds: [communityId], communities: [{ id: communityId, name: '香港花园社区' }], streetCodes: [] });
    const none = await orgadmin.patch(`/api/v1/community/teams/${team.id}`, { areas: { communityIds: [], streetCodes: [] } });
    expect(none.json()).toMatchObject({ communityIds: [], communities: [] });
    const gone = await orgadmin.patch(`/api/v1/community/teams/${team.id}`, { status: 'disbanded' });
    expect(gone.json().status).toBe('disbanded');
    expect(gone.json().disbandedAt).not.toBeNull();
    expect((await orgadmin.get('/api/v1/community/teams?status=active')).json().total).toBe(activeBefore + 2);
    const trail = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'volunteer_team' AND entity_id = ${String(team.id)} ORDER BY id`);
    expect(trail.map((r) => r.action)).toEqual(['community.team_create', 'community.team_add_members', 'community.team_remove_member', 'community.team_add_members', 'community.team_update', 'community.team_update', 'community.team_update', 'community.team_update']);
  });

  it('an org admin sees and changes only their organisations’ teams', async () => {
    const orgadmin2 = await t.login('orgadmin2');
    const [other] = await rows<{ id: number; path: string }>(
      t.db,
      sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin2'`,
    );
    const theirs = (await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${other.path + '%'} ORDER BY p.id LIMIT 1`))[0].id;
    // orgadmin2 sees only teams of their own organisations: none of this file's teams, none of the first agency's.
    const theirOrgs = new Set((await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path LIKE ${other.path + '%'}`)).map((o) => o.id));
    const theirTeams = await allPages<TeamItem>((u) => orgadmin2.get(u), '/api/v1/community/teams');
    expect(theirTeams.every((x) => theirOrgs.has(x.orgId))).toBe(true);
    expect(theirOrgs.has(agency.id)).toBe(false);
    const mine = (await orgadmin.get(`/api/v1/community/teams?q=${encodeURIComponent('海之青红色志愿服务队')}`)).json().items[0];
    expect(mine.orgId).toBe(agency.id);
    expect(theirTeams.map((x) => x.id)).not.toContain(mine.id);
    expect((await orgadmin2.get(`/api/v1/community/teams/${mine.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.patch(`/api/v1/community/teams/${mine.id}`, { name: '改名' })).statusCode).toBe(404);
    expect((await orgadmin2.post(`/api/v1/community/teams/${mine.id}/members`, { personIds: [theirs] })).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/community/teams?orgId=${agency.id}`)).statusCode).toBe(404);
    // Neither another agency's organisation nor its people.
    expect((await orgadmin.post('/api/v1/community/teams', { name: '越权队', orgId: other.id, captainPersonId: people[0] })).statusCode).toBe(404);
    expect((await orgadmin.post('/api/v1/community/teams', { name: '越权队', orgId: agency.id, captainPersonId: theirs })).statusCode).toBe(404);
    const member = await t.login('member');
    expect((await member.get('/api/v1/community/teams')).statusCode).toBe(403);
    expect((await member.get('/api/v1/me/community/teams')).statusCode).toBe(200);
  });
});
