import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

export type Client = Awaited<ReturnType<TestApp['login']>>;

/** A test app over the tiny demo city with the demo accounts signed in and the agencies the two org admins manage. */
export async function basesTestApp() {
  const t = await createTestApp();
  const [admin, orgadmin, orgadmin2, secretary] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'secretary'].map((u) => t.login(u)));
  const orgOf = async (username: string) =>
    (await rows<{ id: number; path: string }>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${username} ORDER BY r.id LIMIT 1`))[0];
  const [root] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
  return { t, admin, orgadmin, orgadmin2, secretary, root, orgs: { agency1: await orgOf('orgadmin'), agency2: await orgOf('orgadmin2') } };
}

let serial = 0;
/** A demonstration point body (open Monday to Friday 08:30–17:30). */
export function pointBody(orgId: number, over: Record<string, unknown> = {}) {
  serial += 1;
  return {
    kind: 'demonstration_point',
    name: `测试示范点${serial}`,
    theme: '党建+营商环境',
    orgId,
    districtCode: '370202',
    streetCode: '370202001',
    address: '香港中路 1 号',
    capacity: 50,
    facilities: ['投影', '音响'],
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' })),
    needsApproval: false,
    designatedOn: '2026-07-01',
    ...over,
  };
}

export async function createVenue(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/bases/venues', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; name: string };
}

/** 2027-03-01 is a Monday; `at(0, '09:00')` is that day at 09:00 Asia/Shanghai. */
export const at = (dayOffset: number, hhmm: string) => {
  const d = new Date(Date.parse(`2027-03-01T${hhmm}:00+08:00`) + dayOffset * 86400_000);
  return d.toISOString();
};
