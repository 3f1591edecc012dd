import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows } from '../../kernel/db/client.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { canSeeItem, readerOf } from './content.access.js';
import { feedQuery, heartbeatBody, idParams, mediaParams } from './content.dto.js';
import { feed, getForReader } from './content.queries.js';
import { heartbeat } from './commands/heartbeat.js';
import { confirmRead } from './commands/confirm-read.js';
import { myRequired } from './required-reading.queries.js';
import { sendStoredFile } from '../../kernel/files/uploads.js';
import { contentUploadDir } from './content.routes.js';
import { framedByThisOrigin } from '../../kernel/security-headers.js';
import { fileOut } from '../../kernel/openapi/responses.js';
import { confirmOut, heartbeatOut, myRequiredOut, readerDetailOut, readerPage } from './content.responses.js';

const tags = ['content'];
const access = { permission: 'content.view' };

/** Readers: the feed of what is published to them, media, and the reading heartbeat. */
export function readerRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  app.get('/api/v1/me/content', { config: { access }, schema: { tags, summary: '学习资料（发布给我的内容）', querystring: feedQuery, response: { 200: readerPage } } }, async (req) =>
    feed(db, await readerOf(db, requireAuth(req.auth)), req.query),
  );

  app.get('/api/v1/me/required-reading', { config: { access }, schema: { tags, summary: '我的必读（警示教育等组织指定的必读内容）', response: { 200: myRequiredOut } } }, async (req) =>
    myRequired(db, await readerOf(db, requireAuth(req.auth))),
  );

  app.post('/api/v1/me/content/:id/confirm-read', { config: { access }, schema: { tags, summary: '确认已读完（读到文末后确认）', params: idParams, response: { 200: confirmOut } } }, async (req) => {
    const reader = await readerOf(db, requireAuth(req.auth));
    const { justCompleted, kind, ...result } = await confirmRead(db, reader, req.params.id);
    if (justCompleted) {
      const payload = { personId: reader.personId, contentId: req.params.id, seconds: result.seconds };
      await ctx.events.publish(kind === 'video' ? 'content.video_watched' : 'content.read_completed', payload);
    }
    return result;
  });

  app.get('/api/v1/me/content/:id', { config: { access }, schema: { tags, summary: '阅读内容', params: idParams, response: { 200: readerDetailOut } } }, async (req) => {
    const item = await getForReader(db, await readerOf(db, requireAuth(req.auth)), req.params.id);
    if (!item) throw new AppError('not_found');
    return item;
  });

  app.post('/api/v1/content/:id/heartbeat', { config: { access }, schema: { tags, summary: '阅读心跳（约每15秒一次）', params: idParams, body: heartbeatBody, response: { 200: heartbeatOut } } }, async (req) => {
    const reader = await readerOf(db, requireAuth(req.auth));
    const { justCompleted, ...result } = await heartbeat(db, reader, req.params.id, req.body.visible);
    if (justCompleted) {
      const payload = { personId: reader.personId, contentId: req.params.id, seconds: result.seconds };
      await ctx.events.publish(result.kind === 'video' ? 'content.video_watched' : 'content.read_completed', payload);
    }
    return result;
  });

  // The reader page shows a PDF in an iframe of its own.
  app.get('/api/v1/content/:id/media/:slot', { config: { access: 'session', securityHeaders: framedByThisOrigin }, schema: { tags, summary: '视频/封面/PDF/Word 附件（支持 Range）', params: mediaParams, response: { 200: fileOut(['video/mp4', 'image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], '媒体文件（支持 Range，部分内容为 206；Word 附件以原文件名下载）· the media file (Range requests answer 206; a Word document downloads under its own name)') } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    if (!(await canSeeItem(db, auth, req.params.id))) throw new AppError('not_found');
    const [file] = await rows<{ storage_key: string; mime: string; original_name: string }>(
      db,
      sql`SELECT storage_key, mime, original_name FROM content_files WHERE item_id = ${req.params.id} AND slot = ${req.params.slot}`,
    );
    if (!file) throw new AppError('not_found');
    // A browser shows the other media in the page; a Word file can only be saved, under the name it was uploaded with.
    const downloadName = req.params.slot === 'document' ? file.original_name || 'document.docx' : undefined;
    return sendStoredFile(req, reply, { dir: contentUploadDir(ctx), storageKey: file.storage_key, mime: file.mime, downloadName });
  });
}
