import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { audit } from '../../../kernel/audit/audit.js';
import { assertStatus, loadRound, manageScope } from '../assessment.access.js';
import { resultsQuery, roundCreateBody, roundListQuery, roundParams, roundTargetParams } from './rounds.dto.js';
import { resultsOut, roundListOut, roundOut, targetDetailOut } from './rounds.responses.js';
import { createRound, moveRound } from './rounds.commands.js';
import { computeRound } from './compute.js';
import { listRounds, roundDetail, roundResults, targetDetail } from './rounds.queries.js';

const tags = ['assessment'];
const manage = { access: { permission: 'assessment.manage' } } as const;

/** Rounds: create over a frozen version, start, compute, close, confirm; results and the drill-down of one target. */
export function roundsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const base = '/api/v1/assessment/rounds';
  const scopeOf = (auth: Parameters<typeof requireAuth>[0]) => manageScope(requireAuth(auth));

  app.get(base, { config: manage, schema: { tags, summary: '考核轮次列表（范围内）', querystring: roundListQuery, response: { 200: roundListOut } } }, async (req) =>
    listRounds(db, scopeOf(req.auth), req.query),
  );

  app.post(base, { config: manage, schema: { tags, summary: '新建考核轮次（草稿，考核对象随即确定）', body: roundCreateBody, response: { 201: roundOut } } }, async (req, reply) => {
    const id = await createRound(ctx, req, scopeOf(req.auth), req.body);
    await ctx.events.publish('assessment.round_changed', { roundId: id, change: 'created' });
    return reply.status(201).send(await roundDetail(db, id));
  });

  app.get(`${base}/:id`, { config: manage, schema: { tags, summary: '考核轮次', params: roundParams, response: { 200: roundOut } } }, async (req) => {
    const r = await loadRound(db, scopeOf(req.auth), req.params.id);
    return roundDetail(db, r.id);
  });

  for (const step of ['start', 'close', 'confirm'] as const) {
    const summary = { start: '启动考核（草稿 → 进行中）', close: '结束考核并计算最终结果（进行中 → 已结束）', confirm: '确认考核结果（已结束 → 已确认，留痕）' }[step];
    app.post(`${base}/:id/${step}`, { config: manage, schema: { tags, summary, params: roundParams, response: { 200: roundOut } } }, async (req) => {
      const r = await moveRound(ctx, req, scopeOf(req.auth), req.params.id, step);
      return roundDetail(db, r.id);
    });
  }

  app.post(`${base}/:id/compute`, { config: manage, schema: { tags, summary: '计算得分与结果（进行中的轮次，可反复计算）', params: roundParams, response: { 200: roundOut } } }, async (req) => {
    const r = await loadRound(db, scopeOf(req.auth), req.params.id);
    assertStatus(r, 'running');
    const done = await computeRound(ctx, r);
    await audit(db, req, { action: 'assessment.round_compute', entity: 'assessment_round', entityId: r.id, orgId: r.scopeOrgId, orgPath: r.scopeOrgPath, summary: `${done.targets} targets × ${done.leaves} leaves` });
    await ctx.events.publish('assessment.round_changed', { roundId: r.id, change: 'computed' });
    return roundDetail(db, r.id);
  });

  app.get(`${base}/:id/results`, { config: manage, schema: { tags, summary: '考核结果（总分、等次、排名、名次变化）', params: roundParams, querystring: resultsQuery, response: { 200: resultsOut } } }, async (req) =>
    roundResults(db, await loadRound(db, scopeOf(req.auth), req.params.id), req.query),
  );

  app.get(`${base}/:id/targets/:targetId`, { config: manage, schema: { tags, summary: '考核对象得分明细（逐项下钻）', params: roundTargetParams, response: { 200: targetDetailOut } } }, async (req) =>
    targetDetail(db, await loadRound(db, scopeOf(req.auth), req.params.id), req.params.targetId),
  );
}
