import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { audit, diff } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { scopeFor } from '../../kernel/access/scope.js';
import { assertPeopleInScope } from '../../kernel/org/referenced-ids.js';
import { createActivityBody, idParams, listQuery, manualCheckinBody, organiserCheckoutBody, updateActivityBody } from './activities.dto.js';
import { attendanceList, getManaged, getVisible, listManaged, signupList, typesAndCategories } from './activities.queries.js';
import { createActivity } from './commands/create-activity.js';
import { checkIn, checkOut, stillPresent } from './commands/check-in.js';
import { issueToken } from './checkin-token.js';
import { attendanceWorkbook } from './attendance-export.js';
import { publishAttendance, publishCheckedOut } from './activities.publish.js';
import { fileOut } from '../../kernel/openapi/responses.js';
import { activityPage, managedActivityOut, attendanceListOut, checkinResultOut, checkinTokenOut, organiserCheckoutOut, signupListOut, typesAndCategoriesOut } from './activities.responses.js';

const tags = ['activities'];

/** Organisers' side: create and manage activities, the QR screen, attendance. */
export function activitiesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  // Reading: own activities and those above reaching the caller's people; anything else (changing, the QR screen,
  // check-in) only their own: an activity organised above is read-only (403).
  const managed = async (req: { auth: unknown }, id: number, permission = 'activities.read') => {
    const scope = scopeFor(requireAuth(req.auth as never), permission);
    const a = permission === 'activities.read' ? await getVisible(db, scope, id) : await getManaged(db, scope, id);
    if (a) return a;
    if (await getVisible(db, scopeFor(requireAuth(req.auth as never), 'activities.read'), id)) throw new AppError('forbidden', { reason: 'an activity organised above is read-only here' });
    throw new AppError('not_found');
  };
  /** The people filter of a visible activity's lists: the caller's own people when it is organised above. */
  const listScope = (req: { auth: unknown }, a: { origin: string }) => (a.origin === 'own' ? null : scopeFor(requireAuth(req.auth as never), 'activities.read'));

  app.get('/api/v1/activity-types', { config: { access: 'session' }, schema: { tags, summary: '活动类型与类别', response: { 200: typesAndCategoriesOut } } }, async () => typesAndCategories(db));

  app.get('/api/v1/activities', { config: { access: { permission: 'activities.read' } }, schema: { tags, summary: '活动列表（组织者）', querystring: listQuery, response: { 200: activityPage } } }, async (req) =>
    listManaged(db, scopeFor(requireAuth(req.auth), 'activities.read'), req.query),
  );

  app.post('/api/v1/activities', { config: { access: { permission: 'activities.write' } }, schema: { tags, summary: '发布活动', body: createActivityBody, response: { 201: managedActivityOut } } }, async (req, reply) => {
    const id = await createActivity(db, req, scopeFor(requireAuth(req.auth), 'activities.write'), req.body);
    return reply.status(201).send(await getManaged(db, scopeFor(requireAuth(req.auth), 'activities.read'), id));
  });

  app.get('/api/v1/activities/:id', { config: { access: { permission: 'activities.read' } }, schema: { tags, summary: '活动详情', params: idParams, response: { 200: managedActivityOut } } }, async (req) => managed(req, req.params.id));

  app.patch('/api/v1/activities/:id', { config: { access: { permission: 'activities.write' } }, schema: { tags, summary: '修改或取消活动', params: idParams, body: updateActivityBody, response: { 200: managedActivityOut } } }, async (req) => {
    const before = await managed(req, req.params.id, 'activities.write');
    const b = req.body;
    await transaction(db, async (tx) => {
      if (b.capacity !== undefined && b.capacity !== null && b.capacity < (before.confirmedCount as number)) {
        throw new AppError('validation_failed', [{ field: 'capacity', message: 'capacity below confirmed sign-ups' }]);
      }
      await tx.execute(sql`UPDATE activities SET title = coalesce(${b.title ?? null}, title), description = coalesce(${b.description ?? null}, description),
        venue = coalesce(${b.venue ?? null}, venue), status = coalesce(${b.status ?? null}, status), summary = coalesce(${b.summary ?? null}, summary),
        capacity = ${b.capacity === undefined ? sql`capacity` : b.capacity} WHERE id = ${req.params.id}`);
      const d = diff(before as Record<string, unknown>, b as Record<string, unknown>);
      await audit(tx, req, { action: 'activities.update', entity: 'activity', entityId: req.params.id, orgId: before.orgId as number, summary: String(before.title), ...d });
    });
    return managed(req, req.params.id);
  });

  app.get('/api/v1/activities/:id/checkin-token', { config: { access: { permission: 'activities.checkin' } }, schema: { tags, summary: '签到二维码（每30秒轮换）', params: idParams, response: { 200: checkinTokenOut } } }, async (req) => {
    await managed(req, req.params.id, 'activities.checkin');
    const [a] = await rows<{ checkin_secret: string }>(db, sql`SELECT checkin_secret FROM activities WHERE id = ${req.params.id}`);
    return issueToken(req.params.id, a.checkin_secret);
  });

  app.post('/api/v1/activities/:id/attendance', { config: { access: { permission: 'activities.checkin' } }, schema: { tags, summary: '手工签到', params: idParams, body: manualCheckinBody, response: { 200: checkinResultOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await managed(req, req.params.id, 'activities.checkin');
    // Only people of the organiser's own scope; anyone else is as unknown as a missing id.
    const pathOf = await assertPeopleInScope(db, scopeFor(auth, 'activities.checkin'), [{ field: 'personId', id: req.body.personId }]);
    const result = await checkIn(db, req.params.id, { personId: req.body.personId, orgPath: pathOf.get(req.body.personId)!, roles: ['member'] }, { manualBy: auth.accountId });
    if (result.created) {
      await audit(db, req, { action: 'activities.manual_checkin', entity: 'activity', entityId: req.params.id, summary: `person ${req.body.personId}` });
      await publishAttendance(ctx, req.params.id, req.body.personId);
    }
    return result;
  });

  app.post('/api/v1/activities/:id/checkout', { config: { access: { permission: 'activities.checkin' } }, schema: { tags, summary: '组织方签退（指定人员或全部在场人员；之后记录服务时长）', params: idParams, body: organiserCheckoutBody, response: { 200: organiserCheckoutOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const a = await managed(req, req.params.id, 'activities.checkin');
    const personIds = req.body.personIds ? [...new Set(req.body.personIds)] : await stillPresent(db, req.params.id);
    const done: { personId: number; presenceHours: number; checkedOutAt: string }[] = [];
    // One transaction for all: an unknown person refuses the whole request, nothing half-written.
    await transaction(db, async (tx) => {
      for (const personId of personIds) {
        const r = await checkOut(tx, req.params.id, personId).catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'not_found') throw new AppError('validation_failed', [{ field: 'personIds', message: `person ${personId} has not checked in` }]);
          throw e;
        });
        if (r.created) done.push({ personId, presenceHours: r.presenceHours ?? 0, checkedOutAt: r.checkedOutAt });
      }
      if (done.length) await audit(tx, req, { action: 'activities.organiser_checkout', entity: 'activity', entityId: req.params.id, orgId: a.orgId as number, summary: `${done.length} people` });
    });
    for (const d of done) await publishCheckedOut(ctx, req.params.id, d.personId, { hours: d.presenceHours, checkedOutAt: d.checkedOutAt, recordedBy: auth.accountId });
    return { items: done, count: done.length };
  });

  app.get('/api/v1/activities/:id/attendance', { config: { access: { permission: 'activities.read' } }, schema: { tags, summary: '签到名单', params: idParams, response: { 200: attendanceListOut } } }, async (req) => {
    const a = await managed(req, req.params.id);
    return { items: await attendanceList(db, req.params.id, listScope(req, a)) };
  });

  app.get('/api/v1/activities/:id/signups', { config: { access: { permission: 'activities.read' } }, schema: { tags, summary: '报名名单（含候补）', params: idParams, response: { 200: signupListOut } } }, async (req) => {
    const a = await managed(req, req.params.id);
    return { items: await signupList(db, req.params.id, listScope(req, a)) };
  });

  app.get('/api/v1/activities/:id/attendance.xlsx', { config: { access: { permission: 'activities.read' } }, schema: { tags, summary: '导出签到名单', params: idParams, response: { 200: fileOut('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '签到名单 · the attendance workbook') } } }, async (req, reply) => {
    const a = await managed(req, req.params.id);
    const buffer = await attendanceWorkbook(String(a.title), await attendanceList(db, req.params.id, listScope(req, a)));
    await audit(db, req, { action: 'activities.export_attendance', entity: 'activity', entityId: req.params.id, orgId: a.orgId as number });
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${a.title}-签到名单.xlsx`)}`)
      .send(buffer);
  });
}
