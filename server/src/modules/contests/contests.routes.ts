import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { scopeFor } from '../../kernel/access/scope.js';
import { createContestBody, idParams, listQuery, roundParams } from './contests.dto.js';
import { getContest, listContests, roundInScope, roundResults, roundVisible } from './contests.queries.js';
import { createContest } from './commands/create-contest.js';
import { finishRound } from './commands/finish-round.js';
import { resultsWorkbook } from './results-export.js';

import { fileOut } from '../../kernel/openapi/responses.js';
import { contestDetail, contestPage, finishOut, roundResultsOut } from './contests.responses.js';

const tags = ['contests'];
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const manage = { access: { permission: 'contests.manage' } } as const;

/** Organisers: contests, their rounds and results. */
export function contestsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const scope = (req: { auth: unknown }) => scopeFor(requireAuth(req.auth as never), 'contests.manage');
  const contest = async (req: { auth: unknown }, id: number) => {
    const c = await getContest(db, scope(req), id);
    if (!c) throw new AppError('not_found');
    return c;
  };
  const round = async (req: { auth: unknown }, roundId: number) => {
    const r = await roundInScope(db, scope(req), roundId);
    if (r) return r;
    if (await roundVisible(db, scope(req), roundId)) throw new AppError('forbidden', { reason: 'a contest organised above is read-only here' });
    throw new AppError('not_found');
  };
  /** A round whose results the caller reads: their own contest's in full, one organised above for their own people. */
  const readable = async (req: { auth: unknown }, roundId: number) => {
    const r = await roundVisible(db, scope(req), roundId);
    if (!r) throw new AppError('not_found');
    return { ...r, onlyScope: r.own ? null : scope(req) };
  };

  app.get('/api/v1/contests', { config: manage, schema: { tags, summary: '竞赛列表', querystring: listQuery, response: { 200: contestPage } } }, async (req) => listContests(db, scope(req), req.query));

  app.post('/api/v1/contests', { config: manage, schema: { tags, summary: '创建竞赛（题目来源、轮次、团队、计分与奖项规则）', body: createContestBody, response: { 201: contestDetail } } }, async (req, reply) => {
    const id = await createContest(db, req, scope(req), req.body);
    return reply.status(201).send(await contest(req, id));
  });

  app.get('/api/v1/contests/:id', { config: manage, schema: { tags, summary: '竞赛详情', params: idParams, response: { 200: contestDetail } } }, async (req) => {
    return contest(req, req.params.id);
  });

  app.get('/api/v1/contests/rounds/:roundId/results', { config: manage, schema: { tags, summary: '成绩：个人与团队排名、题目统计、获奖名单', params: roundParams, response: { 200: roundResultsOut } } }, async (req) => {
    const r = await readable(req, req.params.roundId);
    const results = await roundResults(db, r.id, r.onlyScope);
    if (!results) throw new AppError('not_found');
    await audit(db, req, { action: 'contests.view_results', entity: 'contest_round', entityId: r.id, orgPath: r.contestOrgPath });
    return results;
  });

  app.get('/api/v1/contests/rounds/:roundId/results.xlsx', { config: manage, schema: { tags, summary: '导出成绩（Excel）', params: roundParams, response: { 200: fileOut(xlsx, '成绩表：个人排名、团队排名、题目统计、获奖名单 · Results workbook') } } }, async (req, reply) => {
    const r = await readable(req, req.params.roundId);
    const buffer = await resultsWorkbook((await roundResults(db, r.id, r.onlyScope))!);
    await audit(db, req, { action: 'contests.export_results', entity: 'contest_round', entityId: r.id, orgPath: r.contestOrgPath });
    return reply
      .header('content-type', xlsx)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${r.contestName}-${r.name}-成绩.xlsx`)}`)
      .send(buffer);
  });

  app.post('/api/v1/contests/rounds/:roundId/finish', { config: manage, schema: { tags, summary: '结束线上轮次并评定奖项', params: roundParams, response: { 200: finishOut } } }, async (req) => {
    const r = await round(req, req.params.roundId);
    if (r.kind !== 'async') throw new AppError('invalid_transition', { reason: 'a live round ends with the host command "end"' });
    const outcome = await finishRound(ctx, r.id);
    await audit(db, req, { action: 'contests.finish_round', entity: 'contest_round', entityId: r.id, orgPath: r.contestOrgPath, after: outcome });
    return { finished: true as const, awards: outcome?.awards, players: outcome?.players };
  });
}
