import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { shanghaiDay } from '../../kernel/time.js';
import { addMembers, createSquad, setBirthDate, squadsTestApp, youngPeople, type Client } from './squads.fixtures.js';

type Member = { id: number; personId: number; role: string; status: string; leaveReason: string | null; rejectReason: string | null };

describe(`squads: membership rules and scope (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client, orgadmin2: Client, member: Client, secretary: Client, admin: Client;
  let orgs: Awaited<ReturnType<typeof squadsTestApp>>['orgs'];
  let memberPersonId: number;
  let people: number[];
  let squadId: number;

  beforeAll(async () => {
    const s = await squadsTestApp();
    ({ t, orgadmin, orgadmin2, member, secretary, admin, orgs, memberPersonId } = s);
    await setBirthDate(t, memberPersonId, '1996-03-10');
    people = await youngPeople(t, orgs.agency1.path, 6, [memberPersonId, s.secretaryPersonId]);
  });
  afterAll(() => t.close());

  it('an org admin creates a squad with a young leader; another agency neither sees nor changes it', async () => {
    squadId = await createSquad(orgadmin, { name: '招商引资青年尖刀班', orgId: orgs.agency1.id, leaderPersonId: memberPersonId, startedOn: '2026-03-01' });
    const profile = (await orgadmin.get(`/api/v1/squads/${squadId}`)).json();
    expect(profile.squad).toMatchObject({ name: '招商引资青年尖刀班', orgId: orgs.agency1.id, status: 'active', startedOn: '2026-03-01', leaderPersonId: memberPersonId, memberCount: 1 });
    expect(profile.members).toEqual([expect.objectContaining({ personId: memberPersonId, role: 'leader', status: 'active' })]);
    expect(profile.canWrite).toBe(true);
    expect(profile.youngMaxAge).toBe(35);

    // another agency's admin: 404 on the squad, refused on its organisation, absent from the list
    expect((await orgadmin2.get(`/api/v1/squads/${squadId}`)).statusCode).toBe(404);
    expect((await orgadmin2.patch(`/api/v1/squads/${squadId}`, { mission: '越权修改' })).statusCode).toBe(404);
    expect((await orgadmin2.post(`/api/v1/squads/${squadId}/members`, { personId: people[0] })).statusCode).toBe(404);
    expect((await orgadmin2.post(`/api/v1/squads/${squadId}/disband`, { reason: '越权' })).statusCode).toBe(404);
    expect((await orgadmin2.post('/api/v1/squads', { name: '越权尖刀班', orgId: orgs.agency1.id, field: '城市更新' })).statusCode).toBe(404);
    expect((await orgadmin2.get('/api/v1/squads')).json().items.map((s: { id: number }) => s.id)).not.toContain(squadId);
    expect((await orgadmin2.get(`/api/v1/squads?orgId=${orgs.agency1.id}`)).statusCode).toBe(404);
    // a member holds no squads.read; the committee admin sees everything
    expect((await member.get('/api/v1/squads')).statusCode).toBe(403);
    expect((await admin.get(`/api/v1/squads/${squadId}`)).statusCode).toBe(200);
    // same name in the same organisation: a clear conflict
    const dup = await orgadmin.post('/api/v1/squads', { name: '招商引资青年尖刀班', orgId: orgs.agency1.id, field: '招商引资' });
    expect(dup.statusCode).toBe(409);
    const audits = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'squad' AND entity_id = ${String(squadId)} ORDER BY id`);
    expect(audits.map((a) => a.action)).toEqual(['squads.create', 'squads.member_add']);
  });

  it('young cadre rule: age on the joining day against the year’s limit', async () => {
    const today = shanghaiDay(new Date());
    const [y, m, d] = today.split('-').map(Number);
    const ymd = (yy: number) => `${yy}-${String(m).padStart(2, '0')}-${String(d === 29 && m === 2 ? 28 : d).padStart(2, '0')}`;
    const [turns36Today, turns36Tomorrow] = [people[4], people[5]];
    await setBirthDate(t, turns36Today, ymd(y - 36));
    const tomorrow = new Date(Date.UTC(y - 36, m - 1, d + 1)).toISOString().slice(0, 10);
    await setBirthDate(t, turns36Tomorrow, tomorrow);

    const old = await orgadmin.post(`/api/v1/squads/${squadId}/members`, { personId: turns36Today });
    expect(old.statusCode).toBe(409);
    expect(old.json().error).toMatchObject({ code: 'squad_member_too_old', details: { age: 36, youngMaxAge: 35 } });
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members`, { personId: turns36Tomorrow, reason: '业务骨干' })).statusCode).toBe(201);

    // the year's setting raises the limit
    await t.db.execute(sql`INSERT INTO squad_years (year, young_max_age) VALUES (${y}, 40)`);
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members`, { personId: turns36Today })).statusCode).toBe(201);
    await t.db.execute(sql`DELETE FROM squad_years WHERE year = ${y}`);

    // people search within scope: age and the verdict
    const found = (await orgadmin.get(`/api/v1/squads/${squadId}/candidates?pageSize=100`)).json();
    expect(found.youngMaxAge).toBe(35);
    const row = found.items.find((p: { id: number }) => p.id === turns36Today);
    expect(row).toMatchObject({ age: 36, eligible: false, activeSquad: { id: squadId } });
    expect(found.items.find((p: { id: number }) => p.id === people[0])).toMatchObject({ eligible: true, activeSquad: null });
  });

  it('one active squad per person; leaving with a reason frees the person and keeps the history', async () => {
    await addMembers(orgadmin, squadId, [people[0], people[1]]);
    const second = await createSquad(orgadmin, { name: '城市更新攻坚尖刀班', orgId: orgs.agency1.id, field: '城市更新' });
    const taken = await orgadmin.post(`/api/v1/squads/${second}/members`, { personId: people[0] });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('squad_member_elsewhere');
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members`, { personId: people[0] })).json().error.code).toBe('squad_member_open');
    // the database holds the rule too
    await expect(t.db.execute(sql`INSERT INTO squad_members (squad_id, person_id, status, joined_at) VALUES (${second}, ${people[0]}, 'active', now())`)).rejects.toThrow();

    const rowOf = async (sid: number, personId: number) =>
      ((await orgadmin.get(`/api/v1/squads/${sid}/members`)).json().items as Member[]).find((x) => x.personId === personId && x.status === 'active')!;
    const mine = await rowOf(squadId, people[0]);
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members/${mine.id}/leave`, {})).statusCode).toBe(400);
    const left = await orgadmin.post(`/api/v1/squads/${squadId}/members/${mine.id}/leave`, { reason: '工作调动' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ status: 'left', leaveReason: '工作调动' });
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members/${mine.id}/leave`, { reason: '再次离队' })).statusCode).toBe(409);

    expect((await orgadmin.post(`/api/v1/squads/${second}/members`, { personId: people[0] })).statusCode).toBe(201);
    // rejoining the first squad later is a new row: two rows of history for the person there
    const secondRow = await rowOf(second, people[0]);
    await orgadmin.post(`/api/v1/squads/${second}/members/${secondRow.id}/leave`, { reason: '回原队' });
    await addMembers(orgadmin, squadId, [people[0]]);
    const history = ((await orgadmin.get(`/api/v1/squads/${squadId}/members`)).json().items as Member[]).filter((x) => x.personId === people[0]);
    expect(history.map((h) => h.status).sort()).toEqual(['active', 'left']);
    const leftOnly = (await orgadmin.get(`/api/v1/squads/${squadId}/members?status=left`)).json().items as Member[];
    expect(leftOnly.every((x) => x.status === 'left')).toBe(true);
  });

  it('the leader proposes, the organisation confirms or rejects; only the active leader may propose', async () => {
    const proposed = await member.post('/api/v1/me/squad/proposals', { personId: people[2], reason: '熟悉产业链招商' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json()).toMatchObject({ status: 'proposed', personId: people[2] });
    const other = await member.post('/api/v1/me/squad/proposals', { personId: people[3] });
    const mySquad = (await member.get('/api/v1/me/squad')).json();
    expect(mySquad).toMatchObject({ role: 'leader', squad: { id: squadId } });
    expect(mySquad.proposals.map((p: Member) => p.personId).sort()).toEqual([people[2], people[3]].sort());
    // a proposal outside the squad's organisation is as unknown as a missing person
    const [outsider] = await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${orgs.agency2.path + '%'} LIMIT 1`);
    expect((await member.post('/api/v1/me/squad/proposals', { personId: outsider.id })).statusCode).toBe(404);
    // someone who is not a leader cannot propose
    expect((await secretary.post('/api/v1/me/squad/proposals', { personId: people[2] })).statusCode).toBe(404);

    const confirmed = await orgadmin.post(`/api/v1/squads/${squadId}/members/${proposed.json().id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'active', confirmedByName: expect.any(String) });
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members/${proposed.json().id}/confirm`)).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members/${other.json().id}/reject`, {})).statusCode).toBe(400);
    const rejected = await orgadmin.post(`/api/v1/squads/${squadId}/members/${other.json().id}/reject`, { reason: '已承担其他专班任务' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '已承担其他专班任务' });
    expect((await orgadmin2.post(`/api/v1/squads/${squadId}/members/${other.json().id}/confirm`)).statusCode).toBe(404);

    // a plain member of the squad cannot propose
    const leaderChange = await orgadmin.put(`/api/v1/squads/${squadId}/leader`, { personId: people[2] });
    expect(leaderChange.statusCode, leaderChange.body).toBe(200);
    expect((await member.post('/api/v1/me/squad/proposals', { personId: people[3] })).statusCode).toBe(403);
  });

  it('changing the leader keeps who led when; the squad mirrors the active leader row', async () => {
    const profile = (await orgadmin.get(`/api/v1/squads/${squadId}`)).json();
    expect(profile.squad.leaderPersonId).toBe(people[2]);
    expect(profile.members[0]).toMatchObject({ personId: people[2], role: 'leader' });
    expect(profile.members.find((m: Member) => m.personId === memberPersonId)).toMatchObject({ role: 'member', status: 'active' });
    const past = (profile.history as Member[]).filter((m) => m.personId === memberPersonId);
    expect(past).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'leader', status: 'left', leaveReason: '队长变更，转为队员' })]));
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM squad_members WHERE squad_id = ${squadId} AND status = 'active' AND role = 'leader'`);
    expect(n).toBe(1);
    expect((await orgadmin.put(`/api/v1/squads/${squadId}/leader`, { personId: people[3] })).statusCode).toBe(400);
  });

  it('list: search, filters, sorting and paging within scope', async () => {
    const all = (await orgadmin.get('/api/v1/squads?sort=name')).json();
    expect(all.total).toBe(2);
    expect(all.items.map((s: { name: string }) => s.name).sort()).toEqual(['城市更新攻坚尖刀班', '招商引资青年尖刀班'].sort());
    const reversed = (await orgadmin.get('/api/v1/squads?sort=-name')).json().items.map((s: { name: string }) => s.name);
    expect(reversed).toEqual(all.items.map((s: { name: string }) => s.name).reverse());
    expect((await orgadmin.get(`/api/v1/squads?q=${encodeURIComponent('城市更新')}`)).json().items.map((s: { name: string }) => s.name)).toEqual(['城市更新攻坚尖刀班']);
    expect((await orgadmin.get(`/api/v1/squads?field=${encodeURIComponent('招商引资')}`)).json().total).toBe(1);
    expect((await orgadmin.get('/api/v1/squads?status=disbanded')).json().total).toBe(0);
    const paged = (await orgadmin.get('/api/v1/squads?pageSize=1&page=2&sort=-memberCount')).json();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items[0].name).toBe('城市更新攻坚尖刀班');
    expect((await orgadmin.get('/api/v1/squads/fields')).json().items).toEqual(expect.arrayContaining([{ field: '城市更新', count: 1 }]));
    expect((await orgadmin.get('/api/v1/squads?sort=bogus')).statusCode).toBe(400);
  });

  it('merge moves the members in one transaction; disband closes every membership', async () => {
    const target = (await orgadmin.get(`/api/v1/squads?q=${encodeURIComponent('城市更新')}`)).json().items[0].id as number;
    const before = (await orgadmin.get(`/api/v1/squads/${squadId}`)).json().members.length as number;
    const merged = await orgadmin.post(`/api/v1/squads/${squadId}/merge`, { intoId: target, reason: '力量整合' });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().squad).toMatchObject({ status: 'merged', mergedIntoId: target, memberCount: 0, leaderPersonId: null, endedOn: shanghaiDay(new Date()) });
    // the member who is 36 today only joined under the raised limit: not moved
    expect(merged.json().moved.length + merged.json().notMoved.length).toBe(before);
    expect(merged.json().notMoved).toEqual([{ personId: people[4], reason: 'squad_member_too_old' }]);
    expect((await orgadmin.get(`/api/v1/squads/${target}`)).json().squad.memberCount).toBe(before - 1);
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/members`, { personId: people[4] })).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/squads/${squadId}/merge`, { intoId: target, reason: '再次合并' })).statusCode).toBe(409);

    const disbanded = await orgadmin.post(`/api/v1/squads/${target}/disband`, { reason: '任务完成' });
    expect(disbanded.statusCode, disbanded.body).toBe(200);
    expect(disbanded.json()).toMatchObject({ status: 'disbanded', memberCount: 0 });
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM squad_members WHERE squad_id = ${target} AND status IN ('active', 'proposed')`);
    expect(n).toBe(0);
    expect((await member.get('/api/v1/me/squad')).json()).toMatchObject({ squad: null, role: null });
    expect((await orgadmin.get('/api/v1/squads?status=disbanded')).json().total).toBe(1);
  });

  it('two admins adding the same person to two squads at once: one wins, the other gets the clear 409', async () => {
    const a = await createSquad(orgadmin, { name: '并发甲队', orgId: orgs.agency1.id });
    const b = await createSquad(orgadmin, { name: '并发乙队', orgId: orgs.agency1.id });
    const [free] = await youngPeople(t, orgs.agency1.path, 1, [memberPersonId, ...people]);
    const results = await Promise.all([a, b].map((sid) => orgadmin.post(`/api/v1/squads/${sid}/members`, { personId: free })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('squad_member_elsewhere');
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM squad_members WHERE person_id = ${free} AND status = 'active'`);
    expect(n).toBe(1);
  });
});
