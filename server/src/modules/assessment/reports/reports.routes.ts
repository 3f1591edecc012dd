import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { mimeOf, sendStoredFile, type FileKind } from '../../../kernel/files/uploads.js';
import { removeByKey, storeUpload, uploadsDir } from '../../../kernel/files/stored-keys.js';
import { AppError } from '../../../kernel/errors.js';
import { loadRound, manageScope } from '../assessment.access.js';
import { roundParams } from '../rounds/rounds.dto.js';
import { attachmentParams, reportBody, reportListOut, reportOut, reportParams } from './reports.dto.js';
import { addAttachment, myReports, readableReport, REPORT_AREA, removeAttachment, roundReports, saveReport } from './reports.js';

const tags = ['assessment'];
/** Documents and photos: PDF and the image kinds the kernel sniffs. */
const kinds: readonly FileKind[] = ['pdf', 'png', 'jpeg', 'webp', 'gif'];
const MAX_BYTES = 20 * 1024 * 1024;

/** 述职 reports: written by the target organisation's secretary or admin until the meeting, read by the round's admins and voters. */
export function reportsRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const report = { access: { permission: 'assessment.report' } } as const;
  const me = '/api/v1/me/assessment/reports';

  app.get(me, { config: report, schema: { tags, summary: '我的述职报告（本组织参加的考核）', response: { 200: reportListOut } } }, async (req) => myReports(db, requireAuth(req.auth).accountId));

  app.put(`${me}/:targetId`, { config: report, schema: { tags, summary: '撰写或修改述职报告（会议开始前）', params: reportParams, body: reportBody, response: { 200: reportOut } } }, async (req) => {
    const out = await saveReport(db, req, requireAuth(req.auth).accountId, req.params.targetId, req.body);
    await ctx.events.publish('assessment.report_changed', { roundId: out.roundId, targetId: out.targetId });
    return out;
  });

  app.post(
    `${me}/:targetId/attachments`,
    { config: report, schema: { tags, summary: '上传述职报告附件（PDF 或图片，multipart 字段 file）', params: reportParams, consumes: ['multipart/form-data'], response: { 201: reportOut } } },
    async (req, reply) => {
      const accountId = requireAuth(req.auth).accountId;
      // Checked before the upload is received, and again with the row locked.
      const first = await myReports(db, accountId);
      const mine = first.items.find((r) => r.targetId === req.params.targetId);
      if (!mine) throw new AppError('not_found');
      if (!mine.editable) throw new AppError('invalid_transition', { message: 'the report can no longer be changed' });
      const stored = await storeUpload(req, env.DATA_DIR, REPORT_AREA, kinds, MAX_BYTES);
      try {
        const out = await addAttachment(db, req, accountId, req.params.targetId, stored);
        await ctx.events.publish('assessment.report_changed', { roundId: out.roundId, targetId: out.targetId });
        return reply.status(201).send(out);
      } catch (err) {
        await removeByKey(env.DATA_DIR, stored.key);
        throw err;
      }
    },
  );

  app.delete(`${me}/:targetId/attachments/:index`, { config: report, schema: { tags, summary: '删除述职报告附件（会议开始前）', params: attachmentParams, response: { 200: reportOut } } }, async (req) => {
    const { report: out, removed } = await removeAttachment(db, req, requireAuth(req.auth).accountId, req.params.targetId, req.params.index);
    await removeByKey(env.DATA_DIR, removed.fileKey);
    await ctx.events.publish('assessment.report_changed', { roundId: out.roundId, targetId: out.targetId });
    return out;
  });

  app.get('/api/v1/assessment/rounds/:id/reports', { config: { access: { permission: 'assessment.manage' } }, schema: { tags, summary: '本轮述职报告（各考核对象）', params: roundParams, response: { 200: reportListOut } } }, async (req) =>
    roundReports(db, (await loadRound(db, manageScope(requireAuth(req.auth)), req.params.id)).id),
  );

  app.get('/api/v1/assessment/reports/:targetId', { config: { access: 'session' }, schema: { tags, summary: '查看述职报告（本组织、本轮管理员、本轮投票人）', params: reportParams, response: { 200: reportOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    const r = await readableReport(db, auth.accountId, manageScope(auth), req.params.targetId);
    const { scopeOrgId: _s, scopeOrgPath: _p, orgPath: _o, ...rest } = r;
    return { ...rest, attachments: (r.attachments ?? []).map((a, index) => ({ index, fileName: a.fileName, mime: a.mime, size: a.size })) };
  });

  app.get(
    '/api/v1/assessment/reports/:targetId/attachments/:index',
    { config: { access: 'session' }, schema: { tags, summary: '下载述职报告附件', params: attachmentParams, response: { 200: fileOut([...new Set(kinds.map((k) => mimeOf[k]))], '附件 · the attachment') } } },
    async (req, reply) => {
      const auth = requireAuth(req.auth);
      const r = await readableReport(db, auth.accountId, manageScope(auth), req.params.targetId);
      const a = (r.attachments ?? [])[req.params.index];
      if (!a) throw new AppError('not_found');
      return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, REPORT_AREA), storageKey: a.fileKey.slice(REPORT_AREA.length + 1), mime: a.mime, downloadName: a.fileName });
    },
  );
}
