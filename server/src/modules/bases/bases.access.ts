import { sql, type SQL } from 'drizzle-orm';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { inScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../kernel/org/pg-errors.js';

/**
 * Who reaches what. A venue, a project and a brand are managed by the admins of their owner organisation's subtree
 * (`bases.manage`) and read by them (`bases.read`); outside it they are the same 404 as unknown ones. A venue that is
 * `shared` can be booked by any organiser (`bases.book`) for an organisation of their subtree; they see its busy
 * times, not its management page. Bookings are read by the booking organisation's subtree and the venue's owners.
 */
export type BasesPermission = 'bases.read' | 'bases.manage' | 'bases.book';

export const basesScope = (auth: AuthContext, permission: BasesPermission): Scope => scopeFor(auth, permission);

/** SQL: the row (alias) is owned in the scope. */
export const ownedIn = (scope: Scope, alias: string): SQL => inScope(sql.raw(`${alias}.org_path`), scope);

/** SQL: the booking `b` of venue `v` is visible in the scope (booked by it or at a venue it owns). */
export const bookingVisible = (scope: Scope): SQL => sql`(${inScope(sql`b.org_path`, scope)} OR ${inScope(sql`v.org_path`, scope)})`;

export const EXCLUSION_VIOLATION = '23P01';

/** Whether `err` is a violation of the named exclusion constraint (the name is on the error or its cause, by driver). */
export const violatesExclusion = (err: unknown, constraint: string) => violatesNamed(err, EXCLUSION_VIOLATION, constraint);
/** Whether `err` is a unique violation of the named index. */
export const violatesUnique = (err: unknown, index: string) => violatesNamed(err, UNIQUE_VIOLATION, index);

function violatesNamed(err: unknown, code: string, constraint: string): boolean {
  if (pgErrorCode(err) !== code) return false;
  const e = err as { constraint?: string; message?: string; cause?: { constraint?: string; message?: string } };
  return [e.constraint, e.message, e.cause?.constraint, e.cause?.message].some((t) => typeof t === 'string' && t.includes(constraint));
}
