import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { scopeFor } from '../../kernel/access/scope.js';
import { createItemBody, idParams, labelsBody, listQuery, mediaParams, tagsQuery, transitionBody, updateItemBody } from './content.dto.js';
import { setLabels } from './commands/set-labels.js';
import { tagsInScope } from './content.tags.js';
import { getManaged, listManaged } from './content.queries.js';
import { createItem } from './commands/create-item.js';
import { contentUploadsOf } from './commands/copy-upload.js';
import { updateItem } from './commands/update-item.js';
import { transition } from './commands/transition.js';
import { attachMedia } from './commands/attach-media.js';
import { contentDetailOut, contentPage, mediaAttachedOut, tagsOut } from './content.responses.js';

const tags = ['content'];

export const contentUploadDir = (ctx: ModuleContext) => contentUploadsOf(ctx.env.DATA_DIR);

/** Authors and reviewers: drafts, uploads, the review workflow. */
export function contentRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const detail = async (auth: Parameters<typeof requireAuth>[0], id: number) => {
    const item = await getManaged(db, scopeFor(requireAuth(auth), 'content.read'), id);
    if (!item) throw new AppError('not_found');
    return item;
  };

  app.get('/api/v1/content', { config: { access: { permission: 'content.read' } }, schema: { tags, summary: '内容列表（审核队列：status=review）', querystring: listQuery, response: { 200: contentPage } } }, async (req) =>
    listManaged(db, scopeFor(requireAuth(req.auth), 'content.read'), req.query),
  );

  app.get('/api/v1/content/tags', { config: { access: { permission: 'content.read' } }, schema: { tags, summary: '本范围内内容使用的标签（按使用次数）', querystring: tagsQuery, response: { 200: tagsOut } } }, async (req) =>
    tagsInScope(db, scopeFor(requireAuth(req.auth), 'content.read'), req.query.q),
  );

  app.put('/api/v1/content/:id/labels', { config: { access: { permission: 'content.write' } }, schema: { tags, summary: '设置栏目和标签（任何状态均可）', params: idParams, body: labelsBody, response: { 200: contentDetailOut } } }, async (req) => {
    await setLabels(db, req, scopeFor(requireAuth(req.auth), 'content.write'), req.params.id, req.body);
    return detail(req.auth, req.params.id);
  });

  app.post('/api/v1/content', { config: { access: { permission: 'content.write' } }, schema: { tags, summary: '新建内容草稿（文章/视频/PDF）', body: createItemBody, response: { 201: contentDetailOut } } }, async (req, reply) => {
    const id = await createItem(db, req, scopeFor(requireAuth(req.auth), 'content.write'), req.body);
    return reply.status(201).send(await detail(req.auth, id));
  });

  app.get('/api/v1/content/:id', { config: { access: { permission: 'content.read' } }, schema: { tags, summary: '内容详情', params: idParams, response: { 200: contentDetailOut } } }, async (req) => detail(req.auth, req.params.id));

  app.patch('/api/v1/content/:id', { config: { access: { permission: 'content.write' } }, schema: { tags, summary: '修改草稿', params: idParams, body: updateItemBody, response: { 200: contentDetailOut } } }, async (req) => {
    await updateItem(db, req, scopeFor(requireAuth(req.auth), 'content.write'), req.params.id, req.body);
    return detail(req.auth, req.params.id);
  });

  app.post('/api/v1/content/:id/transitions', { config: { access: { permission: 'content.read' } }, schema: { tags, summary: '提交审核 / 退回 / 发布 / 归档', params: idParams, body: transitionBody, response: { 200: contentDetailOut } } }, async (req) => {
    const result = await transition(db, req, requireAuth(req.auth), req.params.id, req.body.action, req.body.comment);
    if (result.status === 'published') await ctx.events.publish('content.published', { contentId: result.id, orgId: result.orgId });
    return detail(req.auth, req.params.id);
  });

  app.post(
    '/api/v1/content/:id/media/:slot',
    { config: { access: { permission: 'content.write' } }, schema: { tags, summary: '上传视频(mp4)、封面图、PDF 或 Word 原文(.docx)（multipart 字段 file）', params: mediaParams, consumes: ['multipart/form-data'], response: { 200: mediaAttachedOut } } },
    async (req) => attachMedia(db, req, scopeFor(requireAuth(req.auth), 'content.write'), req.params.id, req.params.slot, contentUploadDir(ctx)),
  );
}
