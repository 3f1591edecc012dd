import type { VanguardModule } from '../../kernel/module.js';
import { admins, everyone } from '../../kernel/access/roles.js';
import './practice.events.js';
import { practiceRoutes } from './practice.routes.js';
import { myPracticeRoutes } from './my-practice.routes.js';
import { seedPractice } from './practice.seed.js';
import { practiceMetrics } from './practice.metrics.js';
import { sql } from 'drizzle-orm';
import { awardOn, defineAward } from '../../kernel/points/award-on.js';
import { practiceDetails } from './practice.details.js';


/** 实践课: practice projects and reports from the grassroots (来自基层的报告). */
/** Each approved report, at its approval. */
const reportApproved = defineAward({
  event: 'practice.report_approved',
  label: { zh: '基层报告通过审核', en: 'A grassroots report is approved' },
  map: (p) => ({ personId: p.personId, key: `practice_report:${p.reportId}` }),
  replay: {
    query: sql`SELECT coalesce(approved_at, reviewed_at, updated_at) AS occurred_at, jsonb_build_object('reportId', id, 'personId', person_id) AS payload
                 FROM practice_reports WHERE status = 'approved'`,
  },
});

export const practiceModule: VanguardModule = {
  name: 'practice',
  detailMessages: practiceDetails,
  permissions: [
    { name: 'practice.read', roles: [...admins, 'branch_secretary'], scope: 'subtree', description: '查看本组织的实践项目、基层报告与统计' },
    { name: 'practice.manage', roles: admins, scope: 'subtree', description: '新建、修改、结束实践项目' },
    { name: 'practice.review', roles: admins, scope: 'subtree', description: '审核基层报告（退回/通过），发布为文章' },
    { name: 'practice.participate', roles: everyone, scope: 'self', description: '参加实践项目，撰写、提交基层报告' },
  ],
  routes(app, ctx) {
    practiceRoutes(app, ctx);
    myPracticeRoutes(app, ctx);
  },
  subscribe(ctx) {
    awardOn(ctx, reportApproved);
  },
  seed: seedPractice,
  metrics: practiceMetrics,
};
