import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { rowIdParam } from '../../../kernel/dto.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { growthProfile, visiblePerson } from './growth.queries.js';
import { growthOut } from './growth.responses.js';
import { growthPdf } from './growth-pdf.js';

const tags = ['assessment'];
const personParams = z.object({ personId: rowIdParam });
// Who may see a profile is decided per person (self, or an admin whose subtree holds the person): any session, then 404.
const session = { access: 'session' } as const;

/** 成长档案: one young cadre's record across the modules, as JSON and as a PDF for appointment files (audited). */
export function growthRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;

  app.get(
    '/api/v1/assessment/growth/:personId',
    { config: session, schema: { tags, summary: '成长档案（本人、所在组织管理员与党委可见）', params: personParams, response: { 200: growthOut } } },
    async (req) => growthProfile(ctx, await visiblePerson(db, requireAuth(req.auth), req.params.personId)),
  );

  app.get('/api/v1/me/assessment/growth', { config: session, schema: { tags, summary: '我的成长档案', response: { 200: growthOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    if (!auth.personId) throw new AppError('person_required');
    return growthProfile(ctx, await visiblePerson(db, auth, auth.personId));
  });

  app.get(
    '/api/v1/assessment/growth/:personId/profile.pdf',
    { config: session, schema: { tags, summary: '导出成长档案 PDF（干部任用材料，留痕）', params: personParams, response: { 200: fileOut('application/pdf', '成长档案 · the growth profile') } } },
    async (req, reply) => {
      const person = await visiblePerson(db, requireAuth(req.auth), req.params.personId);
      const pdf = await growthPdf(await growthProfile(ctx, person));
      await audit(db, req, { action: 'assessment.growth_export', entity: 'person', entityId: person.id, orgId: person.orgId, orgPath: person.orgPath, summary: '导出成长档案 PDF' });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`成长档案-${person.name}.pdf`)}`)
        .send(pdf);
    },
  );
}
