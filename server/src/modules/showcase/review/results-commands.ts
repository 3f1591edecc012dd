import type { FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';
import { managedCompetition } from '../showcase.access.js';
import { showcaseResultRuns, type AwardTier, type NormalisationMethod } from '../showcase.schema.js';
import { normalise, tiersByQuota } from './normalise.js';

/** Scores of a round as (case, reviewer, total). */
export async function roundScores(db: Db, competitionId: number, round: number) {
  return rows<{ caseId: number; reviewerId: number; total: number }>(
    db,
    sql`SELECT a.submission_id AS "caseId", a.reviewer_account_id AS "reviewerId", sc.total
          FROM showcase_assignments a JOIN showcase_scores sc ON sc.assignment_id = a.id
         WHERE a.competition_id = ${competitionId} AND a.round = ${round}`,
  );
}

/** Normalises a round's scores by `method`; the run records the method, its results the raw and normalised ranks. */
export async function runNormalisation(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, round: number, method: NormalisationMethod) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status === 'draft' || c.status === 'open') throw new AppError('invalid_transition', { status: c.status });
    const scores = (await roundScores(tx, id, round)).map((s) => ({ caseId: Number(s.caseId), reviewerId: Number(s.reviewerId), total: Number(s.total) }));
    if (!scores.length) throw new AppError('validation_failed', [{ field: 'round', message: 'no scores in this round yet' }]);
    const results = normalise(scores, method);
    const [run] = await tx.insert(showcaseResultRuns).values({ competitionId: id, round, method, computedBy: auth.accountId }).returning({ id: showcaseResultRuns.id });
    await bulkInsert(
      tx,
      'showcase_results',
      [
        ['run_id', 'int', () => run.id],
        ['submission_id', 'int', (r) => r.caseId],
        ['reviews', 'int', (r) => r.reviews],
        ['raw_mean', 'numeric', (r) => r.rawMean],
        ['score', 'numeric', (r) => r.score],
        ['raw_rank', 'int', (r) => r.rawRank],
        ['rank', 'int', (r) => r.rank],
      ],
      results,
    );
    const moved = results.filter((r) => r.rank !== r.rawRank).length;
    await audit(tx, req, { action: 'showcase.normalise', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `${c.title}：${method}`, after: { runId: run.id, round, method, cases: results.length, moved } });
    return { runId: run.id, round, method, cases: results.length, scores: scores.length, rankChanged: moved };
  });
}

export async function listRuns(db: Db, id: number) {
  return rows<{ id: number; round: number; method: NormalisationMethod; computedAt: Date; computedByName: string | null; cases: number }>(
    db,
    sql`SELECT r.id, r.round, r.method, r.computed_at AS "computedAt", a.display_name AS "computedByName", (SELECT count(*)::int FROM showcase_results x WHERE x.run_id = r.id) AS cases
          FROM showcase_result_runs r LEFT JOIN accounts a ON a.id = r.computed_by WHERE r.competition_id = ${id} ORDER BY r.id DESC`,
  );
}

/** A run's results in rank order, with the raw rank beside (the comparison of methods) and any decision. */
export async function listResults(db: Db, id: number, q: { runId?: number; round?: number; page: number; pageSize: number }) {
  const [run] = await rows<{ id: number; method: NormalisationMethod; round: number }>(
    db,
    q.runId
      ? sql`SELECT id, method, round FROM showcase_result_runs WHERE id = ${q.runId} AND competition_id = ${id}`
      : sql`SELECT id, method, round FROM showcase_result_runs WHERE competition_id = ${id} ${q.round ? sql`AND round = ${q.round}` : sql``} ORDER BY id DESC LIMIT 1`,
  );
  if (!run) throw new AppError('not_found', [{ field: 'runId', message: 'no normalisation run' }]);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM showcase_results WHERE run_id = ${run.id}`);
  const items = await rows<{ submissionId: number; title: string; category: string; orgName: string; reviews: number; rawMean: number; score: number; rawRank: number; rank: number; tier: AwardTier | null }>(
    db,
    sql`SELECT r.submission_id AS "submissionId", s.title, s.category, o.name AS "orgName", r.reviews, r.raw_mean AS "rawMean", r.score, r.raw_rank AS "rawRank", r.rank, d.tier
          FROM showcase_results r JOIN showcase_submissions s ON s.id = r.submission_id JOIN orgs o ON o.id = s.org_id
          LEFT JOIN showcase_decisions d ON d.submission_id = r.submission_id
         WHERE r.run_id = ${run.id} ORDER BY r.rank LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { runId: run.id, method: run.method, round: run.round, items: items.map((i) => ({ ...i, rawMean: Number(i.rawMean), score: Number(i.score) })), total, page: q.page, pageSize: q.pageSize };
}

