import type { VanguardModule } from '../../kernel/module.js';
import { demandsRoutes } from './workflow/demands.routes.js';
import { publicDemandRoutes } from './citizen/public.routes.js';
import { demandConfigRoutes } from './config/config.routes.js';
import { open311Routes } from './open311/open311.routes.js';
import { ensureDemandReference } from './config/demands.reference.js';
import { demandsJobs } from './workflow/demands.jobs.js';
import { demandsMetrics } from './analytics/demands.metrics.js';
import { seedDemands } from './demands.seed.js';
import { ensureRollupTrigger } from './analytics/demands.rollup.js';
import { demandAnalyticsRoutes } from './analytics/analytics.routes.js';
import { demandsDetails } from './demands.details.js';

const committee = ['committee_admin'] as const;

/** 青诉即办: citizen demands from intake to callback, with deadlines, supervision and Open311. */
export const demandsModule: VanguardModule = {
  name: 'demands',
  permissions: [
    { name: 'demands.intake', roles: ['committee_admin', 'org_admin'], scope: 'subtree', description: '热线受理诉求、查看疑似重复件' },
    { name: 'demands.dispatch', roles: committee, scope: 'subtree', description: '派单、改派、合并重复件' },
    { name: 'demands.handle', roles: ['handler'], scope: 'subtree', description: '承办：签收、退单、办理、申请延期、答复' },
    { name: 'demands.supervise', roles: committee, scope: 'subtree', description: '督办、审批延期、回访、办结' },
    { name: 'demands.configure', roles: committee, scope: 'subtree', description: '维护诉求分类、时限、节假日、派单规则、Open311 密钥与保留期限' },
    { name: 'demands.read', roles: ['committee_admin', 'org_admin', 'handler'], scope: 'subtree', description: '查看本单位（或全市）诉求' },
  ],
  async routes(app, ctx) {
    demandsRoutes(app, ctx);
    publicDemandRoutes(app, ctx);
    demandConfigRoutes(app, ctx);
    await open311Routes(app, ctx);
    demandAnalyticsRoutes(app, ctx);
  },
  reference: async (ctx) => {
    await ensureDemandReference(ctx.db);
    await ensureRollupTrigger(ctx.db);
  },
  jobs: demandsJobs,
  schedules: [
    { name: 'demands.escalate', everySeconds: 300 },
    { name: 'demands.anonymise', everySeconds: 86400 },
    { name: 'demands.purge_challenges', everySeconds: 3600 },
  ],
  metrics: demandsMetrics,
  seed: seedDemands,
  detailMessages: demandsDetails,
};
