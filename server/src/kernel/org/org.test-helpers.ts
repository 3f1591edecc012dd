import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';

/** The organisation a demo account administers (its org_admin / branch_secretary assignment), read from the database. */
export async function homeOrg(db: Db, username: string) {
  const [org] = await rows<{ id: number; path: string; name: string }>(
    db,
    sql`SELECT o.id, o.path, o.name FROM accounts a JOIN role_assignments r ON r.account_id = a.id JOIN orgs o ON o.id = r.org_id
         WHERE a.username = ${username} AND r.role IN ('committee_admin', 'org_admin', 'branch_secretary') ORDER BY length(o.path) LIMIT 1`,
  );
  if (!org) throw new Error(`no administered organisation for ${username}`);
  return org;
}

export async function count(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [r] = await rows<{ n: number }>(db, query);
  return Number(r.n);
}

/** The organisation a demo account administers and the ids of everyone in its subtree, in id order. */
export async function agencyWithPeople(db: Db, username: string) {
  const { id, path } = await homeOrg(db, username);
  const people = await rows<{ id: number }>(db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${path + '%'} ORDER BY p.id`);
  return { id, path, people: people.map((p) => p.id) };
}
