import { createReadStream } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { rows } from '../../../kernel/db/client.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { mimeOf, sendStoredFile } from '../../../kernel/files/uploads.js';
import { uploadsDir } from '../../../kernel/files/stored-keys.js';
import { resizedImage, snapWidth } from '../../../kernel/files/images.js';
import { canViewSquad } from '../squads.access.js';
import { documentKinds, EVIDENCE_AREA } from './evidence.js';
import { evidenceFileQuery, idParams } from './tasks.dto.js';

const tags = ['squads'];

/** Evidence files: organisers with squads.read over the squad and the squad's own active members may open them. */
export function evidenceRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const mimes = [...documentKinds.map((k) => mimeOf[k]), 'image/webp'];

  app.get('/api/v1/squad-evidence/:id', { config: { access: 'session' }, schema: { tags, summary: '下载佐证材料（图片可按宽度缩放为 WebP）', params: idParams, querystring: evidenceFileQuery, response: { 200: fileOut([...new Set(mimes)], '佐证材料 · the evidence file') } } }, async (req, reply) => {
    const [e] = await rows<{ squad_id: number; file_key: string; mime: string; original_name: string }>(db, sql`SELECT squad_id, file_key, mime, original_name FROM squad_evidence WHERE id = ${req.params.id}`);
    if (!e || !(await canViewSquad(db, requireAuth(req.auth), e.squad_id))) throw new AppError('not_found');
    const storageKey = e.file_key.slice(EVIDENCE_AREA.length + 1);
    if (req.query.w && e.mime.startsWith('image/')) {
      const file = await resizedImage(env.DATA_DIR, e.file_key, snapWidth(req.query.w));
      return reply.header('content-type', 'image/webp').header('cache-control', 'private, max-age=86400').send(createReadStream(file));
    }
    return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, EVIDENCE_AREA), storageKey, mime: e.mime, downloadName: e.mime.startsWith('image/') ? undefined : e.original_name || 'evidence' });
  });
}
