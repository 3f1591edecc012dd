import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { callerOf } from './activities.access.js';
import { checkinBody, idParams, participantListQuery } from './activities.dto.js';
import { getForParticipant, listForParticipant } from './activities.queries.js';
import { signUp } from './commands/sign-up.js';
import { cancelSignup } from './commands/cancel-signup.js';
import { checkIn, checkOut } from './commands/check-in.js';
import { parseTokenActivity } from './checkin-token.js';
import { publishAttendance, publishCheckedOut } from './activities.publish.js';
import { okOut } from '../../kernel/openapi/responses.js';
import { checkinResultOut, checkoutResultOut, myActivityOut, myActivityPage, signupResultOut } from './activities.responses.js';

const tags = ['activities'];
const access = { permission: 'activities.join' };

/** Participants' side (phones): browse, sign up, cancel, check in by QR token or short code, check out. */
export function participationRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  app.get('/api/v1/me/activities', { config: { access }, schema: { tags, summary: '我的活动 / 可报名活动', querystring: participantListQuery, response: { 200: myActivityPage } } }, async (req) =>
    listForParticipant(db, await callerOf(db, requireAuth(req.auth)), req.query),
  );

  app.get('/api/v1/me/activities/:id', { config: { access }, schema: { tags, summary: '活动详情（参与者）', params: idParams, response: { 200: myActivityOut } } }, async (req) => {
    const a = await getForParticipant(db, await callerOf(db, requireAuth(req.auth)), req.params.id);
    if (!a) throw new AppError('not_found');
    return a;
  });

  app.post('/api/v1/me/activities/:id/signup', { config: { access }, schema: { tags, summary: '报名（满员进入候补）', params: idParams, response: { 200: signupResultOut } } }, async (req) => {
    const caller = await callerOf(db, requireAuth(req.auth));
    const result = await signUp(db, req.params.id, caller);
    if (result.created) {
      await audit(db, req, { action: 'activities.signup', entity: 'activity', entityId: req.params.id, summary: result.status });
      await ctx.events.publish('activities.signed_up', { activityId: req.params.id, personId: caller.personId, status: result.status });
    }
    return result;
  });

  app.delete('/api/v1/me/activities/:id/signup', { config: { access }, schema: { tags, summary: '取消报名（候补自动递补）', params: idParams, response: { 200: okOut } } }, async (req) => {
    const caller = await callerOf(db, requireAuth(req.auth));
    const { promoted } = await cancelSignup(db, req.params.id, caller);
    const summary = !promoted ? undefined : 'personId' in promoted ? `promoted person ${promoted.personId}` : `promoted ${promoted.guest} ${promoted.key}`;
    await audit(db, req, { action: 'activities.cancel_signup', entity: 'activity', entityId: req.params.id, summary });
    if (promoted && 'personId' in promoted) await ctx.events.publish('activities.promoted', { activityId: req.params.id, personId: promoted.personId });
    return { ok: true as const };
  });

  app.post('/api/v1/me/checkin', { config: { access }, schema: { tags, summary: '扫码或输入签到码签到', body: checkinBody, response: { 200: checkinResultOut } } }, async (req) => {
    const caller = await callerOf(db, requireAuth(req.auth));
    const body = req.body;
    const activityId = 'token' in body ? parseTokenActivity(body.token) : body.activityId;
    if (!activityId) throw new AppError('checkin_token_invalid');
    const result = await checkIn(db, activityId, caller, 'token' in body ? { token: body.token } : { code: body.code });
    if (result.created) {
      await audit(db, req, { action: 'activities.checkin', entity: 'activity', entityId: activityId });
      await publishAttendance(ctx, activityId, caller.personId);
    }
    return result;
  });

  app.post('/api/v1/me/activities/:id/checkout', { config: { access }, schema: { tags, summary: '签退（记录在场时长；服务时长由组织方记录、社区确认）', params: idParams, response: { 200: checkoutResultOut } } }, async (req) => {
    const caller = await callerOf(db, requireAuth(req.auth));
    const result = await checkOut(db, req.params.id, caller.personId);
    if (result.created) {
      await audit(db, req, { action: 'activities.checkout', entity: 'activity', entityId: req.params.id, summary: `presence ${result.presenceHours} h` });
      await publishCheckedOut(ctx, req.params.id, caller.personId, { hours: result.presenceHours ?? 0, checkedOutAt: result.checkedOutAt, recordedBy: null });
    }
    return {
      created: result.created,
      presenceHours: result.presenceHours,
      hoursStatus: result.countsServiceHours ? ('awaiting_confirmation' as const) : ('not_counted' as const),
      note: result.countsServiceHours ? '服务时长由活动组织方记录，待社区确认' : '该类活动不计服务时长',
      checkedOutAt: result.checkedOutAt,
    };
  });
}
