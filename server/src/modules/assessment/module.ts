import { type VanguardModule, livingCity } from '../../kernel/module.js';
import { admins, organisers } from '../../kernel/access/roles.js';
import './assessment.events.js';
import { systemsRoutes } from './systems/systems.routes.js';
import { roundsRoutes } from './rounds/rounds.routes.js';
import { ratersRoutes } from './raters/raters.routes.js';
import { votesRoutes } from './votes/votes.routes.js';
import { reportsRoutes } from './reports/reports.routes.js';
import { appealsRoutes } from './appeals/appeals.routes.js';
import { usesRoutes } from './uses/uses.routes.js';
import { growthRoutes } from './growth/growth.routes.js';
import { catalogueRoutes } from './catalogue/catalogue.routes.js';
import { assessmentMetrics } from './assessment.metrics.js';
import { seedAssessment } from './seed/seed-assessment.js';
import { assessmentDetails } from './assessment.details.js';

/** 考核评价 (issue 15): indicator systems, rounds computed from the registered metrics, raters, 述职 reports and votes, appeals, uses; tables in assessment.schema.ts. */
export const assessmentModule: VanguardModule = {
  name: 'assessment',
  permissions: [
    { name: 'assessment.manage', roles: admins, scope: 'subtree', description: '编制指标体系，组织考核轮次（本组织子树内），分配评分人，计算、结束与确认结果' },
    // Raters see only their own tasks (by account), whatever organisation their role is held at.
    { name: 'assessment.rate', roles: [...admins, 'reviewer'], scope: 'subtree', description: '评分工作台：为分配给我的考核项目评分' },
    // Only for the organisation where the caller is secretary or admin (checked per target, by role assignment).
    { name: 'assessment.report', roles: organisers, scope: 'subtree', description: '提交本组织的述职报告（述职评议会议前可修改）' },
  ],
  metrics: assessmentMetrics,
  detailMessages: assessmentDetails,
  async seed(ctx, opts) {
    // The tiny city (the tests' template) stays without assessment data: the module's tests build their own.
    if (livingCity(opts)) await seedAssessment(ctx, opts);
  },
  routes(app, ctx) {
    systemsRoutes(app, ctx);
    roundsRoutes(app, ctx);
    ratersRoutes(app, ctx);
    votesRoutes(app, ctx);
    reportsRoutes(app, ctx);
    appealsRoutes(app, ctx);
    usesRoutes(app, ctx);
    growthRoutes(app, ctx);
    catalogueRoutes(app, ctx);
  },
};
