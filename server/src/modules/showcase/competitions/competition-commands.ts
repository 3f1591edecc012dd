import type { FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope, refsOf } from '../../../kernel/org/referenced-ids.js';
import { competitionColumns, managedCompetition } from '../showcase.access.js';
import { showcaseCompetitions, type CompetitionStatus } from '../showcase.schema.js';
import type { CompetitionInput, CompetitionPatch } from './competitions.dto.js';
import type { z } from 'zod';
import type { competitionOut } from './competitions.responses.js';

type CompetitionOut = z.infer<typeof competitionOut>;

/** The committee organisation a competition belongs to: the caller's first organisation with showcase.manage. */
async function ownerOf(db: Db, scope: Scope) {
  const path = scope.paths[0];
  if (!path) throw new AppError('forbidden');
  const [o] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE path = ${path}`);
  return o;
}

export async function createCompetition(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: CompetitionInput) {
  return transaction(db, async (tx) => {
    await assertOrgsInScope(tx, scope, refsOf('eligibleOrgIds', input.eligibleOrgIds));
    const owner = await ownerOf(tx, scope);
    const [c] = await tx
      .insert(showcaseCompetitions)
      .values({ ...input, orgId: owner.id, orgPath: owner.path, createdBy: auth.accountId })
      .returning({ id: showcaseCompetitions.id });
    await audit(tx, req, { action: 'showcase.competition_create', entity: 'showcase_competition', entityId: c.id, orgId: owner.id, orgPath: owner.path, summary: input.title, after: input });
    return c.id;
  });
}

/** Edits a competition; the form and the rubric are frozen once cases are submitted or reviews begin. */
export async function updateCompetition(db: Db, req: FastifyRequest, scope: Scope, id: number, patch: CompetitionPatch) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status === 'decided' || c.status === 'published') throw new AppError('invalid_transition', { status: c.status });
    const merged = { opensAt: c.opensAt, submissionDeadline: c.submissionDeadline, reviewDeadline: c.reviewDeadline, ...patch };
    if (!(merged.opensAt < merged.submissionDeadline && merged.submissionDeadline <= merged.reviewDeadline))
      throw new AppError('validation_failed', [{ field: 'submissionDeadline', message: 'opensAt < submissionDeadline ≤ reviewDeadline' }]);
    if (patch.eligibleOrgIds) await assertOrgsInScope(tx, scope, refsOf('eligibleOrgIds', patch.eligibleOrgIds));
    const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM showcase_submissions WHERE competition_id = ${id} AND status <> 'draft'`);
    if ((patch.form || patch.categories) && n > 0) throw new AppError('invalid_transition', { message: 'cases are submitted: the form and the categories are frozen' });
    if (patch.rubric && c.status !== 'draft' && c.status !== 'open') throw new AppError('invalid_transition', { message: 'review has begun: the rubric is frozen' });
    await tx.update(showcaseCompetitions).set({ ...patch, updatedAt: new Date() }).where(sql`id = ${id}`);
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, (c as unknown as Record<string, unknown>)[k]]));
    await audit(tx, req, { action: 'showcase.competition_update', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: c.title, ...diff(before, patch) });
  });
}

const transitions: Record<string, CompetitionStatus> = { open: 'draft', reviewing: 'open' };

/** draft → open (the call is published) → reviewing (submissions closed; assignment may begin). */
export async function moveCompetition(db: Db, req: FastifyRequest, scope: Scope, id: number, to: 'open' | 'reviewing') {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== transitions[to]) throw new AppError('invalid_transition', { status: c.status, to });
    await tx.update(showcaseCompetitions).set({ status: to, updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: `showcase.competition_${to}`, entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: c.title, before: { status: c.status }, after: { status: to } });
  });
}

const listColumns = sql`${competitionColumns}, (SELECT count(*)::int FROM showcase_submissions s WHERE s.competition_id = c.id AND s.status = 'submitted') AS submitted`;

export async function listCompetitions(db: Db, reach: SQL, q: { q?: string; status?: string; page: number; pageSize: number }) {
  const where: SQL[] = [reach];
  if (q.status) where.push(sql`c.status = ${q.status}`);
  if (q.q) where.push(sql`(c.title ILIKE ${`%${escapeLike(q.q)}%`} OR c.theme ILIKE ${`%${escapeLike(q.q)}%`})`);
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM showcase_competitions c WHERE ${cond}`);
  const items = await rows<CompetitionOut>(db, sql`SELECT ${listColumns} FROM showcase_competitions c WHERE ${cond} ORDER BY c.opens_at DESC, c.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function competitionOutById(db: Db, id: number) {
  const [c] = await rows<CompetitionOut>(db, sql`SELECT ${listColumns} FROM showcase_competitions c WHERE c.id = ${id}`);
  return c;
}

/** Competitions an organisation of the submitter's scope may enter: open (or later, to see their cases), owner above them. */
export const submitterReach = (scope: Scope): SQL =>
  scope.paths.length === 0
    ? sql`false`
    : sql`c.status <> 'draft' AND (${sql.join(
        scope.paths.map((p) => sql`${p} LIKE c.org_path || '%'`),
        sql` OR `,
      )})`;

export const managerReach = (scope: Scope): SQL => inScope(sql`c.org_path`, scope);
