import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { orgNamesOf, type CompetitionRow } from '../showcase.access.js';
import { showcaseReviewers, showcaseScores } from '../showcase.schema.js';
import { redact } from '../competitions/blind-check.js';
import type { RubricCriterion } from '../showcase.schema.js';

/**
 * The reviewer's side. Nothing here selects the submitting organisation: no org id, no org name, no creator,
 * attachments without their file names, and the case text with the organisation's names blacked out.
 */

/** The case code reviewers see instead of anything that names the organisation. */
export const caseCode = (id: number) => `C${String(id).padStart(5, '0')}`;

/** Weighted total on 0–100: Σ weight × score / max × 100. */
export function weightedTotal(rubric: RubricCriterion[], scores: Record<string, number>) {
  const issues: { field: string; message: string }[] = [];
  for (const key of Object.keys(scores)) if (!rubric.some((c) => c.key === key)) issues.push({ field: `scores.${key}`, message: 'not a criterion of the rubric' });
  for (const c of rubric) {
    const v = scores[c.key];
    if (v === undefined) issues.push({ field: `scores.${c.key}`, message: `${c.label}: required` });
    else if (v > c.max) issues.push({ field: `scores.${c.key}`, message: `${c.label}: at most ${c.max} points` });
  }
  if (issues.length) throw new AppError('validation_failed', issues);
  return Math.round(rubric.reduce((s, c) => s + (c.weight * scores[c.key]) / c.max, 0) * 100 * 1000) / 1000;
}

interface MyAssignment {
  id: number;
  competitionId: number;
  competitionTitle: string;
  round: number;
  submissionId: number;
  title: string;
  category: string;
  categories: { code: string; name: string }[];
  reviewDeadline: Date;
  status: string;
  reviewRound: number;
  total: number | null;
  submittedAt: Date | null;
}

const myColumns = sql`a.id, a.competition_id AS "competitionId", c.title AS "competitionTitle", a.round, a.submission_id AS "submissionId", s.title, s.category,
  c.categories, c.review_deadline AS "reviewDeadline", c.status, c.review_round AS "reviewRound", sc.total, sc.submitted_at AS "submittedAt"`;
const myFrom = sql`FROM showcase_assignments a JOIN showcase_submissions s ON s.id = a.submission_id JOIN showcase_competitions c ON c.id = a.competition_id LEFT JOIN showcase_scores sc ON sc.assignment_id = a.id`;

const blindItem = (a: MyAssignment) => ({
  id: a.id,
  competitionId: a.competitionId,
  competitionTitle: a.competitionTitle,
  round: a.round,
  caseCode: caseCode(a.submissionId),
  title: a.title,
  category: a.category,
  categoryName: a.categories.find((x) => x.code === a.category)?.name ?? a.category,
  reviewDeadline: a.reviewDeadline,
  open: a.status === 'reviewing' && a.round === a.reviewRound,
  total: a.total,
  scoredAt: a.submittedAt,
});

export async function myAssignments(db: Db, accountId: number, q: { pending?: 'true' | 'false'; page: number; pageSize: number }) {
  const pending = q.pending === 'true' ? sql`AND sc.assignment_id IS NULL` : q.pending === 'false' ? sql`AND sc.assignment_id IS NOT NULL` : sql``;
  const cond = sql`a.reviewer_account_id = ${accountId} AND c.status IN ('reviewing', 'decided', 'published') ${pending}`;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${myFrom} WHERE ${cond}`);
  const list = await rows<MyAssignment>(db, sql`SELECT ${myColumns} ${myFrom} WHERE ${cond} ORDER BY (sc.assignment_id IS NULL) DESC, c.review_deadline, a.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: list.map(blindItem), total, page: q.page, pageSize: q.pageSize };
}

async function mine(db: Db, accountId: number, id: number) {
  const [a] = await rows<MyAssignment & { parts: Record<string, string>; orgPath: string; form: CompetitionRow['form']; rubric: RubricCriterion[]; scores: Record<string, number> | null; comment: string | null }>(
    db,
    sql`SELECT ${myColumns}, s.parts, s.org_path AS "orgPath", c.form, c.rubric, sc.scores, sc.comment ${myFrom}
         WHERE a.id = ${id} AND a.reviewer_account_id = ${accountId} AND c.status IN ('reviewing', 'decided', 'published')`,
  );
  if (!a) throw new AppError('not_found');
  return a;
}

/** One case to review, blind. */
export async function myAssignment(db: Db, accountId: number, id: number) {
  const a = await mine(db, accountId, id);
  const names = await orgNamesOf(db, a.orgPath);
  const files = await rows<{ id: number; mime: string; size: number }>(db, sql`SELECT id, mime, size FROM showcase_submission_files WHERE submission_id = ${a.submissionId} ORDER BY id`);
  return {
    ...blindItem(a),
    parts: a.form.map((p) => ({ key: p.key, label: p.label, text: redact(a.parts[p.key] ?? '', names) })),
    files: files.map((f, i) => ({ id: f.id, label: `附件${i + 1}`, mime: f.mime, size: f.size })),
    rubric: a.rubric,
    scores: a.scores,
    comment: a.comment,
  };
}