/** Awards by quota down a run's ranking (replacing earlier decisions); the competition becomes decided. */
export async function decideByRun(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, runId: number) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== 'reviewing' && c.status !== 'decided') throw new AppError('invalid_transition', { status: c.status });
    const [run] = await rows<{ method: string; round: number }>(tx, sql`SELECT method, round FROM showcase_result_runs WHERE id = ${runId} AND competition_id = ${id}`);
    if (!run) throw new AppError('not_found', [{ field: 'runId', message: 'no such run' }]);
    // With a second round the awards follow the panel's ranking of the shortlist.
    if (run.round !== c.reviewRound) throw new AppError('validation_failed', [{ field: 'runId', message: `decide by a run of round ${c.reviewRound}` }]);
    const ranked = await rows<{ caseId: number; rank: number }>(tx, sql`SELECT submission_id AS "caseId", rank FROM showcase_results WHERE run_id = ${runId}`);
    const tiers = tiersByQuota(ranked.map((r) => ({ caseId: Number(r.caseId), rank: Number(r.rank) })), { demonstration: c.demonstrationQuota, excellent: c.excellentQuota });
    await tx.execute(sql`DELETE FROM showcase_decisions WHERE competition_id = ${id}`);
    await bulkInsert(
      tx,
      'showcase_decisions',
      [
        ['competition_id', 'int', () => id],
        ['submission_id', 'int', ([caseId]) => caseId],
        ['tier', 'text', ([, tier]) => tier],
        ['run_id', 'int', () => runId],
        ['decided_by', 'int', () => auth.accountId],
      ],
      [...tiers],
    );
    await tx.execute(sql`UPDATE showcase_competitions SET status = 'decided', updated_at = now() WHERE id = ${id}`);
    const count = (t: AwardTier) => [...tiers.values()].filter((x) => x === t).length;
    const summary = { runId, method: run.method, demonstration: count('demonstration'), excellent: count('excellent') };
    await audit(tx, req, { action: 'showcase.decide', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `${c.title}：示范案例 ${summary.demonstration}、优秀案例 ${summary.excellent}`, after: summary });
    return summary;
  });
}

/** Sets (or clears) one case's award by hand, with a note. */
export async function decideOne(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, submissionId: number, input: { tier: AwardTier | null; note: string }) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== 'reviewing' && c.status !== 'decided') throw new AppError('invalid_transition', { status: c.status });
    const [s] = await rows<{ id: number; title: string }>(tx, sql`SELECT id, title FROM showcase_submissions WHERE id = ${submissionId} AND competition_id = ${id} AND status = 'submitted'`);
    if (!s) throw new AppError('not_found');
    const [before] = await rows<{ tier: string }>(tx, sql`SELECT tier FROM showcase_decisions WHERE submission_id = ${submissionId}`);
    if (input.tier === null) await tx.execute(sql`DELETE FROM showcase_decisions WHERE submission_id = ${submissionId}`);
    else
      await tx.execute(
        sql`INSERT INTO showcase_decisions (competition_id, submission_id, tier, note, decided_by) VALUES (${id}, ${submissionId}, ${input.tier}, ${input.note}, ${auth.accountId})
            ON CONFLICT (submission_id) DO UPDATE SET tier = EXCLUDED.tier, note = EXCLUDED.note, run_id = NULL, decided_by = EXCLUDED.decided_by, decided_at = now()`,
      );
    await audit(tx, req, { action: 'showcase.decide_one', entity: 'showcase_submission', entityId: submissionId, orgId: c.orgId, orgPath: c.orgPath, summary: s.title, before: { tier: before?.tier ?? null }, after: input });
  });
}

