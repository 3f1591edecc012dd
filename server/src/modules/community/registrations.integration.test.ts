import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { bulkMembers } from '../../../../test/bulk-members.js';
import { multipartBody } from '../../../../test/multipart.js';
import { pngOf, sampleFiles } from '../../../../test/sample-files.js';
import { rows } from '../../kernel/db/client.js';
import { allPages, createCommunity, demoOrgs, staffOf } from './communities/community.test-helpers.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Member = Awaited<ReturnType<typeof bulkMembers>>[number];

/** Communities directory and 双报到: one active community per member, decisions only by that community's staff, history kept. */
describe(`community directory and 双报到 (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let staffA: Client;
  let staffB: Client;
  let a: number;
  let b: number;
  let members: Member[];
  const as = (m: Member) => ({
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: m.cookie } }),
    post: (url: string, payload?: unknown) => t.app.inject({ method: 'POST', url, payload: payload as never, headers: { cookie: m.cookie, 'x-csrf-token': m.csrfToken } }),
  });
  const withSession = (m: Member, body: ReturnType<typeof multipartBody>) => ({ payload: body.payload, headers: { ...body.headers, cookie: m.cookie, 'x-csrf-token': m.csrfToken } });
  const count = async (q: ReturnType<typeof sql>) => (await rows<{ n: number }>(t.db, q))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    a = await createCommunity(admin, '测试香港花园社区', '370202001');
    b = await createCommunity(admin, '测试辽宁路社区', '370203005');
    staffA = await staffOf(t, admin, 'staff_a', [a]);
    staffB = await staffOf(t, admin, 'staff_b', [b]);
    const { firstBranch } = await demoOrgs(t);
    members = await bulkMembers(t.db, firstBranch, 4, 'cr');
  });
  afterAll(() => t.close());

  it('lists, searches and profiles communities; only committee admins create them', async () => {
    const foundRes = await admin.get(`/api/v1/communities?q=${encodeURIComponent("测试香港")}`);
    expect(foundRes.statusCode, foundRes.body).toBe(200);
    const found = foundRes.json();
    expect(found.items.map((c: { id: number }) => c.id)).toEqual([a]);
    expect(found.items[0]).toMatchObject({ districtCode: '370202', districtName: '市南区', streetName: '香港中路街道', partyOrgName: '测试香港花园社区党委', staffCount: 1 });
    const byStreet = (await as(members[0]).get('/api/v1/communities?streetCode=370203005&sort=name&order=desc')).json();
    expect(byStreet.items.some((c: { id: number }) => c.id === b)).toBe(true);
    expect(byStreet.items.every((c: { streetCode: string }) => c.streetCode === '370203005')).toBe(true);

    const before = await count(sql`SELECT count(*)::int AS n FROM communities`);
    const dup = await admin.post('/api/v1/communities', { name: '测试香港花园社区', streetCode: '370202001' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details[0].field).toBe('name');
    const badStreet = await admin.post('/api/v1/communities', { name: '无效街道社区', streetCode: '999999999' });
    expect(badStreet.statusCode).toBe(400);
    expect((await (await t.login('orgadmin')).post('/api/v1/communities', { name: '越权社区', streetCode: '370202001' })).statusCode).toBe(403);
    expect(await count(sql`SELECT count(*)::int AS n FROM communities`)).toBe(before);

    const renamed = await admin.patch(`/api/v1/communities/${b}`, { phone: '0532-8888888', streetCode: '370203008' });
    expect(renamed.json()).toMatchObject({ phone: '0532-8888888', streetCode: '370203008', districtCode: '370203' });
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'community.update' AND entity_id = ${String(b)}`)).toBe(1);

    const mine = (await staffA.get('/api/v1/me/communities')).json();
    expect(mine.items.map((c: { id: number }) => c.id)).toEqual([a]);
    const profile = (await staffA.get(`/api/v1/communities/${a}`)).json();
    expect(profile).toMatchObject({ id: a, staffCount: 1, memberCount: 0, registeredOrgs: [], openNeeds: [] });
  });

  it('keeps one active registration per member; only that community’s staff decide; history is kept', async () => {
    const m = as(members[0]);
    const bad = await m.post('/api/v1/me/community-registration', { communityId: a, address: '' });
    expect(bad.statusCode).toBe(400);
    expect(await count(sql`SELECT count(*)::int AS n FROM community_member_registrations WHERE person_id = ${members[0].personId}`)).toBe(0);

    const first = await m.post('/api/v1/me/community-registration', { communityId: a, address: '香港中路10号2单元' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ communityId: a, status: 'pending', hasProof: false });
    const again = await m.post('/api/v1/me/community-registration', { communityId: b, address: '辽宁路5号' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('community_already_registered');

    // staff of another community neither see nor decide it
    const queueB = (await staffB.get('/api/v1/community-staff/member-registrations')).json();
    expect(queueB.items.some((r: { id: number }) => r.id === first.json().id)).toBe(false);
    expect((await staffB.post(`/api/v1/community-staff/member-registrations/${first.json().id}/confirm`)).statusCode).toBe(404);
    const queueA = (await staffA.get('/api/v1/community-staff/member-registrations?status=pending')).json();
    expect(queueA.items.map((r: { id: number }) => r.id)).toContain(first.json().id);
    expect(queueA.items[0].personName).toBe('cr0');

    const confirmed = await staffA.post(`/api/v1/community-staff/member-registrations/${first.json().id}/confirm`);
    expect(confirmed.json().status).toBe('confirmed');
    expect((await staffA.post(`/api/v1/community-staff/member-registrations/${first.json().id}/decline`, { reason: '地址不符' })).statusCode).toBe(409);
    expect((await staffA.get(`/api/v1/communities/${a}`)).json().memberCount).toBe(1);
    expect((await m.post('/api/v1/me/community-registration', { communityId: b, address: '辽宁路5号' })).statusCode).toBe(409);

    expect((await m.post('/api/v1/me/community-registration/leave', { reason: '搬家' })).statusCode).toBe(200);
    const moved = await m.post('/api/v1/me/community-registration', { communityId: b, address: '辽宁路5号' });
    expect(moved.statusCode).toBe(201);
    expect((await staffB.post(`/api/v1/community-staff/member-registrations/${moved.json().id}/decline`, {})).statusCode).toBe(400);
    const declined = await staffB.post(`/api/v1/community-staff/member-registrations/${moved.json().id}/decline`, { reason: '不在本社区辖区' });
    expect(declined.json()).toMatchObject({ status: 'declined', reason: '不在本社区辖区' });

    const mineNow = (await m.get('/api/v1/me/community-registration')).json();
    expect(mineNow.current).toBeNull();
    expect(mineNow.history.map((r: { status: string }) => r.status)).toEqual(['declined', 'left']);
    expect(await count(sql`SELECT count(*)::int AS n FROM notifications WHERE person_id = ${members[0].personId} AND kind = 'community_registration'`)).toBe(2);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'community_member_registration'`)).toBeGreaterThanOrEqual(5);
  });

  it('two registrations sent at once leave one', async () => {
    const m = as(members[1]);
    const [x, y] = await Promise.all([
      m.post('/api/v1/me/community-registration', { communityId: a, address: '香港中路1号' }),
      m.post('/api/v1/me/community-registration', { communityId: b, address: '辽宁路1号' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect(await count(sql`SELECT count(*)::int AS n FROM community_member_registrations WHERE person_id = ${members[1].personId}`)).toBe(1);
  });

  it('takes an optional proof of residence, shown to the member and that community’s staff only', async () => {
    const m = members[1];
    const current = (await as(m).get('/api/v1/me/community-registration')).json().current;
    const fake = Buffer.from('<html>not an image</html>'.repeat(4));
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/me/community-registration/proof', ...withSession(m, multipartBody(fake, 'x.png', 'image/png')) });
    expect(refused.statusCode).toBe(400);
    const up = await t.app.inject({ method: 'POST', url: '/api/v1/me/community-registration/proof', ...withSession(m, multipartBody(pngOf(40, 30), '证明.png', 'image/png')) });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ id: current.id, hasProof: true });
    const [staffOfIt, otherStaff] = current.communityId === a ? [staffA, staffB] : [staffB, staffA];
    const seen = await staffOfIt.get(`/api/v1/community-member-registrations/${current.id}/proof?w=160`);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/webp');
    expect((await otherStaff.get(`/api/v1/community-member-registrations/${current.id}/proof`)).statusCode).toBe(404);
    expect((await as(m).get(`/api/v1/community-member-registrations/${current.id}/proof`)).statusCode).toBe(200);
    expect((await as(members[3]).get(`/api/v1/community-member-registrations/${current.id}/proof`)).statusCode).toBe(404);
  });

  it('takes a PDF proof too, replacing the image, downloaded as it was sent by that community’s staff only', async () => {
    const m = members[1];
    const current = (await as(m).get('/api/v1/me/community-registration')).json().current;
    const keyOf = async () => (await rows<{ k: string | null }>(t.db, sql`SELECT proof_file_key AS k FROM community_member_registrations WHERE id = ${current.id}`))[0].k;
    const audits = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'community.member_proof' AND entity_id = ${String(current.id)}`);
    const imageKey = await keyOf();
    const auditsBefore = await audits();
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/me/community-registration/proof', ...withSession(m, multipartBody(sampleFiles.text(), '证明.pdf', 'application/pdf')) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', details: [{ field: 'file' }] });
    expect(await keyOf()).toBe(imageKey);
    expect(await audits()).toBe(auditsBefore);

    const pdf = sampleFiles.pdf(3000);
    const up = await t.app.inject({ method: 'POST', url: '/api/v1/me/community-registration/proof', ...withSession(m, multipartBody(pdf, '居住证明.pdf', 'application/pdf')) });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ id: current.id, hasProof: true });
    expect(await keyOf()).not.toBe(imageKey);
    expect(await audits()).toBe(auditsBefore + 1);
    const [staffOfIt, otherStaff] = current.communityId === a ? [staffA, staffB] : [staffB, staffA];
    const seen = await staffOfIt.get(`/api/v1/community-member-registrations/${current.id}/proof`);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('application/pdf');
    expect(seen.headers['content-disposition']).toMatch(/^attachment/);
    expect(seen.rawPayload.equals(pdf)).toBe(true);
    expect((await otherStaff.get(`/api/v1/community-member-registrations/${current.id}/proof`)).statusCode).toBe(404);
    expect((await as(members[3]).get(`/api/v1/community-member-registrations/${current.id}/proof`)).statusCode).toBe(404);
    expect((await as(m).get(`/api/v1/community-member-registrations/${current.id}/proof`)).headers['content-type']).toBe('application/pdf');
  });

  it('organisers list their unregistered members and remind them', async () => {
    const orgadmin = await t.login('orgadmin');
    const { firstBranch } = await demoOrgs(t);
    const list = (await orgadmin.get(`/api/v1/community-member-registrations/unregistered?orgId=${firstBranch}&q=cr&pageSize=10`)).json();
    // cr0 has only a declined registration, cr1 a pending one: cr0, cr2 and cr3 have none active
    expect(list.items.map((p: { name: string }) => p.name).sort()).toEqual(['cr0', 'cr2', 'cr3']);
    expect(list.items.find((p: { name: string }) => p.name === 'cr0').lastStatus).toBe('declined');
    const other = await t.login('orgadmin2');
    expect((await other.get(`/api/v1/community-member-registrations/unregistered?orgId=${firstBranch}`)).statusCode).toBe(404);
    expect((await other.post('/api/v1/community-member-registrations/remind', { personIds: [members[2].personId] })).statusCode).toBe(404);

    const reminded = await orgadmin.post('/api/v1/community-member-registrations/remind', { personIds: [members[2].personId, members[1].personId] });
    expect(reminded.json()).toEqual({ count: 1 });
    expect(await count(sql`SELECT count(*)::int AS n FROM notifications WHERE person_id = ${members[2].personId} AND kind = 'community_registration_reminder'`)).toBe(1);
    const theirs = (await orgadmin.get(`/api/v1/community-member-registrations?orgId=${firstBranch}&q=cr`)).json();
    expect(theirs.total).toBe(3);
  });

  it('organisation 报到: an org admin registers only organisations of their subtree; staff of that community decide', async () => {
    const { first, second } = await demoOrgs(t);
    const orgadmin = await t.login('orgadmin');
    const orgadmin2 = await t.login('orgadmin2');
    // The demo data has agreements of its own: count only what this test adds.
    const rowsBefore = await count(sql`SELECT count(*)::int AS n FROM community_org_registrations`);
    const auditBefore = await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'community_org_registration'`);
    const body = { orgId: first.id, communityIds: [a, b], periodStart: '2026-01-01', periodEnd: '2026-12-31', contactName: '王明', contactPhone: '13800000000', agreedServices: ['elderly', 'policy'] };
    expect((await orgadmin.post('/api/v1/community-org-registrations', { ...body, orgId: second.id })).statusCode).toBe(404);
    expect((await orgadmin.post('/api/v1/community-org-registrations', { ...body, periodEnd: '2025-12-31' })).statusCode).toBe(400);
    expect((await orgadmin.post('/api/v1/community-org-registrations', { ...body, agreedServices: ['nonsense'] })).statusCode).toBe(400);
    expect(await count(sql`SELECT count(*)::int AS n FROM community_org_registrations`)).toBe(rowsBefore);

    const created = await orgadmin.post('/api/v1/community-org-registrations', body);
    expect(created.statusCode, created.body).toBe(201);
    const [ra, rb] = created.json().items as { id: number; communityId: number; status: string }[];
    expect([ra.communityId, rb.communityId]).toEqual([a, b]);
    // a second proposal to one of them is refused and nothing of it is written
    const dup = await orgadmin.post('/api/v1/community-org-registrations', { ...body, communityIds: [b, a] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('community_agreement_exists');
    expect(await count(sql`SELECT count(*)::int AS n FROM community_org_registrations`)).toBe(rowsBefore + 2);

    expect((await staffA.post(`/api/v1/community-staff/org-registrations/${rb.id}/confirm`)).statusCode).toBe(404);
    expect((await staffA.get('/api/v1/community-staff/org-registrations?status=proposed')).json().items.map((r: { id: number }) => r.id)).toEqual([ra.id]);
    expect((await staffA.post(`/api/v1/community-staff/org-registrations/${ra.id}/confirm`)).json().status).toBe('confirmed');
    expect((await staffB.post(`/api/v1/community-staff/org-registrations/${rb.id}/decline`, { reason: '本社区暂无共建需求' })).json()).toMatchObject({ status: 'declined', declineReason: '本社区暂无共建需求' });
    expect((await staffA.get(`/api/v1/communities/${a}`)).json().registeredOrgs).toEqual([expect.objectContaining({ registrationId: ra.id, orgId: first.id })]);

    const ours = await allPages<{ id: number; status: string }>((u) => orgadmin.get(u), '/api/v1/community-org-registrations?status=confirmed');
    expect(ours.map((r) => r.id)).toContain(ra.id);
    expect(ours.map((r) => r.id)).not.toContain(rb.id);
    expect(ours.every((r) => r.status === 'confirmed')).toBe(true);
    // The other agency sees only agreements of its own organisations, none of these.
    const [{ path: theirPath }] = await rows<{ path: string }>(t.db, sql`SELECT o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin2'`);
    const theirOrgs = new Set((await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path LIKE ${theirPath + '%'}`)).map((o) => o.id));
    const theirs = await allPages<{ id: number; orgId: number }>((u) => orgadmin2.get(u), '/api/v1/community-org-registrations');
    expect(theirs.map((r) => r.id)).not.toContain(ra.id);
    expect(theirs.map((r) => r.id)).not.toContain(rb.id);
    expect(theirs.every((r) => theirOrgs.has(r.orgId))).toBe(true);
    expect(theirOrgs.has(first.id)).toBe(false);
    expect((await orgadmin2.post(`/api/v1/community-org-registrations/${ra.id}/end`, {})).statusCode).toBe(404);
    expect((await orgadmin.post(`/api/v1/community-org-registrations/${ra.id}/end`, { reason: '协议期满' })).json().status).toBe('ended');
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'community_org_registration'`)).toBe(auditBefore + 5);
  });
});
