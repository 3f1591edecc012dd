import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { rows } from '../../../kernel/db/client.js';
import { canViewSquad, squadScope } from '../squads.access.js';
import { membersOf } from '../members/members.queries.js';
import { youngMaxAge } from '../members/young-cadre.js';
import { createSquadBody, disbandSquadBody, idParams, mergeSquadBody, squadFilters, squadListQuery, updateSquadBody } from './squads.dto.js';
import { allSquads, getSquad, innovationSummaries, listSquads, squadFields, taskSummaries } from './squads.queries.js';
import { createSquad, disbandSquad, mergeSquad, updateSquad } from './squad-commands.js';
import { squadsWorkbook } from './squads-export.js';
import { mergeResultOut, squadFieldsOut, squadOut, squadPage, squadProfileOut } from './squads.responses.js';
import { sql } from 'drizzle-orm';

const tags = ['squads'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The squads themselves: list, profile, create, update, merge, disband, export (organisers, subtree of the supervising org). */
export function squadsRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'squads.read' } } as const;
  const write = { access: { permission: 'squads.write' } } as const;

  /** The organisation filter must be in scope (404 like an unknown one). */
  const filterPath = async (scope: Scope, orgId: number | undefined) => (orgId ? (await assertOrgsInScope(db, scope, [{ field: 'orgId', id: orgId }])).get(orgId)! : null);

  async function profile(auth: AuthContext, id: number) {
    if (!(await canViewSquad(db, auth, id))) throw new AppError('not_found');
    const squad = await getSquad(db, id);
    if (!squad) throw new AppError('not_found');
    const [all, tasks, innovations, limit] = await Promise.all([
      membersOf(db, id),
      taskSummaries(db, [id]),
      innovationSummaries(db, [id]),
      youngMaxAge(db, shanghaiDay(new Date())),
    ]);
    const [mergedInto] = squad.mergedIntoId ? await rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM squads WHERE id = ${squad.mergedIntoId}`) : [];
    const [{ path }] = await rows<{ path: string }>(db, sql`SELECT org_path AS path FROM squads WHERE id = ${id}`);
    return {
      squad,
      mergedInto: mergedInto ?? null,
      members: all.filter((m) => m.status === 'active'),
      proposals: all.filter((m) => m.status === 'proposed'),
      history: all,
      tasks: tasks.get(id)!,
      innovations: innovations.get(id)!,
      youngMaxAge: limit,
      canWrite: pathInScope(path, squadScope(auth, 'squads.write')),
    };
  }

  app.get('/api/v1/squads', { config: read, schema: { tags, summary: '尖刀班列表（搜索、按组织/领域/状态筛选、分页、排序）', querystring: squadListQuery, response: { 200: squadPage } } }, async (req) => {
    const scope = squadScope(requireAuth(req.auth), 'squads.read');
    return listSquads(db, scope, req.query, await filterPath(scope, req.query.orgId));
  });

  app.get('/api/v1/squads/fields', { config: read, schema: { tags, summary: '本组织尖刀班的攻坚领域（筛选用）', response: { 200: squadFieldsOut } } }, async (req) => ({
    items: await squadFields(db, squadScope(requireAuth(req.auth), 'squads.read')),
  }));

  app.get('/api/v1/squads/export.xlsx', { config: read, schema: { tags, summary: '导出尖刀班名单（Excel，按当前筛选）', querystring: squadFilters, response: { 200: fileOut(XLSX, '尖刀班名单 · the squads workbook') } } }, async (req, reply) => {
    const scope = squadScope(requireAuth(req.auth), 'squads.read');
    const orgPath = await filterPath(scope, req.query.orgId);
    const items = await allSquads(db, scope, req.query, orgPath);
    const ids = items.map((s) => s.id);
    const [tasks, innovations] = await Promise.all([taskSummaries(db, ids), innovationSummaries(db, ids)]);
    const summaries = new Map(ids.map((id) => [id, { tasks: tasks.get(id)!.total, accepted: tasks.get(id)!.accepted, onTime: tasks.get(id)!.onTime, innovationsAccepted: innovations.get(id)!.accepted }]));
    const buffer = await squadsWorkbook(items, summaries);
    await audit(db, req, { action: 'squads.export', entity: 'squad', orgId: req.query.orgId ?? null, orgPath, summary: `${items.length} squads`, after: req.query });
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('青年尖刀班名单.xlsx')}`).send(buffer);
  });

  app.post('/api/v1/squads', { config: write, schema: { tags, summary: '组建尖刀班', body: createSquadBody, response: { 201: squadOut } } }, async (req, reply) => {
    const id = await createSquad(db, req, squadScope(requireAuth(req.auth), 'squads.write'), req.body);
    await events.publish('squads.squad_changed', { squadId: id, change: 'created' });
    if (req.body.leaderPersonId) await events.publish('squads.membership_changed', { squadId: id, personId: req.body.leaderPersonId, change: 'joined' });
    return reply.status(201).send((await getSquad(db, id))!);
  });

  app.get('/api/v1/squads/:id', { config: read, schema: { tags, summary: '尖刀班档案（成员及进出记录、任务与创新概况）', params: idParams, response: { 200: squadProfileOut } } }, async (req) => {
    return profile(requireAuth(req.auth), req.params.id);
  });

  app.patch('/api/v1/squads/:id', { config: write, schema: { tags, summary: '修改尖刀班信息', params: idParams, body: updateSquadBody, response: { 200: squadOut } } }, async (req) => {
    await updateSquad(db, req, squadScope(requireAuth(req.auth), 'squads.write'), req.params.id, req.body);
    await events.publish('squads.squad_changed', { squadId: req.params.id, change: 'updated' });
    return (await getSquad(db, req.params.id))!;
  });

  app.post('/api/v1/squads/:id/merge', { config: write, schema: { tags, summary: '合并尖刀班（本队在队队员离队，可转入目标队）', params: idParams, body: mergeSquadBody, response: { 200: mergeResultOut } } }, async (req) => {
    const r = await mergeSquad(db, req, squadScope(requireAuth(req.auth), 'squads.write'), req.params.id, req.body);
    await events.publish('squads.squad_changed', { squadId: req.params.id, change: 'merged' });
    for (const c of r.closed) await events.publish('squads.membership_changed', { squadId: req.params.id, personId: c.personId, change: 'left' });
    for (const p of r.moved) await events.publish('squads.membership_changed', { squadId: r.target.id, personId: p, change: 'joined' });
    return { squad: (await getSquad(db, req.params.id))!, moved: r.moved, notMoved: r.notMoved };
  });

  app.post('/api/v1/squads/:id/disband', { config: write, schema: { tags, summary: '撤销尖刀班（在队队员全部离队）', params: idParams, body: disbandSquadBody, response: { 200: squadOut } } }, async (req) => {
    const closed = await disbandSquad(db, req, squadScope(requireAuth(req.auth), 'squads.write'), req.params.id, req.body.reason);
    await events.publish('squads.squad_changed', { squadId: req.params.id, change: 'disbanded' });
    for (const c of closed) await events.publish('squads.membership_changed', { squadId: req.params.id, personId: c.personId, change: 'left' });
    return (await getSquad(db, req.params.id))!;
  });
}
