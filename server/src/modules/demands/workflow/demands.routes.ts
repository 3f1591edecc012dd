import { createReadStream } from 'node:fs';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { bigRowIdParam } from '../../../kernel/dto.js';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { scopeFor } from '../../../kernel/access/scope.js';
import { resizedImage, snapWidth } from '../../../kernel/files/images.js';
import {
  answerBody, callbackBody, closeBody, decisionBody, dispatchBody, extensionBody, extensionParams, idParams, intakeBody, listQuery, mergeBody, noteBody,
  returnBody, similarQuery, supervisionQuery,
} from '../demands.dto.js';
import { demandDetail, demandContact, findVisible, listDemands, similarDemands, supervisionList } from './demands.queries.js';
import { intake } from '../intake/intake.js';
import { transition, type TransitionInput } from './transition.js';
import type { DemandAction } from './demands.machine.js';
import { presentDemand } from './demands.present.js';
import { sendDemandFile } from './demand-files.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { demandContactOut, demandDetailOut, demandOut, demandPageOut, dispatchSuggestionOut, resultPhotoOut, similarDemandsOut } from '../demands.responses.js';
import { dispatchSuggestion } from './dispatch-suggestion.js';
import { addResultPhoto } from './result-photos.js';
import { MAX_PHOTOS } from '../citizen/citizen-photos.js';

const tags = ['demands'];

