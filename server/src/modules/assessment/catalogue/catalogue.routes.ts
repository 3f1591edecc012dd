import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import { kindOf } from '../../../kernel/figures/figures.engine.js';

const tags = ['assessment'];

const catalogueOut = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      label: z.object({ zh: z.string(), en: z.string() }),
      unit: z.string().nullable(),
      kind: z.enum(['org', 'person']),
      module: z.string(),
      drillDown: z.boolean().meta({ description: '可按 /api/v1/figures/:name/records 下钻到记录 · lists its records' }),
    }),
  ),
});

/**
 * The registered metrics a computed leaf may use, organisation and person metrics alike (the cockpit's listing has the
 * organisation ones only): the system editor's metric picker.
 */
export function catalogueRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/v1/assessment/metrics',
    { config: { access: { permission: 'assessment.manage' } }, schema: { tags, summary: '可用于计算指标的登记指标（组织与个人）', response: { 200: catalogueOut } } },
    async () => ({
      items: figuresFor(ctx)
        .metrics()
        .map((m) => ({ name: m.def.name, label: m.def.label, unit: m.def.unit ?? null, kind: kindOf(m.def), module: m.module, drillDown: !!m.def.records })),
    }),
  );
}
