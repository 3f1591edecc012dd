import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { rowIdParam } from '../dto.js';
import type { App, ModuleContext } from '../module.js';
import { AppError } from '../errors.js';
import { requireAuth } from '../auth/auth-context.js';
import { partyStatuses } from '../org/org.schema.js';
import { attachmentHeader, XLSX_MIME } from './columns.js';
import { buildTemplate } from './template.js';
import { importRoster } from './import-roster.js';
import { exportRoster } from './export.js';
import { errorReportStore, reportIdPattern } from './error-reports.js';
import { fileError } from './parse-workbook.js';
import { shanghaiDay } from '../time.js';
import { fileOut } from '../openapi/responses.js';

const importQuery = z.object({ mode: z.enum(['validate', 'apply']).default('validate') });
const rowError = z.object({ row: z.number().int(), field: z.string(), value: z.string(), message: z.string() });
const importResponse = z.object({
  ok: z.boolean(),
  mode: z.enum(['validate', 'apply']),
  total: z.number().int(),
  imported: z.number().int(),
  errors: z.array(rowError),
  errorReportId: z.string().nullable(),
});
const exportQuery = z.object({
  orgId: rowIdParam.optional(),
  q: z.string().trim().max(50).optional(),
  partyStatus: z.enum(partyStatuses).optional(),
});
const reportParams = z.object({ id: z.string().regex(reportIdPattern) });

/** The uploaded file from multipart field "file", with the size limit reported as a field error. */
async function readUpload(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw fileError('请以 multipart/form-data 上传文件，字段名为 file');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw fileError('请选择要上传的 .xlsx 文件（字段名 file）');
  if (part.filename && !/\.xlsx$/i.test(part.filename)) throw fileError('只支持 .xlsx 格式的 Excel 文件（.xls、.csv 请先另存为 .xlsx）');
  try {
    return await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileError('文件不能超过 20 MB');
    throw err;
  }
}

function today(): string {
  return shanghaiDay(new Date()).replaceAll('-', '');
}

export function rosterRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const reports = errorReportStore(ctx.env.DATA_DIR);

  app.get(
    '/api/v1/roster/template',
    { config: { access: { permission: 'people.import' } }, schema: { tags: ['roster'], summary: '下载花名册模板 Roster template (xlsx)', response: { 200: fileOut(XLSX_MIME, '花名册导入模板 · the roster template workbook') } } },
    async (_req, reply) => {
      reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader('花名册导入模板.xlsx'));
      return reply.send(await buildTemplate());
    },
  );

  app.post(
    '/api/v1/roster/import',
    {
      config: { access: { permission: 'people.import' }, invalidates: ['people'] },
      schema: {
        tags: ['roster'],
        summary: '导入花名册 Import roster (multipart field "file"; validate or apply)',
        consumes: ['multipart/form-data'],
        querystring: importQuery,
        response: { 200: importResponse },
      },
    },
    async (req) => importRoster(db, req, requireAuth(req.auth), await readUpload(req), req.query.mode, reports),
  );

  app.get(
    '/api/v1/roster/import/errors/:id',
    {
      config: { access: { permission: 'people.import' } },
      schema: { tags: ['roster'], summary: '下载标注错误的花名册 Annotated error workbook', params: reportParams, response: { 200: fileOut(XLSX_MIME, '标注错误的花名册 · the workbook with its errors marked') } },
    },
    async (req, reply) => {
      const file = await reports.read(req.params.id, requireAuth(req.auth).accountId);
      if (!file) throw new AppError('not_found');
      reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader('花名册错误说明.xlsx'));
      return reply.send(file);
    },
  );

  app.get(
    '/api/v1/roster/export',
    {
      config: { access: { permission: 'people.export' } },
      schema: { tags: ['roster'], summary: '导出花名册 Export roster (xlsx)', querystring: exportQuery, response: { 200: fileOut(XLSX_MIME, '花名册 · the roster workbook') } },
    },
    async (req, reply) => {
      const { buffer } = await exportRoster(db, req, requireAuth(req.auth), req.query);
      reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader(`花名册-${today()}.xlsx`));
      return reply.send(buffer);
    },
  );
}
