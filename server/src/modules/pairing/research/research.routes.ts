import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { inScope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { okOut } from '../../../kernel/openapi/responses.js';
import { pairingScope, type PairingPermission } from '../pairing.access.js';
import './research.events.js';
import {
  approveBody,
  concludeBody,
  idParams,
  meetingBody,
  meetingListQuery,
  outputBody,
  outputListQuery,
  outputPatch,
  participantBody,
  participantListQuery,
  participantParams,
  returnBody,
  topicBody,
  topicListQuery,
  topicPatch,
} from './research.dto.js';
import { listMeetings, listOutputs, listParticipants, listTopics, meetingById, outputById, topicById } from './research.queries.js';
import { topicInScope, type OutputActor } from './research.access.js';
import { concludeTopic, createTopic, updateTopic } from './topic-commands.js';
import { addParticipant, removeParticipant } from './participant-commands.js';
import { addMeeting } from './meeting-commands.js';
import { createOutput, moveOutput, updateOutput } from './output-commands.js';
import { meetingOut, meetingPage, outputOut, outputPage, participantList, topicDetailOut, topicOut, topicPage } from './research.responses.js';
import type { OutputAction } from './output-states.js';

const tags = ['pairing'];
const base = '/api/v1/pairing/research';

/** 共研 for admins: topics of their subtree, the group from both sides, meetings, outputs and their review. */
export function researchRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'pairing.read' } } as const;
  const manage = { access: { permission: 'pairing.manage' } } as const;
  const scope = (req: FastifyRequest, permission: PairingPermission) => pairingScope(requireAuth(req.auth), permission);
  const admin = (req: FastifyRequest): OutputActor => ({ kind: 'admin', scope: scope(req, 'pairing.manage') });
  const changed = (topicId: number, change: Parameters<typeof events.publish<'pairing.research_changed'>>[1]['change'], outputId?: number) =>
    events.publish('pairing.research_changed', { topicId, change, ...(outputId ? { outputId } : {}) });

  app.get(`${base}/topics`, { config: read, schema: { tags, summary: '共研课题列表（搜索、按领域与状态筛选、排序、分页）', querystring: topicListQuery, response: { 200: topicPage } } }, async (req) => {
    const s = scope(req, 'pairing.read');
    const orgPath = req.query.orgId ? (await assertOrgsInScope(db, s, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId)! : null;
    return listTopics(db, s, req.query, orgPath);
  });

  app.post(`${base}/topics`, { config: manage, schema: { tags, summary: '新建共研课题（人工智能、海洋经济、低空经济等前沿领域）', body: topicBody, response: { 201: topicOut } } }, async (req, reply) => {
    const id = await createTopic(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.body);
    await changed(id, 'topic_created');
    return reply.status(201).send(await topicById(db, id));
  });

  app.get(`${base}/topics/:id`, { config: read, schema: { tags, summary: '共研课题详情与课题组（含已退出成员）', params: idParams, response: { 200: topicDetailOut } } }, async (req) => {
    await topicInScope(db, scope(req, 'pairing.read'), req.params.id);
    return { topic: await topicById(db, req.params.id), participants: await listParticipants(db, req.params.id, true) };
  });

  app.patch(`${base}/topics/:id`, { config: manage, schema: { tags, summary: '修改共研课题（进行中）', params: idParams, body: topicPatch, response: { 200: topicOut } } }, async (req) => {
    await updateTopic(db, req, scope(req, 'pairing.manage'), req.params.id, req.body);
    await changed(req.params.id, 'topic_updated');
    return topicById(db, req.params.id);
  });

  app.post(`${base}/topics/:id/conclude`, { config: manage, schema: { tags, operationId: 'pairing.concludeResearchTopic', summary: '课题结题', params: idParams, body: concludeBody, response: { 200: topicOut } } }, async (req) => {
    await concludeTopic(db, req, scope(req, 'pairing.manage'), req.params.id, req.body.endedOn);
    await changed(req.params.id, 'topic_concluded');
    return topicById(db, req.params.id);
  });

  app.get(`${base}/topics/:id/participants`, { config: read, schema: { tags, summary: '课题组成员（干部与企业家两方）', params: idParams, querystring: participantListQuery, response: { 200: participantList } } }, async (req) => {
    await topicInScope(db, scope(req, 'pairing.read'), req.params.id);
    return { items: await listParticipants(db, req.params.id, req.query.includeLeft === 'true') };
  });

  app.post(`${base}/topics/:id/participants`, { config: manage, schema: { tags, summary: '加入课题组：本组织干部或可及的青年企业家', params: idParams, body: participantBody, response: { 201: participantList } } }, async (req, reply) => {
    await addParticipant(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.params.id, req.body);
    await changed(req.params.id, 'participant_added');
    return reply.status(201).send({ items: await listParticipants(db, req.params.id, false) });
  });

  app.post(`${base}/topics/:id/participants/:participantId/leave`, { config: manage, schema: { tags, operationId: 'pairing.leaveResearchTopic', summary: '退出课题组（保留记录）', params: participantParams, response: { 200: okOut } } }, async (req) => {
    await removeParticipant(db, req, scope(req, 'pairing.manage'), req.params.id, req.params.participantId);
    await changed(req.params.id, 'participant_left');
    return { ok: true as const };
  });

  app.get(`${base}/topics/:id/meetings`, { config: read, schema: { tags, summary: '课题研讨会', params: idParams, querystring: meetingListQuery, response: { 200: meetingPage } } }, async (req) => {
    await topicInScope(db, scope(req, 'pairing.read'), req.params.id);
    return listMeetings(db, req.params.id, req.query);
  });

  app.post(`${base}/topics/:id/meetings`, { config: manage, schema: { tags, summary: '记录课题研讨会（可关联活动以报名签到）', params: idParams, body: meetingBody, response: { 201: meetingOut } } }, async (req, reply) => {
    const id = await addMeeting(db, req, requireAuth(req.auth), scope(req, 'pairing.manage'), req.params.id, req.body);
    await changed(req.params.id, 'meeting_added');
    return reply.status(201).send(await meetingById(db, id));
  });

  app.get(`${base}/outputs`, { config: read, schema: { tags, summary: '共研成果（status=submitted 为待审核；搜索、筛选、排序、分页）', querystring: outputListQuery, response: { 200: outputPage } } }, async (req) =>
    listOutputs(db, inScope(sql`t.org_path`, scope(req, 'pairing.read')), req.query),
  );

  app.post(`${base}/topics/:id/outputs`, { config: manage, schema: { tags, summary: '新建研究成果（研究报告或政策建议，草稿）', params: idParams, body: outputBody, response: { 201: outputOut } } }, async (req, reply) => {
    const r = await createOutput(db, req, requireAuth(req.auth), admin(req), req.params.id, req.body);
    await changed(r.topicId, 'output_created', r.id);
    return reply.status(201).send(await outputById(db, r.id));
  });

  app.patch(`${base}/outputs/:id`, { config: manage, schema: { tags, summary: '修改研究成果（草稿或退回修改中）', params: idParams, body: outputPatch, response: { 200: outputOut } } }, async (req) => {
    const r = await updateOutput(db, req, admin(req), req.params.id, req.body);
    await changed(r.topicId, 'output_updated', r.id);
    return outputById(db, r.id);
  });

  const step = (action: OutputAction, summary: string, body: typeof approveBody | typeof returnBody | undefined) =>
    app.post(
      `${base}/outputs/:id/${action}`,
      { config: manage, schema: { tags, operationId: `pairing.${action}ResearchOutput`, summary, params: idParams, ...(body ? { body } : {}), response: { 200: outputOut } } },
      async (req) => {
        const note = (req.body as { note?: string } | undefined)?.note;
        const r = await moveOutput(db, ctx.env.DATA_DIR, req, requireAuth(req.auth), admin(req), req.params.id, action, note);
        await changed(r.topicId, `output_${action === 'return' ? 'returned' : action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'published'}`, r.id);
        if (r.contentId) await events.publish('content.published', { contentId: r.contentId, orgId: r.orgId });
        return outputById(db, r.id);
      },
    );
  step('submit', '提交审核', undefined);
  step('approve', '审核通过', approveBody);
  step('return', '退回修改（须写明意见）', returnBody);
  step('publish', '发布（进入学习内容库）', undefined);
}
