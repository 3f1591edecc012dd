import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { memberOf } from './practice.access.js';
import { attachmentParams, idParams, projectListQuery, reportBody, reportListQuery, updateReportBody } from './practice.dto.js';
import { okOut } from '../../kernel/openapi/responses.js';
import { attachmentCreated, memberProjectPage, membershipOut, practiceReportDetail, reportPage } from './practice.responses.js';
import { getMyReport, listMyReports, listProjectsForMember } from './practice.queries.js';
import { setMembership } from './commands/projects.js';
import { addAttachment, createReport, removeAttachment, submitReport, updateReport } from './commands/reports.js';
import { practiceUploadDir } from './practice.routes.js';

const tags = ['practice'];
const access = { permission: 'practice.participate' };

/** A member's side: join projects, write and submit reports. */
export function myPracticeRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const me = (req: { auth: Parameters<typeof requireAuth>[0] }) => memberOf(db, requireAuth(req.auth));
  const mine = async (personId: number, id: number) => {
    const r = await getMyReport(db, personId, id);
    if (!r) throw new AppError('not_found');
    return r;
  };

  app.get('/api/v1/me/practice/projects', { config: { access }, schema: { tags, summary: '可参加的实践项目', querystring: projectListQuery, response: { 200: memberProjectPage } } }, async (req) =>
    listProjectsForMember(db, await me(req), req.query),
  );
  app.post('/api/v1/me/practice/projects/:id/join', { config: { access }, schema: { tags, summary: '参加实践项目', params: idParams, response: { 200: membershipOut } } }, async (req) =>
    setMembership(db, req, await me(req), req.params.id, true),
  );
  app.delete('/api/v1/me/practice/projects/:id/join', { config: { access }, schema: { tags, summary: '退出实践项目', params: idParams, response: { 200: membershipOut } } }, async (req) =>
    setMembership(db, req, await me(req), req.params.id, false),
  );

  app.get('/api/v1/me/practice/reports', { config: { access }, schema: { tags, summary: '我的基层报告', querystring: reportListQuery, response: { 200: reportPage } } }, async (req) =>
    listMyReports(db, (await me(req)).personId, req.query),
  );
  app.post('/api/v1/me/practice/reports', { config: { access }, schema: { tags, summary: '撰写基层报告（草稿）', body: reportBody, response: { 201: practiceReportDetail } } }, async (req, reply) => {
    const m = await me(req);
    const id = await createReport(db, req, m, req.body);
    return reply.status(201).send(await mine(m.personId, id));
  });
  app.get('/api/v1/me/practice/reports/:id', { config: { access }, schema: { tags, summary: '我的报告详情', params: idParams, response: { 200: practiceReportDetail } } }, async (req) => mine((await me(req)).personId, req.params.id));
  app.patch('/api/v1/me/practice/reports/:id', { config: { access }, schema: { tags, summary: '修改报告（草稿或退回后）', params: idParams, body: updateReportBody, response: { 200: practiceReportDetail } } }, async (req) => {
    const m = await me(req);
    await updateReport(db, req, m, req.params.id, req.body);
    return mine(m.personId, req.params.id);
  });
  app.post('/api/v1/me/practice/reports/:id/submit', { config: { access }, schema: { tags, summary: '提交审核', params: idParams, response: { 200: practiceReportDetail } } }, async (req) => {
    const m = await me(req);
    await submitReport(db, req, m, req.params.id);
    await ctx.events.publish('practice.report_submitted', { reportId: req.params.id, personId: m.personId });
    return mine(m.personId, req.params.id);
  });
  app.post(
    '/api/v1/me/practice/reports/:id/attachments',
    { config: { access }, schema: { tags, summary: '上传附件（图片或PDF，multipart 字段 file）', params: idParams, consumes: ['multipart/form-data'], response: { 201: attachmentCreated } } },
    async (req, reply) => reply.status(201).send(await addAttachment(db, req, await me(req), req.params.id, practiceUploadDir(ctx))),
  );
  app.delete('/api/v1/me/practice/reports/:id/attachments/:attachmentId', { config: { access }, schema: { tags, summary: '删除附件', params: attachmentParams, response: { 200: okOut } } }, async (req) => {
    await removeAttachment(db, req, await me(req), req.params.id, req.params.attachmentId, practiceUploadDir(ctx));
    return { ok: true as const };
  });
}
