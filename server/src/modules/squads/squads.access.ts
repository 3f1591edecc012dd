import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { inScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import type { MemberRole, SquadStatus } from './squads.schema.js';

/**
 * Who may see and change a squad. Organisers reach the squads supervised inside their subtree
 * (`squads.org_path`, like activities); members reach only the squad they are an active member of.
 */

export type SquadPermission = 'squads.read' | 'squads.write' | 'squads.rate' | 'squads.configure';

/** The caller's scope for a squads permission. */
export const squadScope = (auth: AuthContext, permission: SquadPermission): Scope => scopeFor(auth, permission);

/** SQL: the squad row (alias, default `s`) lies in the scope. */
export const squadInScope = (scope: Scope, alias = 's'): SQL => inScope(sql.raw(`${alias}.org_path`), scope);

export interface SquadRow {
  id: number;
  name: string;
  org_id: number;
  org_path: string;
  leader_person_id: number | null;
  field: string;
  status: SquadStatus;
  started_on: string;
}

const squadColumns = sql`s.id, s.name, s.org_id, s.org_path, s.leader_person_id, s.field, s.status, s.started_on::text AS started_on`;

/**
 * The squad if it lies in the scope; an unknown squad and one outside the scope are the same 404.
 * `lock` takes the row for the rest of the transaction (membership and status changes serialise on it).
 */
export async function loadSquad(db: Db, scope: Scope, id: number, opts: { lock?: boolean } = {}): Promise<SquadRow> {
  const [s] = await rows<SquadRow>(db, sql`SELECT ${squadColumns} FROM squads s WHERE s.id = ${id} AND ${squadInScope(scope)} ${opts.lock ? sql`FOR UPDATE` : sql``}`);
  if (!s) throw new AppError('not_found');
  return s;
}

/** The squad by id without a scope check (callers that already proved access, e.g. through a membership). */
export async function squadById(db: Db, id: number, opts: { lock?: boolean } = {}): Promise<SquadRow> {
  const [s] = await rows<SquadRow>(db, sql`SELECT ${squadColumns} FROM squads s WHERE s.id = ${id} ${opts.lock ? sql`FOR UPDATE` : sql``}`);
  if (!s) throw new AppError('not_found');
  return s;
}

/** Changes are made to active squads only; a merged or disbanded squad is read-only. */
export function assertActive(s: SquadRow): void {
  if (s.status !== 'active') throw new AppError('invalid_transition', { status: s.status, message: 'the squad is no longer active' });
}

/** The caller's person id (squads.join acts for the signed-in person). */
export function personOf(auth: AuthContext): number {
  if (!auth.personId) throw new AppError('person_required');
  return auth.personId;
}

export interface Membership {
  memberId: number;
  squadId: number;
  personId: number;
  role: MemberRole;
}

/** The person's active membership (at most one, by the partial unique index), or null. */
export async function activeMembership(db: Db, personId: number): Promise<Membership | null> {
  const [m] = await rows<Membership>(
    db,
    sql`SELECT id AS "memberId", squad_id AS "squadId", person_id AS "personId", role FROM squad_members WHERE person_id = ${personId} AND status = 'active'`,
  );
  return m ?? null;
}

/** The caller's active membership; none → 404 (a member without a squad has nothing to act on). */
export async function myMembership(db: Db, auth: AuthContext): Promise<Membership> {
  const m = await activeMembership(db, personOf(auth));
  if (!m) throw new AppError('not_found', { message: 'not an active member of any squad' });
  return m;
}

/** The caller must be the active leader of their squad (checked against the active leader row, not the mirror column). */
export async function myLeadership(db: Db, auth: AuthContext): Promise<Membership> {
  const m = await myMembership(db, auth);
  if (m.role !== 'leader') throw new AppError('forbidden', { message: 'only the squad leader may do this' });
  return m;
}

/** Whether the person is an active member of the squad. */
export async function isActiveMember(db: Db, squadId: number, personId: number | null): Promise<boolean> {
  if (!personId) return false;
  const [m] = await rows<{ id: number }>(db, sql`SELECT id FROM squad_members WHERE squad_id = ${squadId} AND person_id = ${personId} AND status = 'active'`);
  return !!m;
}

/**
 * May the caller see the squad's records (profile, tasks, evidence)? Organisers with squads.read over its
 * organisation, and its own active members.
 */
export async function canViewSquad(db: Db, auth: AuthContext, squadId: number): Promise<boolean> {
  const [s] = await rows<{ id: number }>(db, sql`SELECT s.id FROM squads s WHERE s.id = ${squadId} AND ${squadInScope(squadScope(auth, 'squads.read'))}`);
  return !!s || isActiveMember(db, squadId, auth.personId);
}

/** A scope of one organisation subtree (the squad's supervising organisation), for kernel queries that take a Scope. */
export const subtreeScope = (path: string, permission: SquadPermission): Scope => ({ permission, paths: [path], personId: null, self: false });
