import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { fileOut, okOut } from '../../kernel/openapi/responses.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { scopeFor } from '../../kernel/access/scope.js';
import { fileError } from '../../kernel/roster/parse-workbook.js';
import { idParams, importQuery, importReport, questionBody, questionListQuery, tagAssignmentBody, updateQuestionBody } from './learning.dto.js';
import { getQuestion, listQuestions, tagAssignments, tagsInScope } from './questions.queries.js';
import { createQuestion, deleteQuestion, orgInScope, updateQuestion } from './commands/save-question.js';
import { setTagAssignment } from './commands/tag-assignment.js';
import { buildBankTemplate } from './import/excel-bank.js';
import { formatOf, importQuestions } from './import/import-questions.js';
import { questionOut, questionPage, questionTagsOut, tagAssignmentsOut } from './learning.responses.js';

const tags = ['learning'];
const read = { permission: 'learning.questions_read' };
const write = { permission: 'learning.questions_write' };
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function readUpload(req: FastifyRequest): Promise<{ buf: Buffer; filename: string }> {
  if (!req.isMultipart()) throw fileError('请以 multipart/form-data 上传文件，字段名为 file');
  const part = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
  if (!part || part.fieldname !== 'file') throw fileError('请选择要上传的文件（字段名 file）');
  try {
    const buf = await part.toBuffer();
    if (buf.length === 0) throw fileError('文件为空');
    return { buf, filename: part.filename };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload_too_large', [{ field: 'file', message: 'the file is over 5 MB' }]);
    throw err;
  }
}

/** Question bank for committee and agency admins: CRUD, search, tags, imports, quiz tag assignments. */
export function questionsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const found = async (req: FastifyRequest, id: number, permission: string) => {
    const q = await getQuestion(db, scopeFor(requireAuth(req.auth), permission), id);
    if (!q) throw new AppError('not_found');
    return q;
  };

  app.get('/api/v1/learning/questions', { config: { access: read }, schema: { tags, summary: '题库列表（搜索、筛选、分页）', querystring: questionListQuery, response: { 200: questionPage } } }, async (req) =>
    listQuestions(db, scopeFor(requireAuth(req.auth), read.permission), req.query),
  );

  app.get('/api/v1/learning/question-tags', { config: { access: read }, schema: { tags, summary: '题库标签及题量', response: { 200: questionTagsOut } } }, async (req) => ({
    items: await tagsInScope(db, scopeFor(requireAuth(req.auth), read.permission)),
  }));

  app.post('/api/v1/learning/questions', { config: { access: write }, schema: { tags, summary: '新增题目', body: questionBody, response: { 201: questionOut } } }, async (req, reply) => {
    const id = await createQuestion(db, req, scopeFor(requireAuth(req.auth), write.permission), req.body);
    return reply.status(201).send(await found(req, id, read.permission));
  });

  app.get('/api/v1/learning/questions/:id', { config: { access: read }, schema: { tags, summary: '题目详情', params: idParams, response: { 200: questionOut } } }, async (req) => {
    const q = await found(req, req.params.id, read.permission);
    await audit(db, req, { action: 'learning.question_read', entity: 'learning_question', entityId: q.id, orgId: q.orgId, orgPath: q.orgPath });
    return q;
  });

  app.patch('/api/v1/learning/questions/:id', { config: { access: write }, schema: { tags, summary: '修改题目', params: idParams, body: updateQuestionBody, response: { 200: questionOut } } }, async (req) => {
    await updateQuestion(db, req, await found(req, req.params.id, write.permission), req.body);
    return found(req, req.params.id, read.permission);
  });

  app.delete('/api/v1/learning/questions/:id', { config: { access: write }, schema: { tags, summary: '删除题目', params: idParams, response: { 200: okOut } } }, async (req) => {
    await deleteQuestion(db, req, await found(req, req.params.id, write.permission));
    return { ok: true as const };
  });

  app.get('/api/v1/learning/questions/import/template.xlsx', { config: { access: write }, schema: { tags, summary: '下载题库导入模板', response: { 200: fileOut(XLSX, '题库导入模板（Excel） · The question-bank import template') } } }, async (_req, reply) =>
    reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('题库导入模板.xlsx')}`)
      .send((await buildBankTemplate()) as unknown as string), // a Buffer; fileOut documents it as binary
  );

  app.post(
    '/api/v1/learning/questions/import',
    {
      config: { access: write },
      schema: {
        tags,
        summary: '导入题库（Excel 模板 / Moodle GIFT / JSON 题库；multipart 字段 file；dry-run 预检或 apply 写入）',
        consumes: ['multipart/form-data'],
        querystring: importQuery,
        response: { 200: importReport },
      },
    },
    async (req) => {
      const org = await orgInScope(db, scopeFor(requireAuth(req.auth), write.permission), req.query.orgId);
      const { buf, filename } = await readUpload(req);
      const extraTags = (req.query.tags ?? '').split(/[,，、]/).map((t) => t.trim()).filter(Boolean);
      return importQuestions(db, req, buf, { format: formatOf(filename, req.query.format), mode: req.query.mode, org, extraTags });
    },
  );

  app.get('/api/v1/learning/tag-assignments', { config: { access: read }, schema: { tags, summary: '每日答题的标签分配', response: { 200: tagAssignmentsOut } } }, async (req) => ({
    items: await tagAssignments(db, scopeFor(requireAuth(req.auth), read.permission)),
  }));

  app.put('/api/v1/learning/tag-assignments', { config: { access: write }, schema: { tags, summary: '设置组织的每日答题标签（空数组=全部标签）', body: tagAssignmentBody, response: { 200: okOut } } }, async (req) => {
    const org = await orgInScope(db, scopeFor(requireAuth(req.auth), write.permission), req.body.orgId);
    await setTagAssignment(db, req, org, req.body.tags);
    return { ok: true as const };
  });
}
