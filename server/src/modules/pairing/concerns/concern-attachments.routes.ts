import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { bigRowIdParam } from '../../../kernel/dto.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { sendDemandFile } from '../../demands/index.js';
import { pairingScope, personOf } from '../pairing.access.js';
import { attachmentRoutes, visibleConcernKey } from './concerns.queries.js';

const tags = ['pairing'];
const params = z.object({ demandId: bigRowIdParam, attachmentId: bigRowIdParam });
const querystring = z.object({ w: z.coerce.number().int().min(16).max(4000).optional().meta({ description: '照片宽度（像素）· photo width' }) });
const response = { 200: fileOut(['image/webp', 'application/pdf'], '照片（WebP，按宽度缩放）或 PDF 附件 · the photo as WebP scaled to the width, or the PDF file') };

/** A concern's attachments (the demand's files), for the entrepreneur, their cadre and the admins in scope; anyone else 404. */
export function concernAttachmentRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const path = (base: string) => `${base}/:demandId/attachments/:attachmentId`;
  const schema = (summary: string) => ({ tags, summary, params, querystring, response });

  app.get(path(attachmentRoutes.entrepreneur), { config: { access: { permission: 'pairing.entrepreneur' } }, schema: schema('我的诉求附件') }, async (req, reply) => {
    const key = await visibleConcernKey(db, req.params.demandId, { entrepreneurAccountId: requireAuth(req.auth).accountId });
    return sendDemandFile(db, env.DATA_DIR, req, reply, key, req.params.attachmentId, req.query.w);
  });

  app.get(path(attachmentRoutes.cadre), { config: { access: { permission: 'pairing.cadre' } }, schema: schema('结对企业家诉求附件') }, async (req, reply) => {
    const key = await visibleConcernKey(db, req.params.demandId, { cadrePersonId: personOf(requireAuth(req.auth)) });
    return sendDemandFile(db, env.DATA_DIR, req, reply, key, req.params.attachmentId, req.query.w);
  });

  app.get(path(attachmentRoutes.admin), { config: { access: { permission: 'pairing.read' } }, schema: schema('急难愁盼诉求附件（本组织负责的企业家）') }, async (req, reply) => {
    const key = await visibleConcernKey(db, req.params.demandId, { scope: pairingScope(requireAuth(req.auth), 'pairing.read') });
    return sendDemandFile(db, env.DATA_DIR, req, reply, key, req.params.attachmentId, req.query.w);
  });
}
