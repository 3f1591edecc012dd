import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../module.js';
import { AppError } from '../errors.js';
import { scopeFor } from '../access/scope.js';
import { requireAuth } from '../auth/auth-context.js';
import { createOrgBody, idParams, moveOrgBody, okResponse, orgDetail, orgTreeResponse, updateOrgBody } from './org.dto.js';
import { orgDetail as readOrg, orgTree } from './org.queries.js';
import { createOrg } from './commands/create-org.js';
import { updateOrg } from './commands/update-org.js';
import { moveOrg } from './commands/move-org.js';
import { dissolveOrg } from './commands/dissolve-org.js';

const tags = ['org'];
const read = { access: { permission: 'org.read' } };
// Org changes alter names and paths in member lists and in callers' scopes.
const write = { access: { permission: 'org.write' }, invalidates: ['people', 'sessions'] } as const;

export function orgRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const scope = (req: FastifyRequest, permission: 'org.read' | 'org.write') => scopeFor(requireAuth(req.auth), permission);
  const present = async (req: FastifyRequest, id: number) => {
    const org = await readOrg(db, id, scope(req, 'org.read'));
    if (!org) throw new AppError('not_found');
    return org;
  };

  app.get('/api/v1/orgs/tree', { config: read, schema: { tags, summary: '组织树 Organisation tree', response: { 200: orgTreeResponse } } }, async (req) =>
    orgTree(db, scope(req, 'org.read')),
  );

  app.get('/api/v1/orgs/:id', { config: read, schema: { tags, summary: '组织详情 Organisation', params: idParams, response: { 200: orgDetail } } }, async (req) =>
    present(req, req.params.id),
  );

  app.post(
    '/api/v1/orgs',
    { config: write, schema: { tags, summary: '新建组织 Create organisation', body: createOrgBody, response: { 201: orgDetail } } },
    async (req, reply) => {
      const id = await createOrg(db, req, scope(req, 'org.write'), req.body);
      return reply.status(201).send(await present(req, id));
    },
  );

  app.patch(
    '/api/v1/orgs/:id',
    { config: write, schema: { tags, summary: '修改组织 Rename organisation', params: idParams, body: updateOrgBody, response: { 200: orgDetail } } },
    async (req) => {
      await updateOrg(db, req, scope(req, 'org.write'), req.params.id, req.body);
      return present(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/orgs/:id/move',
    { config: write, schema: { tags, summary: '移动组织 Move organisation', params: idParams, body: moveOrgBody, response: { 200: orgDetail } } },
    async (req) => {
      await moveOrg(db, req, scope(req, 'org.write'), req.params.id, req.body.parentId);
      return present(req, req.params.id);
    },
  );

  app.delete(
    '/api/v1/orgs/:id',
    { config: write, schema: { tags, summary: '撤销组织 Dissolve organisation', params: idParams, response: { 200: okResponse } } },
    async (req) => {
      await dissolveOrg(db, req, scope(req, 'org.write'), req.params.id);
      return { ok: true };
    },
  );
}
