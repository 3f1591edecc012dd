import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { manageScope } from '../assessment.access.js';
import { systemCreateBody, systemDraftBody, systemListQuery, systemParams, versionParams } from './systems.dto.js';
import { systemListOut, systemOut, versionOut } from './systems.responses.js';
import { createSystem, publishSystem, saveDraft } from './systems.commands.js';
import { listSystems, systemDetail, versionOf } from './systems.queries.js';

const tags = ['assessment'];
const manage = { access: { permission: 'assessment.manage' } } as const;

/** Indicator systems: the tree editor's draft, publishing frozen versions, reading a version with its leaves. */
export function systemsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const base = '/api/v1/assessment/systems';
  const scopeOf = (auth: Parameters<typeof requireAuth>[0]) => manageScope(requireAuth(auth));

  app.get(base, { config: manage, schema: { tags, summary: '指标体系列表（本组织及上级所有）', querystring: systemListQuery, response: { 200: systemListOut } } }, async (req) => ({
    items: await listSystems(db, scopeOf(req.auth), req.query.targetKind),
  }));

  app.post(base, { config: manage, schema: { tags, summary: '新建指标体系（草稿）', body: systemCreateBody, response: { 201: systemOut } } }, async (req, reply) => {
    const scope = scopeOf(req.auth);
    const id = await createSystem(ctx, req, scope, req.body);
    return reply.status(201).send(await systemDetail(db, scope, id));
  });

  app.get(`${base}/:id`, { config: manage, schema: { tags, summary: '指标体系（草稿与已发布版本）', params: systemParams, response: { 200: systemOut } } }, async (req) =>
    systemDetail(db, scopeOf(req.auth), req.params.id),
  );

  app.put(`${base}/:id/draft`, { config: manage, schema: { tags, summary: '编辑指标体系草稿（已发布的版本不变）', params: systemParams, body: systemDraftBody, response: { 200: systemOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await saveDraft(ctx, req, scope, req.params.id, req.body);
    return systemDetail(db, scope, req.params.id);
  });

  app.post(`${base}/:id/publish`, { config: manage, schema: { tags, summary: '发布草稿为新版本（冻结）', params: systemParams, response: { 200: versionOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    const version = await publishSystem(ctx, req, scope, req.params.id);
    return versionOf(db, scope, req.params.id, version);
  });

  app.get(`${base}/:id/versions/:version`, { config: manage, schema: { tags, summary: '已发布版本（冻结的指标树与末级指标）', params: versionParams, response: { 200: versionOut } } }, async (req) =>
    versionOf(db, scopeOf(req.auth), req.params.id, req.params.version),
  );
}
