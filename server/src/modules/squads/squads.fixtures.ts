import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

export type Client = Awaited<ReturnType<TestApp['login']>>;

/** A test app over the tiny demo city, uploads in a fresh folder, and the demo accounts signed in. */
export async function squadsTestApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vg-squads-'));
  const t = await createTestApp({ DATA_DIR: dataDir });
  const close = t.close;
  t.close = async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const [admin, orgadmin, orgadmin2, secretary, member] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'secretary', 'member'].map((u) => t.login(u)));
  const orgOf = async (username: string) =>
    (await rows<{ id: number; path: string }>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${username} ORDER BY r.id LIMIT 1`))[0];
  const personOf = async (username: string) => (await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = ${username}`))[0].person_id;
  const orgs = { agency1: await orgOf('orgadmin'), agency2: await orgOf('orgadmin2'), branch: await orgOf('member') };
  return { t, dataDir, admin, orgadmin, orgadmin2, secretary, member, orgs, memberPersonId: await personOf('member'), secretaryPersonId: await personOf('secretary') };
}

/** Sets a person's birth date (fixtures make young and older cadres on purpose). */
export async function setBirthDate(t: TestApp, personId: number, birthDate: string) {
  await t.db.execute(sql`UPDATE people SET birth_date = ${birthDate} WHERE id = ${personId}`);
}

/** `n` people of an organisation subtree, made young (born 1998), leaving out `except`. */
export async function youngPeople(t: TestApp, orgPath: string, n: number, except: number[] = []) {
  const found = await rows<{ id: number }>(
    t.db,
    sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${orgPath + '%'} AND NOT (p.id = ANY(${`{${[0, ...except].join(',')}}`}::int[])) ORDER BY p.id LIMIT ${n}`,
  );
  if (found.length < n) throw new Error(`only ${found.length} people under ${orgPath}`);
  for (const p of found) await setBirthDate(t, p.id, '1998-05-01');
  return found.map((p) => Number(p.id));
}

/** Creates a squad through the API and answers its id. */
export async function createSquad(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/squads', { field: '招商引资', mission: '打头阵、当先锋、抓落实', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

/** Adds active members through the API. */
export async function addMembers(client: Client, squadId: number, personIds: number[], role: 'member' | 'leader' = 'member') {
  for (const personId of personIds) {
    const res = await client.post(`/api/v1/squads/${squadId}/members`, { personId, role });
    expect(res.statusCode, res.body).toBe(201);
  }
}
