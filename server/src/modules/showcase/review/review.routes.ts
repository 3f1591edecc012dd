import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { managedCompetition, showcaseScope } from '../showcase.access.js';
import { idParams } from '../competitions/competitions.dto.js';
import { compSubmissionParams, computeBody, decideBody, manualBody, manualDecisionBody, matrixQuery, normaliseBody, panelBody, resultsQuery, roundQuery, shortlistBody } from './review.dto.js';
import { computeOut, decideOut, idOut, matrixOut, panelOut, progressOut, publishOut, remindOut, resultsOut, runOut, runsOut, shortlistOut } from './review.responses.js';
import { addAssignment, computeAssignment, removeAssignment, setPanel } from './assignment-commands.js';
import { decideByRun, decideOne, listResults, listRuns, matrix, progress, publish, remind, runNormalisation } from './results-commands.js';
import { panelOf } from './reviewers.service.js';
import { shortlistForRound2 } from './round2.js';
import { conflictReason } from './conflicts.js';
import { z } from 'zod';
import { rowIdParam } from '../../../kernel/dto.js';

const tags = ['showcase'];

/** The committee's side of a review: panel, assignment (optimised, then by hand), progress, normalisation, awards. */
export function reviewRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const manage = { access: { permission: 'showcase.manage' } } as const;
  const scope = (req: FastifyRequest) => showcaseScope(requireAuth(req.auth), 'showcase.manage');
  const base = '/api/v1/showcase/competitions/:id';

  app.put(`${base}/panel`, { config: manage, schema: { tags, operationId: 'showcase.setPanel', summary: '设置一轮评审的专家（评审专家与工委人员）', params: idParams, body: panelBody, response: { 200: panelOut } } }, async (req) => ({
    round: req.body.round,
    members: await setPanel(db, req, scope(req), req.params.id, req.body.round, req.body.accountIds),
  }));

  app.post(`${base}/assignments/compute`, { config: manage, schema: { tags, operationId: 'showcase.computeAssignment', summary: '计算均衡分配（最小费用流：每案 k 名专家、负载均衡、专业对口、自动回避）', params: idParams, body: computeBody, response: { 200: computeOut } } }, async (req) =>
    computeAssignment(db, req, requireAuth(req.auth), scope(req), req.params.id, req.body),
  );

  app.get(`${base}/assignments`, { config: manage, schema: { tags, operationId: 'showcase.assignmentMatrix', summary: '分配矩阵：专家负载、案例的评审专家与回避', params: idParams, querystring: matrixQuery, response: { 200: matrixOut } } }, async (req) => {
    await managedCompetition(db, scope(req), req.params.id);
    const m = await matrix(db, req.params.id, req.query);
    const panel = await panelOf(db, req.params.id, req.query.round);
    return {
      ...m,
      cases: m.cases.map((c) => ({
        submissionId: c.submissionId,
        title: c.title,
        category: c.category,
        orgName: c.orgName,
        reviewers: m.assigned.filter((a) => Number(a.submissionId) === Number(c.submissionId)).map(({ submissionId: _s, ...a }) => ({ ...a, total: a.total === null ? null : Number(a.total) })),
        conflicts: panel.flatMap((r) => {
          const reason = conflictReason(r, c.orgPath);
          return reason ? [{ accountId: r.accountId, reason }] : [];
        }),
      })),
      assigned: undefined,
    };
  });

  app.post(`${base}/assignments`, { config: manage, schema: { tags, operationId: 'showcase.addAssignment', summary: '手工分配一名专家（仍执行回避）', params: idParams, body: manualBody, response: { 201: idOut } } }, async (req, reply) =>
    reply.status(201).send({ id: await addAssignment(db, req, requireAuth(req.auth), scope(req), req.params.id, req.body) }),
  );

  app.delete(`${base}/assignments/:assignmentId`, { config: manage, schema: { tags, operationId: 'showcase.removeAssignment', summary: '撤销一份未评分的分配', params: z.object({ id: rowIdParam, assignmentId: rowIdParam }), response: { 200: idOut } } }, async (req) => {
    await removeAssignment(db, req, scope(req), req.params.id, req.params.assignmentId);
    return { id: req.params.assignmentId };
  });

  app.get(`${base}/progress`, { config: manage, schema: { tags, operationId: 'showcase.reviewProgress', summary: '评审进度（按专家）', params: idParams, querystring: roundQuery, response: { 200: progressOut } } }, async (req) => {
    await managedCompetition(db, scope(req), req.params.id);
    return progress(db, req.params.id, req.query.round);
  });

  app.post(`${base}/reminders`, { config: manage, schema: { tags, operationId: 'showcase.remindReviewers', summary: '提醒尚未完成评分的专家（站内通知）', params: idParams, body: roundQuery, response: { 200: remindOut } } }, async (req) => ({
    reminded: await remind(db, req, scope(req), req.params.id, req.body.round),
  }));

  app.post(`${base}/results`, { config: manage, schema: { tags, operationId: 'showcase.normalise', summary: '计算结果：均值、Z 分数标准化、去掉最高最低分（方法随结果记录）', params: idParams, body: normaliseBody, response: { 201: runOut } } }, async (req, reply) =>
    reply.status(201).send(await runNormalisation(db, req, requireAuth(req.auth), scope(req), req.params.id, req.body.round, req.body.method)),
  );

  app.get(`${base}/results/runs`, { config: manage, schema: { tags, operationId: 'showcase.resultRuns', summary: '历次结果计算（方法、时间）', params: idParams, response: { 200: runsOut } } }, async (req) => {
    await managedCompetition(db, scope(req), req.params.id);
    return { items: await listRuns(db, req.params.id) };
  });

  app.get(`${base}/results`, { config: manage, schema: { tags, operationId: 'showcase.results', summary: '结果：原始均分与标准化后的排名对照', params: idParams, querystring: resultsQuery, response: { 200: resultsOut } } }, async (req) => {
    await managedCompetition(db, scope(req), req.params.id);
    return listResults(db, req.params.id, req.query);
  });

  app.post(`${base}/round2`, { config: manage, schema: { tags, operationId: 'showcase.shortlistRound2', summary: '入围复评：按初评结果取前 N 名交第二轮专家组评审（初评结束，已有等次清除）', params: idParams, body: shortlistBody, response: { 200: shortlistOut } } }, async (req) =>
    shortlistForRound2(db, req, scope(req), req.params.id, req.body),
  );

  app.post(`${base}/decisions`, { config: manage, schema: { tags, operationId: 'showcase.decide', summary: '按名额评定等次（示范案例、优秀案例）', params: idParams, body: decideBody, response: { 200: decideOut } } }, async (req) =>
    decideByRun(db, req, requireAuth(req.auth), scope(req), req.params.id, req.body.runId),
  );

  app.put(`${base}/decisions/:submissionId`, { config: manage, schema: { tags, operationId: 'showcase.decideOne', summary: '手工调整一个案例的等次（须写明理由）', params: compSubmissionParams, body: manualDecisionBody, response: { 200: idOut } } }, async (req) => {
    await decideOne(db, req, requireAuth(req.auth), scope(req), req.params.id, req.params.submissionId, req.body);
    return { id: req.params.submissionId };
  });

  app.post(`${base}/publish`, { config: manage, schema: { tags, operationId: 'showcase.publish', summary: '公布获奖案例并颁发证书（带验证码）', params: idParams, response: { 200: publishOut } } }, async (req) => ({
    certificates: await publish(db, req, scope(req), req.params.id),
  }));

}
