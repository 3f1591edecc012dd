import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows } from '../../kernel/db/client.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor } from '../../kernel/access/scope.js';
import { mimeOf, sendStoredFile } from '../../kernel/files/uploads.js';
import { attachmentParams, createProjectBody, idParams, projectListQuery, publishBody, reportListQuery, reviewBody, statsQuery, updateProjectBody } from './practice.dto.js';
import { practiceProject, practiceReportDetail, projectMembers as projectMembersOut, projectPage, publishOut, reportPage, statsOut } from './practice.responses.js';
import { fileOut } from '../../kernel/openapi/responses.js';
import { getProjectManaged, getReportManaged, listProjectsManaged, listReportsManaged, projectMembers, reportCounts } from './practice.queries.js';
import { createProject, updateProject } from './commands/projects.js';
import { publishReport, reviewReport } from './commands/review-report.js';
import { attachmentKinds } from './commands/reports.js';

const tags = ['practice'];
const attachmentMimes = attachmentKinds.map((k) => mimeOf[k]);
export const practiceUploadDir = (ctx: ModuleContext) => join(ctx.env.DATA_DIR, 'uploads', 'practice');
const scope = (auth: AuthContext | null, permission: string) => scopeFor(requireAuth(auth), permission);

/** Staff side: practice projects, the report review queue, counts per organisation. */
export function practiceRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const project = async (auth: AuthContext | null, id: number) => {
    const p = await getProjectManaged(db, scope(auth, 'practice.read'), id);
    if (!p) throw new AppError('not_found');
    return p;
  };

  app.get('/api/v1/practice/projects', { config: { access: { permission: 'practice.read' } }, schema: { tags, summary: '实践项目列表', querystring: projectListQuery, response: { 200: projectPage } } }, async (req) =>
    listProjectsManaged(db, scope(req.auth, 'practice.read'), req.query),
  );
  app.post('/api/v1/practice/projects', { config: { access: { permission: 'practice.manage' } }, schema: { tags, summary: '新建实践项目', body: createProjectBody, response: { 201: practiceProject } } }, async (req, reply) => {
    const id = await createProject(db, req, scope(req.auth, 'practice.manage'), req.body);
    return reply.status(201).send(await project(req.auth, id));
  });
  app.patch('/api/v1/practice/projects/:id', { config: { access: { permission: 'practice.manage' } }, schema: { tags, summary: '修改或结束实践项目', params: idParams, body: updateProjectBody, response: { 200: practiceProject } } }, async (req) => {
    await updateProject(db, req, scope(req.auth, 'practice.manage'), req.params.id, req.body);
    return project(req.auth, req.params.id);
  });
  app.get('/api/v1/practice/projects/:id/members', { config: { access: { permission: 'practice.read' } }, schema: { tags, summary: '项目成员', params: idParams, response: { 200: projectMembersOut } } }, async (req) => {
    await project(req.auth, req.params.id);
    return { items: await projectMembers(db, req.params.id) };
  });

  app.get('/api/v1/practice/reports', { config: { access: { permission: 'practice.read' } }, schema: { tags, summary: '基层报告审核列表', querystring: reportListQuery, response: { 200: reportPage } } }, async (req) =>
    listReportsManaged(db, scope(req.auth, 'practice.read'), req.query),
  );
  app.get('/api/v1/practice/reports/:id', { config: { access: { permission: 'practice.read' } }, schema: { tags, summary: '基层报告详情', params: idParams, response: { 200: practiceReportDetail } } }, async (req) => {
    const r = await getReportManaged(db, scope(req.auth, 'practice.read'), req.params.id);
    if (!r) throw new AppError('not_found');
    await audit(db, req, { action: 'practice.report_read', entity: 'practice_report', entityId: req.params.id, orgId: r.orgId });
    return r;
  });
  app.post('/api/v1/practice/reports/:id/review', { config: { access: { permission: 'practice.review' } }, schema: { tags, summary: '审核：退回修改或通过', params: idParams, body: reviewBody, response: { 200: practiceReportDetail } } }, async (req) => {
    const result = await reviewReport(db, req, scope(req.auth, 'practice.review'), req.params.id, req.body.action, req.body.comment);
    if (result.status === 'approved') await ctx.events.publish('practice.report_approved', { reportId: result.id, personId: result.personId });
    const r = await getReportManaged(db, scope(req.auth, 'practice.read'), req.params.id);
    if (!r) throw new AppError('not_found');
    return r;
  });
  app.post('/api/v1/practice/reports/:id/publish', { config: { access: { permission: 'practice.review' } }, schema: { tags, summary: '将通过的报告发布为文章', params: idParams, body: publishBody, response: { 200: publishOut } } }, async (req) => {
    const result = await publishReport(db, req, scope(req.auth, 'practice.review'), req.params.id, req.body.audienceOrgIds);
    await ctx.events.publish('content.published', { contentId: result.contentId, orgId: result.ownerOrgId });
    return result;
  });

  app.get('/api/v1/practice/stats', { config: { access: { permission: 'practice.read' } }, schema: { tags, summary: '各组织报告数（提交/通过）', querystring: statsQuery, response: { 200: statsOut } } }, async (req) => {
    const s = scope(req.auth, 'practice.read');
    const orgId = req.query.orgId ?? (await rows<{ id: number }>(db, sql`SELECT id FROM orgs WHERE path = ${s.paths[0] ?? ''}`))[0]?.id;
    const [org] = orgId ? await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE id = ${orgId}`) : [];
    if (!org || !pathInScope(org.path, s)) throw new AppError('not_found');
    return reportCounts(db, orgId!, req.query.from, req.query.to);
  });

  /** The author or a reviewer in scope may open an attachment. */
  app.get('/api/v1/practice/reports/:id/attachments/:attachmentId', { config: { access: 'session' }, schema: { tags, summary: '下载报告附件', params: attachmentParams, response: { 200: fileOut(attachmentMimes, '附件（图片或 PDF）· The attachment (an image or a PDF)') } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const [a] = await rows<{ storage_key: string; mime: string; original_name: string; person_id: number; org_path: string; status: string }>(
      db,
      sql`SELECT a.storage_key, a.mime, a.original_name, r.person_id, r.org_path, r.status FROM practice_attachments a JOIN practice_reports r ON r.id = a.report_id
           WHERE a.id = ${req.params.attachmentId} AND a.report_id = ${req.params.id}`,
    );
    const mine = a && auth.personId === a.person_id;
    if (!a || !(mine || (a.status !== 'draft' && pathInScope(a.org_path, scopeFor(auth, 'practice.read'))))) throw new AppError('not_found');
    return sendStoredFile(req, reply, { dir: practiceUploadDir(ctx), storageKey: a.storage_key, mime: a.mime, downloadName: a.original_name || `attachment-${req.params.attachmentId}` });
  });
}
