import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope, pathInScope, scopeFor } from '../../../kernel/access/scope.js';
import { activityBrief } from '../../activities/index.js';
import { activityIdParams, adjustHoursBody, decideHoursBody, hoursIdParams, organiserHoursQuery, returnHoursBody, staffHoursQuery } from './hours.dto.js';
import { decidedOut, recordHoursOut, serviceHoursOut, serviceHoursPage, volunteerRecordOut } from './hours.responses.js';
import { getHours, hoursRow, listHours } from './hours.queries.js';
import { adjustHours, confirmHours, recordFromAttendance, returnHours } from './hours.commands.js';
import { forMyCommunities } from './staff-scope.js';
import { volunteerRecord } from './volunteer-record.js';

const tags = ['community'];
const staff = { permission: 'community.staff' };

/**
 * Service hours, 谁组织谁记录: the organiser's side (list, record from attendance, adjust with a reason), the community
 * staff's queue (confirm one by one or in bulk, return with a reason) and the member's volunteer record.
 */
export function hoursRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const organiserScope = (auth: AuthContext, permission: string) => inScope(sql`h.org_path`, scopeFor(auth, permission));

  app.get('/api/v1/community/hours', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '服务时长记录（组织方）', querystring: organiserHoursQuery, response: { 200: serviceHoursPage } } }, async (req) =>
    listHours(db, organiserScope(requireAuth(req.auth), 'community.read'), req.query),
  );

  app.get('/api/v1/community/hours/:id', { config: { access: { permission: 'community.read' } }, schema: { tags, summary: '服务时长详情（组织方）', params: hoursIdParams, response: { 200: serviceHoursOut } } }, async (req) => {
    const r = await getHours(db, req.params.id, organiserScope(requireAuth(req.auth), 'community.read'));
    if (!r) throw new AppError('not_found');
    return r;
  });

  app.patch('/api/v1/community/hours/:id', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '调整服务时长（须说明理由；退回的重新待确认）', params: hoursIdParams, body: adjustHoursBody, response: { 200: serviceHoursOut } } }, async (req) => {
    const scope = organiserScope(requireAuth(req.auth), 'community.write');
    const row = await hoursRow(db, req.params.id, scope);
    if (!row) throw new AppError('not_found');
    await adjustHours(db, req, row, req.body);
    return (await getHours(db, req.params.id, scope))!;
  });

  app.post('/api/v1/community/activities/:id/hours', { config: { access: { permission: 'community.write' } }, schema: { tags, summary: '按签到签退记录服务时长（组织方）', params: activityIdParams, response: { 200: recordHoursOut } } }, async (req) => {
    const a = await activityBrief(db, req.params.id);
    if (!a || !pathInScope(a.orgPath, scopeFor(requireAuth(req.auth), 'community.write'))) throw new AppError('not_found');
    return recordFromAttendance(db, req, a);
  });

  app.get('/api/v1/community/hours-queue', { config: { access: staff }, schema: { tags, summary: '待确认服务时长（社区工作者，本社区）', querystring: staffHoursQuery, response: { 200: serviceHoursPage } } }, async (req) =>
    listHours(db, forMyCommunities(sql`h.community_id`, requireAuth(req.auth)), req.query),
  );

  app.post('/api/v1/community/hours-queue/confirm', { config: { access: staff }, schema: { tags, operationId: 'community.confirmHours', summary: '确认服务时长（单条或批量）', body: decideHoursBody, response: { 200: decidedOut } } }, async (req) => ({
    count: await confirmHours(ctx, req, requireAuth(req.auth), req.body.ids),
  }));

  app.post('/api/v1/community/hours-queue/return', { config: { access: staff }, schema: { tags, summary: '退回服务时长（须说明理由）', body: returnHoursBody, response: { 200: decidedOut } } }, async (req) => ({
    count: await returnHours(db, req, requireAuth(req.auth), req.body.ids, req.body.reason),
  }));

  app.get('/api/v1/me/community/volunteer-record', { config: { access: { permission: 'community.join' } }, schema: { tags, summary: '我的志愿服务记录（活动、时长、服务队、社区）', response: { 200: volunteerRecordOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    if (!auth.personId) throw new AppError('person_required');
    return volunteerRecord(db, auth.personId);
  });
}
