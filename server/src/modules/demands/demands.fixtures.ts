import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { solveChallenge } from './intake/challenge.js';
import type { TestApp } from '../../../../test/harness.js';

/** Test helpers for the demands suites. */
type Client = Awaited<ReturnType<TestApp['login']>>;

export const sampleDemand = {
  categoryCode: 'complex',
  description: '小区门口道路破损多日，雨天积水严重，希望尽快修复',
  address: '市南区香港中路街道香港中路10号',
  districtCode: '370202',
  streetCode: '370202001',
  citizenName: '张三丰',
  citizenPhone: '13912345678',
};

export async function departments(db: Db) {
  const [handlerDept] = await rows<{ id: number; path: string; name: string }>(db, sql`SELECT o.id, o.path, o.name FROM accounts a JOIN role_assignments r ON r.account_id = a.id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'handler' AND r.role = 'handler'`);
  const [otherDept] = await rows<{ id: number; path: string; name: string }>(db, sql`SELECT o.id, o.path, o.name FROM accounts a JOIN role_assignments r ON r.account_id = a.id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin' AND r.role = 'org_admin'`);
  return { handlerDept, otherDept };
}

/** A second handler, in another department than the demo 'handler'. */
export async function createHandler(t: TestApp, username: string, orgId: number) {
  const hash = await hashPassword('Vanguard@2026');
  const [acc] = await rows<{ id: number }>(t.db, sql`INSERT INTO accounts (username, password_hash, display_name) VALUES (${username}, ${hash}, ${'另一承办人'}) RETURNING id`);
  await t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${acc.id}, 'handler', ${orgId})`);
  return t.login(username);
}

/** Routes every category to one department, so tests know where an intake lands. */
export async function routeAllTo(db: Db, orgId: number) {
  await db.execute(sql`DELETE FROM demand_dispatch_rules`);
  await db.execute(sql`INSERT INTO demand_dispatch_rules (category_code, district_code, org_id) SELECT code, '*', ${orgId} FROM demand_categories`);
}

export async function hotlineIntake(admin: Client, body: Record<string, unknown> = {}) {
  const res = await admin.post('/api/v1/demands', { ...sampleDemand, ...body });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`intake failed ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; trackingCode: string; status: string; orgId: number | null };
}

export async function solvedChallenge(t: TestApp) {
  const c = (await t.anonymous().get('/api/v1/public/challenge')).json() as { nonce: string; difficulty: number };
  return { nonce: c.nonce, solution: solveChallenge(c.nonce, c.difficulty) };
}

export async function lowerDifficulty(admin: Client, bits = 6) {
  const res = await admin.put('/api/v1/demand-settings', { powDifficulty: bits });
  if (res.statusCode !== 200) throw new Error(res.body);
}