/** Staff side of 青诉即办: hotline intake, dispatch, the department's work, supervision. */
export function demandsRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;

  async function act(req: FastifyRequest, id: number, action: DemandAction, input: TransitionInput) {
    const after = await transition(db, req, { kind: 'account', auth: requireAuth(req.auth) }, id, action, input);
    return presentDemand(after);
  }

  app.post('/api/v1/demands', { config: { access: { permission: 'demands.intake' } }, schema: { tags, summary: '热线/接口受理诉求（clientRequestId 幂等）', body: intakeBody, response: { 201: demandOut.describe('已受理 · Received'), 200: demandOut.describe('同一 clientRequestId 已受理过：原诉求 · already received under this clientRequestId: the demand as it is') } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const { channel, clientRequestId, ...rest } = req.body;
    const { demand, created } = await intake(db, req, { ...rest, channel, clientKey: `account:${auth.accountId}`, clientRequestId }, { actor: { accountId: auth.accountId, name: auth.displayName } });
    return reply.status(created ? 201 : 200).send(presentDemand(demand));
  });

  app.get('/api/v1/demands', { config: { access: { permission: 'demands.read' } }, schema: { tags, summary: '诉求列表（联系方式脱敏）', querystring: listQuery, response: { 200: demandPageOut } } }, async (req) =>
    listDemands(db, requireAuth(req.auth), req.query),
  );

  app.get('/api/v1/demands/similar', { config: { access: { permission: 'demands.intake' } }, schema: { tags, summary: '疑似重复诉求（7天内同区同类、关键词重合）', querystring: similarQuery, response: { 200: similarDemandsOut } } }, async (req) =>
    similarDemands(db, requireAuth(req.auth), req.query),
  );

  app.get('/api/v1/demands/supervision', { config: { access: { permission: 'demands.supervise' } }, schema: { tags, summary: '督办：临期（黄灯）与超期（红灯）诉求', querystring: supervisionQuery, response: { 200: demandPageOut } } }, async (req) =>
    supervisionList(db, requireAuth(req.auth), req.query),
  );

  app.get('/api/v1/demands/:id', { config: { access: { permission: 'demands.read' } }, schema: { tags, summary: '诉求详情与办理轨迹', params: idParams, response: { 200: demandDetailOut } } }, async (req) =>
    demandDetail(db, requireAuth(req.auth), req.params.id),
  );
  app.get('/api/v1/demands/:id/contact', { config: { access: { permission: 'demands.read' } }, schema: { tags, summary: '市民完整联系方式（仅签收承办人，记入审计）', params: idParams, response: { 200: demandContactOut } } }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return demandContact(db, req, requireAuth(req.auth), req.params.id);
  });

  const perm = (permission: string) => ({ access: { permission } });
  const p = idParams;
  app.post('/api/v1/demands/:id/dispatch', { config: perm('demands.dispatch'), schema: { tags, summary: '派单', params: p, body: dispatchBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'dispatch', req.body));
  app.post('/api/v1/demands/:id/redispatch', { config: perm('demands.dispatch'), schema: { tags, summary: '改派', params: p, body: dispatchBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'redispatch', req.body));
  app.post('/api/v1/demands/:id/merge', { config: perm('demands.dispatch'), schema: { tags, summary: '合并重复件', params: p, body: mergeBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'merge', req.body));
  app.post('/api/v1/demands/:id/accept', { config: perm('demands.handle'), schema: { tags, summary: '签收（记录响应时间）', params: p, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'accept', {}));
  app.post('/api/v1/demands/:id/return', { config: perm('demands.handle'), schema: { tags, summary: '退单（须说明理由）', params: p, body: returnBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'return', req.body));
  app.post('/api/v1/demands/:id/start', { config: perm('demands.handle'), schema: { tags, summary: '开始办理', params: p, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'start', {}));
  app.post('/api/v1/demands/:id/notes', { config: perm('demands.handle'), schema: { tags, summary: '办理记录', params: p, body: noteBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'note', req.body));
  app.post('/api/v1/demands/:id/extensions', { config: perm('demands.handle'), schema: { tags, summary: '申请延期', params: p, body: extensionBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'request_extension', req.body));
  app.post('/api/v1/demands/:id/extensions/:extensionId/approve', { config: perm('demands.supervise'), schema: { tags, summary: '批准延期', params: extensionParams, body: decisionBody, response: { 200: demandOut } } }, (req) =>
    act(req, req.params.id, 'approve_extension', { ...req.body, extensionId: req.params.extensionId }),
  );
  app.post('/api/v1/demands/:id/extensions/:extensionId/reject', { config: perm('demands.supervise'), schema: { tags, summary: '驳回延期', params: extensionParams, body: decisionBody, response: { 200: demandOut } } }, (req) =>
    act(req, req.params.id, 'reject_extension', { ...req.body, extensionId: req.params.extensionId }),
  );
  app.post('/api/v1/demands/:id/supervise', { config: perm('demands.supervise'), schema: { tags, summary: '督办通知（通知承办单位经办人）', params: p, body: noteBody, response: { 200: demandOut } } }, (req) =>
    act(req, req.params.id, 'supervise', req.body),
  );
  app.post('/api/v1/demands/:id/answer', { config: perm('demands.handle'), schema: { tags, summary: '答复市民', params: p, body: answerBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'answer', req.body));
  app.post('/api/v1/demands/:id/callback', { config: perm('demands.supervise'), schema: { tags, summary: '回访（不满意则重新办理）', params: p, body: callbackBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'callback', req.body));
  app.post('/api/v1/demands/:id/close', { config: perm('demands.supervise'), schema: { tags, summary: '办结', params: p, body: closeBody, response: { 200: demandOut } } }, (req) => act(req, req.params.id, 'close', req.body));

  app.get('/api/v1/demands/:id/dispatch-suggestion', { config: perm('demands.dispatch'), schema: { tags, summary: '派单建议：派单规则会选的承办单位', params: p, response: { 200: dispatchSuggestionOut } } }, async (req) =>
    dispatchSuggestion(db, requireAuth(req.auth), req.params.id),
  );
  app.post('/api/v1/demands/:id/result-photos', { config: perm('demands.handle'), schema: { tags, summary: `办理结果照片（jpg/png/webp，≤8MB，最多${MAX_PHOTOS}张；签收后、答复前）`, params: p, consumes: ['multipart/form-data'], response: { 201: resultPhotoOut } } }, async (req, reply) =>
    reply.status(201).send({ id: await addResultPhoto(db, env.DATA_DIR, req, requireAuth(req.auth), req.params.id) }),
  );

  app.get('/api/v1/demands/:id/photos/:photoId', { config: perm('demands.read'), schema: { tags, summary: '诉求照片或附件（企业诉求可附 PDF）', params: z.object({ id: bigRowIdParam, photoId: bigRowIdParam }), querystring: z.object({ w: z.coerce.number().int().min(16).max(4000).optional() }), response: { 200: fileOut(['image/webp', 'application/pdf'], '照片（WebP，按宽度缩放）或 PDF 附件 · the photo as WebP scaled to the width, or the PDF file') } } }, async (req, reply) => {
    const d = await findVisible(db, scopeFor(requireAuth(req.auth), 'demands.read'), req.params.id);
    return sendDemandFile(db, env.DATA_DIR, req, reply, { districtCode: d.district_code, id: req.params.id }, req.params.photoId, req.query.w);
  });
}
