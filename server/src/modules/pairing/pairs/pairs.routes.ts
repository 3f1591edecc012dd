import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { pairingScope, type PairingPermission } from '../pairing.access.js';
import { contactListQuery, createPairBody, endPairBody, idParams, pairListQuery } from './pairs.dto.js';
import { listContacts, listPairs, pairById, pairInScopeById } from './pairs.queries.js';
import { createPair, endPair } from './pair-commands.js';
import { contactPage, pairOut, pairPage } from './pairs.responses.js';

const tags = ['pairing'];

/** Pairing management by organisation admins: list, pair (or hand over), end, read a pair's contact log. */
export function pairsRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'pairing.read' } } as const;
  const manage = { access: { permission: 'pairing.manage' } } as const;
  const scope = (req: FastifyRequest, permission: PairingPermission) => pairingScope(requireAuth(req.auth), permission);

  app.get('/api/v1/pairing/pairs', { config: read, schema: { tags, summary: '结对列表（在结对与历史；搜索、筛选、分页）', querystring: pairListQuery, response: { 200: pairPage } } }, async (req) => {
    const s = scope(req, 'pairing.read');
    const orgPath = req.query.orgId ? (await assertOrgsInScope(db, s, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId)! : null;
    return listPairs(db, s, req.query, orgPath);
  });

  app.post(
    '/api/v1/pairing/pairs',
    { config: manage, schema: { tags, summary: '结对：青年干部（本组织）与青年企业家“1+1”；企业家同一时间只有一名结对干部', body: createPairBody, response: { 201: pairOut } } },
    async (req, reply) => {
      const r = await createPair(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.body);
      if (r.ended) await events.publish('pairing.pair_changed', { pairId: r.ended.id, entrepreneurId: r.entrepreneurId, cadrePersonId: r.ended.cadrePersonId, change: 'ended' });
      await events.publish('pairing.pair_changed', { pairId: r.id, entrepreneurId: r.entrepreneurId, cadrePersonId: r.cadrePersonId, change: 'started' });
      return reply.status(201).send(await pairById(db, r.id));
    },
  );

  app.post('/api/v1/pairing/pairs/:id/end', { config: manage, schema: { tags, operationId: 'pairing.endPair', summary: '结束结对（保留历史，须写明原因）', params: idParams, body: endPairBody, response: { 200: pairOut } } }, async (req) => {
    const p = await endPair(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.params.id, req.body.reason);
    await events.publish('pairing.pair_changed', { pairId: p.id, entrepreneurId: p.entrepreneurId, cadrePersonId: p.cadrePersonId, change: 'ended' });
    return pairById(db, p.id);
  });

  app.get('/api/v1/pairing/pairs/:id/contacts', { config: read, schema: { tags, summary: '结对的联系记录', params: idParams, querystring: contactListQuery, response: { 200: contactPage } } }, async (req) => {
    if (!(await pairInScopeById(db, scope(req, 'pairing.read'), req.params.id))) throw new AppError('not_found');
    return listContacts(db, req.params.id, req.query);
  });
}
