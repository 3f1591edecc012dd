import { createReadStream } from 'node:fs';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../kernel/auth/auth-context.js';
import { scopeFor } from '../../kernel/access/scope.js';
import { imageKinds } from '../../kernel/files/uploads.js';
import { removeByKey, storeUpload } from '../../kernel/files/stored-keys.js';
import { resizedImage, snapWidth } from '../../kernel/files/images.js';
import { getManaged } from './activities.queries.js';
import { callerOf, inAudience, type ActivityRow } from './activities.access.js';
import { idParams } from './activities.dto.js';
import { fileOut, okOut } from '../../kernel/openapi/responses.js';
import { photoCreatedOut, photoListOut } from './activities.responses.js';

const tags = ['activities'];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Photos for the summary after an activity: organisers upload, everyone who can see the activity views. */
export function photosRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;

  async function canView(auth: AuthContext, activityId: number) {
    if (await getManaged(db, scopeFor(auth, 'activities.read'), activityId).catch(() => null)) return true;
    if (!auth.personId) return false;
    const [a] = await rows<ActivityRow>(db, sql`SELECT * FROM activities WHERE id = ${activityId} AND status <> 'draft'`);
    return !!a && inAudience(a, await callerOf(db, auth));
  }

  app.post('/api/v1/activities/:id/photos', { config: { access: { permission: 'activities.write' } }, schema: { tags, summary: '上传活动照片（jpg/png/webp，≤10MB）', params: idParams, querystring: z.object({ caption: z.string().max(200).optional() }), consumes: ['multipart/form-data'], response: { 201: photoCreatedOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const a = await getManaged(db, scopeFor(auth, 'activities.write'), req.params.id);
    if (!a) throw new AppError('not_found');
    const stored = await storeUpload(req, env.DATA_DIR, 'activities', imageKinds, MAX_PHOTO_BYTES);
    const caption = (req.query.caption ?? '').slice(0, 200);
    // The row and its audit entry together; when they are not written, neither is the file kept.
    const photo = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(tx, sql`INSERT INTO activity_photos (activity_id, file_key, caption, uploaded_by) VALUES (${req.params.id}, ${stored.key}, ${caption}, ${auth.accountId}) RETURNING id`);
      await audit(tx, req, { action: 'activities.photo_upload', entity: 'activity', entityId: req.params.id, orgId: a.orgId as number, summary: `${stored.mime} ${stored.size} B` });
      return row;
    }).catch(async (err) => {
      await removeByKey(env.DATA_DIR, stored.key);
      throw err;
    });
    return reply.status(201).send({ id: photo.id, url: `/api/v1/activity-photos/${photo.id}` });
  });

  app.get('/api/v1/activities/:id/photos', { config: { access: 'session' }, schema: { tags, summary: '活动照片列表', params: idParams, response: { 200: photoListOut } } }, async (req) => {
    if (!(await canView(requireAuth(req.auth), req.params.id))) throw new AppError('not_found');
    const items = await rows<{ id: number; caption: string; createdAt: string }>(db, sql`SELECT id, caption, created_at AS "createdAt" FROM activity_photos WHERE activity_id = ${req.params.id} ORDER BY id`);
    return { items: items.map((p) => ({ ...p, url: `/api/v1/activity-photos/${p.id}` })) };
  });

  app.get('/api/v1/activity-photos/:id', { config: { access: 'session' }, schema: { tags, summary: '照片（按宽度缩放的 WebP）', params: idParams, querystring: z.object({ w: z.coerce.number().int().min(16).max(4000).optional() }), response: { 200: fileOut('image/webp', '照片（WebP）· the photo as WebP') } } }, async (req, reply) => {
    const [p] = await rows<{ activity_id: number; file_key: string }>(db, sql`SELECT activity_id, file_key FROM activity_photos WHERE id = ${req.params.id}`);
    if (!p || !(await canView(requireAuth(req.auth), p.activity_id))) throw new AppError('not_found');
    const file = await resizedImage(env.DATA_DIR, p.file_key, snapWidth(req.query.w));
    return reply.header('content-type', 'image/webp').header('cache-control', 'private, max-age=86400').send(createReadStream(file));
  });

  app.delete('/api/v1/activity-photos/:id', { config: { access: { permission: 'activities.write' } }, schema: { tags, summary: '删除照片', params: idParams, response: { 200: okOut } } }, async (req) => {
    const [p] = await rows<{ activity_id: number; file_key: string }>(db, sql`SELECT activity_id, file_key FROM activity_photos WHERE id = ${req.params.id}`);
    if (!p || !(await getManaged(db, scopeFor(requireAuth(req.auth), 'activities.write'), p.activity_id))) throw new AppError('not_found');
    await db.execute(sql`DELETE FROM activity_photos WHERE id = ${req.params.id}`);
    await removeByKey(env.DATA_DIR, p.file_key);
    await audit(db, req, { action: 'activities.photo_delete', entity: 'activity', entityId: p.activity_id });
    return { ok: true as const };
  });
}
