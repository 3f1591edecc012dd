import { sql } from 'drizzle-orm';
import type { ModuleContext, VanguardModule } from '../module.js';
import { rows } from '../db/client.js';
import { shanghaiDay } from './points.service.js';
import { awardOn } from './award-on.js';
import { ensureDefaultRules } from './points.defaults.js';
import { pointsRoutes } from './points.routes.js';
import { seedPointsHistory } from './points.seed.js';

export const pointsModule: VanguardModule = {
  name: 'points',
  routes: pointsRoutes,
  // Databases made before a rule existed still get it; existing rules are left as edited.
  reference: (ctx) => ensureDefaultRules(ctx.db),
  subscribe(ctx) {
    awardOn(ctx, 'auth.login', (p) => ({ personId: p.personId, key: shanghaiDay(p.at), at: p.at }));
  },
  metrics: [
    {
      name: 'points.my_points',
      label: { zh: '我的学习积分', en: 'My study points' },
      unit: '分',
      theme: 'courses',
      kind: 'person',
      async value(ctx: ModuleContext, q) {
        const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT coalesce(sum(points), 0)::int AS n FROM points_ledger WHERE person_id = ${q.personId ?? 0}`);
        return r.n;
      },
    },
  ],
  async seed(ctx, opts) {
    const n = await seedPointsHistory(ctx.db, opts);
    opts.log(`积分: ${n} 条演示流水`);
  },
};
