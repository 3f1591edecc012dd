import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import './research.events.js';
import { idParams, meetingListQuery, myTopicListQuery, outputBody, outputListQuery, outputPatch } from './research.dto.js';
import { listMeetings, listMyTopics, listOutputs, listParticipants, myTopicById, outputById } from './research.queries.js';
import { cadreParticipant, entrepreneurParticipant, outputRef, topicOfParticipant, type Participant } from './research.access.js';
import { createOutput, moveOutput, updateOutput } from './output-commands.js';
import { meetingPage, myTopicDetailOut, myTopicPage, outputOut, outputPage } from './research.responses.js';

const tags = ['pairing'];

/**
 * 共研 for participants, on the phone: a cadre (pairing.cadre) under /api/v1/me/research, an entrepreneur
 * (pairing.entrepreneur) under /api/v1/me/entrepreneur/research. Both see the topics they are or were on, the group,
 * meetings and outputs; the topic's current lead writes outputs and submits them for review.
 */
export function myResearchRoutes(app: App, ctx: ModuleContext) {
  const sides = [
    { base: '/api/v1/me/research', permission: 'pairing.cadre', who: '干部', op: 'Cadre', participant: async (req: FastifyRequest) => cadreParticipant(requireAuth(req.auth)) },
    { base: '/api/v1/me/entrepreneur/research', permission: 'pairing.entrepreneur', who: '企业家', op: 'Entrepreneur', participant: (req: FastifyRequest) => entrepreneurParticipant(ctx.db, requireAuth(req.auth)) },
  ] as const;
  for (const side of sides) sideRoutes(app, ctx, side);
}

function sideRoutes(app: App, ctx: ModuleContext, side: { base: string; permission: string; who: string; op: string; participant: (req: FastifyRequest) => Promise<Participant> }) {
  const { db, events } = ctx;
  const config = { access: { permission: side.permission } };
  const { base, who } = side;
  const lead = async (req: FastifyRequest) => ({ kind: 'lead' as const, participant: await side.participant(req) });

  app.get(`${base}/topics`, { config, schema: { tags, summary: `我参与的共研课题（${who}）`, querystring: myTopicListQuery, response: { 200: myTopicPage } } }, async (req) =>
    listMyTopics(db, await side.participant(req), req.query),
  );

  app.get(`${base}/topics/:id`, { config, schema: { tags, summary: `共研课题详情与课题组（${who}）`, params: idParams, response: { 200: myTopicDetailOut } } }, async (req) => {
    const p = await side.participant(req);
    return { topic: await myTopicById(db, p, req.params.id), participants: await listParticipants(db, req.params.id, false) };
  });

  app.get(`${base}/topics/:id/meetings`, { config, schema: { tags, summary: `课题研讨会（${who}）`, params: idParams, querystring: meetingListQuery, response: { 200: meetingPage } } }, async (req) => {
    await topicOfParticipant(db, await side.participant(req), req.params.id);
    return listMeetings(db, req.params.id, req.query);
  });

  app.get(`${base}/topics/:id/outputs`, { config, schema: { tags, summary: `课题研究成果（${who}）`, params: idParams, querystring: outputListQuery.omit({ topicId: true }), response: { 200: outputPage } } }, async (req) => {
    await topicOfParticipant(db, await side.participant(req), req.params.id);
    return listOutputs(db, sql`r.topic_id = ${req.params.id}`, req.query);
  });

  app.post(`${base}/topics/:id/outputs`, { config, schema: { tags, summary: `课题负责人起草研究成果（${who}）`, params: idParams, body: outputBody, response: { 201: outputOut } } }, async (req, reply) => {
    const r = await createOutput(db, req, requireAuth(req.auth), await lead(req), req.params.id, req.body);
    await events.publish('pairing.research_changed', { topicId: r.topicId, change: 'output_created', outputId: r.id });
    return reply.status(201).send(await outputById(db, r.id));
  });

  app.patch(`${base}/outputs/:id`, { config, schema: { tags, summary: `课题负责人修改研究成果（草稿或退回修改中）（${who}）`, params: idParams, body: outputPatch, response: { 200: outputOut } } }, async (req) => {
    const r = await updateOutput(db, req, await lead(req), req.params.id, req.body);
    await events.publish('pairing.research_changed', { topicId: r.topicId, change: 'output_updated', outputId: r.id });
    return outputById(db, r.id);
  });

  app.post(`${base}/outputs/:id/submit`, { config, schema: { tags, operationId: `pairing.submitResearchOutputAs${side.op}`, summary: `课题负责人提交审核（${who}）`, params: idParams, response: { 200: outputOut } } }, async (req) => {
    const r = await moveOutput(db, ctx.env.DATA_DIR, req, requireAuth(req.auth), await lead(req), req.params.id, 'submit');
    await events.publish('pairing.research_changed', { topicId: r.topicId, change: 'output_submitted', outputId: r.id });
    return outputById(db, r.id);
  });

  app.get(`${base}/outputs/:id`, { config, schema: { tags, summary: `研究成果详情（${who}）`, params: idParams, response: { 200: outputOut } } }, async (req) => {
    const r = await outputRef(db, req.params.id);
    await topicOfParticipant(db, await side.participant(req), r.topicId);
    return outputById(db, r.id);
  });
}
