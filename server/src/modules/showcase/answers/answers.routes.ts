import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { idParams } from '../../../kernel/dto.js';
import { inScope } from '../../../kernel/access/scope.js';
import { fileOut, okOut } from '../../../kernel/openapi/responses.js';
import { sendStoredFile } from '../../../kernel/files/uploads.js';
import { uploadsDir } from '../../../kernel/files/stored-keys.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { showcaseScope, type ShowcasePermission } from '../showcase.access.js';
import {
  answerBody, answerFileParams, answerListQuery, answerOut, answerPage, answerPatch, answerReviewBody, commentBody, commentListQuery, commentOut, commentPage, feedItemOut, feedQuery, likeOut, moderateBody, orgFiguresOut,
} from './answers.dto.js';
import { answerInScope, answerOutById, createAnswer, listAnswers, reviewAnswer, submitAnswer, updateAnswer } from './answers.js';
import { addAnswerFile, addComment, ANSWER_FILES_AREA, answerFile, commentsToModerate, figuresByOrg, moderateComment, publishedAnswer, readerComments, setLike } from './feed.js';

const tags = ['showcase'];

/** 我们的答卷: organisations publish achievements after review; members read the feed, like and comment (moderated). */
export function answersRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const submit = { access: { permission: 'showcase.submit' } } as const;
  const manage = { access: { permission: 'showcase.manage' } } as const;
  const session = { access: 'session' } as const;
  const scope = (req: FastifyRequest, p: ShowcasePermission) => showcaseScope(requireAuth(req.auth), p);

  app.get('/api/v1/showcase/answers', { config: submit, schema: { tags, operationId: 'showcase.listAnswers', summary: '本单位的“我们的答卷”（含草稿、待审核）', querystring: answerListQuery, response: { 200: answerPage } } }, async (req) =>
    listAnswers(db, inScope(sql`a.org_path`, scope(req, 'showcase.submit')), req.query),
  );
  app.post('/api/v1/showcase/answers', { config: submit, schema: { tags, operationId: 'showcase.createAnswer', summary: '新建答卷（草稿）：标题、期间、类别、可量化成果（可关联统计指标）', body: answerBody, response: { 201: answerOut } } }, async (req, reply) => {
    const id = await createAnswer(ctx, req, requireAuth(req.auth), scope(req, 'showcase.submit'), req.body);
    return reply.status(201).send(await answerOutById(ctx, id));
  });
  app.get('/api/v1/showcase/answers/:id', { config: submit, schema: { tags, operationId: 'showcase.getAnswer', summary: '答卷详情（本单位，含关联指标实时数值）', params: idParams, response: { 200: answerOut } } }, async (req) => {
    await answerInScope(db, scope(req, 'showcase.submit'), req.params.id);
    return answerOutById(ctx, req.params.id, true);
  });
  app.patch('/api/v1/showcase/answers/:id', { config: submit, schema: { tags, operationId: 'showcase.updateAnswer', summary: '修改答卷（草稿或被退回）', params: idParams, body: answerPatch, response: { 200: answerOut } } }, async (req) => {
    await updateAnswer(ctx, req, scope(req, 'showcase.submit'), req.params.id, req.body);
    return answerOutById(ctx, req.params.id);
  });
  app.post('/api/v1/showcase/answers/:id/submit', { config: submit, schema: { tags, operationId: 'showcase.submitAnswer', summary: '提交审核', params: idParams, response: { 200: answerOut } } }, async (req) => {
    await submitAnswer(db, req, scope(req, 'showcase.submit'), req.params.id);
    return answerOutById(ctx, req.params.id);
  });
  app.post('/api/v1/showcase/answers/:id/review', { config: manage, schema: { tags, operationId: 'showcase.reviewAnswer', summary: '审核答卷：发布或退回', params: idParams, body: answerReviewBody, response: { 200: answerOut } } }, async (req) => {
    await reviewAnswer(db, req, requireAuth(req.auth), scope(req, 'showcase.manage'), req.params.id, req.body.decision, req.body.note);
    return answerOutById(ctx, req.params.id);
  });
  app.post(
    '/api/v1/showcase/answers/:id/files',
    { config: submit, schema: { tags, operationId: 'showcase.addAnswerFile', summary: '上传佐证材料（PDF 或图片，multipart 字段 file）', params: idParams, consumes: ['multipart/form-data'], response: { 201: answerOut } } },
    async (req, reply) => {
      await addAnswerFile(db, env.DATA_DIR, req, scope(req, 'showcase.submit'), req.params.id);
      return reply.status(201).send(await answerOutById(ctx, req.params.id));
    },
  );
  app.get('/api/v1/showcase/answers/:id/files/:fileId', { config: session, schema: { tags, summary: '佐证材料（已发布的对所有人可见）', params: answerFileParams, response: { 200: fileOut(['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'], '佐证材料 · the evidence file') } } }, async (req, reply) => {
    const f = await answerFile(db, scope(req, 'showcase.submit'), req.params.id, req.params.fileId);
    return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, ANSWER_FILES_AREA), storageKey: f.fileKey.slice(ANSWER_FILES_AREA.length + 1), mime: f.mime, downloadName: f.originalName || 'evidence' });
  });

  app.get('/api/v1/showcase/feed', { config: session, schema: { tags, operationId: 'showcase.feed', summary: '“我们的答卷”全市动态；指定单位时为该单位的时间线', querystring: feedQuery, response: { 200: answerPage } } }, async (req) => {
    const { orgId, ...q } = req.query;
    if (!orgId) return listAnswers(db, sql`a.status = 'published'`, q, sql`a.published_at DESC, a.id DESC`);
    const [o] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE id = ${orgId}`);
    if (!o) throw new AppError('not_found');
    return listAnswers(db, sql`a.status = 'published' AND a.org_path LIKE ${o.path + '%'}`, q, sql`a.period_end DESC, a.id DESC`);
  });
  app.get('/api/v1/showcase/feed/:id', { config: session, schema: { tags, operationId: 'showcase.feedItem', summary: '答卷全文：成果与实时数据、点赞、评论', params: idParams, response: { 200: feedItemOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    await publishedAnswer(db, req.params.id);
    const a = await answerOutById(ctx, req.params.id, true);
    const [liked] = await rows(db, sql`SELECT 1 FROM showcase_answer_likes WHERE answer_id = ${req.params.id} AND account_id = ${auth.accountId}`);
    return { ...a, likedByMe: !!liked, comments: (await readerComments(db, auth, req.params.id)).items };
  });
  app.put('/api/v1/showcase/feed/:id/like', { config: session, schema: { tags, operationId: 'showcase.like', summary: '点赞', params: idParams, response: { 200: likeOut } } }, async (req) => setLike(db, requireAuth(req.auth), req.params.id, true));
  app.delete('/api/v1/showcase/feed/:id/like', { config: session, schema: { tags, operationId: 'showcase.unlike', summary: '取消点赞', params: idParams, response: { 200: likeOut } } }, async (req) => setLike(db, requireAuth(req.auth), req.params.id, false));
  app.post('/api/v1/showcase/feed/:id/comments', { config: session, schema: { tags, operationId: 'showcase.comment', summary: '发表评论（审核后显示）', params: idParams, body: commentBody, response: { 201: commentOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const id = await addComment(db, req, auth, req.params.id, req.body.body);
    return reply.status(201).send((await readerComments(db, auth, req.params.id)).items.find((c) => c.id === id)!);
  });
  app.get('/api/v1/showcase/comments', { config: submit, schema: { tags, operationId: 'showcase.listComments', summary: '待审核（或已处理）的评论', querystring: commentListQuery, response: { 200: commentPage } } }, async (req) =>
    commentsToModerate(db, requireAuth(req.auth), scope(req, 'showcase.submit'), req.query),
  );
  app.post('/api/v1/showcase/comments/:id/moderate', { config: submit, schema: { tags, operationId: 'showcase.moderateComment', summary: '评论审核：显示或隐藏', params: idParams, body: moderateBody, response: { 200: okOut } } }, async (req) => {
    await moderateComment(db, req, requireAuth(req.auth), scope(req, 'showcase.submit'), req.params.id, req.body.to);
    return { ok: true as const };
  });
  app.get('/api/v1/showcase/feed-figures', { config: session, schema: { tags, operationId: 'showcase.feedFigures', summary: '各单位答卷数据：发布篇数、点赞、评论', querystring: feedQuery.pick({ orgId: true }), response: { 200: orgFiguresOut } } }, async (req) => {
    const [o] = await rows<{ path: string }>(db, req.query.orgId ? sql`SELECT path FROM orgs WHERE id = ${req.query.orgId}` : sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    if (!o) throw new AppError('not_found');
    return figuresByOrg(db, o.path);
  });
}
