import type { ModuleContext, VanguardModule } from '../module.js';
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
  async seed(ctx, opts) {
    const n = await seedPointsHistory(ctx.db, opts);
    opts.log(`积分: ${n} 条演示流水`);
  },
};
