import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { rows } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { certificateIdParams, issueCertificateBody, verificationCodeParams } from './certificates.dto.js';
import { certificateCheckOut, certificateListOut, certificateOut } from './certificates.responses.js';
import type { z } from 'zod';

type Certificate = z.infer<typeof certificateOut>;
import { issueCertificate, maskName, normaliseCode } from './certificates.commands.js';
import { certificatePdf, type CertificateContent } from './certificate-pdf.js';

const tags = ['community'];
const join = { permission: 'community.join' };
const columns = sql`id, verification_code AS "verificationCode", issued_at AS "issuedAt", period_from AS "periodFrom", period_to AS "periodTo",
  total_hours AS "totalHours", activity_count AS "activityCount"`;

/** Hours certificates: a member issues and downloads theirs; anyone checks a code without an account. */
export function certificatesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const personOf = (auth: ReturnType<typeof requireAuth>) => {
    if (!auth.personId) throw new AppError('person_required');
    return auth.personId;
  };

  app.post('/api/v1/me/community/hours-certificates', { config: { access: join }, schema: { tags, summary: '开具志愿服务时长证明（仅计已确认时长）', body: issueCertificateBody, response: { 201: certificateOut } } }, async (req, reply) => {
    const personId = personOf(requireAuth(req.auth));
    const id = await issueCertificate(db, req, personId, req.body);
    const [c] = await rows<Certificate>(db, sql`SELECT ${columns} FROM community_hours_certificates WHERE id = ${id}`);
    return reply.status(201).send(c);
  });

  app.get('/api/v1/me/community/hours-certificates', { config: { access: join }, schema: { tags, summary: '我的时长证明', response: { 200: certificateListOut } } }, async (req) => ({
    items: await rows<Certificate>(db, sql`SELECT ${columns} FROM community_hours_certificates WHERE person_id = ${personOf(requireAuth(req.auth))} ORDER BY issued_at DESC, id DESC`),
  }));

  app.get('/api/v1/me/community/hours-certificates/:id/certificate.pdf', { config: { access: join }, schema: { tags, summary: '下载时长证明 PDF', params: certificateIdParams, response: { 200: fileOut('application/pdf', '志愿服务时长证明 · the hours certificate') } } }, async (req, reply) => {
    const personId = personOf(requireAuth(req.auth));
    const [c] = await rows<{ id: number; verificationCode: string; issuedAt: string; periodFrom: string; periodTo: string; totalHours: string; activityCount: number; content: CertificateContent }>(
      db,
      sql`SELECT ${columns}, content FROM community_hours_certificates WHERE id = ${req.params.id} AND person_id = ${personId}`,
    );
    if (!c) throw new AppError('not_found');
    const pdf = await certificatePdf({ ...c, issuedAt: new Date(c.issuedAt), totalHours: Number(c.totalHours) });
    await audit(db, req, { action: 'community.certificate_download', entity: 'hours_certificate', entityId: c.id });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`志愿服务时长证明-${c.verificationCode}.pdf`)}`)
      .send(pdf);
  });

  app.get('/api/v1/public/hours-certificates/:code', { config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } }, schema: { tags, summary: '核验时长证明（无需登录）', params: verificationCodeParams, response: { 200: certificateCheckOut } } }, async (req) => {
    const code = normaliseCode(req.params.code);
    const [c] = await rows<{ verificationCode: string; issuedAt: string; periodFrom: string; periodTo: string; totalHours: string; activityCount: number; content: CertificateContent }>(
      db,
      sql`SELECT ${columns}, content FROM community_hours_certificates WHERE verification_code = ${code}`,
    );
    if (!c) throw new AppError('not_found');
    return { valid: true as const, verificationCode: c.verificationCode, name: maskName(c.content.name), orgName: c.content.orgName, totalHours: c.totalHours, activityCount: c.activityCount, periodFrom: c.periodFrom, periodTo: c.periodTo, issuedAt: c.issuedAt };
  });
}
