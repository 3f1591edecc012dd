import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { bulkMembers } from '../../../../test/bulk-members.js';
import { rows } from '../../kernel/db/client.js';

/** No overbooking, ever: 1,000 simultaneous sign-ups for 100 seats. */
describe(`activity sign-up under concurrency (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('confirms exactly the capacity and waitlists the rest', async () => {
    const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const [branch] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`);
    const members = await bulkMembers(t.db, branch.id, 1000, 'burst');
    const admin = await t.login('admin');
    const created = await admin.post('/api/v1/activities', {
      typeCode: 'health_lecture',
      title: '送健康进机关·健康讲座',
      orgId: root.id,
      startsAt: new Date(Date.now() + 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 7200_000).toISOString(),
      capacity: 100,
    });
    const { id } = created.json();
    const results = await Promise.all(
      members.map((m) =>
        t.app.inject({ method: 'POST', url: `/api/v1/me/activities/${id}/signup`, headers: { cookie: m.cookie, 'x-csrf-token': m.csrfToken } }),
      ),
    );
    const statuses = results.map((r) => (r.statusCode === 200 ? r.json().status : `http ${r.statusCode}`));
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(100);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(900);
    const [db] = await rows<{ confirmed: number; waitlisted: number; cc: number; wc: number }>(
      t.db,
      sql`SELECT count(*) FILTER (WHERE s.status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE s.status = 'waitlisted')::int AS waitlisted,
                 max(a.confirmed_count) AS cc, max(a.waitlist_count) AS wc
            FROM activity_signups s JOIN activities a ON a.id = s.activity_id WHERE s.activity_id = ${id}`,
    );
    expect(db).toEqual({ confirmed: 100, waitlisted: 900, cc: 100, wc: 900 });
  });
});
