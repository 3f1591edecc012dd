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
  const parts = scope.paths.map((p) => sql`${pathColumn} LIKE ${escapeLike(p) + '%'}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

export function pathInScope(path: string, scope: Scope): boolean {
  return scope.paths.some((p) => path.startsWith(p));
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
