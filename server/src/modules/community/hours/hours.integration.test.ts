import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
type Client = Awaited<ReturnType<TestApp['login']>>;

/** The text of every page, extracted by an independent parser (pdf.js). */
async function pdfText(data: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((x) => ('str' in x ? x.str : '')).join('') + '\n';
  }
  return text;
}

describe(`service hours: 谁组织谁记录, the community confirms (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let member: Client;
  let staff: Client;
  let rootId: number;
  let memberPersonId: number;
  let memberName: string;
  let communityA: number;
  let communityB: number;

  const figure = async (name: string) => (await admin.get(`/api/v1/figures/${name}?orgId=${rootId}`)).json().value as number;
  const balance = async () => (await member.get('/api/v1/points/me')).json().balance as number;

  /** A volunteer activity started 2 hours ago, served in `communityId` (as a claimed need would link it); the member checked in 100 minutes ago. */
  async function volunteerActivity(communityId: number | null, title = '社区助老志愿服务') {
    const res = await admin.post('/api/v1/activities', { typeCode: 'volunteer_service', title, orgId: rootId, startsAt: inMinutes(-120), endsAt: inMinutes(60) });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    if (communityId) await t.db.execute(sql`INSERT INTO community_activities (activity_id, community_id) VALUES (${id}, ${communityId})`);
    const qr = (await admin.get(`/api/v1/activities/${id}/checkin-token`)).json();
    expect((await member.post('/api/v1/me/checkin', { token: qr.token })).statusCode).toBe(200);
    await t.db.execute(sql`UPDATE activity_attendance SET checked_in_at = now() - interval '100 minutes' WHERE activity_id = ${id}`);
    return id;
  }
  const hoursOf = (activityId: number) => rows<{ id: number; status: string; recorded_hours: string; hours: string; community_id: number }>(t.db, sql`SELECT * FROM community_service_hours WHERE activity_id = ${activityId} ORDER BY id`);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    member = await t.login('member');
    staff = await t.login('community');
    [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    [{ id: memberPersonId, name: memberName }] = await rows<{ id: number; name: string }>(t.db, sql`SELECT p.id, p.name FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.username = 'member'`);
    [{ id: communityA }, { id: communityB }] = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO communities (name, district_code, street_code, party_org_name) VALUES
            ('八大关社区', '370202', '370202001', '八大关社区党委'), ('湛山花园社区', '370202', '370202002', '湛山花园社区党委') RETURNING id`,
    );
    // The demo account 'community' works for community A only.
    await t.db.execute(sql`INSERT INTO community_staff (community_id, account_id) SELECT ${communityA}, id FROM accounts WHERE username = 'community'`);
  });
  afterAll(() => t.close());

  let firstHoursId: number;
  let firstActivity: number;

  it('check-out records pending hours for the organiser from attendance; the member cannot set them; nothing counts yet', async () => {
    const hoursBefore = await figure('community.confirmed_hours');
    const timesBefore = await figure('community.volunteer_person_times');
    firstActivity = await volunteerActivity(communityA);
    const pointsBefore = await balance();
    const out = await member.post(`/api/v1/me/activities/${firstActivity}/checkout`, { hours: 8 });
    expect(out.json()).toMatchObject({ created: true, presenceHours: 1.5, hoursStatus: 'awaiting_confirmation' });
    const [row] = await hoursOf(firstActivity);
    expect(row).toMatchObject({ status: 'pending', community_id: communityA });
    expect(Number(row.recorded_hours)).toBe(1.5);
    firstHoursId = row.id;
    // No route lets a member write hours: the organiser's and the staff's are closed to them.
    expect((await member.patch(`/api/v1/community/hours/${row.id}`, { hours: 8, reason: '我自己填的' })).statusCode).toBe(403);
    expect((await member.post('/api/v1/community/hours-queue/confirm', { ids: [row.id] })).statusCode).toBe(403);
    expect((await member.post(`/api/v1/community/activities/${firstActivity}/hours`)).statusCode).toBe(403);
    const record = (await member.get('/api/v1/me/community/volunteer-record')).json();
    expect(record.totals).toMatchObject({ confirmedHours: 0, pendingHours: 1.5 });
    expect(record.activities[0]).toMatchObject({ activityId: firstActivity, activityTitle: '社区助老志愿服务', status: 'pending', communityName: '八大关社区' });
    expect(await figure('community.confirmed_hours')).toBe(hoursBefore);
    expect(await figure('community.volunteer_person_times')).toBe(timesBefore);
    expect(await balance()).toBe(pointsBefore);
  });

  it('the organiser adjusts with a reason; another agency cannot see the row', async () => {
    const noReason = await admin.patch(`/api/v1/community/hours/${firstHoursId}`, { hours: 2 });
    expect(noReason.statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/community/hours/${firstHoursId}`, { hours: 2.3, reason: '按半小时计' })).statusCode).toBe(400);
    const res = await admin.patch(`/api/v1/community/hours/${firstHoursId}`, { hours: 2, reason: '提前到场布置场地' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ recordedHours: 1.5, adjustedHours: 2, hours: 2, adjustReason: '提前到场布置场地', status: 'pending' });
    const list = (await admin.get(`/api/v1/community/hours?activityId=${firstActivity}`)).json();
    expect(list.total).toBe(1);
    const orgadmin2 = await t.login('orgadmin2');
    expect((await orgadmin2.get(`/api/v1/community/hours/${firstHoursId}`)).statusCode).toBe(404);
    expect((await orgadmin2.patch(`/api/v1/community/hours/${firstHoursId}`, { hours: 5, reason: '越权修改' })).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/community/hours?activityId=${firstActivity}`)).json().total).toBe(0);
    const [a] = await rows(t.db, sql`SELECT 1 FROM audit_log WHERE action = 'community.hours_adjust' AND entity_id = ${String(firstHoursId)}`);
    expect(a).toBeDefined();
  });

  it('community staff see and decide only their community’s hours, all or nothing', async () => {
    const other = await volunteerActivity(communityB, '湛山花园环境整治');
    await member.post(`/api/v1/me/activities/${other}/checkout`);
    const [otherRow] = await hoursOf(other);
    expect(otherRow.status).toBe('pending');
    const queue = (await staff.get('/api/v1/community/hours-queue')).json();
    expect(queue.items.map((r: { id: number }) => r.id)).toContain(firstHoursId);
    expect(queue.items.map((r: { id: number }) => r.id)).not.toContain(otherRow.id);
    const mixed = await staff.post('/api/v1/community/hours-queue/confirm', { ids: [firstHoursId, otherRow.id] });
    expect(mixed.statusCode).toBe(404);
    expect((await hoursOf(firstActivity))[0].status).toBe('pending');
    expect((await staff.post('/api/v1/community/hours-queue/return', { ids: [otherRow.id], reason: '不是本社区的活动' })).statusCode).toBe(404);
    expect((await hoursOf(other))[0].status).toBe('pending');
    // Organisers cannot confirm: confirmation belongs to the community.
    expect((await admin.post('/api/v1/community/hours-queue/confirm', { ids: [firstHoursId] })).statusCode).toBe(403);
  });

  it('confirmed hours count in figures and points, once; returned hours go back to pending after adjustment', async () => {
    const hoursBefore = await figure('community.confirmed_hours');
    const timesBefore = await figure('community.volunteer_person_times');
    const pointsBefore = await balance();
    const ok = await staff.post('/api/v1/community/hours-queue/confirm', { ids: [firstHoursId] });
    expect(ok.json()).toEqual({ count: 1 });
    expect(await figure('community.confirmed_hours')).toBe(hoursBefore + 2);
    expect(await figure('community.volunteer_person_times')).toBe(timesBefore + 1);
    expect(await balance()).toBe(pointsBefore + 2);
    const again = await staff.post('/api/v1/community/hours-queue/confirm', { ids: [firstHoursId] });
    expect(again.statusCode).toBe(409);
    expect(await balance()).toBe(pointsBefore + 2);
    expect((await admin.patch(`/api/v1/community/hours/${firstHoursId}`, { hours: 6, reason: '确认后再改' })).statusCode).toBe(409);
    const records = (await admin.get(`/api/v1/figures/community.confirmed_hours/records?orgId=${rootId}&pageSize=100`)).json();
    expect(records.items.find((r: { activityId: number }) => r.activityId === firstActivity)).toMatchObject({ hours: 2, activity: '社区助老志愿服务', community: '八大关社区' });
    const served = (await admin.get(`/api/v1/figures/community.communities_served/records?orgId=${rootId}`)).json();
    expect(served.items.map((c: { id: number }) => c.id)).toContain(communityA);
    expect(served.items.map((c: { id: number }) => c.id)).not.toContain(communityB);

    // A second activity: the organiser closes attendance; staff return it, the organiser adjusts, staff confirm in bulk.
    const second = await volunteerActivity(communityA, '八大关文明创建');
    const closed = (await admin.post(`/api/v1/activities/${second}/checkout`, {})).json();
    expect(closed.count).toBe(1);
    const [row] = await hoursOf(second);
    const noReason = await staff.post('/api/v1/community/hours-queue/return', { ids: [row.id] });
    expect(noReason.statusCode).toBe(400);
    expect((await staff.post('/api/v1/community/hours-queue/return', { ids: [row.id], reason: '签到人数与现场不符' })).json()).toEqual({ count: 1 });
    const returned = (await staff.get('/api/v1/community/hours-queue?status=returned')).json().items.find((r: { id: number }) => r.id === row.id);
    expect(returned).toMatchObject({ status: 'returned', returnReason: '签到人数与现场不符' });
    expect((await staff.post('/api/v1/community/hours-queue/confirm', { ids: [row.id] })).statusCode).toBe(409);
    const fixed = await admin.patch(`/api/v1/community/hours/${row.id}`, { hours: 1, reason: '核对签到记录后更正' });
    expect(fixed.json()).toMatchObject({ status: 'pending', hours: 1 });
    expect((await staff.post('/api/v1/community/hours-queue/confirm', { ids: [row.id] })).json()).toEqual({ count: 1 });
    const record = (await member.get('/api/v1/me/community/volunteer-record')).json();
    expect(record.totals).toMatchObject({ confirmedHours: 3, pendingHours: 1.5, confirmedActivities: 2 });
    expect(record.communities.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['八大关社区', '湛山花园社区']));
  });

  it('an activity not served for a community records no service hours', async () => {
    const plain = await volunteerActivity(null, '机关内部志愿服务');
    await member.post(`/api/v1/me/activities/${plain}/checkout`);
    expect(await hoursOf(plain)).toHaveLength(0);
    expect((await admin.post(`/api/v1/community/activities/${plain}/hours`)).statusCode).toBe(409);
  });

  it('the certificate PDF carries the Chinese name and confirmed hours; anyone verifies its code', async () => {
    const none = await member.post('/api/v1/me/community/hours-certificates', { from: '2000-01-01', to: '2000-12-31' });
    expect(none.statusCode).toBe(409);
    const res = await member.post('/api/v1/me/community/hours-certificates', {});
    expect(res.statusCode, res.body).toBe(201);
    const cert = res.json();
    expect(cert).toMatchObject({ totalHours: 3, activityCount: 2 });
    expect(cert.verificationCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    const pdf = await member.get(`/api/v1/me/community/hours-certificates/${cert.id}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // A subset of the CJK font is embedded, not the 20 MB collection.
    expect(bytes.length).toBeLessThan(500_000);
    const text = await pdfText(bytes);
    expect(text).toContain('志愿服务时长证明');
    expect(text).toContain(memberName);
    expect(text).toContain('共计 3 小时');
    expect(text).toContain('八大关社区');
    expect(text).toContain(cert.verificationCode);

    const someoneElse = await t.login('secretary');
    expect((await someoneElse.get(`/api/v1/me/community/hours-certificates/${cert.id}/certificate.pdf`)).statusCode).toBe(404);

    const anon = t.anonymous();
    const check = await anon.get(`/api/v1/public/hours-certificates/${cert.verificationCode.toLowerCase().replace(/-/g, '')}`);
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ valid: true, verificationCode: cert.verificationCode, totalHours: 3, activityCount: 2 });
    expect(check.json().name).not.toBe(memberName);
    expect(check.json().name[0]).toBe(memberName[0]);
    expect(check.json().name).toContain('*');
    expect((await anon.get('/api/v1/public/hours-certificates/2222-3333-4444')).statusCode).toBe(404);
    expect((await anon.get('/api/v1/public/hours-certificates/not-a-code')).statusCode).toBe(400);
    expect((await member.get('/api/v1/me/community/hours-certificates')).json().items.map((c: { id: number }) => c.id)).toContain(cert.id);
  });

  it('a certificate without a period covers hours confirmed for an activity dated tomorrow in Qingdao (checked in early)', async () => {
    // Near midnight in Qingdao an activity starting within the hour is dated tomorrow, and can be served and confirmed today.
    await t.db.execute(sql`UPDATE activities SET starts_at = ((date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '1 day 9 hours') AT TIME ZONE 'Asia/Shanghai'),
                                                ends_at = ((date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '1 day 11 hours') AT TIME ZONE 'Asia/Shanghai')
                            WHERE id = ${firstActivity}`);
    const res = await member.post('/api/v1/me/community/hours-certificates', {});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ totalHours: 3, activityCount: 2 });
    expect(res.json().periodTo > res.json().periodFrom).toBe(true);
  });
});
