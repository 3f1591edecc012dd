import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { attachmentKinds, MAX_PHOTOS, rateAsSubmitter, readMultipartSubmission } from '../../demands/index.js';
import { myPair, pairingScope, personOf } from '../pairing.access.js';
import { entrepreneurOfAccount } from '../entrepreneurs/entrepreneurs.queries.js';
import { concernBody, concernListQuery, demandParams, myConcernsQuery, pairParams, ratingBody } from './concerns.dto.js';
import { cadresConcerns, concernByDemand, entrepreneursConcerns, listConcerns, ownConcern } from './concerns.queries.js';
import { concernBoard, concernOut, concernPage } from './concerns.responses.js';
import { raiseConcern } from './raise-concern.js';
import { concernAttachmentRoutes } from './concern-attachments.routes.js';

const tags = ['pairing'];
/** The multipart form of raising a concern, for the document (readMultipartSubmission reads it). */
const withAttachments = {
  type: 'object',
  required: ['data'],
  properties: {
    data: { type: 'string', description: '与 JSON 请求体相同的 JSON 文本，须在附件之前 · The JSON body as text, before the attachments' },
    attachments: { type: 'array', maxItems: MAX_PHOTOS, items: { type: 'string', format: 'binary' }, description: '至多3个附件：jpg/png/webp 照片或 PDF，每个不超过 8MB · up to 3 photos or PDF files of up to 8 MB each' },
  },
};
/** A multipart submission's attachments are read and checked before the body is validated; nothing is written yet. */
const preValidation = async (req: FastifyRequest) => {
  if (req.isMultipart()) await readMultipartSubmission(req, async () => {}, { kinds: attachmentKinds, field: 'attachments' });
};
const raiseNote = '（JSON；或 multipart/form-data：字段 data 为同样的 JSON，attachments 为至多3个照片或 PDF 附件，与诉求一并写入）';

/** 急难愁盼: raised by the entrepreneur or their cadre, run by the demands workflow, followed and rated here. */
export function concernsRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const entrepreneur = { access: { permission: 'pairing.entrepreneur' } } as const;
  const cadre = { access: { permission: 'pairing.cadre' } } as const;

  app.post('/api/v1/me/concerns', { config: { ...entrepreneur, multipartDoc: withAttachments }, preValidation, schema: { tags, summary: `企业家提出急难愁盼诉求（转青诉即办派单办理）${raiseNote}`, body: concernBody, response: { 201: concernOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const e = await entrepreneurOfAccount(db, auth.accountId);
    if (!e || e.status !== 'approved') throw new AppError('not_found', { message: 'this account is not linked to an approved entrepreneur' });
    const demand = await raiseConcern(db, env.DATA_DIR, req, auth, { entrepreneurId: e.id, raisedAs: 'entrepreneur' }, req.body);
    return reply.status(201).send(await concernByDemand(db, Number(demand.id), 'entrepreneur'));
  });

  app.get('/api/v1/me/concerns', { config: entrepreneur, schema: { tags, summary: '我的急难愁盼诉求：办理状态、时限与答复', querystring: myConcernsQuery, response: { 200: concernPage } } }, async (req) =>
    entrepreneursConcerns(db, requireAuth(req.auth).accountId, req.query),
  );

  app.post(
    '/api/v1/me/concerns/:demandId/rating',
    { config: entrepreneur, schema: { tags, summary: '评价答复（不满意则重新办理）', params: demandParams, body: ratingBody, response: { 200: concernOut } } },
    async (req) => {
      const auth = requireAuth(req.auth);
      await ownConcern(db, auth.accountId, req.params.demandId);
      await rateAsSubmitter(db, req, auth, req.params.demandId, req.body.result, req.body.comment);
      return concernByDemand(db, req.params.demandId, 'entrepreneur');
    },
  );

  app.post(
    '/api/v1/me/pairs/:id/concerns',
    { config: { ...cadre, multipartDoc: withAttachments }, preValidation, schema: { tags, summary: `结对干部代企业家提出急难愁盼诉求${raiseNote}`, params: pairParams, body: concernBody, response: { 201: concernOut } } },
    async (req, reply) => {
      const auth = requireAuth(req.auth);
      const pair = await myPair(db, auth, req.params.id);
      if (pair.endedAt) throw new AppError('invalid_transition', { reason: 'the pair has ended' });
      const demand = await raiseConcern(db, env.DATA_DIR, req, auth, { entrepreneurId: pair.entrepreneurId, raisedAs: 'cadre' }, req.body);
      return reply.status(201).send(await concernByDemand(db, Number(demand.id), 'cadre'));
    },
  );

  app.get('/api/v1/me/followed-concerns', { config: cadre, schema: { tags, summary: '我结对企业家的急难愁盼诉求', querystring: myConcernsQuery, response: { 200: concernPage } } }, async (req) =>
    cadresConcerns(db, personOf(requireAuth(req.auth)), req.query),
  );

  app.get(
    '/api/v1/pairing/concerns',
    { config: { access: { permission: 'pairing.read' } }, schema: { tags, summary: '急难愁盼诉求台账（本组织负责的企业家），按分类、行业、状态、承办部门统计', querystring: concernListQuery, response: { 200: concernBoard } } },
    async (req) => listConcerns(db, pairingScope(requireAuth(req.auth), 'pairing.read'), req.query),
  );

  concernAttachmentRoutes(app, ctx);
}
