import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { agencyWithPeople } from '../../kernel/org/org.test-helpers.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Agency = Awaited<ReturnType<typeof agencyWithPeople>>;
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** An agency admin follows their own people into a committee activity: listed read-only, lists over their people only. */
describe(`activities: a committee activity seen by agency admins (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let first: Agency;
  let second: Agency;
  let activityId: number;
  let onlySecondId: number;

  const signUp = (personId: number, status: 'confirmed' | 'waitlisted', id = activityId) =>
    t.db.execute(sql`INSERT INTO activity_signups (activity_id, person_id, status) VALUES (${id}, ${personId}, ${status})`);
  const attend = (personId: number) => t.db.execute(sql`INSERT INTO activity_attendance (activity_id, person_id, method) VALUES (${activityId}, ${personId}, 'qr')`);
  const create = async (title: string, audienceOrgIds: number[]) => {
    const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const res = await admin.post('/api/v1/activities', { typeCode: 'lecture', title, orgId: root.id, startsAt: inMinutes(10), endsAt: inMinutes(130), audienceOrgIds });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const personIds = (items: { personId: number }[]) => items.map((i) => i.personId).sort((a, b) => a - b);

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, orgadmin2] = await Promise.all(['admin', 'orgadmin', 'orgadmin2'].map((u) => t.login(u)));
    first = await agencyWithPeople(t.db, 'orgadmin');
    second = await agencyWithPeople(t.db, 'orgadmin2');
    activityId = await create('全市青年理论宣讲报告会（测试）', [first.id, second.id]);
    onlySecondId = await create('第二单位专场宣讲（测试）', [second.id]);
    // The first agency: two confirmed, one waitlisted, one attended; the second: three confirmed, two attended.
    await signUp(first.people[0], 'confirmed');
    await signUp(first.people[1], 'confirmed');
    await signUp(first.people[2], 'waitlisted');
    await attend(first.people[0]);
    for (const p of second.people.slice(0, 3)) await signUp(p, 'confirmed');
    await attend(second.people[0]);
    await attend(second.people[1]);
    await signUp(second.people[0], 'confirmed', onlySecondId);
  });
  afterAll(() => t.close());

  it('the agency admin lists the committee activity marked city with their own people counted, and cannot change it', async () => {
    const list = (await orgadmin.get(`/api/v1/activities?q=${encodeURIComponent('宣讲报告会（测试）')}&pageSize=100`)).json();
    expect(list.items.map((a: { id: number }) => a.id)).toEqual([activityId]);
    expect(list.items[0]).toMatchObject({ origin: 'city', confirmedCount: 2, waitlistCount: 1, attendedCount: 1 });
    expect((await orgadmin.get(`/api/v1/activities/${activityId}`)).json()).toMatchObject({ origin: 'city', attendedCount: 1 });
    expect((await orgadmin.get(`/api/v1/activities/${onlySecondId}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/activities/${activityId}`)).json()).toMatchObject({ origin: 'own', attendedCount: 3 });

    expect((await orgadmin.patch(`/api/v1/activities/${activityId}`, { title: '改掉' })).statusCode).toBe(403);
    expect((await orgadmin.patch(`/api/v1/activities/${activityId}`, { status: 'cancelled' })).statusCode).toBe(403);
    expect((await orgadmin.get(`/api/v1/activities/${activityId}/checkin-token`)).statusCode).toBe(403);
    expect((await admin.get(`/api/v1/activities/${activityId}`)).json()).toMatchObject({ title: '全市青年理论宣讲报告会（测试）', status: 'published' });
  });

  it('sign-ups, attendance and its export list the first agency’s people only', async () => {
    const signups = (await orgadmin.get(`/api/v1/activities/${activityId}/signups`)).json().items;
    expect(personIds(signups)).toEqual(first.people.slice(0, 3));
    const attendance = (await orgadmin.get(`/api/v1/activities/${activityId}/attendance`)).json().items;
    expect(personIds(attendance)).toEqual([first.people[0]]);

    const res = await orgadmin.get(`/api/v1/activities/${activityId}/attendance.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const [name] = await rows<{ name: string }>(t.db, sql`SELECT name FROM people WHERE id = ${first.people[0]}`);
    const names = wb.worksheets[0].getRows(3, wb.worksheets[0].rowCount - 2)?.map((r) => r.getCell(2).value) ?? [];
    expect(names).toEqual([name.name]);
  });

  it('another agency’s admin sees their own people only; an activity their people signed up for is listed too', async () => {
    expect((await orgadmin2.get(`/api/v1/activities/${activityId}`)).json()).toMatchObject({ origin: 'city', confirmedCount: 3, waitlistCount: 0, attendedCount: 2 });
    expect(personIds((await orgadmin2.get(`/api/v1/activities/${activityId}/signups`)).json().items)).toEqual(second.people.slice(0, 3));
    expect(personIds((await orgadmin2.get(`/api/v1/activities/${activityId}/attendance`)).json().items)).toEqual(second.people.slice(0, 2));
    expect((await orgadmin2.get(`/api/v1/activities/${onlySecondId}/signups`)).json().items).toHaveLength(1);
    // The committee sees everyone.
    expect((await admin.get(`/api/v1/activities/${activityId}/signups`)).json().items).toHaveLength(6);
  });
});
