import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { itemsOf } from '../../../kernel/openapi/responses.js';
import { loadRound, manageScope } from '../assessment.access.js';
import { roundParams } from '../rounds/rounds.dto.js';
import { answerBody, appealBody, appealListOut, appealListQuery, appealOut, appealParams, myResultsOut } from './appeals.dto.js';
import { answerAppeal, fileAppeal, myAppeals, myResults, roundAppeals } from './appeals.js';

const tags = ['assessment'];

/** Appeals: the target (its organisation's secretary or admin, or the person) asks; the committee answers. */
export function appealsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const manage = { access: { permission: 'assessment.manage' } } as const;
  const session = { access: 'session' } as const;

  app.get('/api/v1/me/assessment/results', { config: session, schema: { tags, summary: '我（本组织）的考核结果与逐项得分', response: { 200: myResultsOut } } }, async (req) => myResults(db, requireAuth(req.auth).accountId));

  app.get('/api/v1/me/assessment/appeals', { config: session, schema: { tags, summary: '我（本组织）的申诉', response: { 200: itemsOf(appealOut) } } }, async (req) => myAppeals(db, requireAuth(req.auth).accountId));

  app.post('/api/v1/me/assessment/appeals', { config: session, schema: { tags, summary: '对单项得分提出申诉（结束后、截止前）', body: appealBody, response: { 201: appealOut } } }, async (req, reply) => {
    const a = await fileAppeal(db, req, requireAuth(req.auth).accountId, req.body);
    await ctx.events.publish('assessment.appeal_changed', { roundId: a.roundId, appealId: a.id, status: 'open' });
    return reply.status(201).send(a);
  });

  app.get('/api/v1/assessment/rounds/:id/appeals', { config: manage, schema: { tags, summary: '本轮申诉', params: roundParams, querystring: appealListQuery, response: { 200: appealListOut } } }, async (req) =>
    roundAppeals(db, await loadRound(db, manageScope(requireAuth(req.auth)), req.params.id), req.query),
  );

  app.post(
    '/api/v1/assessment/rounds/:id/appeals/:appealId/answer',
    { config: manage, schema: { tags, summary: '答复申诉（维持或改分，改分后重新评定等次与排名，留痕）', params: appealParams, body: answerBody, response: { 200: appealOut } } },
    async (req) => {
      const a = await answerAppeal(db, req, manageScope(requireAuth(req.auth)), req.params.id, req.params.appealId, req.body);
      await ctx.events.publish('assessment.appeal_changed', { roundId: a.roundId, appealId: a.id, status: a.status });
      if (a.status === 'upheld') await ctx.events.publish('assessment.round_changed', { roundId: a.roundId, change: 'regraded' });
      return a;
    },
  );
}
