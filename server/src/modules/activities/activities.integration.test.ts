import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { CHECKIN_PERIOD_MS, issueToken } from './checkin-token.js';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

describe(`activities (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let member: Awaited<ReturnType<TestApp['login']>>;
  let rootId: number;
  let memberBranchId: number;

  async function create(body: Record<string, unknown> = {}) {
    const res = await admin.post('/api/v1/activities', {
      typeCode: 'party_day',
      title: '“人民至上”主题党日',
      orgId: rootId,
      venue: '市直机关党校',
      startsAt: inMinutes(10),
      endsAt: inMinutes(130),
      capacity: 2,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; confirmedCount: number };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    member = await t.login('member');
    [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    [{ id: memberBranchId }] = await rows<{ id: number }>(t.db, sql`SELECT p.org_id AS id FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.username = 'member'`);
  });
  afterAll(() => t.close());

  it('lists types and categories as data, including the care category', async () => {
    const res = await member.get('/api/v1/activity-types');
    const { types, categories } = res.json();
    expect(categories.map((c: { code: string }) => c.code)).toContain('care');
    expect(types.find((x: { code: string }) => x.code === 'health_lecture').categoryCode).toBe('care');
  });

  it('validates input and names the field; nothing is written', async () => {
    const before = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM activities`);
    const bad = await admin.post('/api/v1/activities', { typeCode: 'party_day', title: '测试', orgId: rootId, startsAt: inMinutes(60), endsAt: inMinutes(30) });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('endsAt');
    const unknownType = await admin.post('/api/v1/activities', { typeCode: 'nope', title: '测试', orgId: rootId, startsAt: inMinutes(10), endsAt: inMinutes(30) });
    expect(unknownType.json().error.details[0].field).toBe('typeCode');
    const after = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM activities`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('an agency admin cannot organise for another agency', async () => {
    const orgadmin = await t.login('orgadmin');
    const [other] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin2'`);
    const res = await orgadmin.post('/api/v1/activities', { typeCode: 'lecture', title: '越权', orgId: other.id, startsAt: inMinutes(10), endsAt: inMinutes(60) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('orgId');
    // The committee's activity for the whole city reaches the agency's people: the agency admin reads it, never changes it.
    const a = await create();
    expect((await orgadmin.get(`/api/v1/activities/${a.id}`)).json()).toMatchObject({ id: a.id, origin: 'city' });
    expect((await orgadmin.patch(`/api/v1/activities/${a.id}`, { title: '越权修改' })).statusCode).toBe(403);
  });

  it('sign-up fills seats, then the waitlist; a cancellation promotes the first waiting', async () => {
    const a = await create({ capacity: 1 });
    const secretary = await t.login('secretary');
    expect((await member.post(`/api/v1/me/activities/${a.id}/signup`)).json()).toMatchObject({ status: 'confirmed', created: true });
    expect((await member.post(`/api/v1/me/activities/${a.id}/signup`)).json()).toMatchObject({ status: 'confirmed', created: false });
    expect((await secretary.post(`/api/v1/me/activities/${a.id}/signup`)).json()).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await secretary.get(`/api/v1/me/activities/${a.id}`)).json()).toMatchObject({ mySignup: 'waitlisted', myWaitPosition: 1 });
    expect((await member.delete(`/api/v1/me/activities/${a.id}/signup`)).statusCode).toBe(200);
    const signups = (await admin.get(`/api/v1/activities/${a.id}/signups`)).json().items;
    expect(signups).toHaveLength(1);
    expect(signups[0].status).toBe('confirmed');
    const detail = (await admin.get(`/api/v1/activities/${a.id}`)).json();
    expect(detail).toMatchObject({ confirmedCount: 1, waitlistCount: 0 });
  });

  it('refuses sign-up outside the audience and outside the window', async () => {
    const [other] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin2'`);
    const a = await create({ audienceOrgIds: [other.id] });
    expect((await member.post(`/api/v1/me/activities/${a.id}/signup`)).json().error.code).toBe('not_in_audience');
    const closed = await create({ signupClosesAt: inMinutes(-5), signupOpensAt: inMinutes(-60) });
    expect((await member.post(`/api/v1/me/activities/${closed.id}/signup`)).json().error.code).toBe('signup_closed');
  });

  it('QR check-in: fresh token accepted once, repeats idempotent, stale and forged refused', async () => {
    const a = await create({ capacity: null });
    const qr = (await admin.get(`/api/v1/activities/${a.id}/checkin-token`)).json();
    expect(qr.token).toMatch(/^\d+\.\d+\./);
    expect(qr.shortCode).toMatch(/^\d{6}$/);
    const first = await member.post('/api/v1/me/checkin', { token: qr.token });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().created).toBe(true);
    const again = await member.post('/api/v1/me/checkin', { token: qr.token });
    expect(again.json().created).toBe(false);
    expect(again.json().checkedInAt).toBe(first.json().checkedInAt);

    const [{ checkin_secret: secret }] = await rows<{ checkin_secret: string }>(t.db, sql`SELECT checkin_secret FROM activities WHERE id = ${a.id}`);
    const stale = issueToken(a.id, secret, Date.now() - 3 * CHECKIN_PERIOD_MS).token;
    const secretary = await t.login('secretary');
    const staleRes = await secretary.post('/api/v1/me/checkin', { token: stale });
    expect(staleRes.statusCode).toBe(410);
    expect(staleRes.json().error.code).toBe('checkin_token_expired');
    const forged = issueToken(a.id, 'guessed-secret').token;
    expect((await secretary.post('/api/v1/me/checkin', { token: forged })).json().error.code).toBe('checkin_token_invalid');
    const byCode = await secretary.post('/api/v1/me/checkin', { activityId: a.id, code: qr.shortCode });
    expect(byCode.json().created).toBe(true);

    const list = (await admin.get(`/api/v1/activities/${a.id}/attendance`)).json().items;
    expect(list.map((x: { method: string }) => x.method).sort()).toEqual(['code', 'qr']);
  });

  it('check-in closed before the window; manual check-in by the organiser; export to Excel', async () => {
    const later = await create({ startsAt: inMinutes(24 * 60), endsAt: inMinutes(25 * 60), capacity: null });
    const qr = (await admin.get(`/api/v1/activities/${later.id}/checkin-token`)).json();
    expect((await member.post('/api/v1/me/checkin', { token: qr.token })).json().error.code).toBe('checkin_closed');

    const a = await create({ capacity: null });
    const [{ id: personId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM people WHERE org_id = ${memberBranchId} ORDER BY id DESC LIMIT 1`);
    const manual = await admin.post(`/api/v1/activities/${a.id}/attendance`, { personId });
    expect(manual.json().created).toBe(true);
    const xlsx = await admin.get(`/api/v1/activities/${a.id}/attendance.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const ws = wb.getWorksheet('签到名单')!;
    const [{ name }] = await rows<{ name: string }>(t.db, sql`SELECT name FROM people WHERE id = ${personId}`);
    expect(ws.getRow(3).getCell(2).value).toBe(name);
    expect(ws.getRow(3).getCell(4).value).toBe('手工');
  });

  it('check-out records presence only, capped by the activity length: no self-reported hours, no hour points', async () => {
    const a = await create({ typeCode: 'volunteer_service', startsAt: inMinutes(-90), endsAt: inMinutes(60), capacity: null });
    const events: unknown[] = [];
    const off = t.ctx.events.on('activities.checked_out', (p) => void events.push(p));
    const qr = (await admin.get(`/api/v1/activities/${a.id}/checkin-token`)).json();
    await member.post('/api/v1/me/checkin', { token: qr.token });
    await t.db.execute(sql`UPDATE activity_attendance SET checked_in_at = now() - interval '100 minutes' WHERE activity_id = ${a.id}`);
    const before = (await member.get('/api/v1/points/me')).json();
    // Hours cannot be stated by the member: an extra field is not taken.
    const out = await member.post(`/api/v1/me/activities/${a.id}/checkout`, { hours: 8 });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({ created: true, presenceHours: 1.5, hoursStatus: 'awaiting_confirmation', note: '服务时长由活动组织方记录，待社区确认' });
    expect((await member.post(`/api/v1/me/activities/${a.id}/checkout`)).json()).toMatchObject({ created: false, presenceHours: null });
    const after = (await member.get('/api/v1/points/me')).json();
    expect(after.balance).toBe(before.balance);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ activityId: a.id, typeCode: 'volunteer_service', categoryCode: 'volunteer', countsServiceHours: true, hours: 1.5, recordedBy: null });
    off();
  });

  it('a type without service hours answers that hours are not counted', async () => {
    const a = await create({ startsAt: inMinutes(-30), endsAt: inMinutes(60), capacity: null });
    const qr = (await admin.get(`/api/v1/activities/${a.id}/checkin-token`)).json();
    await member.post('/api/v1/me/checkin', { token: qr.token });
    expect((await member.post(`/api/v1/me/activities/${a.id}/checkout`)).json()).toMatchObject({ created: true, hoursStatus: 'not_counted' });
  });

  it('the organiser checks out everyone still present (or named people), once; outsiders and strangers refused', async () => {
    const a = await create({ typeCode: 'volunteer_service', startsAt: inMinutes(-120), endsAt: inMinutes(-5), capacity: null });
    const people = await rows<{ id: number }>(t.db, sql`SELECT id FROM people WHERE org_id = ${memberBranchId} ORDER BY id LIMIT 2`);
    await t.db.execute(sql`INSERT INTO activity_attendance (activity_id, person_id, method, checked_in_at)
                           SELECT ${a.id}, id, 'manual', now() - interval '110 minutes' FROM people WHERE id IN (${people[0].id}, ${people[1].id})`);
    const events: { personId: number; recordedBy: number | null; hours: number }[] = [];
    const off = t.ctx.events.on('activities.checked_out', (p) => void events.push(p));
    const stranger = await admin.post(`/api/v1/activities/${a.id}/checkout`, { personIds: [999999] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details[0].field).toBe('personIds');
    const orgadmin2 = await t.login('orgadmin2');
    // The committee's activity is read-only to an agency admin (it reaches their people, so it is not unknown to them).
    expect((await orgadmin2.post(`/api/v1/activities/${a.id}/checkout`, {})).statusCode).toBe(403);
    const all = await admin.post(`/api/v1/activities/${a.id}/checkout`, {});
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().count).toBe(2);
    // 110 minutes before, 5 minutes before the end: present from the start at -120 → -110, until the end at -5 → 105 minutes.
    expect(all.json().items.map((i: { presenceHours: number }) => i.presenceHours)).toEqual([1.5, 1.5]);
    expect((await admin.post(`/api/v1/activities/${a.id}/checkout`, {})).json().count).toBe(0);
    expect(events.map((e) => e.personId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(events.every((e) => e.recordedBy != null && e.hours === 1.5)).toBe(true);
    off();
  });

  it('attendance earns the activity points once, through the points rules', async () => {
    const a = await create({ capacity: null, title: '“两青共进”共学' });
    const before = (await member.get('/api/v1/points/me')).json();
    const qr = (await admin.get(`/api/v1/activities/${a.id}/checkin-token`)).json();
    await member.post('/api/v1/me/checkin', { token: qr.token });
    await member.post('/api/v1/me/checkin', { token: qr.token });
    const after = (await member.get('/api/v1/points/me')).json();
    expect(after.balance - before.balance).toBe(2);
    expect(after.items[0].ruleCode).toBe('activity_attend');
  });

  it("a member's lists: upcoming open to them, and mine", async () => {
    const a = await create({ title: '青年理论学习沙龙', capacity: null });
    const upcoming = (await member.get('/api/v1/me/activities?view=upcoming&pageSize=50')).json();
    expect(upcoming.items.map((x: { id: number }) => x.id)).toContain(a.id);
    await member.post(`/api/v1/me/activities/${a.id}/signup`);
    const mine = (await member.get('/api/v1/me/activities?view=mine&pageSize=50')).json();
    expect(mine.items.find((x: { id: number }) => x.id === a.id).mySignup).toBe('confirmed');
  });
});
