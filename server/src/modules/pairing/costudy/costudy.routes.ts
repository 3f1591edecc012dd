import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { pathInScope } from '../../../kernel/access/scope.js';
import { okOut } from '../../../kernel/openapi/responses.js';
import { activityBrief, parseTokenActivity } from '../../activities/index.js';
import { pairingScope } from '../pairing.access.js';
import './costudy.events.js';
import { CO_STUDY, coStudyEntrepreneur } from './costudy.access.js';
import { coStudyAdminQuery, coStudyCheckinBody, coStudyListQuery, idParams } from './costudy.dto.js';
import { coAttendees, coSessionOf, listCoSessions, listCoSessionsInScope } from './costudy.queries.js';
import { cancelCoStudy, checkInToCoStudy, signUpToCoStudy } from './costudy-commands.js';
import { coAdminSessionPage, coAttendeesOut, coCheckinResultOut, coSessionPage, coSignupResultOut } from './costudy.responses.js';

const tags = ['pairing'];

/**
 * 共学 for entrepreneurs: co-study sessions are activities of the activities engine (type co_study); entrepreneurs,
 * who are not people, sign up and check in here, with the engine's seats, sign-up window and check-in proof.
 */
export function coStudyRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const config = { access: { permission: 'pairing.entrepreneur' } } as const;
  const me = (auth: Parameters<typeof coStudyEntrepreneur>[1]) => coStudyEntrepreneur(db, auth);

  app.get('/api/v1/me/co-study', { config, schema: { tags, summary: '共学活动：可报名的、我报名的、参加过的（企业家）', querystring: coStudyListQuery, response: { 200: coSessionPage } } }, async (req) =>
    listCoSessions(db, await me(requireAuth(req.auth)), req.query),
  );

  app.post('/api/v1/me/co-study/:id/signup', { config, schema: { tags, summary: '报名共学活动（名额含干部与企业家，满员进入候补，有人取消时按先后递补）', params: idParams, response: { 200: coSignupResultOut } } }, async (req) => {
    const e = await me(requireAuth(req.auth));
    const r = await signUpToCoStudy(db, req, e, req.params.id);
    if (r.created) await events.publish('pairing.cosession_changed', { activityId: req.params.id, entrepreneurId: e.id, change: r.status === 'waitlisted' ? 'waitlisted' : 'signed_up' });
    return { created: r.created, status: r.status, session: (await coSessionOf(db, e, req.params.id))! };
  });

  app.delete('/api/v1/me/co-study/:id/signup', { config, schema: { tags, summary: '取消报名共学活动（开始前）', params: idParams, response: { 200: okOut } } }, async (req) => {
    const e = await me(requireAuth(req.auth));
    const { promotedPersonId } = await cancelCoStudy(db, req, e, req.params.id);
    await events.publish('pairing.cosession_changed', { activityId: req.params.id, entrepreneurId: e.id, change: 'cancelled' });
    if (promotedPersonId) await events.publish('activities.promoted', { activityId: req.params.id, personId: promotedPersonId });
    return { ok: true as const };
  });

  app.post('/api/v1/me/co-study/checkin', { config, schema: { tags, summary: '共学活动扫码或输入签到码签到（企业家）', body: coStudyCheckinBody, response: { 200: coCheckinResultOut } } }, async (req) => {
    const e = await me(requireAuth(req.auth));
    const body = req.body;
    const activityId = 'token' in body ? parseTokenActivity(body.token) : body.activityId;
    if (!activityId) throw new AppError('checkin_token_invalid');
    const r = await checkInToCoStudy(db, req, e, activityId, 'token' in body ? { token: body.token } : { code: body.code });
    if (r.created) await events.publish('pairing.cosession_changed', { activityId, entrepreneurId: e.id, change: 'checked_in' });
    return r;
  });

  app.get(
    '/api/v1/pairing/co-study',
    { config: { access: { permission: 'pairing.read' } }, schema: { tags, operationId: 'pairing.listCoSessions', summary: '本范围的共学活动（两方报名、候补与签到人数）', querystring: coStudyAdminQuery, response: { 200: coAdminSessionPage } } },
    async (req) => listCoSessionsInScope(db, pairingScope(requireAuth(req.auth), 'pairing.read'), req.query),
  );

  app.get(
    '/api/v1/pairing/co-study/:id/attendees',
    { config: { access: { permission: 'pairing.read' } }, schema: { tags, summary: '共学活动参加情况（干部与企业家两方）', params: idParams, response: { 200: coAttendeesOut } } },
    async (req) => {
      const a = await activityBrief(db, req.params.id);
      if (!a || a.typeCode !== CO_STUDY || !pathInScope(a.orgPath, pairingScope(requireAuth(req.auth), 'pairing.read'))) throw new AppError('not_found');
      return coAttendees(db, a);
    },
  );
}
