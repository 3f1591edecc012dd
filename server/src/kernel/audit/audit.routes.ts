import type { App, ModuleContext } from '../module.js';
import { scopeFor } from '../access/scope.js';
import { requireAuth } from '../auth/auth-context.js';
import { auditQuery, auditResponse } from './audit.dto.js';
import { searchAudit } from './audit.queries.js';

export function auditRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/v1/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags: ['audit'], summary: '操作日志 Audit log', querystring: auditQuery, response: { 200: auditResponse } },
    },
    async (req) => searchAudit(ctx.db, scopeFor(requireAuth(req.auth), 'audit.read'), req.query),
  );
}