/** The file of an assigned case (downloaded without its original name). */
export async function myAssignmentFile(db: Db, accountId: number, id: number, fileId: number) {
  const a = await mine(db, accountId, id);
  const [f] = await rows<{ fileKey: string; mime: string }>(db, sql`SELECT file_key AS "fileKey", mime FROM showcase_submission_files WHERE id = ${fileId} AND submission_id = ${a.submissionId}`);
  if (!f) throw new AppError('not_found');
  return { ...f, downloadName: `${caseCode(a.submissionId)}-${fileId}.${f.mime === 'application/pdf' ? 'pdf' : f.mime === 'image/png' ? 'png' : 'jpg'}` };
}

/** Scores (or rescores) while the round is in review. */
export async function scoreAssignment(db: Db, req: FastifyRequest, auth: AuthContext, id: number, input: { scores: Record<string, number>; comment: string }) {
  return transaction(db, async (tx) => {
    const [a] = await rows<{ id: number; status: string; round: number; reviewRound: number; rubric: RubricCriterion[]; orgPath: string; competitionId: number }>(
      tx,
      sql`SELECT a.id, c.status, a.round, c.review_round AS "reviewRound", c.rubric, c.org_path AS "orgPath", c.id AS "competitionId" FROM showcase_assignments a JOIN showcase_competitions c ON c.id = a.competition_id
           WHERE a.id = ${id} AND a.reviewer_account_id = ${auth.accountId} AND c.status IN ('reviewing', 'decided', 'published') FOR UPDATE OF a`,
    );
    if (!a) throw new AppError('not_found');
    if (a.status !== 'reviewing' || a.round !== a.reviewRound) throw new AppError('invalid_transition', { status: a.status, message: 'the review is closed' });
    const total = weightedTotal(a.rubric, input.scores);
    await tx
      .insert(showcaseScores)
      .values({ assignmentId: id, scores: input.scores, total, comment: input.comment })
      .onConflictDoUpdate({ target: showcaseScores.assignmentId, set: { scores: input.scores, total, comment: input.comment, updatedAt: new Date() } });
    // The committee's audit trail; the case's organisation is not named in it.
    await audit(tx, req, { action: 'showcase.score', entity: 'showcase_assignment', entityId: id, orgPath: a.orgPath, summary: `评分 ${total}`, after: { competitionId: a.competitionId, total } });
    return total;
  });
}

export async function myProfile(db: Db, auth: AuthContext) {
  const [p] = await rows<{ expertise: string[]; title: string; affiliationOrgId: number | null }>(
    db,
    sql`SELECT expertise, title, affiliation_org_id AS "affiliationOrgId" FROM showcase_reviewers WHERE account_id = ${auth.accountId}`,
  );
  const conflicts = await rows<{ id: number; orgId: number; orgName: string; reason: string }>(
    db,
    sql`SELECT c.id, c.org_id AS "orgId", o.name AS "orgName", c.reason FROM showcase_conflicts c JOIN orgs o ON o.id = c.org_id WHERE c.account_id = ${auth.accountId} ORDER BY c.id`,
  );
  return { expertise: p?.expertise ?? [], title: p?.title ?? '', affiliationOrgId: p?.affiliationOrgId ?? null, conflicts };
}

export async function saveProfile(db: Db, req: FastifyRequest, auth: AuthContext, input: { expertise: string[]; title: string; affiliationOrgId?: number | null }) {
  return transaction(db, async (tx) => {
    if (input.affiliationOrgId) {
      const [o] = await rows(tx, sql`SELECT 1 FROM orgs WHERE id = ${input.affiliationOrgId}`);
      if (!o) throw new AppError('not_found', [{ field: 'affiliationOrgId', message: 'organisation not found' }]);
    }
    const values = { expertise: [...new Set(input.expertise)], title: input.title, affiliationOrgId: input.affiliationOrgId ?? null, updatedAt: new Date() };
    await tx.insert(showcaseReviewers).values({ accountId: auth.accountId, ...values }).onConflictDoUpdate({ target: showcaseReviewers.accountId, set: values });
    await audit(tx, req, { action: 'showcase.reviewer_profile', entity: 'account', entityId: auth.accountId, summary: '评审专家信息', after: values });
  });
}

export async function declareConflict(db: Db, req: FastifyRequest, auth: AuthContext, input: { orgId: number; reason: string }) {
  return transaction(db, async (tx) => {
    const [o] = await rows<{ path: string; name: string }>(tx, sql`SELECT path, name FROM orgs WHERE id = ${input.orgId}`);
    if (!o) throw new AppError('not_found', [{ field: 'orgId', message: 'organisation not found' }]);
    const [c] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO showcase_conflicts (account_id, org_id, org_path, reason) VALUES (${auth.accountId}, ${input.orgId}, ${o.path}, ${input.reason})
          ON CONFLICT (account_id, org_id) DO UPDATE SET reason = EXCLUDED.reason RETURNING id`,
    );
    await audit(tx, req, { action: 'showcase.conflict_declare', entity: 'account', entityId: auth.accountId, summary: `回避：${o.name}`, after: input });
    return c.id;
  });
}

export async function withdrawConflict(db: Db, req: FastifyRequest, auth: AuthContext, id: number) {
  return transaction(db, async (tx) => {
    const [c] = await rows<{ org_id: number }>(tx, sql`DELETE FROM showcase_conflicts WHERE id = ${id} AND account_id = ${auth.accountId} RETURNING org_id`);
    if (!c) throw new AppError('not_found');
    await audit(tx, req, { action: 'showcase.conflict_withdraw', entity: 'account', entityId: auth.accountId, summary: '撤销回避申报', before: { orgId: c.org_id } });
  });
}
