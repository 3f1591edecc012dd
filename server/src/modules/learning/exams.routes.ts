import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { audit, diff } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor } from '../../kernel/access/scope.js';
import { idParams } from './learning.dto.js';
import { createExamBody, examListQuery, notTakenQuery, poolSizeQuery, updateExamBody } from './exams.dto.js';
import { examNotTaken, examResults, examStatistics, getExam, listExams } from './exams.queries.js';
import { sectionPool } from './exam-draw.js';
import { createExam } from './commands/create-exam.js';
import { examOut, examPage, examResultsOut, examStatisticsOut, notTakenPage, poolSizeOut } from './learning.responses.js';

const tags = ['learning'];
const manage = { permission: 'learning.exams_manage' };

/** Admins: exam papers, results and per-question statistics. */
export function examsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const scope = (req: FastifyRequest) => scopeFor(requireAuth(req.auth), manage.permission);
  const found = async (req: FastifyRequest, id: number) => {
    const e = await getExam(db, scope(req), id);
    if (!e) throw new AppError('not_found');
    return e;
  };

  app.get('/api/v1/learning/exams', { config: { access: manage }, schema: { tags, summary: '考试列表', querystring: examListQuery, response: { 200: examPage } } }, async (req) => listExams(db, scope(req), req.query));

  app.post('/api/v1/learning/exams', { config: { access: manage }, schema: { tags, summary: '创建考试（分部分随机抽题或指定题目）', body: createExamBody, response: { 201: examOut } } }, async (req, reply) => {
    const id = await createExam(db, req, scope(req), req.body);
    return reply.status(201).send(await found(req, id));
  });

  app.get('/api/v1/learning/exams/pool-size', { config: { access: manage }, schema: { tags, summary: '某部分可抽取的题目数（新建考试时提示）', querystring: poolSizeQuery, response: { 200: poolSizeOut } } }, async (req) => {
    const [org] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE id = ${req.query.orgId}`);
    if (!org || !pathInScope(org.path, scope(req))) throw new AppError('not_found');
    return { available: (await sectionPool(db, org.path, { ...req.query, title: '', count: 1, points: 1 })).length };
  });

  app.get('/api/v1/learning/exams/:id', { config: { access: manage }, schema: { tags, summary: '考试详情', params: idParams, response: { 200: examOut } } }, async (req) => found(req, req.params.id));

  app.patch('/api/v1/learning/exams/:id', { config: { access: manage }, schema: { tags, summary: '修改、发布或结束考试', params: idParams, body: updateExamBody, response: { 200: examOut } } }, async (req) => {
    const before = await found(req, req.params.id);
    if (before.origin !== 'own') throw new AppError('forbidden', { reason: 'an exam organised above is read-only here' });
    const b = req.body;
    await transaction(db, async (tx) => {
      await tx.execute(sql`UPDATE learning_exams SET title = coalesce(${b.title ?? null}, title), description = coalesce(${b.description ?? null}, description),
        status = coalesce(${b.status ?? null}, status),
        closes_at = ${b.closesAt === undefined ? sql`closes_at` : sql`${b.closesAt?.toISOString() ?? null}::timestamptz`} WHERE id = ${req.params.id}`);
      const d = diff<Record<string, unknown>>({ ...before }, { ...b, closesAt: b.closesAt?.toISOString() } as Record<string, unknown>);
      await audit(tx, req, { action: 'learning.exam_update', entity: 'learning_exam', entityId: req.params.id, orgId: before.orgId, summary: before.title, ...d });
    });
    return found(req, req.params.id);
  });

  app.get('/api/v1/learning/exams/:id/results', { config: { access: manage }, schema: { tags, summary: '考试成绩', params: idParams, response: { 200: examResultsOut } } }, async (req) => {
    const e = await found(req, req.params.id);
    await audit(db, req, { action: 'learning.exam_results_read', entity: 'learning_exam', entityId: e.id as number, orgId: e.orgId });
    return { items: await examResults(db, scope(req), req.params.id) };
  });

  app.get('/api/v1/learning/exams/:id/not-taken', { config: { access: manage }, schema: { tags, summary: '未参加考试的人员（范围内可参加而未开考）', params: idParams, querystring: notTakenQuery, response: { 200: notTakenPage } } }, async (req) => {
    const e = await found(req, req.params.id);
    await audit(db, req, { action: 'learning.exam_not_taken_read', entity: 'learning_exam', entityId: e.id, orgId: e.orgId });
    return examNotTaken(db, scope(req), req.params.id, req.query);
  });

  app.get('/api/v1/learning/exams/:id/statistics', { config: { access: manage }, schema: { tags, summary: '考试统计（每题正确率）', params: idParams, response: { 200: examStatisticsOut } } }, async (req) => {
    await found(req, req.params.id);
    return examStatistics(db, scope(req), req.params.id);
  });
}
