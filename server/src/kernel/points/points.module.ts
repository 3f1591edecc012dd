import { sql } from 'drizzle-orm';
import type { VanguardModule } from '../module.js';
import { personMetric } from '../figures/person-metric.js';
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
    awardOn(ctx, 'auth.login', { zh: '登录平台', en: 'Signs in' }, (p) => ({ personId: p.personId, key: shanghaiDay(p.at), at: p.at }));
  },
  metrics: [
    {
      name: 'points.my_points',
      label: { zh: '我的学习积分', en: 'My study points' },
      unit: '分',
      theme: 'courses',
      kind: 'person',
      // All the points a person holds (the period is not a cut of a balance); one query for many people.
      ...personMetric((_q, people) => sql`SELECT person_id AS id, sum(points)::int AS n FROM points_ledger WHERE person_id = ANY(${people}) GROUP BY 1`),
    },
  ],
  async seed(ctx, opts) {
    const n = await seedPointsHistory(ctx.db, opts);
    opts.log(`积分: ${n} 条演示流水`);
  },
};
