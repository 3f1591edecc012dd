import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { inScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../kernel/org/pg-errors.js';

/**
 * Who reaches what. Admins reach an entrepreneur whose organisation in charge lies in their subtree, or who is
 * actively paired with a cadre of their subtree; a pair by the cadre's organisation (`pairing_pairs.org_path`).
 * A cadre reaches only their own pairs; an entrepreneur only their own record.
 */

export type PairingPermission = 'pairing.read' | 'pairing.read_full' | 'pairing.manage';

export const pairingScope = (auth: AuthContext, permission: PairingPermission): Scope => scopeFor(auth, permission);

/** SQL: the entrepreneur (alias `e`) is reachable in the scope. */
export const entrepreneurInScope = (scope: Scope): SQL =>
  sql`(${inScope(sql`e.org_path`, scope)} OR EXISTS (SELECT 1 FROM pairing_pairs sp WHERE sp.entrepreneur_id = e.id AND sp.ended_at IS NULL AND ${inScope(sql`sp.org_path`, scope)}))`;

/** SQL: the pair (alias `p`) is managed in the scope. */
export const pairInScope = (scope: Scope, alias = 'p'): SQL => inScope(sql.raw(`${alias}.org_path`), scope);

/** The caller's person id: a cadre acts for the signed-in person. */
export function personOf(auth: AuthContext): number {
  if (!auth.personId) throw new AppError('person_required');
  return auth.personId;
}

/** The cadre's own pair (active or ended); anyone else's is the same 404 as an unknown one. */
export async function myPair(db: Db, auth: AuthContext, pairId: number, opts: { lock?: boolean } = {}) {
  const [p] = await rows<{ id: number; entrepreneurId: number; endedAt: string | null; orgId: number; orgPath: string }>(
    db,
    sql`SELECT id, entrepreneur_id AS "entrepreneurId", ended_at AS "endedAt", org_id AS "orgId", org_path AS "orgPath"
          FROM pairing_pairs WHERE id = ${pairId} AND cadre_person_id = ${personOf(auth)} ${opts.lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!p) throw new AppError('not_found');
  return p;
}

/** Whether `err` is a unique violation of the named index (the name is on the error or its cause, by driver). */
export function violates(err: unknown, index: string): boolean {
  if (pgErrorCode(err) !== UNIQUE_VIOLATION) return false;
  const e = err as { constraint?: string; message?: string; cause?: { constraint?: string; message?: string } };
  return [e.constraint, e.message, e.cause?.constraint, e.cause?.message].some((t) => typeof t === 'string' && t.includes(index));
}
