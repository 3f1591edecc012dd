import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import { managedCompetition } from '../showcase.access.js';
import { showcasePanelMembers } from '../showcase.schema.js';
import { assignReviewers } from './assignment.js';
import { conflictReason } from './conflicts.js';
import { panelOf, reviewerFacts } from './reviewers.service.js';

/** Assignments change only in the round under review (round 1 is closed once the shortlist goes to round 2). */
function assertCurrentRound(current: number, round: number) {
  if (current !== round) throw new AppError('invalid_transition', { round, reviewRound: current, message: round === 2 ? 'shortlist the cases for round 2 first' : 'round 1 is closed: the shortlist is in round 2' });
}

/** Accounts that may review: `reviewer` accounts and committee staff. */
async function assertReviewers(db: Db, ids: number[]) {
  if (!ids.length) return;
  const found = await rows<{ id: number }>(
    db,
    sql`SELECT DISTINCT account_id AS id FROM role_assignments WHERE role IN ('reviewer', 'committee_admin') AND account_id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
  );
  const ok = new Set(found.map((f) => Number(f.id)));
  const missing = ids.filter((i) => !ok.has(i));
  if (missing.length) throw new AppError('not_found', missing.map((id) => ({ field: 'accountIds', message: `account ${id} is not a reviewer` })));
}

/** Sets the panel of a round; members with assignments in the round stay. */
export async function setPanel(db: Db, req: FastifyRequest, scope: Scope, id: number, round: number, accountIds: number[]) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    const ids = [...new Set(accountIds)];
    await assertReviewers(tx, ids);
    const busy = await rows<{ id: number }>(tx, sql`SELECT DISTINCT reviewer_account_id AS id FROM showcase_assignments WHERE competition_id = ${id} AND round = ${round}`);
    const keep = new Set([...ids, ...busy.map((b) => Number(b.id))]);
    await tx.execute(sql`DELETE FROM showcase_panel_members WHERE competition_id = ${id} AND round = ${round}`);
    if (keep.size) await tx.insert(showcasePanelMembers).values([...keep].map((accountId) => ({ competitionId: id, round, accountId })));
    await audit(tx, req, { action: 'showcase.panel_set', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `${c.title} 第${round}轮专家 ${keep.size} 名`, after: { round, accountIds: [...keep] } });
    return keep.size;
  });
}

/** The cases of a round: round 1 every submitted case; round 2 the shortlist. */
async function casesOf(db: Db, competitionId: number, round: number) {
  return rows<{ id: number; orgPath: string; category: string }>(
    db,
    round === 1
      ? sql`SELECT id, org_path AS "orgPath", category FROM showcase_submissions WHERE competition_id = ${competitionId} AND status = 'submitted' ORDER BY id`
      : sql`SELECT id, org_path AS "orgPath", category FROM showcase_submissions WHERE competition_id = ${competitionId} AND status = 'submitted' AND shortlisted ORDER BY id`,
  );
}

/**
 * Computes the round's assignment by min-cost flow (review/assignment.ts). Hand-made assignments and any with a
 * score are kept and count towards k and the loads; the other automatic ones are replaced. One transaction.
 */
export async function computeAssignment(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, opts: { round: number; k?: number; floor?: number; ceil?: number }) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== 'reviewing') throw new AppError('invalid_transition', { status: c.status, message: 'close the call (reviewing) before assigning' });
    assertCurrentRound(c.reviewRound, opts.round);
    const k = opts.k ?? c.reviewersPerCase;
    const panel = await panelOf(tx, id, opts.round);
    if (!panel.length) throw new AppError('validation_failed', [{ field: 'round', message: 'the round has no reviewers: set its panel first' }]);
    const cases = await casesOf(tx, id, opts.round);
    await tx.execute(
      sql`DELETE FROM showcase_assignments a WHERE a.competition_id = ${id} AND a.round = ${opts.round} AND a.source = 'auto' AND NOT EXISTS (SELECT 1 FROM showcase_scores s WHERE s.assignment_id = a.id)`,
    );
    const kept = await rows<{ submissionId: number; reviewer: number }>(
      tx,
      sql`SELECT submission_id AS "submissionId", reviewer_account_id AS reviewer FROM showcase_assignments WHERE competition_id = ${id} AND round = ${opts.round}`,
    );
    const indexOf = new Map(panel.map((r, i) => [r.accountId, i]));
    const caseIndex = new Map(cases.map((s, i) => [Number(s.id), i]));
    const existing: number[][] = cases.map(() => []);
    const existingLoad = panel.map(() => 0);
    for (const a of kept) {
      const ci = caseIndex.get(Number(a.submissionId));
      const ri = indexOf.get(Number(a.reviewer));
      if (ci === undefined || ri === undefined) continue;
      existing[ci].push(ri);
      existingLoad[ri] += 1;
    }
    const result = assignReviewers({
      reviewers: panel.length,
      k,
      floor: opts.floor,
      ceil: opts.ceil,
      existing,
      existingLoad,
      cases: cases.map((s) => {
        const allowed = panel.flatMap((r, j) => (conflictReason(r, s.orgPath) ? [] : [j]));
        return { allowed, matches: (j: number) => panel[j].expertise.includes(s.category) };
      }),
    });
    const rowsOut = result.byCase.flatMap((list, ci) =>
      list.map((j) => ({ submissionId: Number(cases[ci].id), reviewer: panel[j].accountId, match: panel[j].expertise.includes(cases[ci].category) })),
    );
    await bulkInsert(
      tx,
      'showcase_assignments',
      [
        ['competition_id', 'int', () => id],
        ['round', 'int', () => opts.round],
        ['submission_id', 'int', (r) => r.submissionId],
        ['reviewer_account_id', 'int', (r) => r.reviewer],
        ['source', 'text', () => 'auto'],
        ['expertise_match', 'boolean', (r) => r.match],
        ['created_by', 'int', () => auth.accountId],
      ],
      rowsOut,
    );
    const summary = {
      round: opts.round,
      k,
      cases: cases.length,
      reviewers: panel.length,
      created: rowsOut.length,
      kept: kept.length,
      floor: result.floor,
      ceil: result.ceil,
      minLoad: Math.min(...result.loads),
      maxLoad: Math.max(...result.loads),
      matches: result.matches,
      shortCaseIds: result.short.map((ci) => Number(cases[ci].id)),
    };
    await audit(tx, req, { action: 'showcase.assignment_compute', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `${c.title}：分配 ${rowsOut.length} 份评审`, after: summary });
    return summary;
  });
}

/** An admin adds one reviewer to one case by hand; conflicts are still refused. */
export async function addAssignment(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, input: { round: number; submissionId: number; reviewerAccountId: number }) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== 'reviewing') throw new AppError('invalid_transition', { status: c.status });
    assertCurrentRound(c.reviewRound, input.round);
    const [s] = await rows<{ orgPath: string; category: string }>(
      tx,
      sql`SELECT org_path AS "orgPath", category FROM showcase_submissions WHERE id = ${input.submissionId} AND competition_id = ${id} AND status = 'submitted' ${input.round === 2 ? sql`AND shortlisted` : sql``}`,
    );
    if (!s) throw new AppError('not_found', [{ field: 'submissionId', message: 'case not found' }]);
    const [member] = await rows<{ ok: number }>(tx, sql`SELECT 1 AS ok FROM showcase_panel_members WHERE competition_id = ${id} AND round = ${input.round} AND account_id = ${input.reviewerAccountId}`);
    if (!member) throw new AppError('not_found', [{ field: 'reviewerAccountId', message: 'not on the panel of this round' }]);
    const reason = conflictReason(await reviewerFacts(tx, input.reviewerAccountId), s.orgPath);
    if (reason) throw new AppError('review_conflict', { reason });
    const [exp] = await rows<{ expertise: string[] | null }>(tx, sql`SELECT expertise FROM showcase_reviewers WHERE account_id = ${input.reviewerAccountId}`);
    const [a] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO showcase_assignments (competition_id, round, submission_id, reviewer_account_id, source, expertise_match, created_by)
          VALUES (${id}, ${input.round}, ${input.submissionId}, ${input.reviewerAccountId}, 'manual', ${(exp?.expertise ?? []).includes(s.category)}, ${auth.accountId})
          ON CONFLICT DO NOTHING RETURNING id`,
    );
    if (!a) throw new AppError('conflict', { message: 'the reviewer already has this case' });
    await audit(tx, req, { action: 'showcase.assignment_add', entity: 'showcase_assignment', entityId: a.id, orgId: c.orgId, orgPath: c.orgPath, summary: c.title, after: input });
    return a.id;
  });
}

export async function removeAssignment(db: Db, req: FastifyRequest, scope: Scope, id: number, assignmentId: number) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    const [a] = await rows<{ id: number; scored: boolean; submissionId: number; reviewer: number }>(
      tx,
      sql`SELECT a.id, EXISTS (SELECT 1 FROM showcase_scores s WHERE s.assignment_id = a.id) AS scored, a.submission_id AS "submissionId", a.reviewer_account_id AS reviewer
            FROM showcase_assignments a WHERE a.id = ${assignmentId} AND a.competition_id = ${id} FOR UPDATE`,
    );
    if (!a) throw new AppError('not_found');
    if (a.scored) throw new AppError('invalid_transition', { message: 'the review is scored' });
    await tx.execute(sql`DELETE FROM showcase_assignments WHERE id = ${assignmentId}`);
    await audit(tx, req, { action: 'showcase.assignment_remove', entity: 'showcase_assignment', entityId: assignmentId, orgId: c.orgId, orgPath: c.orgPath, summary: c.title, before: { submissionId: a.submissionId, reviewer: a.reviewer } });
  });
}
