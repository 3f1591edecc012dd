import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { okOut } from '../../../kernel/openapi/responses.js';
import { loadRound, manageScope } from '../assessment.access.js';
import { roundParams } from '../rounds/rounds.dto.js';
import { roundOut } from '../rounds/rounds.responses.js';
import { roundDetail } from '../rounds/rounds.queries.js';
import { castBody, groupCreateBody, groupParams, groupUpdateBody, meetingBody, meetingResultsQuery, myBallotQuery, voterParams, votersBody } from './votes.dto.js';
import { aggregatesOut, ballotOut, castOut, groupListOut, groupOut, meetingResultsOut, voterListOut, votersOut } from './votes.responses.js';
import { addVoters, createGroup, deleteGroup, listGroups, listVoters, moveVoting, removeVoter, setMeeting, updateGroup } from './groups.js';
import { voteAggregates } from './aggregates.js';
import { castVote, myBallot } from './ballot.js';
import { myMeetingResults } from './voter-results.js';

const tags = ['assessment'];

/** 述职评议: vote groups and voters, the review meeting, the voters' phone ballot and the aggregates. */
export function votesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const manage = { access: { permission: 'assessment.manage' } } as const;
  const base = '/api/v1/assessment/rounds/:id';
  const scopeOf = (auth: Parameters<typeof requireAuth>[0]) => manageScope(requireAuth(auth));
  const changed = (roundId: number) => ctx.events.publish('assessment.round_changed', { roundId, change: 'voting' });
  const group = async (auth: Parameters<typeof requireAuth>[0], roundId: number, groupId: number) =>
    (await listGroups(db, await loadRound(db, scopeOf(auth), roundId))).items.find((g) => g.id === groupId)!;

  app.get(`${base}/vote-groups`, { config: manage, schema: { tags, summary: '述职评议投票分组（票数只计总数）', params: roundParams, response: { 200: groupListOut } } }, async (req) =>
    listGroups(db, await loadRound(db, scopeOf(req.auth), req.params.id)),
  );

  app.post(`${base}/vote-groups`, { config: manage, schema: { tags, summary: '新增投票分组（权重、等次得分、所计指标）', params: roundParams, body: groupCreateBody, response: { 201: groupOut } } }, async (req, reply) => {
    const id = await createGroup(db, req, scopeOf(req.auth), req.params.id, req.body);
    await changed(req.params.id);
    return reply.status(201).send(await group(req.auth, req.params.id, id));
  });

  app.put(`${base}/vote-groups/:groupId`, { config: manage, schema: { tags, summary: '修改投票分组', params: groupParams, body: groupUpdateBody, response: { 200: groupOut } } }, async (req) => {
    await updateGroup(db, req, scopeOf(req.auth), req.params.id, req.params.groupId, req.body);
    await changed(req.params.id);
    return group(req.auth, req.params.id, req.params.groupId);
  });

  app.delete(`${base}/vote-groups/:groupId`, { config: manage, schema: { tags, summary: '删除投票分组（尚无投票时）', params: groupParams, response: { 200: okOut } } }, async (req) => {
    await deleteGroup(db, req, scopeOf(req.auth), req.params.id, req.params.groupId);
    await changed(req.params.id);
    return { ok: true as const };
  });

  app.get(`${base}/vote-groups/:groupId/voters`, { config: manage, schema: { tags, summary: '投票人名单（不含投票内容）', params: groupParams, response: { 200: voterListOut } } }, async (req) =>
    listVoters(db, await loadRound(db, scopeOf(req.auth), req.params.id), req.params.groupId),
  );

  app.post(`${base}/vote-groups/:groupId/voters`, { config: manage, schema: { tags, summary: '添加投票人（自动排除本单位、所在单位）', params: groupParams, body: votersBody, response: { 200: votersOut } } }, async (req) =>
    addVoters(db, req, scopeOf(req.auth), req.params.id, req.params.groupId, req.body.accountIds),
  );

  app.delete(`${base}/vote-groups/:groupId/voters/:accountId`, { config: manage, schema: { tags, summary: '移除投票人', params: voterParams, response: { 200: okOut } } }, async (req) => {
    await removeVoter(db, req, scopeOf(req.auth), req.params.id, req.params.groupId, req.params.accountId);
    return { ok: true as const };
  });

  app.put(`${base}/meeting`, { config: manage, schema: { tags, summary: '述职评议会议时间、申诉截止时间、匿名阈值', params: roundParams, body: meetingBody, response: { 200: roundOut } } }, async (req) => {
    await setMeeting(db, req, scopeOf(req.auth), req.params.id, req.body);
    return roundDetail(db, req.params.id);
  });

  for (const step of ['open', 'close'] as const) {
    app.post(`${base}/voting/${step}`, { config: manage, schema: { tags, summary: step === 'open' ? '开始现场投票（述职报告随即锁定）' : '结束现场投票', params: roundParams, response: { 200: roundOut } } }, async (req) => {
      await moveVoting(db, req, scopeOf(req.auth), req.params.id, step);
      await changed(req.params.id);
      return roundDetail(db, req.params.id);
    });
  }

  app.get(`${base}/votes`, { config: manage, schema: { tags, summary: '述职评议汇总（各组票数达到阈值才显示，不含投票人）', params: roundParams, response: { 200: aggregatesOut } } }, async (req) =>
    voteAggregates(db, await loadRound(db, scopeOf(req.auth), req.params.id)),
  );

  app.get('/api/v1/me/assessment/ballot', { config: { access: 'session' }, schema: { tags, summary: '我的述职评议投票（手机）', querystring: myBallotQuery, response: { 200: ballotOut } } }, async (req) =>
    myBallot(db, requireAuth(req.auth).accountId, req.query),
  );

  app.get(
    '/api/v1/me/assessment/ballot/results',
    { config: { access: 'session' }, schema: { tags, summary: '述职评议结果（手机；投完本组或投票结束后，仅显示达到阈值的汇总）', querystring: meetingResultsQuery, response: { 200: meetingResultsOut } } },
    async (req) => myMeetingResults(db, requireAuth(req.auth).accountId, req.query.roundId),
  );

  app.post('/api/v1/me/assessment/votes', { config: { access: 'session' }, schema: { tags, summary: '投票（每组每个对象一票，不可更改）', body: castBody, response: { 201: castOut } } }, async (req, reply) => {
    const v = await castVote(db, req, requireAuth(req.auth).accountId, req.body);
    await ctx.events.publish('assessment.voted', { roundId: v.roundId });
    return reply.status(201).send(v);
  });
}
