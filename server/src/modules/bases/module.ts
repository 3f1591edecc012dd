import { type VanguardModule, livingCity } from '../../kernel/module.js';
import { admins, everyone, organisers } from '../../kernel/access/roles.js';
import './bases.events.js';
import { basesRoutes } from './bases.routes.js';
import { basesMetrics } from './bases.metrics.js';
import { readingMetrics } from './reading/reading.metrics.js';
import { seedBases } from './seed/seed-bases.js';
import { seedReading } from './seed/seed-reading.js';
import { basesDetails } from './bases.details.js';

/** 阵地矩阵 (issue 16): venues and bookings, 示范点, 党建“第一粒扣子” projects, brands. */
export const basesModule: VanguardModule = {
  name: 'bases',
  permissions: [
    { name: 'bases.read', roles: admins, scope: 'subtree', description: '查看本组织及下级的阵地、预约、“第一粒扣子”项目；查看党建品牌' },
    { name: 'bases.manage', roles: admins, scope: 'subtree', description: '管理本组织及下级的阵地（照片、开放时间、闭馆），审批预约申请，管理“第一粒扣子”项目与品牌' },
    { name: 'bases.book', roles: organisers, scope: 'subtree', description: '为本组织预约共享阵地与本组织阵地，取消预约，登记实到人数' },
    { name: 'bases.reading_join', roles: everyone, scope: 'self', description: '读书分享会：阅读本组织及上级组织的书单，写读书笔记与摘抄，点赞、评论' },
    { name: 'bases.reading_manage', roles: organisers, scope: 'subtree', description: '读书分享会：管理本组织及下级的书单与封面、关联分享会书目，审核本组织及下级成员的笔记与评论' },
  ],
  routes: basesRoutes,
  metrics: [...basesMetrics, ...readingMetrics],
  detailMessages: basesDetails,
  // The tiny city is the tests' fixture: it stays without venues and projects (the tests make their own).
  async seed(ctx, opts) {
    if (!livingCity(opts)) return;
    await seedBases(ctx, opts);
    await seedReading(ctx, opts);
  },
};
