import type { FastifyRequest } from 'fastify';
import { open } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { idParams } from '../../../kernel/dto.js';
import { inScope } from '../../../kernel/access/scope.js';
import { fileOut, okOut } from '../../../kernel/openapi/responses.js';
import { detectKind, mimeOf, sendStoredFile } from '../../../kernel/files/uploads.js';
import { pathOfKey, uploadsDir } from '../../../kernel/files/stored-keys.js';
import { showcaseScope, type ShowcasePermission } from '../showcase.access.js';
import { exemplarBody, exemplarListQuery, exemplarOut, exemplarPage, exemplarPatch, mediaParams, mediaQuery, wallBody } from './role-models.dto.js';
import { addMedia, createExemplar, exemplarOutById, listExemplars, mediaFile, MEDIA_AREA, readableExemplar, removeMedia, setOnWall, setPoster, updateExemplar } from './exemplars.js';

const tags = ['showcase'];
const mediaResponse = { 200: fileOut(['video/mp4', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'], '照片、微视频或封面（支持 Range，部分内容为 206）· photo, micro-video or poster (Range requests answer 206)') };

/** Role-model profiles (树典型): organisations write them with photos and micro-videos; the committee places them on the wall. */
export function exemplarRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const submit = { access: { permission: 'showcase.submit' } } as const;
  const manage = { access: { permission: 'showcase.manage' } } as const;
  const session = { access: 'session' } as const;
  const scope = (req: FastifyRequest, p: ShowcasePermission) => showcaseScope(requireAuth(req.auth), p);

  app.get('/api/v1/showcase/exemplars', { config: submit, schema: { tags, operationId: 'showcase.listExemplars', summary: '本单位的典型（人物、团队、尖刀班）', querystring: exemplarListQuery, response: { 200: exemplarPage } } }, async (req) =>
    listExemplars(db, inScope(sql`e.org_path`, scope(req, 'showcase.submit')), req.query),
  );

  app.post('/api/v1/showcase/exemplars', { config: submit, schema: { tags, operationId: 'showcase.createExemplar', summary: '新建典型档案：类别、事迹、荣誉', body: exemplarBody, response: { 201: exemplarOut } } }, async (req, reply) => {
    const id = await createExemplar(db, req, requireAuth(req.auth), scope(req, 'showcase.submit'), req.body);
    return reply.status(201).send(await exemplarOutById(db, id));
  });

  app.patch('/api/v1/showcase/exemplars/:id', { config: submit, schema: { tags, operationId: 'showcase.updateExemplar', summary: '修改典型档案', params: idParams, body: exemplarPatch, response: { 200: exemplarOut } } }, async (req) => {
    await updateExemplar(db, req, scope(req, 'showcase.submit'), req.params.id, req.body);
    return exemplarOutById(db, req.params.id);
  });

  app.get('/api/v1/showcase/exemplars/:id', { config: session, schema: { tags, operationId: 'showcase.getExemplar', summary: '典型档案（已发布的对所有人可见）', params: idParams, response: { 200: exemplarOut } } }, async (req) => {
    await readableExemplar(db, scope(req, 'showcase.submit'), req.params.id);
    return exemplarOutById(db, req.params.id);
  });

  app.post('/api/v1/showcase/exemplars/:id/wall', { config: manage, schema: { tags, operationId: 'showcase.setExemplarWall', summary: '上墙 / 撤下（典型展示墙）', params: idParams, body: wallBody, response: { 200: exemplarOut } } }, async (req) => {
    await setOnWall(db, req, scope(req, 'showcase.manage'), req.params.id, req.body.onWall);
    return exemplarOutById(db, req.params.id);
  });

  app.post(
    '/api/v1/showcase/exemplars/:id/media',
    { config: submit, schema: { tags, operationId: 'showcase.addExemplarMedia', summary: '上传照片或微视频（multipart 字段 file；mp4 为视频，可归入系列）', params: idParams, querystring: mediaQuery, consumes: ['multipart/form-data'], response: { 201: exemplarOut } } },
    async (req, reply) => {
      await addMedia(db, env.DATA_DIR, req, scope(req, 'showcase.submit'), req.params.id, req.query);
      return reply.status(201).send(await exemplarOutById(db, req.params.id));
    },
  );

  app.post(
    '/api/v1/showcase/media/:mediaId/poster',
    { config: submit, schema: { tags, operationId: 'showcase.setMediaPoster', summary: '上传微视频封面（multipart 字段 file，图片）', params: mediaParams, consumes: ['multipart/form-data'], response: { 200: okOut } } },
    async (req) => {
      await setPoster(db, env.DATA_DIR, req, scope(req, 'showcase.submit'), req.params.mediaId);
      return { ok: true as const };
    },
  );

  app.delete('/api/v1/showcase/media/:mediaId', { config: submit, schema: { tags, operationId: 'showcase.removeMedia', summary: '删除照片或微视频', params: mediaParams, response: { 200: okOut } } }, async (req) => {
    await removeMedia(db, env.DATA_DIR, req, scope(req, 'showcase.submit'), req.params.mediaId);
    return { ok: true as const };
  });

  for (const poster of [false, true]) {
    app.get(
      `/api/v1/showcase/media/:mediaId/${poster ? 'poster' : 'file'}`,
      { config: session, schema: { tags, summary: poster ? '微视频封面' : '照片或微视频（手机端按 Range 分段播放）', params: mediaParams, response: mediaResponse } },
      async (req, reply) => {
        const f = await mediaFile(db, scope(req, 'showcase.submit'), req.params.mediaId, poster);
        const mime = poster ? await sniffMime(pathOfKey(env.DATA_DIR, f.key)) : f.mime;
        return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, MEDIA_AREA), storageKey: f.key.slice(MEDIA_AREA.length + 1), mime });
      },
    );
  }

  app.get('/api/v1/showcase/wall', { config: session, schema: { tags, operationId: 'showcase.wall', summary: '典型展示墙（评选产生或委员会上墙的典型）', querystring: exemplarListQuery.omit({ status: true }), response: { 200: exemplarPage } } }, async (req) =>
    listExemplars(db, sql`e.on_wall AND e.status = 'published'`, req.query),
  );

}

async function sniffMime(path: string) {
  const h = await open(path, 'r').catch(() => null);
  if (!h) return 'application/octet-stream';
  try {
    const { buffer, bytesRead } = await h.read(Buffer.alloc(16), 0, 16, 0);
    const kind = detectKind(buffer.subarray(0, bytesRead));
    return kind ? mimeOf[kind] : 'application/octet-stream';
  } finally {
    await h.close();
  }
}
