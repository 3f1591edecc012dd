import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { inScope } from '../../../kernel/access/scope.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { showcaseScope } from '../showcase.access.js';
import { certificateParams } from './review.dto.js';
import { awardCertificatePdf } from './certificate-pdf.js';

const tierNames = { demonstration: '示范案例', excellent: '优秀案例' } as const;

/** The award certificate as a PDF, for the awarded organisation (its subtree's admins) and the committee. */
export function certificateRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  app.get(
    '/api/v1/showcase/certificates/:code/certificate.pdf',
    { config: { access: { permission: 'showcase.submit' } }, schema: { tags: ['showcase'], summary: '下载获奖证书 PDF（含验证码）', params: certificateParams, response: { 200: fileOut('application/pdf', '荣誉证书 · the award certificate') } } },
    async (req, reply) => {
      const [c] = await rows<{ code: string; competitionTitle: string; title: string; orgName: string; tier: keyof typeof tierNames; issuedAt: Date }>(
        db,
        sql`SELECT ce.code, c.title AS "competitionTitle", s.title, o.name AS "orgName", d.tier, ce.issued_at AS "issuedAt"
              FROM showcase_certificates ce JOIN showcase_decisions d ON d.id = ce.decision_id JOIN showcase_submissions s ON s.id = d.submission_id
              JOIN showcase_competitions c ON c.id = d.competition_id JOIN orgs o ON o.id = s.org_id
             WHERE ce.code = ${req.params.code} AND ce.revoked_at IS NULL AND ${inScope(sql`s.org_path`, showcaseScope(requireAuth(req.auth), 'showcase.submit'))}`,
      );
      if (!c) throw new AppError('not_found');
      const pdf = await awardCertificatePdf({ ...c, tierName: tierNames[c.tier], issuedAt: new Date(c.issuedAt) });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`荣誉证书-${c.code}.pdf`)}`)
        .send(pdf);
    },
  );
}
