import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import { inScope, type Scope } from '../access/scope.js';
import type { OrgDetail } from './org.dto.js';
import { orgKinds } from './org.schema.js';

export type OrgKind = (typeof orgKinds)[number];

export interface OrgRow {
  id: number;
  parent_id: number | null;
  name: string;
  kind: OrgKind;
  path: string;
  personal_leaderboard: boolean;
}

const orgColumns = sql`o.id, o.parent_id, o.name, o.kind, o.path, o.personal_leaderboard`;

/** One organisation, only if it lies in `scope`; `lock` takes a row lock for the rest of the transaction. */
export async function orgInScope(db: Db, id: number, scope: Scope, lock = false): Promise<OrgRow | undefined> {
  const [row] = await rows<OrgRow>(
    db,
    sql`SELECT ${orgColumns} FROM orgs o WHERE o.id = ${id} AND ${inScope(sql`o.path`, scope)} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return row;
}

/** Every organisation in scope, flat; the client builds the tree from parentId. */
export async function orgTree(db: Db, scope: Scope) {
  const list = await rows<OrgRow & { person_count: number; child_count: number }>(
    db,
    sql`SELECT ${orgColumns},
               (SELECT count(*)::int FROM people p WHERE p.org_id = o.id) AS person_count,
               (SELECT count(*)::int FROM orgs c WHERE c.parent_id = o.id) AS child_count
          FROM orgs o
         WHERE ${inScope(sql`o.path`, scope)}
         ORDER BY o.sort, o.id`,
  );
  return {
    nodes: list.map((o) => ({
      id: o.id,
      parentId: o.parent_id,
      name: o.name,
      kind: o.kind,
      path: o.path,
      personCount: Number(o.person_count),
      childCount: Number(o.child_count),
    })),
  };
}

export async function orgDetail(db: Db, id: number, scope: Scope): Promise<OrgDetail | undefined> {
  const org = await orgInScope(db, id, scope);
  if (!org) return undefined;
  const [counts] = await rows<{ person_count: number; child_count: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM people p JOIN orgs po ON po.id = p.org_id WHERE po.path LIKE ${org.path + '%'}) AS person_count,
               (SELECT count(*)::int FROM orgs c WHERE c.parent_id = ${id}) AS child_count`,
  );
  const ancestors = await rows<{ id: number; name: string }>(
    db,
    sql`SELECT a.id, a.name FROM orgs a
         WHERE a.id = ANY(string_to_array(trim(both '/' from ${org.path}::text), '/')::int[]) AND a.id <> ${id}
         ORDER BY length(a.path)`,
  );
  return {
    id: org.id,
    parentId: org.parent_id,
    name: org.name,
    kind: org.kind,
    path: org.path,
    personalLeaderboard: org.personal_leaderboard,
    personCount: Number(counts.person_count),
    childCount: Number(counts.child_count),
    ancestors,
  };
}

/** committee > party_committee > general_branch > branch: a child sits strictly below its parent; a branch has none. */
export function kindFitsUnder(child: OrgKind, parent: OrgKind): boolean {
  return orgKinds.indexOf(child) > orgKinds.indexOf(parent);
}

/** What the audit log keeps of an organisation. */
export function orgSnapshot(o: Pick<OrgRow, 'parent_id' | 'name' | 'kind' | 'path' | 'personal_leaderboard'>) {
  return { parentId: o.parent_id, name: o.name, kind: o.kind, path: o.path, personalLeaderboard: o.personal_leaderboard };
}
