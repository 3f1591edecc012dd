import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { pairingScope, type PairingPermission } from '../pairing.access.js';
import { approveBody, entrepreneurListQuery, idParams, registerEntrepreneurBody, rejectBody, updateEntrepreneurBody } from './entrepreneurs.dto.js';
import { entrepreneurInScopeById, listEntrepreneurs, presentEntrepreneur } from './entrepreneurs.queries.js';
import { approveEntrepreneur, registerEntrepreneur, rejectEntrepreneur, updateEntrepreneur } from './entrepreneur-commands.js';
import { entrepreneurOut, entrepreneurPage, reviewedOut } from './entrepreneurs.responses.js';

const tags = ['pairing'];

/** The entrepreneur directory, review queue and the audited full read (admins, subtree). */
export function entrepreneursRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'pairing.read' } } as const;
  const manage = { access: { permission: 'pairing.manage' } } as const;
  const scope = (req: FastifyRequest, permission: PairingPermission) => pairingScope(requireAuth(req.auth), permission);
  const found = async (req: FastifyRequest, id: number, permission: PairingPermission) => {
    const e = await entrepreneurInScopeById(db, scope(req, permission), id);
    if (!e) throw new AppError('not_found');
    return e;
  };

  app.get(
    '/api/v1/pairing/entrepreneurs',
    { config: read, schema: { tags, summary: '青年企业家名录与待审核登记（手机号脱敏；搜索、筛选、分页）', querystring: entrepreneurListQuery, response: { 200: entrepreneurPage } } },
    async (req) => {
      const s = scope(req, 'pairing.read');
      const orgPath = req.query.orgId ? (await assertOrgsInScope(db, s, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId)! : null;
      return listEntrepreneurs(db, s, req.query, orgPath);
    },
  );

  app.post(
    '/api/v1/pairing/entrepreneurs',
    { config: manage, schema: { tags, summary: '工作人员登记青年企业家（直接通过并开设企业家账号）', body: registerEntrepreneurBody, response: { 201: reviewedOut } } },
    async (req, reply) => {
      const { id, account } = await registerEntrepreneur(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.body);
      await events.publish('pairing.entrepreneur_changed', { entrepreneurId: id, change: 'registered' });
      return reply.status(201).send({ entrepreneur: presentEntrepreneur(await found(req, id, 'pairing.manage'), true), account });
    },
  );

  app.get('/api/v1/pairing/entrepreneurs/:id', { config: read, schema: { tags, summary: '青年企业家（脱敏）', params: idParams, response: { 200: entrepreneurOut } } }, async (req) =>
    presentEntrepreneur(await found(req, req.params.id, 'pairing.read'), true),
  );

  app.get(
    '/api/v1/pairing/entrepreneurs/:id/full',
    { config: { access: { permission: 'pairing.read_full' } }, schema: { tags, operationId: 'pairing.getEntrepreneurFull', summary: '青年企业家完整信息（留痕）', params: idParams, response: { 200: entrepreneurOut } } },
    async (req) => {
      const e = await found(req, req.params.id, 'pairing.read_full');
      await audit(db, req, { action: 'pairing.entrepreneur_read_full', entity: 'pairing_entrepreneur', entityId: e.id, orgId: e.orgId, orgPath: e.orgPath, summary: e.name });
      return presentEntrepreneur(e, false);
    },
  );

  app.patch(
    '/api/v1/pairing/entrepreneurs/:id',
    { config: manage, schema: { tags, summary: '修改青年企业家信息或负责组织', params: idParams, body: updateEntrepreneurBody, response: { 200: entrepreneurOut } } },
    async (req) => {
      await updateEntrepreneur(db, req, scope(req, 'pairing.manage'), req.params.id, req.body);
      await events.publish('pairing.entrepreneur_changed', { entrepreneurId: req.params.id, change: 'updated' });
      return presentEntrepreneur(await found(req, req.params.id, 'pairing.manage'), true);
    },
  );

  app.post(
    '/api/v1/pairing/entrepreneurs/:id/approve',
    { config: manage, schema: { tags, summary: '审核通过自主登记，开设企业家账号（初始密码仅显示一次）', params: idParams, body: approveBody, response: { 200: reviewedOut } } },
    async (req) => {
      const account = await approveEntrepreneur(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.params.id, req.body);
      await events.publish('pairing.entrepreneur_changed', { entrepreneurId: req.params.id, change: 'approved' });
      return { entrepreneur: presentEntrepreneur(await found(req, req.params.id, 'pairing.manage'), true), account };
    },
  );

  app.post(
    '/api/v1/pairing/entrepreneurs/:id/reject',
    { config: manage, schema: { tags, summary: '退回自主登记（须写明原因）', params: idParams, body: rejectBody, response: { 200: reviewedOut } } },
    async (req) => {
      await rejectEntrepreneur(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.params.id, req.body.reason);
      await events.publish('pairing.entrepreneur_changed', { entrepreneurId: req.params.id, change: 'rejected' });
      return { entrepreneur: presentEntrepreneur(await found(req, req.params.id, 'pairing.manage'), true), account: null };
    },
  );
}