/** Publishes the winners: every decision gets a certificate with a verification code. */
export async function publish(db: Db, req: FastifyRequest, scope: Scope, id: number) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== 'decided') throw new AppError('invalid_transition', { status: c.status });
    const decisions = await rows<{ id: number }>(tx, sql`SELECT id FROM showcase_decisions WHERE competition_id = ${id} ORDER BY id`);
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const code = () => [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
    await bulkInsert(tx, 'showcase_certificates', [['decision_id', 'int', (d) => d.id], ['code', 'text', () => code()]], decisions);
    await tx.execute(sql`UPDATE showcase_competitions SET status = 'published', published_at = now(), updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, { action: 'showcase.publish', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `${c.title}：公布 ${decisions.length} 个获奖案例`, after: { certificates: decisions.length } });
    return decisions.length;
  });
}

/** Reviews assigned and scored, per reviewer. */
export async function progress(db: Db, id: number, round: number) {
  const byReviewer = await rows<{ accountId: number; name: string; assigned: number; scored: number }>(
    db,
    sql`SELECT a.reviewer_account_id AS "accountId", ac.display_name AS name, count(*)::int AS assigned, count(sc.assignment_id)::int AS scored
          FROM showcase_assignments a JOIN accounts ac ON ac.id = a.reviewer_account_id LEFT JOIN showcase_scores sc ON sc.assignment_id = a.id
         WHERE a.competition_id = ${id} AND a.round = ${round} GROUP BY a.reviewer_account_id, ac.display_name ORDER BY count(sc.assignment_id)::float / count(*), ac.display_name`,
  );
  const [{ cases, complete }] = await rows<{ cases: number; complete: number }>(
    db,
    sql`SELECT count(*)::int AS cases, count(*) FILTER (WHERE n = k)::int AS complete FROM (
          SELECT a.submission_id, count(*) AS k, count(sc.assignment_id) AS n FROM showcase_assignments a LEFT JOIN showcase_scores sc ON sc.assignment_id = a.id
           WHERE a.competition_id = ${id} AND a.round = ${round} GROUP BY a.submission_id) x`,
  );
  const assigned = byReviewer.reduce((s, r) => s + r.assigned, 0);
  const scored = byReviewer.reduce((s, r) => s + r.scored, 0);
  return { round, assigned, scored, cases, casesComplete: complete, byReviewer };
}

/** Reminds every reviewer with reviews still to score (an inbox notice each). */
export async function remind(db: Db, req: FastifyRequest, scope: Scope, id: number, round: number) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id);
    if (c.status !== 'reviewing') throw new AppError('invalid_transition', { status: c.status });
    const p = await progress(tx, id, round);
    const behind = p.byReviewer.filter((r) => r.scored < r.assigned);
    for (const r of behind)
      await notifyAccount(tx, r.accountId, { kind: 'showcase.review_reminder', title: `请完成《${c.title}》的案例评审`, body: `您还有 ${r.assigned - r.scored} 份案例待评分。`, link: '/showcase/review' });
    await audit(tx, req, { action: 'showcase.remind', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `提醒 ${behind.length} 名评审专家`, after: { round, reviewers: behind.length } });
    return behind.length;
  });
}

/** The assignment view: reviewers with loads, a page of cases with their reviewers and the panel members in conflict. */
export async function matrix(db: Db, id: number, q: { round: number; q?: string; page: number; pageSize: number }) {
  const reviewers = await rows<{ accountId: number; name: string; expertise: string[] | null; load: number; scored: number }>(
    db,
    sql`SELECT m.account_id AS "accountId", a.display_name AS name, r.expertise,
               (SELECT count(*)::int FROM showcase_assignments x WHERE x.competition_id = ${id} AND x.round = ${q.round} AND x.reviewer_account_id = m.account_id) AS load,
               (SELECT count(*)::int FROM showcase_assignments x JOIN showcase_scores sc ON sc.assignment_id = x.id WHERE x.competition_id = ${id} AND x.round = ${q.round} AND x.reviewer_account_id = m.account_id) AS scored
          FROM showcase_panel_members m JOIN accounts a ON a.id = m.account_id LEFT JOIN showcase_reviewers r ON r.account_id = m.account_id
         WHERE m.competition_id = ${id} AND m.round = ${q.round} ORDER BY a.display_name, m.account_id`,
  );
  const shortlist = q.round === 2 ? sql`AND s.shortlisted` : sql``;
  const like = q.q ? sql`AND (s.title ILIKE ${`%${q.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`} OR o.name ILIKE ${`%${q.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`})` : sql``;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM showcase_submissions s JOIN orgs o ON o.id = s.org_id WHERE s.competition_id = ${id} AND s.status = 'submitted' ${shortlist} ${like}`);
  const cases = await rows<{ submissionId: number; title: string; category: string; orgName: string; orgPath: string }>(
    db,
    sql`SELECT s.id AS "submissionId", s.title, s.category, o.name AS "orgName", s.org_path AS "orgPath" FROM showcase_submissions s JOIN orgs o ON o.id = s.org_id
         WHERE s.competition_id = ${id} AND s.status = 'submitted' ${shortlist} ${like} ORDER BY s.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const ids = cases.map((c) => Number(c.submissionId));
  const assigned = ids.length
    ? await rows<{ submissionId: number; assignmentId: number; accountId: number; source: 'auto' | 'manual'; expertiseMatch: boolean; total: number | null }>(
        db,
        sql`SELECT a.submission_id AS "submissionId", a.id AS "assignmentId", a.reviewer_account_id AS "accountId", a.source, a.expertise_match AS "expertiseMatch", sc.total
              FROM showcase_assignments a LEFT JOIN showcase_scores sc ON sc.assignment_id = a.id
             WHERE a.round = ${q.round} AND a.submission_id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) ORDER BY a.id`,
      )
    : [];
  return { reviewers: reviewers.map((r) => ({ ...r, expertise: r.expertise ?? [] })), cases, assigned, total, page: q.page, pageSize: q.pageSize };
}
