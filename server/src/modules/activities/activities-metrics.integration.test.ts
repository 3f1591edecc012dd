import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

describe(`activity figures (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts care activities and attendances from records, with the records behind them, within scope', async () => {
    const admin = await t.login('admin');
    const [root] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    const [agency] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin'`);
    const people = await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id LIMIT 3`);
    const value = async (name: string, orgId = root.id) => (await admin.get(`/api/v1/figures/${name}?orgId=${orgId}`)).json().value as number;
    const careBefore = await value('activities.care_attendees');
    const heldBefore = await value('activities.care_held');

    const make = async (typeCode: string, orgId: number) => {
      const res = await admin.post('/api/v1/activities', { typeCode, title: `送健康进机关 ${typeCode}`, orgId, startsAt: new Date(Date.now() - 600_000).toISOString(), endsAt: new Date(Date.now() + 600_000).toISOString() });
      return res.json().id as number;
    };
    const care = await make('health_lecture', agency.id);
    const other = await make('lecture', agency.id);
    for (const p of people) await admin.post(`/api/v1/activities/${care}/attendance`, { personId: p.id });
    await admin.post(`/api/v1/activities/${other}/attendance`, { personId: people[0].id });
    // Not held yet while it is still running.
    expect(await value('activities.care_held')).toBe(heldBefore);
    await t.db.execute(sql`UPDATE activities SET ends_at = now() - interval '1 minute' WHERE id IN (${care}, ${other})`);

    expect(await value('activities.care_held')).toBe(heldBefore + 1);
    expect(await value('activities.care_attendees')).toBe(careBefore + 3);
    expect(await value('activities.care_attendees', agency.id)).toBeGreaterThanOrEqual(3);
    const records = (await admin.get(`/api/v1/figures/activities.care_held/records?orgId=${agency.id}`)).json();
    expect(records.items.map((r: { id: number }) => r.id)).toContain(care);
    expect(records.items.map((r: { id: number }) => r.id)).not.toContain(other);

    const list = (await admin.get('/api/v1/figures')).json().items.map((m: { name: string }) => m.name);
    expect(list).toEqual(expect.arrayContaining(['activities.held', 'activities.attendees', 'activities.care_held', 'activities.care_attendees']));

    const byCategory = (await admin.get(`/api/v1/activities/stats?groupBy=category&orgId=${root.id}`)).json().items;
    const careRow = byCategory.find((r: { key: string }) => r.key === 'care');
    expect(careRow).toMatchObject({ name: '关心关爱', held: heldBefore + 1, attendees: careBefore + 3 });
    const byOrg = (await admin.get(`/api/v1/activities/stats?groupBy=org&orgId=${root.id}`)).json().items;
    expect(byOrg.find((r: { key: string }) => r.key === String(agency.id)).held).toBeGreaterThanOrEqual(2);
    const byType = (await admin.get(`/api/v1/activities/stats?groupBy=type&orgId=${agency.id}`)).json().items;
    expect(byType.find((r: { key: string }) => r.key === 'health_lecture').attendees).toBeGreaterThanOrEqual(3);

    const orgadmin2 = await t.login('orgadmin2');
    expect((await orgadmin2.get(`/api/v1/activities/stats?orgId=${agency.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/figures/activities.care_held?orgId=${agency.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.get('/api/v1/figures/activities.care_held')).json().orgPath).not.toBe(root.path);
  });

  it("keeps each activity's attendance count and service hours equal to its attendance rows, through every kind of write", async () => {
    const drift = async () =>
      rows<{ id: number }>(
        t.db,
        sql`SELECT a.id FROM activities a LEFT JOIN (SELECT activity_id, count(*)::int AS n, coalesce(sum(service_hours), 0) AS h FROM activity_attendance GROUP BY activity_id) x
              ON x.activity_id = a.id WHERE a.attended_count <> coalesce(x.n, 0) OR a.service_hours_total <> coalesce(x.h, 0)`,
      );
    const [{ n: seeded }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM activities WHERE attended_count > 0`);
    expect(seeded).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);
    const [a, b] = await rows<{ id: number }>(t.db, sql`SELECT id FROM activities ORDER BY id LIMIT 2`);
    const people = await rows<{ id: number }>(t.db, sql`SELECT id FROM people ORDER BY id DESC LIMIT 4`);
    await t.db.execute(sql`DELETE FROM activity_attendance WHERE activity_id IN (${a.id}, ${b.id}) AND person_id IN (${sql.join(people.map((p) => sql`${p.id}`), sql`, `)})`);
    // One statement over two activities, then hours changed, then rows removed.
    await t.db.execute(sql`INSERT INTO activity_attendance (activity_id, person_id, method, service_hours)
      SELECT act.id, p.id, 'manual', 1.5 FROM (VALUES (${a.id}::int), (${b.id}::int)) act(id) CROSS JOIN (SELECT id FROM people ORDER BY id DESC LIMIT 4) p`);
    expect(await drift()).toEqual([]);
    await t.db.execute(sql`UPDATE activity_attendance SET service_hours = 3 WHERE activity_id = ${a.id} AND person_id = ${people[0].id}`);
    await t.db.execute(sql`UPDATE activity_attendance SET service_hours = NULL WHERE activity_id = ${b.id} AND person_id = ${people[1].id}`);
    expect(await drift()).toEqual([]);
    await t.db.execute(sql`DELETE FROM activity_attendance WHERE activity_id = ${a.id} AND person_id IN (${people[2].id}, ${people[3].id})`);
    expect(await drift()).toEqual([]);
    const [after] = await rows<{ n: number; h: string }>(t.db, sql`SELECT attended_count AS n, service_hours_total AS h FROM activities WHERE id = ${a.id}`);
    const [direct] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM activity_attendance WHERE activity_id = ${a.id}`);
    expect(after.n).toBe(direct.n);
  });
});
