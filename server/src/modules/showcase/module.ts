import { type VanguardModule, livingCity } from '../../kernel/module.js';
import { admins } from '../../kernel/access/roles.js';
import { showcaseRoutes } from './showcase.routes.js';
import { showcaseMetrics } from './showcase.metrics.js';
import { seedShowcase } from './seed/seed-showcase.js';
import { showcaseDetails } from './showcase.details.js';

/** 树典型、亮实绩 (issue 17): innovation case competitions with blind multi-expert review, role models with votes, 我们的答卷. */
export const showcaseModule: VanguardModule = {
  name: 'showcase',
  permissions: [
    { name: 'showcase.manage', roles: ['committee_admin'], scope: 'subtree', description: '发布案例征集，组织评审（专家、分配、进度、标准化、评定等次、公布与证书）；典型评选与上墙；答卷审核' },
    { name: 'showcase.submit', roles: admins, scope: 'subtree', description: '以本单位名义申报创新案例、推荐典型、发布“我们的答卷”（草稿、提交、附件、评论审核）' },
    { name: 'showcase.review', roles: ['reviewer', 'committee_admin'], scope: 'self', description: '评审专家：申报擅长类别与回避关系，匿名评审分配给我的案例' },
  ],
  routes: showcaseRoutes,
  metrics: showcaseMetrics,
  detailMessages: showcaseDetails,
  // The tiny city is the tests' fixture: the showcase tests make their own competitions.
  async seed(ctx, opts) {
    if (!livingCity(opts)) return;
    await seedShowcase(ctx, opts);
  },
};
