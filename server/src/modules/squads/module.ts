import { type VanguardModule, livingCity } from '../../kernel/module.js';
import { admins, everyone, organisers } from '../../kernel/access/roles.js';
import './squads.events.js';
import { squadsCoreRoutes } from './squads.routes.js';
import { OVERDUE_JOB, squadsCoreJobs } from './tasks/overdue.job.js';
import { scoringRoutes } from './scoring/scoring.routes.js';
import { squadsMetrics } from './squads.metrics.js';
import { seedSquads } from './squads.seed.js';
import { awardAcceptedTasks } from './tasks/task-points.js';
import { squadsDetails } from './squads.details.js';

/** Who rates 比作为: the supervising organisation's admins and the reviewers (评审专家) assigned there. */
const raters = [...admins, 'reviewer'] as const;

/** 青年尖刀班 and the 五比一做 competition (issue 12); tables in squads / squad-work / squad-scoring .schema.ts. */
export const squadsModule: VanguardModule = {
  name: 'squads',
  detailMessages: squadsDetails,
  permissions: [
    // Reviewers read what they rate (the period's squads, their tasks and scores).
    { name: 'squads.read', roles: [...organisers, 'reviewer'], scope: 'subtree', description: '查看本组织的尖刀班、成员、攻坚任务、创新成果与得分' },
    { name: 'squads.write', roles: organisers, scope: 'subtree', description: '组建尖刀班、确认成员进出、布置与验收攻坚任务、审定创新成果' },
    { name: 'squads.rate', roles: raters, scope: 'subtree', description: '为尖刀班“比作为”评分' },
    { name: 'squads.configure', roles: ['committee_admin'], scope: 'subtree', description: '设置年度考评周期、权重、评分细则，结算考评周期' },
    { name: 'squads.join', roles: everyone, scope: 'self', description: '查看我的尖刀班与排名，推荐队员（队长），完成里程碑，提交创新成果' },
  ],
  metrics: squadsMetrics,
  routes(app, ctx) {
    squadsCoreRoutes(app, ctx);
    scoringRoutes(app, ctx);
  },
  subscribe: awardAcceptedTasks,
  jobs: squadsCoreJobs,
  schedules: [{ name: OVERDUE_JOB, everySeconds: 3600 }],
  async seed(ctx, opts) {
    // The tiny city is the tests' fixture: the squads tests build the squads they assert on
    // (a person in one active squad, rankings across all squads), so it stays without demo squads.
    if (!livingCity(opts)) return;
    await seedSquads(ctx, opts);
  },
};
