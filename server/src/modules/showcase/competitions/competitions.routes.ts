import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { managedCompetition, showcaseScope, type ShowcasePermission } from '../showcase.access.js';
import { competitionBody, competitionListQuery, competitionPatch, idParams, statusBody } from './competitions.dto.js';
import { competitionOut, competitionPage } from './competitions.responses.js';
import { competitionOutById, createCompetition, listCompetitions, managerReach, moveCompetition, submitterReach, updateCompetition } from './competition-commands.js';

const tags = ['showcase'];

/** Calls for cases: the committee creates, edits, opens and closes them; organisations see the ones they may enter. */
export function competitionsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const manage = { access: { permission: 'showcase.manage' } } as const;
  const submit = { access: { permission: 'showcase.submit' } } as const;
  const scope = (req: FastifyRequest, p: ShowcasePermission) => showcaseScope(requireAuth(req.auth), p);

  app.get('/api/v1/showcase/competitions', { config: manage, schema: { tags, operationId: 'showcase.listCompetitions', summary: '创新案例评选列表（管理）', querystring: competitionListQuery, response: { 200: competitionPage } } }, async (req) =>
    listCompetitions(db, managerReach(scope(req, 'showcase.manage')), req.query),
  );

  app.post('/api/v1/showcase/competitions', { config: manage, schema: { tags, operationId: 'showcase.createCompetition', summary: '发布案例征集：主题、截止时间、类别、申报表（必填部分与字数）、评分细则、申报范围', body: competitionBody, response: { 201: competitionOut } } }, async (req, reply) => {
    const id = await createCompetition(db, req, requireAuth(req.auth), scope(req, 'showcase.manage'), req.body);
    return reply.status(201).send(await competitionOutById(db, id));
  });

  app.get('/api/v1/showcase/competitions/:id', { config: manage, schema: { tags, operationId: 'showcase.getCompetition', summary: '案例评选详情（管理）', params: idParams, response: { 200: competitionOut } } }, async (req) => {
    await managedCompetition(db, scope(req, 'showcase.manage'), req.params.id);
    return competitionOutById(db, req.params.id);
  });

  app.patch('/api/v1/showcase/competitions/:id', { config: manage, schema: { tags, operationId: 'showcase.updateCompetition', summary: '修改案例征集（有案例提交后申报表与类别冻结，评审开始后评分细则冻结）', params: idParams, body: competitionPatch, response: { 200: competitionOut } } }, async (req) => {
    await updateCompetition(db, req, scope(req, 'showcase.manage'), req.params.id, req.body);
    return competitionOutById(db, req.params.id);
  });

  app.post('/api/v1/showcase/competitions/:id/status', { config: manage, schema: { tags, operationId: 'showcase.moveCompetition', summary: '开始征集 / 截止征集进入评审', params: idParams, body: statusBody, response: { 200: competitionOut } } }, async (req) => {
    await moveCompetition(db, req, scope(req, 'showcase.manage'), req.params.id, req.body.to);
    return competitionOutById(db, req.params.id);
  });

  app.get('/api/v1/showcase/calls', { config: submit, schema: { tags, operationId: 'showcase.listCalls', summary: '本单位可申报的案例征集（进行中及已结束）', querystring: competitionListQuery, response: { 200: competitionPage } } }, async (req) =>
    listCompetitions(db, submitterReach(scope(req, 'showcase.submit')), req.query),
  );

}
