import type { FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import { shanghaiMidnight } from '../../../kernel/figures/buckets.js';
import { showcaseAnswers } from './answers.schema.js';
import type { AnswerInput, answerOut, AnswerPatch } from './answers.dto.js';

type AnswerOut = z.infer<typeof answerOut>;
interface AnswerRow {
  id: number;
  orgId: number;
  orgPath: string;
  title: string;
  status: 'draft' | 'pending' | 'published' | 'rejected';
}

export async function answerInScope(db: Db, scope: Scope, id: number, lock = false): Promise<AnswerRow> {
  const [a] = await rows<AnswerRow>(db, sql`SELECT id, org_id AS "orgId", org_path AS "orgPath", title, status FROM showcase_answers WHERE id = ${id} AND ${inScope(sql`org_path`, scope)} ${lock ? sql`FOR UPDATE` : sql``}`);
  if (!a) throw new AppError('not_found');
  return a;
}

/** A claim may name a registered organisation metric; an unknown name is refused (400) rather than shown blank. */
function checkMetrics(ctx: ModuleContext, results: { metric?: string }[] | undefined) {
  const engine = figuresFor(ctx);
  const bad = (results ?? []).map((r, i) => ({ r, i })).filter(({ r }) => r.metric && (!engine.get(r.metric) || engine.get(r.metric)!.def.kind === 'person'));
  if (bad.length) throw new AppError('validation_failed', bad.map(({ i }) => ({ field: `results.${i}.metric`, message: 'not a registered organisation metric' })));
}

export async function createAnswer(ctx: ModuleContext, req: FastifyRequest, auth: AuthContext, scope: Scope, input: AnswerInput) {
  checkMetrics(ctx, input.results);
  return transaction(ctx.db, async (tx) => {
    const paths = await assertOrgsInScope(tx, scope, [{ field: 'orgId', id: input.orgId }]);
    const orgPath = paths.get(input.orgId)!;
    const [a] = await tx.insert(showcaseAnswers).values({ ...input, orgPath, createdBy: auth.accountId }).returning({ id: showcaseAnswers.id });
    await audit(tx, req, { action: 'showcase.answer_create', entity: 'showcase_answer', entityId: a.id, orgId: input.orgId, orgPath, summary: input.title, after: input });
    return a.id;
  });
}

/** Drafts and rejected entries are edited; a pending or published one is not. */
export async function updateAnswer(ctx: ModuleContext, req: FastifyRequest, scope: Scope, id: number, patch: AnswerPatch) {
  checkMetrics(ctx, patch.results);
  await transaction(ctx.db, async (tx) => {
    const a = await answerInScope(tx, scope, id, true);
    if (a.status !== 'draft' && a.status !== 'rejected') throw new AppError('invalid_transition', { status: a.status });
    const [before] = await rows<Record<string, unknown> & { periodStart: string; periodEnd: string }>(tx, sql`SELECT title, category, period_start::text AS "periodStart", period_end::text AS "periodEnd", body, results FROM showcase_answers WHERE id = ${id}`);
    const merged = { periodStart: patch.periodStart ?? before.periodStart, periodEnd: patch.periodEnd ?? before.periodEnd };
    if (merged.periodStart > merged.periodEnd) throw new AppError('validation_failed', [{ field: 'periodEnd', message: 'periodStart ≤ periodEnd' }]);
    await tx.update(showcaseAnswers).set({ ...patch, updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.answer_update', entity: 'showcase_answer', entityId: id, orgId: a.orgId, orgPath: a.orgPath, summary: a.title, ...diff(before, patch) });
  });
}

/** draft | rejected → pending (sent for review). */
export async function submitAnswer(db: Db, req: FastifyRequest, scope: Scope, id: number) {
  await transaction(db, async (tx) => {
    const a = await answerInScope(tx, scope, id, true);
    if (a.status !== 'draft' && a.status !== 'rejected') throw new AppError('invalid_transition', { status: a.status });
    const [{ body, n }] = await rows<{ body: string; n: number }>(tx, sql`SELECT body, jsonb_array_length(results) AS n FROM showcase_answers WHERE id = ${id}`);
    const problems = [...(body.length < 20 ? [{ field: 'body', message: 'at least 20 characters' }] : []), ...(n === 0 ? [{ field: 'results', message: 'at least one measurable result' }] : [])];
    if (problems.length) throw new AppError('validation_failed', problems);
    await tx.update(showcaseAnswers).set({ status: 'pending', updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.answer_submit', entity: 'showcase_answer', entityId: id, orgId: a.orgId, orgPath: a.orgPath, summary: a.title, before: { status: a.status }, after: { status: 'pending' } });
  });
}

/** The committee publishes or sends back a pending entry (review before publication). */
export async function reviewAnswer(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, decision: 'published' | 'rejected', note?: string) {
  await transaction(db, async (tx) => {
    const a = await answerInScope(tx, scope, id, true);
    if (a.status !== 'pending') throw new AppError('invalid_transition', { status: a.status });
    const now = new Date();
    await tx.update(showcaseAnswers).set({ status: decision, reviewNote: note ?? null, reviewedBy: auth.accountId, reviewedAt: now, publishedAt: decision === 'published' ? now : null, updatedAt: now }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.answer_review', entity: 'showcase_answer', entityId: id, orgId: a.orgId, orgPath: a.orgPath, summary: a.title, before: { status: a.status }, after: { status: decision, note } });
  });
}

const answerColumns = sql`a.id, a.org_id AS "orgId", o.name AS "orgName", a.title, a.category, a.period_start::text AS "periodStart", a.period_end::text AS "periodEnd", a.body, a.results,
  a.status, a.review_note AS "reviewNote", a.published_at AS "publishedAt", a.like_count AS "likeCount", a.created_at AS "createdAt", a.org_path AS "orgPath",
  (SELECT count(*)::int FROM showcase_answer_comments c WHERE c.answer_id = a.id AND c.status = 'visible') AS "commentCount",
  COALESCE((SELECT jsonb_agg(jsonb_build_object('id', f.id, 'mime', f.mime, 'size', f.size, 'originalName', f.original_name) ORDER BY f.id) FROM showcase_answer_files f WHERE f.answer_id = a.id), '[]'::jsonb) AS files`;

export async function listAnswers(db: Db, where: SQL, q: { q?: string; status?: string; category?: string; page: number; pageSize: number }, order: SQL = sql`a.updated_at DESC, a.id DESC`) {
  const cond = sql.join(
    [where, ...(q.status ? [sql`a.status = ${q.status}`] : []), ...(q.category ? [sql`a.category = ${q.category}`] : []), ...(q.q ? [sql`a.title ILIKE ${`%${escapeLike(q.q)}%`}`] : [])],
    sql` AND `,
  );
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM showcase_answers a WHERE ${cond}`);
  const items = await rows<AnswerOut & { orgPath: string }>(db, sql`SELECT ${answerColumns} FROM showcase_answers a JOIN orgs o ON o.id = a.org_id WHERE ${cond} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** One entry; with `live`, each claim naming a metric carries the metric's value for the organisation over the period. */
export async function answerOutById(ctx: ModuleContext, id: number, live = false) {
  const { items } = await listAnswers(ctx.db, sql`a.id = ${id}`, { page: 1, pageSize: 1 });
  const a = items[0];
  if (!a) throw new AppError('not_found');
  if (!live) return a;
  const engine = figuresFor(ctx);
  const from = shanghaiMidnight(a.periodStart);
  const to = new Date(shanghaiMidnight(a.periodEnd).getTime() + 86_400_000);
  const results = await Promise.all(
    a.results.map(async (r) => {
      const m = r.metric ? engine.get(r.metric) : undefined;
      if (!m) return { ...r, live: null };
      return { ...r, live: { label: m.def.label.zh, unit: m.def.unit ?? null, value: await engine.value(m, { orgPath: a.orgPath, from, to }) } };
    }),
  );
  return { ...a, results };
}
