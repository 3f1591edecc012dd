import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows, type Db } from '../../kernel/db/client.js';
import { requireAuth, type AuthContext } from '../../kernel/auth/auth-context.js';
import { inScope, pathInScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import { activityBriefs } from '../activities/index.js';
import { assignBody, assignParams, completionQuery, idParams, libraryQuery, linkParams, unfinishedQuery } from './content.dto.js';
import { assignmentsOut, completionOut, libraryPage, linkedActivitiesOut, unfinishedPage } from './content.responses.js';
import { assignmentsOf, library, manageableInScope, readingCompletion, unfinishedReaders, type OrgRef } from './required-reading.queries.js';
import { assignReading, unassignReading } from './commands/assign-reading.js';
import { linkActivity, unlinkActivity } from './commands/link-activity.js';

const tags = ['content'];
const access = { permission: 'content.assign' };
const scopeOf = (auth: AuthContext | null) => scopeFor(requireAuth(auth), 'content.assign');

/** A published item the caller may assign (owned in scope or published to it); else 404. */
async function manageable(db: Db, scope: Scope, id: number) {
  const [item] = await rows<{ id: number }>(db, sql`SELECT c.id FROM content_items c WHERE c.id = ${id} AND c.status = 'published' AND ${manageableInScope(scope)}`);
  if (!item) throw new AppError('not_found');
}

/** The organisation asked for (default: the caller's first scope root), inside the scope; else 404. */
async function orgOf(db: Db, scope: Scope, orgId: number | undefined): Promise<OrgRef> {
  const where = orgId ? sql`o.id = ${orgId} AND ${inScope(sql`o.path`, scope)}` : sql`o.path = ${scope.paths[0] ?? ''}`;
  const [org] = await rows<OrgRef>(db, sql`SELECT o.id, o.name, o.path FROM orgs o WHERE ${where} ORDER BY o.path LIMIT 1`);
  if (!org) throw new AppError('not_found');
  return org;
}

/** Linked activities of an item that are organised in the caller's scope. */
async function linkedActivities(db: Db, scope: Scope, itemId: number) {
  const links = await rows<{ activityId: number; linkedAt: string }>(db, sql`SELECT activity_id AS "activityId", linked_at AS "linkedAt" FROM content_activity_links WHERE item_id = ${itemId} ORDER BY linked_at, activity_id`);
  const briefs = new Map((await activityBriefs(db, links.map((l) => l.activityId))).map((a) => [a.id, a]));
  return {
    items: links.flatMap((l) => {
      const a = briefs.get(l.activityId);
      return a && pathInScope(a.orgPath, scope)
        ? [{ activityId: a.id, title: a.title, typeCode: a.typeCode, orgId: a.orgId, startsAt: a.startsAt, endsAt: a.endsAt, status: a.status, linkedAt: l.linkedAt }]
        : [];
    }),
  };
}

/** Admins: the warning-case library, required reading per organisation with completion, and the activities that use a case. */
export function requiredReadingRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const cfg = { config: { access } };

  app.get('/api/v1/content/library', { ...cfg, schema: { tags, summary: '警示案例库（可指定必读的内容及其完成情况）', querystring: libraryQuery, response: { 200: libraryPage } } }, async (req) =>
    library(db, scopeOf(req.auth), req.query),
  );

  app.get('/api/v1/content/:id/assignments', { ...cfg, schema: { tags, summary: '必读指定情况（本范围内各组织）', params: idParams, response: { 200: assignmentsOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await manageable(db, scope, req.params.id);
    return assignmentsOf(db, scope, req.params.id);
  });

  app.put('/api/v1/content/:id/assignments/:orgId', { ...cfg, schema: { tags, summary: '指定为组织的必读（再次指定则修改截止日期）', params: assignParams, body: assignBody, response: { 200: assignmentsOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await assignReading(db, req, scope, req.params.id, req.params.orgId, req.body.deadline);
    return assignmentsOf(db, scope, req.params.id);
  });

  app.delete('/api/v1/content/:id/assignments/:orgId', { ...cfg, schema: { tags, summary: '取消必读指定', params: assignParams, response: { 200: assignmentsOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await unassignReading(db, req, scope, req.params.id, req.params.orgId);
    return assignmentsOf(db, scope, req.params.id);
  });

  app.get('/api/v1/content/:id/completion', { ...cfg, schema: { tags, summary: '必读完成率：本组织及各下级组织', params: idParams, querystring: completionQuery, response: { 200: completionOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await manageable(db, scope, req.params.id);
    return readingCompletion(db, scope, req.params.id, await orgOf(db, scope, req.query.orgId));
  });

  app.get('/api/v1/content/:id/unfinished', { ...cfg, schema: { tags, summary: '尚未完成必读的人员', params: idParams, querystring: unfinishedQuery, response: { 200: unfinishedPage } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await manageable(db, scope, req.params.id);
    return unfinishedReaders(db, scope, req.params.id, await orgOf(db, scope, req.query.orgId), req.query);
  });

  app.get('/api/v1/content/:id/activities', { ...cfg, schema: { tags, summary: '使用该案例的清廉话剧、清廉书场等活动', params: idParams, response: { 200: linkedActivitiesOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await manageable(db, scope, req.params.id);
    return linkedActivities(db, scope, req.params.id);
  });

  app.put('/api/v1/content/:id/activities/:activityId', { ...cfg, schema: { tags, summary: '关联活动（清廉话剧、清廉书场）与所用案例', params: linkParams, response: { 200: linkedActivitiesOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await linkActivity(db, req, scope, req.params.id, req.params.activityId);
    return linkedActivities(db, scope, req.params.id);
  });

  app.delete('/api/v1/content/:id/activities/:activityId', { ...cfg, schema: { tags, summary: '取消活动与案例的关联', params: linkParams, response: { 200: linkedActivitiesOut } } }, async (req) => {
    const scope = scopeOf(req.auth);
    await unlinkActivity(db, req, scope, req.params.id, req.params.activityId);
    return linkedActivities(db, scope, req.params.id);
  });
}
