import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

export type Client = Awaited<ReturnType<TestApp['login']>>;

/** A valid 统一社会信用代码 from 17 characters (the check character computed by the standard's formula). */
export function creditCodeFrom(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, ch, i) => s + alphabet.indexOf(ch) * weights[i], 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

let serial = 0;
/** A registration body with a fresh valid credit code (each call a different company). */
export function registration(over: Record<string, unknown> = {}) {
  serial += 1;
  const n = String(serial).padStart(4, '0');
  return {
    name: `测试企业家${n}`,
    company: `青岛测试科技有限公司${n}`,
    creditCode: creditCodeFrom(`91370212MA3T${n}A`),
    sector: 'low_altitude',
    districtCode: '370212',
    size: 'small',
    phone: '13805321234',
    position: '总经理',
    ...over,
  };
}

/** A test app over the tiny demo city with the demo accounts signed in and the organisations they sit at. */
export async function pairingTestApp(env: Parameters<typeof createTestApp>[0] = {}) {
  const t = await createTestApp(env);
  const [admin, orgadmin, orgadmin2, member, entrepreneur] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'member', 'entrepreneur'].map((u) => t.login(u)));
  const orgOf = async (username: string) =>
    (await rows<{ id: number; path: string }>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${username} ORDER BY r.id LIMIT 1`))[0];
  const personOf = async (username: string) => (await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = ${username}`))[0].person_id;
  const orgs = { agency1: await orgOf('orgadmin'), agency2: await orgOf('orgadmin2') };
  return { t, admin, orgadmin, orgadmin2, member, entrepreneur, orgs, memberPersonId: await personOf('member') };
}

/** `n` people of an organisation subtree, leaving out `except`. */
export async function peopleUnder(t: TestApp, orgPath: string, n: number, except: number[] = []) {
  const found = await rows<{ id: number }>(
    t.db,
    sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${orgPath + '%'} AND NOT (p.id = ANY(${`{${[0, ...except].join(',')}}`}::int[])) ORDER BY p.id LIMIT ${n}`,
  );
  if (found.length < n) throw new Error(`only ${found.length} people under ${orgPath}`);
  return found.map((p) => Number(p.id));
}

/** Staff registration through the API (approved at once); answers the entrepreneur's id. */
export async function registerByStaff(client: Client, orgId: number, over: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/pairing/entrepreneurs', { ...registration(over), orgId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { entrepreneur: { id: number; status: string; accountId: number; phone: string }; account: { username: string; initialPassword: string } };
}

/** Signs in an issued account after clearing its first-sign-in password change (tests skip that step). */
export async function signInIssued(t: TestApp, username: string, password: string) {
  await t.db.execute(sql`UPDATE accounts SET must_change_password = false WHERE username = ${username}`);
  return t.login(username, password);
}
