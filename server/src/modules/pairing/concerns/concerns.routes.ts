import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { rateAsSubmitter } from '../../demands/index.js';
import { myPair, pairingScope, personOf } from '../pairing.access.js';
import { entrepreneurOfAccount } from '../entrepreneurs/entrepreneurs.queries.js';
import { concernBody, concernListQuery, demandParams, myConcernsQuery, pairParams, ratingBody } from './concerns.dto.js';
import { cadresConcerns, concernByDemand, entrepreneursConcerns, listConcerns, ownConcern } from './concerns.queries.js';
import { concernBoard, concernOut, concernPage } from './concerns.responses.js';
import { raiseConcern } from './raise-concern.js';

const tags = ['pairing'];

/** 急难愁盼: raised by the entrepreneur or their cadre, run by the demands workflow, followed and rated here. */
export function concernsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const entrepreneur = { access: { permission: 'pairing.entrepreneur' } } as const;
  const cadre = { access: { permission: 'pairing.cadre' } } as const;

  app.post('/api/v1/me/concerns', { config: entrepreneur, schema: { tags, summary: '企业家提出急难愁盼诉求（转青诉即办派单办理）', body: concernBody, response: { 201: concernOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const e = await entrepreneurOfAccount(db, auth.accountId);
    if (!e || e.status !== 'approved') throw new AppError('not_found', { message: 'this account is not linked to an approved entrepreneur' });
    const demand = await raiseConcern(db, req, auth, { entrepreneurId: e.id, raisedAs: 'entrepreneur' }, req.body);
    return reply.status(201).send(await concernByDemand(db, Number(demand.id)));
  });

  app.get('/api/v1/me/concerns', { config: entrepreneur, schema: { tags, summary: '我的急难愁盼诉求：办理状态、时限与答复', querystring: myConcernsQuery, response: { 200: concernPage } } }, async (req) =>
    entrepreneursConcerns(db, requireAuth(req.auth).accountId, req.query),
  );

  app.post(
    '/api/v1/me/concerns/:demandId/rating',
    { config: entrepreneur, schema: { tags, summary: '评价答复（不满意则重新办理）', params: demandParams, body: ratingBody, response: { 200: concernOut } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      await ownConcern(db, auth.accountId, req.params.demandId);
      await rateAsSubmitter(db, req, auth, req.params.demandId, req.body.result, req.body.comment);
      return concernByDemand(db, req.params.demandId);
    },
  );

  app.post(
    '/api/v1/me/pairs/:id/concerns',
    { config: cadre, schema: { tags, summary: '结对干部代企业家提出急难愁盼诉求', params: pairParams, body: concernBody, response: { 201: concernOut } } },
    async (req, reply) => {
      const auth = requireAuth(req.auth);
      const pair = await myPair(db, auth, req.params.id);
      if (pair.endedAt) throw new AppError('invalid_transition', { reason: 'the pair has ended' });
      const demand = await raiseConcern(db, req, auth, { entrepreneurId: pair.entrepreneurId, raisedAs: 'cadre' }, req.body);
      return reply.status(201).send(await concernByDemand(db, Number(demand.id)));
    },
  );

  app.get('/api/v1/me/followed-concerns', { config: cadre, schema: { tags, summary: '我结对企业家的急难愁盼诉求', querystring: myConcernsQuery, response: { 200: concernPage } } }, async (req) =>
    cadresConcerns(db, personOf(requireAuth(req.auth)), req.query),
  );

  app.get(
    '/api/v1/pairing/concerns',
    { config: { access: { permission: 'pairing.read' } }, schema: { tags, summary: '急难愁盼诉求台账（本组织负责的企业家），按分类、行业、状态统计', querystring: concernListQuery, response: { 200: concernBoard } } },
    async (req) => listConcerns(db, pairingScope(requireAuth(req.auth), 'pairing.read'), req.query),
  );
}
