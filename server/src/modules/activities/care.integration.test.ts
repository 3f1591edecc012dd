import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

/**
 * The care page (关心关爱): its figures are the registered care metrics — held care activities and their
 * attendances — by organisation and by month, and the phone lists care events for sign-up.
 */
describe(`care page figures and the phone's care events (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const from = '2025-01-01';
  const to = '2028-01-01';

  /** Held care activities (and attendances) by Asia/Shanghai month, counted here from the records themselves. */
  async function byMonthFromRecords(orgPath: string) {
    return rows<{ month: string; held: number; attendees: number }>(
      t.db,
      sql`SELECT to_char(date_trunc('month', a.starts_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM') AS month, count(*)::int AS held,
                 sum((SELECT count(*) FROM activity_attendance x WHERE x.activity_id = a.id))::int AS attendees
            FROM activities a JOIN activity_types ty ON ty.code = a.type_code
           WHERE ty.category_code = 'care' AND a.status = 'published' AND a.ends_at <= now() AND a.org_path LIKE ${orgPath + '%'}
           GROUP BY 1 ORDER BY 1`,
    );
  }

  it('care figures by month equal the held care activities and attendances counted from the records', async () => {
    // a check-up held last month, with two attendances, so that more than one month and all three kinds show
    const [org] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE kind = 'party_committee' ORDER BY id LIMIT 1`);
    const people = await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${org.path + '%'} ORDER BY p.id LIMIT 2`);
    const made = await admin.post('/api/v1/activities', { typeCode: 'health_checkup', title: '送健康进机关·健康体检', orgId: org.id, startsAt: new Date(Date.now() - 40 * 86400_000).toISOString(), endsAt: new Date(Date.now() - 40 * 86400_000 + 3 * 3600_000).toISOString() });
    expect(made.statusCode, made.body).toBe(201);
    // attendance of a past activity, as a check-in then would have written it (the API takes check-ins while it runs)
    for (const p of people) await t.db.execute(sql`INSERT INTO activity_attendance (activity_id, person_id, method, checked_in_at) VALUES (${made.json().id}, ${p.id}, 'manual', now() - interval '40 days')`);

    for (const scope of [{ id: undefined, path: '/' }, { id: org.id, path: org.path }]) {
      const expected = await byMonthFromRecords(scope.path);
      expect(expected.length).toBeGreaterThan(0);
      const q = `bucket=month&from=${from}&to=${to}${scope.id ? `&orgId=${scope.id}` : ''}`;
      for (const [name, field] of [['activities.care_held', 'held'], ['activities.care_attendees', 'attendees']] as const) {
        const series = (await admin.get(`/api/v1/figures/${name}/series?${q}`)).json() as { items: { start: string; value: number }[]; total: number };
        const nonZero = series.items.filter((i) => i.value > 0).map((i) => ({ month: i.start.slice(0, 7), value: i.value }));
        expect(nonZero, `${name} @${scope.path}`).toEqual(expected.map((e) => ({ month: e.month, value: e[field] })));
        const value = (await admin.get(`/api/v1/figures/${name}?from=${from}&to=${to}${scope.id ? `&orgId=${scope.id}` : ''}`)).json().value;
        expect(series.total).toBe(value);
        const records = (await admin.get(`/api/v1/figures/${name}/records?from=${from}&to=${to}${scope.id ? `&orgId=${scope.id}` : ''}&pageSize=1`)).json();
        expect(records.total).toBe(value);
      }
    }

    // by organisation: the agencies' values add up to the committee's
    const ranking = (await admin.get(`/api/v1/figures/activities.care_held/breakdown?by=org&from=${from}&to=${to}`)).json();
    const total = (await admin.get(`/api/v1/figures/activities.care_held?from=${from}&to=${to}`)).json().value;
    expect(ranking.items.reduce((s: number, r: { value: number }) => s + r.value, 0)).toBe(total);
  });

  it('the phone lists upcoming care events only when asked for the care category, and a member signs up', async () => {
    const member = await t.login('member');
    const [org] = await rows<{ id: number }>(t.db, sql`SELECT o.id FROM accounts a JOIN people p ON p.id = a.person_id JOIN orgs o ON o.id = p.org_id WHERE a.username = 'member'`);
    const start = new Date(Date.now() + 5 * 86400_000);
    const lecture = (await admin.post('/api/v1/activities', { typeCode: 'health_lecture', title: '心理健康与压力调适讲座', orgId: org.id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7200_000).toISOString(), capacity: 30 })).json();
    const party = (await admin.post('/api/v1/activities', { typeCode: 'party_day', title: '“人民至上”主题党日', orgId: org.id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7200_000).toISOString() })).json();
    const care = (await member.get('/api/v1/me/activities?view=upcoming&categoryCode=care&pageSize=50')).json();
    const ids = care.items.map((a: { id: number }) => a.id);
    expect(ids).toContain(lecture.id);
    expect(ids).not.toContain(party.id);
    expect(care.items.every((a: { categoryCode: string }) => a.categoryCode === 'care')).toBe(true);
    const all = (await member.get('/api/v1/me/activities?view=upcoming&pageSize=50')).json();
    expect(all.items.map((a: { id: number }) => a.id)).toContain(party.id);
    expect((await member.post(`/api/v1/me/activities/${lecture.id}/signup`)).json().status).toBe('confirmed');
    const mine = (await member.get('/api/v1/me/activities?view=mine&categoryCode=care')).json();
    expect(mine.items.map((a: { id: number }) => a.id)).toEqual([lecture.id]);
  });
});
