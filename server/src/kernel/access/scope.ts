import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import { getPermission } from './permissions.js';

/** The organisation paths (subtree roots) where the caller holds `permission`. */
export interface Scope {
  permission: string;
  paths: string[];
  personId: number | null;
  self: boolean;
}

export function scopeFor(auth: AuthContext, permission: string): Scope {
  const def = getPermission(permission);
  const paths = auth.assignments.filter((a) => def.roles.includes(a.role)).map((a) => a.orgPath);
  // Drop paths already covered by a shorter one.
  const roots = [...new Set(paths)].filter((p, _, all) => !all.some((q) => q !== p && p.startsWith(q)));
  return { permission, paths: roots, personId: auth.personId, self: def.scope === 'self' };
}

/** SQL condition: `pathColumn` lies inside the caller's scope. Empty scope → false. */
export function inScope(pathColumn: AnyColumn | SQL, scope: Scope): SQL {
  if (scope.paths.length === 0) return sql`false`;
  const parts = scope.paths.map((p) => sql`${pathColumn} LIKE ${subtreePattern(p)}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** The city and its agencies: /1/ and /1/2/ — few organisations, each holding many people. */
const BROAD_PATH = /^(\/[0-9]{1,9}){1,2}\/$/;

/**
 * The LIKE pattern of an organisation's subtree. The city's and an agency's are written into the statement's text
 * rather than sent as a parameter: there are few of them, and with the pattern in sight PostgreSQL plans the
 * statement once per connection for that subtree (walking a list in order for the city, reading an agency's
 * organisations first) instead of planning it again on every request because one plan could not fit a parameter
 * that may be the whole city or one branch. Deeper subtrees stay parameters, so texts do not multiply by branch.
 */
export function subtreePattern(path: string): SQL {
  return BROAD_PATH.test(path) ? sql.raw(`'${path}%'`) : sql`${escapeLike(path) + '%'}`;
}

export function pathInScope(path: string, scope: Scope): boolean {
  return scope.paths.some((p) => path.startsWith(p));
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * SQL condition: a programme for `audiencePaths` (organisation subtrees; the owner's subtree `ownerPath` when empty) reaches
 * people in the caller's scope: an audience subtree lies inside the scope or holds a scope root. An agency admin follows
 * their own people into programmes organised above them (scope applies to the people, not to the organiser).
 */
export function audienceReachesScope(audiencePaths: SQL, ownerPath: SQL, scope: Scope): SQL {
  if (scope.paths.length === 0) return sql`false`;
  const parts = scope.paths.map((p) => sql`ap LIKE ${escapeLike(p) + '%'} OR ${p} LIKE ap || '%'`);
  return sql`EXISTS (SELECT 1 FROM unnest(CASE WHEN cardinality(${audiencePaths}) = 0 THEN ARRAY[${ownerPath}] ELSE ${audiencePaths} END) ap WHERE ${sql.join(parts, sql` OR `)})`;
}

/** SQL condition: `ownerPath` (a programme's organiser) lies above one of the caller's scope roots (an ancestor of it). */
export function ownedAbove(ownerPath: SQL, scope: Scope): SQL {
  if (scope.paths.length === 0) return sql`false`;
  return sql`(${sql.join(scope.paths.map((p) => sql`${p} LIKE ${ownerPath} || '%'`), sql` OR `)})`;
}

/**
 * Where a programme the caller can see comes from: 'own' (organised inside the scope, editable), 'city' (by a root
 * organisation, the committee: 市级) or 'above' (by another organisation above: 上级), read-only. `ownerParentId` is the
 * owner organisation's parent_id column.
 */
export function originOf(ownerPath: SQL, ownerParentId: SQL, scope: Scope): SQL {
  return sql`CASE WHEN ${inScope(ownerPath, scope)} THEN 'own' WHEN ${ownerParentId} IS NULL THEN 'city' ELSE 'above' END`;
}
