import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { inScope } from '../../../kernel/access/scope.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { sendStoredFile } from '../../../kernel/files/uploads.js';
import { uploadsDir } from '../../../kernel/files/stored-keys.js';
import { managedCompetition, showcaseScope, type ShowcasePermission } from '../showcase.access.js';
import { idParams } from './competitions.dto.js';
import { fileParams, submissionBody, submissionListQuery, submissionPatch } from './submissions.dto.js';
import { submissionOut, submissionPage } from './submissions.responses.js';
import { createSubmission, listSubmissions, moveSubmission, submissionInScope, submissionOutById, updateSubmission } from './submission-commands.js';
import { addSubmissionFile, CASE_FILES_AREA, fileOf, removeSubmissionFile } from './submission-files.js';

const tags = ['showcase'];
const fileResponse = { 200: fileOut(['application/pdf', 'image/png', 'image/jpeg'], '案例附件 · the attachment') };

/** Organisations' cases: drafts, submission and withdrawal before the deadline, attachments; the committee's list. */
export function submissionsRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const submit = { access: { permission: 'showcase.submit' } } as const;
  const manage = { access: { permission: 'showcase.manage' } } as const;
  const scope = (req: FastifyRequest, p: ShowcasePermission) => showcaseScope(requireAuth(req.auth), p);

  app.get('/api/v1/showcase/submissions', { config: submit, schema: { tags, operationId: 'showcase.listSubmissions', summary: '本单位申报的案例', querystring: submissionListQuery, response: { 200: submissionPage } } }, async (req) =>
    listSubmissions(db, inScope(sql`s.org_path`, scope(req, 'showcase.submit')), req.query),
  );

  app.post('/api/v1/showcase/submissions', { config: submit, schema: { tags, operationId: 'showcase.createSubmission', summary: '新建案例（草稿）', body: submissionBody, response: { 201: submissionOut } } }, async (req, reply) => {
    const id = await createSubmission(db, req, requireAuth(req.auth), scope(req, 'showcase.submit'), req.body);
    return reply.status(201).send(await submissionOutById(db, id));
  });

  app.get('/api/v1/showcase/submissions/:id', { config: submit, schema: { tags, operationId: 'showcase.getSubmission', summary: '案例详情（本单位）', params: idParams, response: { 200: submissionOut } } }, async (req) => {
    await submissionInScope(db, scope(req, 'showcase.submit'), req.params.id);
    return submissionOutById(db, req.params.id);
  });

  app.patch('/api/v1/showcase/submissions/:id', { config: submit, schema: { tags, operationId: 'showcase.updateSubmission', summary: '修改案例（草稿或已撤回，截止前）', params: idParams, body: submissionPatch, response: { 200: submissionOut } } }, async (req) => {
    await updateSubmission(db, req, scope(req, 'showcase.submit'), req.params.id, req.body);
    return submissionOutById(db, req.params.id);
  });

  app.post('/api/v1/showcase/submissions/:id/submit', { config: submit, schema: { tags, operationId: 'showcase.submitSubmission', summary: '提交案例（检查必填部分与字数）', params: idParams, response: { 200: submissionOut } } }, async (req) => {
    await moveSubmission(db, req, scope(req, 'showcase.submit'), req.params.id, 'submitted');
    return submissionOutById(db, req.params.id);
  });

  app.post('/api/v1/showcase/submissions/:id/withdraw', { config: submit, schema: { tags, operationId: 'showcase.withdrawSubmission', summary: '撤回案例（截止前）', params: idParams, response: { 200: submissionOut } } }, async (req) => {
    await moveSubmission(db, req, scope(req, 'showcase.submit'), req.params.id, 'withdrawn');
    return submissionOutById(db, req.params.id);
  });

  app.post(
    '/api/v1/showcase/submissions/:id/files',
    { config: submit, schema: { tags, operationId: 'showcase.addSubmissionFile', summary: '上传案例附件（PDF 或图片，multipart 字段 file；检查是否出现单位名称）', params: idParams, consumes: ['multipart/form-data'], response: { 201: submissionOut } } },
    async (req, reply) => {
      await addSubmissionFile(db, env.DATA_DIR, req, scope(req, 'showcase.submit'), req.params.id);
      return reply.status(201).send(await submissionOutById(db, req.params.id));
    },
  );

  app.delete('/api/v1/showcase/submissions/:id/files/:fileId', { config: submit, schema: { tags, operationId: 'showcase.removeSubmissionFile', summary: '删除案例附件', params: fileParams, response: { 200: submissionOut } } }, async (req) => {
    await removeSubmissionFile(db, env.DATA_DIR, req, scope(req, 'showcase.submit'), req.params.id, req.params.fileId);
    return submissionOutById(db, req.params.id);
  });

  app.get('/api/v1/showcase/submissions/:id/files/:fileId', { config: submit, schema: { tags, summary: '下载案例附件（本单位）', params: fileParams, response: fileResponse } }, async (req, reply) => {
    await submissionInScope(db, scope(req, 'showcase.submit'), req.params.id);
    const f = await fileOf(db, req.params.id, req.params.fileId);
    return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, CASE_FILES_AREA), storageKey: f.fileKey.slice(CASE_FILES_AREA.length + 1), mime: f.mime, downloadName: f.originalName || 'attachment' });
  });

  app.get('/api/v1/showcase/competitions/:id/submissions', { config: manage, schema: { tags, operationId: 'showcase.competitionSubmissions', summary: '评选的全部案例（管理，含申报单位与匿名提示）', params: idParams, querystring: submissionListQuery.omit({ competitionId: true }), response: { 200: submissionPage } } }, async (req) => {
    await managedCompetition(db, scope(req, 'showcase.manage'), req.params.id);
    return listSubmissions(db, sql`s.competition_id = ${req.params.id} AND s.status <> 'draft'`, req.query);
  });
}
