import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { inScope, pathInScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import type { RoundStatus, TargetKind } from './assessment.schema.js';
import type { Grading } from './scoring/grading.js';

/**
 * Who reaches what. `assessment.manage` (committee and agency admins, by subtree): the systems owned inside the
 * caller's subtree (and those of the organisations above it, to use, not to edit), and the rounds whose scope lies
 * inside it. Raters (`assessment.rate`) reach only their own tasks, by account, never a round.
 */
export const manageScope = (auth: AuthContext): Scope => scopeFor(auth, 'assessment.manage');

/** SQL: a system (alias `s`) the caller may use: owned inside the scope or above it. */
export function systemVisible(scope: Scope): SQL {
  if (scope.paths.length === 0) return sql`false`;
  const above = scope.paths.map((p) => sql`${p} LIKE s.owner_org_path || '%'`);
  return sql`(${inScope(sql`s.owner_org_path`, scope)} OR ${sql.join(above, sql` OR `)})`;
}

export interface SystemRow {
  id: number;
  name: string;
  description: string;
  targetKind: TargetKind;
  ownerOrgId: number;
  ownerOrgPath: string;
  draft: unknown;
  latestVersion: number;
}

const systemColumns = sql`s.id, s.name, s.description, s.target_kind AS "targetKind", s.owner_org_id AS "ownerOrgId", s.owner_org_path AS "ownerOrgPath", s.draft, s.latest_version AS "latestVersion"`;

/** A system the caller may use (404 otherwise); `edit` demands ownership inside the scope (403 for a system above it). */
export async function loadSystem(db: Db, scope: Scope, id: number, opts: { edit?: boolean; lock?: boolean } = {}): Promise<SystemRow> {
  const [s] = await rows<SystemRow>(db, sql`SELECT ${systemColumns} FROM assessment_systems s WHERE s.id = ${id} AND ${systemVisible(scope)} ${opts.lock ? sql`FOR UPDATE` : sql``}`);
  if (!s) throw new AppError('not_found');
  if (opts.edit && !pathInScope(s.ownerOrgPath, scope)) throw new AppError('forbidden', { message: 'the system belongs to an organisation above yours' });
  return s;
}

export interface RoundRow {
  id: number;
  systemId: number;
  versionId: number;
  name: string;
  kind: 'annual' | 'semiannual' | 'quarterly';
  targetKind: TargetKind;
  periodFrom: string;
  periodTo: string;
  scopeOrgId: number;
  scopeOrgPath: string;
  targetOrgKind: string | null;
  youngMaxAge: number | null;
  status: RoundStatus;
  grading: Grading;
  minVotes: number;
  meetingAt: Date | string | null;
  appealUntil: Date | string | null;
  computedAt: Date | string | null;
  createdAt: Date | string;
  startedAt: Date | string | null;
  closedAt: Date | string | null;
  confirmedAt: Date | string | null;
}

export const roundColumns = sql`r.id, r.system_id AS "systemId", r.version_id AS "versionId", r.name, r.kind, r.target_kind AS "targetKind",
  r.period_from::text AS "periodFrom", r.period_to::text AS "periodTo", r.scope_org_id AS "scopeOrgId", r.scope_org_path AS "scopeOrgPath",
  r.target_org_kind AS "targetOrgKind", r.young_max_age AS "youngMaxAge", r.status, r.grading, r.min_votes AS "minVotes", r.meeting_at AS "meetingAt", r.appeal_until AS "appealUntil", r.computed_at AS "computedAt",
  r.created_at AS "createdAt", r.started_at AS "startedAt", r.closed_at AS "closedAt", r.confirmed_at AS "confirmedAt"`;

/** A round whose scope lies in the caller's scope; unknown and out of scope are the same 404. */
export async function loadRound(db: Db, scope: Scope, id: number, opts: { lock?: boolean } = {}): Promise<RoundRow> {
  const [r] = await rows<RoundRow>(db, sql`SELECT ${roundColumns} FROM assessment_rounds r WHERE r.id = ${id} AND ${inScope(sql`r.scope_org_path`, scope)} ${opts.lock ? sql`FOR UPDATE` : sql``}`);
  if (!r) throw new AppError('not_found');
  return r;
}

/** The round must be in one of the states. */
export function assertStatus(r: RoundRow, ...allowed: RoundStatus[]): void {
  if (!allowed.includes(r.status)) throw new AppError('invalid_transition', { status: r.status, message: `the round is ${r.status}; this needs ${allowed.join(' or ')}` });
}

/** An organisation inside the scope (its id and path) or 404 with the field. */
export async function orgInScope(db: Db, scope: Scope, orgId: number, field: string) {
  const [o] = await rows<{ id: number; path: string; name: string; kind: string }>(db, sql`SELECT id, path, name, kind FROM orgs WHERE id = ${orgId}`);
  if (!o || !pathInScope(o.path, scope)) throw new AppError('not_found', [{ field, message: 'organisation not found in your scope' }]);
  return o;
}

/**
 * The 述职评议 voting of a round: opened and closed by the committee at the review meeting. Migration 0008 has no
 * column for it, so it travels in the round's `grading` JSON under `voting` (grading.ts ignores the key).
 */
export interface VotingState {
  openedAt: string | null;
  closedAt: string | null;
}
export function votingOf(r: Pick<RoundRow, 'grading'>): VotingState {
  const v = (r.grading as { voting?: Partial<VotingState> }).voting;
  return { openedAt: v?.openedAt ?? null, closedAt: v?.closedAt ?? null };
}
export const votingOpen = (r: Pick<RoundRow, 'grading' | 'status'>) => {
  const v = votingOf(r);
  return r.status === 'running' && v.openedAt != null && v.closedAt == null;
};

/**
 * SQL: the account `accountId` speaks for target `t` — for an organisation, it holds the party secretary's or the
 * org admin's role at that very organisation; for a person, it is that person's account.
 */
export const speaksFor = (accountId: number) => sql`(
  (t.org_id IS NOT NULL AND EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.account_id = ${accountId} AND ra.org_id = t.org_id AND ra.role IN ('branch_secretary', 'org_admin')))
  OR (t.person_id IS NOT NULL AND t.person_id = (SELECT a.person_id FROM accounts a WHERE a.id = ${accountId})))`;
