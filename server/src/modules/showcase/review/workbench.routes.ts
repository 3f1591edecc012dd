import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { fileOut, okOut } from '../../../kernel/openapi/responses.js';
import { sendStoredFile } from '../../../kernel/files/uploads.js';
import { uploadsDir } from '../../../kernel/files/stored-keys.js';
import { CASE_FILES_AREA } from '../competitions/submission-files.js';
import { paging } from '../competitions/competitions.dto.js';
import { assignmentParams, certificateParams, conflictBody, profileBody, reviewerFileParams, scoreBody, workbenchQuery } from './review.dto.js';
import { blindAssignmentPage, blindCaseOut, certificateOut, idOut, profileOut, scoreOut, winnerPage } from './review.responses.js';
import { declareConflict, myAssignment, myAssignmentFile, myAssignments, myProfile, saveProfile, scoreAssignment, withdrawConflict } from './workbench.js';
import { z } from 'zod';
import { rowIdParam } from '../../../kernel/dto.js';

const tags = ['showcase'];
export const tierNames = { demonstration: '示范案例', excellent: '优秀案例' } as const;

/** The reviewer workbench (blind), the reviewer's expertise and conflicts; published winners and certificate checks. */
export function workbenchRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const review = { access: { permission: 'showcase.review' } } as const;

  app.get('/api/v1/showcase/review/profile', { config: review, schema: { tags, operationId: 'showcase.myReviewerProfile', summary: '我的专家信息：擅长类别、所在单位、回避申报', response: { 200: profileOut } } }, async (req) => myProfile(db, requireAuth(req.auth)));

  app.put('/api/v1/showcase/review/profile', { config: review, schema: { tags, operationId: 'showcase.saveReviewerProfile', summary: '保存擅长类别与所在单位', body: profileBody, response: { 200: profileOut } } }, async (req) => {
    await saveProfile(db, req, requireAuth(req.auth), req.body);
    return myProfile(db, requireAuth(req.auth));
  });

  app.post('/api/v1/showcase/review/conflicts', { config: review, schema: { tags, operationId: 'showcase.declareConflict', summary: '申报回避（与某单位存在关联）', body: conflictBody, response: { 201: idOut } } }, async (req, reply) =>
    reply.status(201).send({ id: await declareConflict(db, req, requireAuth(req.auth), req.body) }),
  );

  app.delete('/api/v1/showcase/review/conflicts/:id', { config: review, schema: { tags, operationId: 'showcase.withdrawConflict', summary: '撤销回避申报', params: z.object({ id: rowIdParam }), response: { 200: okOut } } }, async (req) => {
    await withdrawConflict(db, req, requireAuth(req.auth), req.params.id);
    return { ok: true as const };
  });

  app.get('/api/v1/showcase/review/assignments', { config: review, schema: { tags, operationId: 'showcase.myAssignments', summary: '我的评审任务（匿名）', querystring: workbenchQuery, response: { 200: blindAssignmentPage } } }, async (req) =>
    myAssignments(db, requireAuth(req.auth).accountId, req.query),
  );

  app.get('/api/v1/showcase/review/assignments/:id', { config: review, schema: { tags, operationId: 'showcase.myAssignment', summary: '评审一个案例（匿名：不显示申报单位，正文中的单位名称已遮盖）', params: assignmentParams, response: { 200: blindCaseOut } } }, async (req) =>
    myAssignment(db, requireAuth(req.auth).accountId, req.params.id),
  );

  app.put('/api/v1/showcase/review/assignments/:id/score', { config: review, schema: { tags, operationId: 'showcase.score', summary: '按评分细则打分（评审期内可修改）', params: assignmentParams, body: scoreBody, response: { 200: scoreOut } } }, async (req) => ({
    total: await scoreAssignment(db, req, requireAuth(req.auth), req.params.id, req.body),
  }));

  app.get('/api/v1/showcase/review/assignments/:id/files/:fileId', { config: review, schema: { tags, summary: '案例附件（匿名文件名）', params: reviewerFileParams, response: { 200: fileOut(['application/pdf', 'image/png', 'image/jpeg'], '案例附件 · the attachment') } } }, async (req, reply) => {
    const f = await myAssignmentFile(db, requireAuth(req.auth).accountId, req.params.id, req.params.fileId);
    return sendStoredFile(req, reply, { dir: uploadsDir(env.DATA_DIR, CASE_FILES_AREA), storageKey: f.fileKey.slice(CASE_FILES_AREA.length + 1), mime: f.mime, downloadName: f.downloadName });
  });

  app.get('/api/v1/showcase/winners', { config: { access: 'session' }, schema: { tags, operationId: 'showcase.winners', summary: '已公布的获奖案例', querystring: z.object({ competitionId: rowIdParam.optional(), ...paging }), response: { 200: winnerPage } } }, async (req) => {
    const cond = sql`c.status = 'published' ${req.query.competitionId ? sql`AND c.id = ${req.query.competitionId}` : sql``}`;
    const from = sql`FROM showcase_decisions d JOIN showcase_submissions s ON s.id = d.submission_id JOIN showcase_competitions c ON c.id = d.competition_id JOIN orgs o ON o.id = s.org_id`;
    const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${cond}`);
    const items = await rows<{ competitionId: number; competitionTitle: string; submissionId: number; title: string; orgName: string; category: string; tier: keyof typeof tierNames; publishedAt: Date }>(
      db,
      sql`SELECT c.id AS "competitionId", c.title AS "competitionTitle", s.id AS "submissionId", s.title, o.name AS "orgName", s.category, d.tier, c.published_at AS "publishedAt"
          ${from} WHERE ${cond} ORDER BY c.published_at DESC, (d.tier = 'demonstration') DESC, s.id LIMIT ${req.query.pageSize} OFFSET ${(req.query.page - 1) * req.query.pageSize}`,
    );
    return { items: items.map((i) => ({ ...i, tierName: tierNames[i.tier] })), total, page: req.query.page, pageSize: req.query.pageSize };
  });

  app.get('/api/v1/showcase/certificates/:code', { config: { access: 'public' }, schema: { tags, operationId: 'showcase.verifyCertificate', summary: '核验获奖证书（证书上的验证码）', params: certificateParams, response: { 200: certificateOut } } }, async (req) => {
    const [c] = await rows<{ code: string; revokedAt: Date | null; competitionTitle: string; title: string; orgName: string; tier: keyof typeof tierNames; issuedAt: Date }>(
      db,
      sql`SELECT ce.code, ce.revoked_at AS "revokedAt", c.title AS "competitionTitle", s.title, o.name AS "orgName", d.tier, ce.issued_at AS "issuedAt"
            FROM showcase_certificates ce JOIN showcase_decisions d ON d.id = ce.decision_id JOIN showcase_submissions s ON s.id = d.submission_id
            JOIN showcase_competitions c ON c.id = d.competition_id JOIN orgs o ON o.id = s.org_id WHERE ce.code = ${req.params.code}`,
    );
    if (!c) throw new AppError('not_found');
    return { code: c.code, valid: !c.revokedAt, competitionTitle: c.competitionTitle, title: c.title, orgName: c.orgName, tierName: tierNames[c.tier], issuedAt: c.issuedAt };
  });
}
