import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { rows } from '../../../kernel/db/client.js';
import type { TestApp } from '../../../../../test/harness.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

/** A community created through the API by the committee admin. */
export async function createCommunity(admin: Client, name: string, streetCode: string): Promise<number> {
  const res = await admin.post('/api/v1/communities', { name, streetCode });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

/**
 * A community staff account (role community_staff at the committee root, as the demo city grants it) assigned to
 * `communityIds` through the API, signed in. It shares the demo password of the `community` account.
 */
export async function staffOf(t: TestApp, admin: Client, username: string, communityIds: number[]): Promise<Client> {
  const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
  let [acc] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = ${username}`);
  if (!acc) {
    [acc] = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO accounts (username, password_hash, display_name) SELECT ${username}, password_hash, ${username} FROM accounts WHERE username = 'community' RETURNING id`,
    );
    await t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${acc.id}, 'community_staff', ${root.id})`);
  }
  for (const id of communityIds) {
    const res = await admin.post(`/api/v1/communities/${id}/staff`, { accountId: acc.id });
    expect(res.statusCode, res.body).toBe(200);
  }
  return t.login(username);
}

/** Ids of the first agency's and the second agency's party committees and a branch under the first (seed/demo-city.ts). */
export async function demoOrgs(t: TestApp) {
  const agencies = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE kind = 'party_committee' ORDER BY sort, id LIMIT 2`);
  const [branch] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id = ${agencies[0].id} AND kind = 'branch' ORDER BY id LIMIT 1`);
  return { first: agencies[0], second: agencies[1], firstBranch: branch.id };
}
