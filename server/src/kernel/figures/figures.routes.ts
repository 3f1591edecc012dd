import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { isoInstant, rowIdParam } from '../dto.js';
import type { App, MetricDef, ModuleContext } from '../module.js';
import { rows } from '../db/client.js';
import { AppError } from '../errors.js';
import { requireAuth } from '../auth/auth-context.js';
import { pathInScope, scopeFor } from '../access/scope.js';

const figureQuery = z.object({
  orgId: rowIdParam.optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});

/** Registered metrics of every module, read within the caller's scope; the cockpit is built only from these. */
export function figuresRoutes(metrics: () => MetricDef[]) {
  return (app: App, ctx: ModuleContext) => {
    const byName = () => new Map(metrics().map((m) => [m.name, m]));
    const tags = ['figures'];
    const access = { permission: 'figures.read' };

    async function resolve(req: { auth: unknown; params: { name: string }; query: z.infer<typeof figureQuery> }) {
      const def = byName().get(req.params.name);
      if (!def) throw new AppError('not_found');
      const scope = scopeFor(requireAuth(req.auth as never), 'figures.read');
      let orgPath = scope.paths[0];
      if (req.query.orgId) {
        const [o] = await rows<{ path: string }>(ctx.db, sql`SELECT path FROM orgs WHERE id = ${req.query.orgId}`);
        if (!o || !pathInScope(o.path, scope)) throw new AppError('not_found');
        orgPath = o.path;
      }
      if (!orgPath) throw new AppError('not_found');
      return { def, q: { orgPath, from: req.query.from, to: req.query.to } };
    }

    app.get('/api/v1/figures', { config: { access }, schema: { tags, summary: '已登记的指标' } }, async () => ({
      items: metrics().map((m) => ({ name: m.name, label: m.label, unit: m.unit ?? null, drillDown: !!m.records })),
    }));

    const params = z.object({ name: z.string().regex(/^[a-z_]+\.[a-z_]+$/) });
    app.get('/api/v1/figures/:name', { config: { access }, schema: { tags, summary: '指标数值（范围内）', params, querystring: figureQuery } }, async (req) => {
      const { def, q } = await resolve(req);
      return { name: def.name, label: def.label, unit: def.unit ?? null, orgPath: q.orgPath, value: await def.value(ctx, q) };
    });

    app.get(
      '/api/v1/figures/:name/records',
      { config: { access }, schema: { tags, summary: '指标背后的记录', params, querystring: figureQuery.extend({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }) } },
      async (req) => {
        const { def, q } = await resolve(req);
        if (!def.records) throw new AppError('not_found');
        return def.records(ctx, { ...q, page: req.query.page, pageSize: req.query.pageSize });
      },
    );
  };
}
