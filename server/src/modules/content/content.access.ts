import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor, type Scope } from '../../kernel/access/scope.js';

/** A person reading content. */
export interface Reader {
  personId: number;
  orgPath: string;
  roles: string[];
}

export async function readerOf(db: Db, auth: AuthContext): Promise<Reader> {
  if (!auth.personId) throw new AppError('person_required');
  const [p] = await rows<{ path: string }>(db, sql`SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
  if (!p) throw new AppError('person_required');
  return { personId: auth.personId, orgPath: p.path, roles: [...new Set(auth.assignments.map((a) => a.role))] };
}

/** SQL: the item (alias c) is required reading for members of the organisation at `orgPath` (assigned to it or above). */
export function requiredFor(orgPath: string): SQL {
  return sql`EXISTS (SELECT 1 FROM content_assignments ca WHERE ca.item_id = c.id AND ${orgPath} LIKE ca.org_path || '%')`;
}

/** SQL: the item (alias c) is published and its audience contains the reader, or it is required reading for them. */
export function visibleTo(reader: Reader): SQL {
  return sql`c.status = 'published' AND ((
    ((cardinality(c.audience_paths) = 0 AND ${reader.orgPath} LIKE c.org_path || '%')
    OR EXISTS (SELECT 1 FROM unnest(c.audience_paths) ap WHERE ${reader.orgPath} LIKE ap || '%'))
    AND (cardinality(c.audience_roles) = 0 OR c.audience_roles && ${`{${reader.roles.join(',')}}`}::text[]))
    OR ${requiredFor(reader.orgPath)})`;
}

/**
 * SQL: a published item (alias c) members of the organisation at path `orgPath` may be given: meant for them, or
 * owned inside that subtree (as `publishedForOrg` for course lessons).
 */
export function usableByOrg(orgPath: SQL | string): SQL {
  return sql`c.status = 'published' AND (c.org_path LIKE ${orgPath} || '%'
    OR (cardinality(c.audience_paths) = 0 AND ${orgPath} LIKE c.org_path || '%')
    OR EXISTS (SELECT 1 FROM unnest(c.audience_paths) ap WHERE ${orgPath} LIKE ap || '%'))`;
}

/** SQL: a published item (alias c) usable by some root of the caller's scope. */
export function usableInScope(scope: Scope): SQL {
  if (scope.paths.length === 0) return sql`false`;
  return sql`(${sql.join(scope.paths.map((p) => sql`(${usableByOrg(p)})`), sql` OR `)})`;
}

/** The org ids → paths, each required to lie in `scope`; errors name the field. */
export async function pathsInScope(db: Db, ids: { field: string; id: number }[], scope: Scope): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const found = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE id IN (${sql.join(ids.map((i) => sql`${i.id}`), sql`, `)})`);
  const pathOf = new Map(found.map((o) => [o.id, o.path]));
  for (const { field, id } of ids) {
    const path = pathOf.get(id);
    if (!path || !pathInScope(path, scope)) throw new AppError('validation_failed', [{ field, message: 'organisation not found in your scope' }]);
  }
  return pathOf;
}

/** Staff see items of their subtree; readers see published items meant for them. Anything else is 404. */
export async function canSeeItem(db: Db, auth: AuthContext, itemId: number): Promise<{ id: number; kind: string; status: string } | null> {
  const scope = scopeFor(auth, 'content.read');
  const [managed] = await rows<{ id: number; kind: string; status: string; org_path: string }>(
    db,
    sql`SELECT id, kind, status, org_path FROM content_items WHERE id = ${itemId}`,
  );
  if (!managed) return null;
  if (pathInScope(managed.org_path, scope)) return managed;
  if (!auth.personId) return null;
  const reader = await readerOf(db, auth);
  const [visible] = await rows<{ id: number }>(db, sql`SELECT c.id FROM content_items c WHERE c.id = ${itemId} AND ${visibleTo(reader)}`);
  return visible ? managed : null;
}
