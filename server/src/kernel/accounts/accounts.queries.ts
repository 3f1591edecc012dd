import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import { escapeLike, inScope, pathInScope, type Scope } from '../access/scope.js';
import type { Role } from '../access/roles.js';
import type { AccountItem, AccountsQuery } from './accounts.dto.js';

/** A scope that holds a whole tree root also reaches accounts tied to no organisation at all. */
function holdsRoot(scope: Scope): boolean {
  return scope.paths.some((p) => /^\/\d+\/$/.test(p));
}

/**
 * An account lies in scope when one of its role assignments is at an organisation in scope,
 * or its person belongs to one (so an account whose roles were all removed stays reachable).
 */
export function accountInScopeSql(scope: Scope): SQL {
  const orphan = holdsRoot(scope) ? sql` OR NOT EXISTS (SELECT 1 FROM role_assignments r0 WHERE r0.account_id = a.id)` : sql``;
  return sql`(EXISTS (SELECT 1 FROM role_assignments r1 JOIN orgs o1 ON o1.id = r1.org_id
                       WHERE r1.account_id = a.id AND ${inScope(sql`o1.path`, scope)})
          OR EXISTS (SELECT 1 FROM people p2 JOIN orgs o2 ON o2.id = p2.org_id
                      WHERE p2.id = a.person_id AND ${inScope(sql`o2.path`, scope)})${orphan})`;
}

type AccountRow = {
  id: number;
  username: string;
  display_name: string;
  person_id: number | null;
  locked: boolean;
  must_change_password: boolean;
  roles: AccountItem['roles'] | null;
};

function itemSelect(scope: Scope): SQL {
  return sql`SELECT a.id, a.username, a.display_name, a.person_id, coalesce(a.locked_until > now(), false) AS locked, a.must_change_password,
       (SELECT json_agg(json_build_object('id', r.id, 'role', r.role, 'orgId', o.id, 'orgName', o.name) ORDER BY r.id)
          FROM role_assignments r JOIN orgs o ON o.id = r.org_id
         WHERE r.account_id = a.id AND ${inScope(sql`o.path`, scope)}) AS roles
  FROM accounts a`;
}

function present(r: AccountRow): AccountItem {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    personId: r.person_id,
    locked: Boolean(r.locked),
    mustChangePassword: r.must_change_password,
    roles: r.roles ?? [],
  };
}

export async function listAccounts(db: Db, scope: Scope, q: AccountsQuery) {
  const where: SQL[] = [accountInScopeSql(scope)];
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    where.push(sql`(a.username ILIKE ${pattern} OR a.display_name ILIKE ${pattern})`);
  }
  const condition = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM accounts a WHERE ${condition}`);
  const items = await rows<AccountRow>(
    db,
    sql`${itemSelect(scope)} WHERE ${condition} ORDER BY a.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map(present), total: Number(total), page: q.page, pageSize: q.pageSize };
}

export async function accountItemInScope(db: Db, id: number, scope: Scope): Promise<AccountItem | undefined> {
  const [row] = await rows<AccountRow>(db, sql`${itemSelect(scope)} WHERE a.id = ${id} AND ${accountInScopeSql(scope)}`);
  return row && present(row);
}

export interface ManagedAssignment {
  id: number;
  role: Role;
  orgId: number;
  orgName: string;
  orgPath: string;
  inScope: boolean;
}

export interface ManagedAccount {
  id: number;
  username: string;
  assignments: ManagedAssignment[];
}

/** An account in scope with every one of its assignments (in scope or not), row-locked for a change. */
export async function accountForChange(db: Db, id: number, scope: Scope): Promise<ManagedAccount | undefined> {
  const [account] = await rows<{ id: number; username: string }>(
    db,
    sql`SELECT a.id, a.username FROM accounts a WHERE a.id = ${id} AND ${accountInScopeSql(scope)} FOR UPDATE OF a`,
  );
  if (!account) return undefined;
  const list = await rows<Omit<ManagedAssignment, 'inScope'>>(
    db,
    sql`SELECT r.id, r.role, o.id AS "orgId", o.name AS "orgName", o.path AS "orgPath"
          FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.account_id = ${id} ORDER BY r.id`,
  );
  return { ...account, assignments: list.map((a) => ({ ...a, inScope: pathInScope(a.orgPath, scope) })) };
}
