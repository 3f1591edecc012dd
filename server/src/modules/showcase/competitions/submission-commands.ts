import type { FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { competitionById, orgNamesOf, type CompetitionRow } from '../showcase.access.js';
import { showcaseSubmissions } from '../showcase.schema.js';
import { countChars } from './word-count.js';
import { flaggedParts } from './blind-check.js';
import type { SubmissionInput, SubmissionPatch } from './submissions.dto.js';
import type { z } from 'zod';
import type { submissionOut } from './submissions.responses.js';

type SubmissionOut = z.infer<typeof submissionOut>;

interface SubmissionRow {
  id: number;
  competitionId: number;
  orgId: number;
  orgPath: string;
  title: string;
  category: string;
  parts: Record<string, string>;
  status: 'draft' | 'submitted' | 'withdrawn';
}

/** The call must be open, before its deadline, and the organisation within its eligibility. */
async function assertOpenFor(db: Db, c: CompetitionRow | undefined, orgPath: string, now = new Date()): Promise<CompetitionRow> {
  if (!c || c.status === 'draft' || !orgPath.startsWith(c.orgPath)) throw new AppError('not_found', [{ field: 'competitionId', message: 'competition not found' }]);
  if (c.status !== 'open' || now < c.opensAt || now > c.submissionDeadline) throw new AppError('submission_closed', { status: c.status, deadline: c.submissionDeadline });
  if (c.eligibleOrgIds.length) {
    const [ok] = await rows<{ ok: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM orgs WHERE id IN (${sql.join(c.eligibleOrgIds.map((i) => sql`${i}`), sql`, `)}) AND ${orgPath} LIKE path || '%') AS ok`);
    if (!ok.ok) throw new AppError('submission_closed', { message: 'the organisation is not eligible for this call' });
  }
  return c;
}

/** Unknown parts refused; every part counted. */
function counted(c: CompetitionRow, parts: Record<string, string>) {
  const keys = new Set(c.form.map((p) => p.key));
  const unknown = Object.keys(parts).filter((k) => !keys.has(k));
  if (unknown.length) throw new AppError('validation_failed', unknown.map((k) => ({ field: `parts.${k}`, message: 'no such part in the form' })));
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, countChars(v)]));
}

/** At submission: required parts present, every part within its word limits, the category one of the call's. */
function assertComplete(c: CompetitionRow, s: { category: string; parts: Record<string, string> }) {
  const issues: { field: string; message: string }[] = [];
  if (!c.categories.some((x) => x.code === s.category)) issues.push({ field: 'category', message: 'not a category of this call' });
  for (const p of c.form) {
    const n = countChars(s.parts[p.key] ?? '');
    if (p.required && n === 0) issues.push({ field: `parts.${p.key}`, message: `${p.label}: required` });
    else if (n > 0 && n < p.minChars) issues.push({ field: `parts.${p.key}`, message: `${p.label}: at least ${p.minChars} characters (now ${n})` });
    if (n > p.maxChars) issues.push({ field: `parts.${p.key}`, message: `${p.label}: at most ${p.maxChars} characters (now ${n})` });
  }
  if (issues.length) throw new AppError('validation_failed', issues);
}

async function blindFlagsOf(tx: Db, submissionId: number, orgPath: string, parts: Record<string, string>) {
  const names = await orgNamesOf(tx, orgPath);
  const files = await rows<{ id: number }>(tx, sql`SELECT id FROM showcase_submission_files WHERE submission_id = ${submissionId} AND name_flag ORDER BY id`);
  return [...flaggedParts(parts, names), ...files.map((f) => `file:${f.id}`)];
}

export async function createSubmission(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: SubmissionInput) {
  return transaction(db, async (tx) => {
    const orgId = input.orgId ?? auth.assignments.find((a) => scope.paths.some((p) => a.orgPath.startsWith(p)))?.orgId;
    if (!orgId) throw new AppError('forbidden');
    const orgPath = (await assertOrgsInScope(tx, scope, [{ field: 'orgId', id: orgId }])).get(orgId)!;
    const c = await assertOpenFor(tx, await competitionById(tx, input.competitionId, { lock: true }), orgPath);
    if (!c.categories.some((x) => x.code === input.category)) throw new AppError('validation_failed', [{ field: 'category', message: 'not a category of this call' }]);
    const wordCounts = counted(c, input.parts);
    const [s] = await tx
      .insert(showcaseSubmissions)
      .values({ competitionId: c.id, orgId, orgPath, category: input.category, title: input.title, parts: input.parts, wordCounts, createdBy: auth.accountId })
      .returning({ id: showcaseSubmissions.id });
    const flags = await blindFlagsOf(tx, s.id, orgPath, input.parts);
    await tx.update(showcaseSubmissions).set({ blindFlags: flags }).where(sql`id = ${s.id}`);
    await audit(tx, req, { action: 'showcase.submission_create', entity: 'showcase_submission', entityId: s.id, orgId, orgPath, summary: input.title, after: { competitionId: c.id, category: input.category, wordCounts } });
    return s.id;
  });
}

/** A case of the caller's scope (404 otherwise), locked for the transaction. */
export async function submissionInScope(db: Db, scope: Scope, id: number, lock = false): Promise<SubmissionRow> {
  const [s] = await rows<SubmissionRow>(
    db,
    sql`SELECT id, competition_id AS "competitionId", org_id AS "orgId", org_path AS "orgPath", title, category, parts, status
          FROM showcase_submissions WHERE id = ${id} AND ${inScope(sql`org_path`, scope)} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!s) throw new AppError('not_found');
  return s;
}

/** Drafts and withdrawn cases are edited before the deadline; a submitted one is withdrawn first. */
export async function updateSubmission(db: Db, req: FastifyRequest, scope: Scope, id: number, patch: SubmissionPatch) {
  return transaction(db, async (tx) => {
    const s = await submissionInScope(tx, scope, id, true);
    const c = await assertOpenFor(tx, await competitionById(tx, s.competitionId), s.orgPath);
    if (s.status === 'submitted') throw new AppError('invalid_transition', { status: s.status, message: 'withdraw the case before editing it' });
    const parts = patch.parts ?? s.parts;
    const category = patch.category ?? s.category;
    if (!c.categories.some((x) => x.code === category)) throw new AppError('validation_failed', [{ field: 'category', message: 'not a category of this call' }]);
    const wordCounts = counted(c, parts);
    const flags = await blindFlagsOf(tx, id, s.orgPath, parts);
    await tx.update(showcaseSubmissions).set({ ...patch, wordCounts, blindFlags: flags, updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.submission_update', entity: 'showcase_submission', entityId: id, orgId: s.orgId, orgPath: s.orgPath, summary: patch.title ?? s.title, after: { category, wordCounts } });
  });
}

/** draft/withdrawn → submitted (complete, within limits) and submitted → withdrawn, both before the deadline. */
export async function moveSubmission(db: Db, req: FastifyRequest, scope: Scope, id: number, to: 'submitted' | 'withdrawn') {
  return transaction(db, async (tx) => {
    const s = await submissionInScope(tx, scope, id, true);
    const c = await assertOpenFor(tx, await competitionById(tx, s.competitionId), s.orgPath);
    if (to === 'submitted') {
      if (s.status === 'submitted') throw new AppError('invalid_transition', { status: s.status });
      assertComplete(c, s);
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM showcase_submission_files WHERE submission_id = ${id}`);
      if (n > c.maxAttachments) throw new AppError('validation_failed', [{ field: 'files', message: `at most ${c.maxAttachments} attachments` }]);
      await tx.update(showcaseSubmissions).set({ status: 'submitted', submittedAt: new Date(), withdrawnAt: null, updatedAt: new Date() }).where(sql`id = ${id}`);
    } else {
      if (s.status !== 'submitted') throw new AppError('invalid_transition', { status: s.status });
      await tx.update(showcaseSubmissions).set({ status: 'withdrawn', withdrawnAt: new Date(), updatedAt: new Date() }).where(sql`id = ${id}`);
    }
    await audit(tx, req, { action: to === 'submitted' ? 'showcase.submission_submit' : 'showcase.submission_withdraw', entity: 'showcase_submission', entityId: id, orgId: s.orgId, orgPath: s.orgPath, summary: s.title, before: { status: s.status }, after: { status: to } });
  });
}

export { assertOpenFor, blindFlagsOf };

const listColumns = sql`s.id, s.competition_id AS "competitionId", c.title AS "competitionTitle", s.org_id AS "orgId", o.name AS "orgName", s.category, s.title,
  s.word_counts AS "wordCounts", s.status, s.blind_flags AS "blindFlags", s.submitted_at AS "submittedAt", s.withdrawn_at AS "withdrawnAt", s.updated_at AS "updatedAt"`;
const listFrom = sql`FROM showcase_submissions s JOIN showcase_competitions c ON c.id = s.competition_id JOIN orgs o ON o.id = s.org_id`;

export async function listSubmissions(db: Db, reach: SQL, q: { competitionId?: number; status?: string; q?: string; page: number; pageSize: number }) {
  const where: SQL[] = [reach];
  if (q.competitionId) where.push(sql`s.competition_id = ${q.competitionId}`);
  if (q.status) where.push(sql`s.status = ${q.status}`);
  if (q.q) where.push(sql`(s.title ILIKE ${`%${escapeLike(q.q)}%`} OR o.name ILIKE ${`%${escapeLike(q.q)}%`})`);
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${listFrom} WHERE ${cond}`);
  const items = await rows<Omit<SubmissionOut, 'parts' | 'files'>>(db, sql`SELECT ${listColumns} ${listFrom} WHERE ${cond} ORDER BY s.updated_at DESC, s.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function submissionOutById(db: Db, id: number) {
  const [s] = await rows<Omit<SubmissionOut, 'files'>>(db, sql`SELECT ${listColumns}, s.parts ${listFrom} WHERE s.id = ${id}`);
  const files = await rows<SubmissionOut['files'][number]>(
    db,
    sql`SELECT id, mime, size, original_name AS "originalName", name_flag AS "nameFlag", flag_source AS "flagSource" FROM showcase_submission_files WHERE submission_id = ${id} ORDER BY id`,
  );
  return { ...s, files };
}
