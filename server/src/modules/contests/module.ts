import type { VanguardModule } from '../../kernel/module.js';
import { awardOn } from '../../kernel/points/award-on.js';
import './contests.events.js';
import { contestsRoutes } from './contests.routes.js';
import { liveRoutes } from './live.routes.js';
import { playRoutes } from './play.routes.js';
import { matchRoutes } from './match.routes.js';
import { contestsMetrics } from './contests.metrics.js';
import { finishDueRounds } from './commands/finish-due.js';
import { seedContests } from './contests.seed.js';
import { fourPlacePoints } from './match/match-rules.js';

const organisers = ['committee_admin', 'org_admin'] as const;
const hosts = ['committee_admin', 'org_admin', 'branch_secretary'] as const;
const everyone = ['committee_admin', 'org_admin', 'branch_secretary', 'member', 'community_staff', 'handler', 'entrepreneur', 'reviewer'] as const;

/** 知识挑战赛: online rounds and live finals on a big screen, with awards and certificates. */
export const contestsModule: VanguardModule = {
  name: 'contests',
  permissions: [
    { name: 'contests.manage', roles: organisers, scope: 'subtree', description: '组织竞赛、查看与导出成绩' },
    { name: 'contests.host', roles: hosts, scope: 'subtree', description: '主持现场赛、打开大屏' },
    { name: 'contests.play', roles: everyone, scope: 'self', description: '参加竞赛、下载本人证书' },
  ],
  routes(app, ctx) {
    contestsRoutes(app, ctx);
    liveRoutes(app, ctx);
    playRoutes(app, ctx);
    matchRoutes(app, ctx);
  },
  subscribe(ctx) {
    awardOn(ctx, 'contests.answer_correct', { zh: '知识竞赛答对一题', en: 'Answers a contest question right' }, (p) => ({ personId: p.personId, key: `contest:${p.roundId}:${p.questionIndex}` }));
    awardOn(ctx, 'contests.awarded', { zh: '知识竞赛获奖（个人）', en: 'Wins a contest award (individual)' }, (p) => ({ personId: p.personId, key: `contest_award:${p.roundId}`, note: p.tier }));
    // After 学习强国: only the first duel of a day earns (2 for a win, 1 for a loss), and the first two 四人赛 (by place, 5 … 1).
    awardOn(ctx, 'contests.duel_finished', { zh: '双人对战（每日首局）', en: 'Plays a two-player match (first of the day)' }, (p) => ({ personId: p.personId, key: `duel:${p.day}`, units: p.won ? 2 : 1, note: p.won ? 'win' : 'loss' }));
    awardOn(ctx, 'contests.four_finished', { zh: '四人赛（每日前两局）', en: 'Plays a four-player match (first two of the day)' }, (p) => ({
      personId: p.matchOfDay <= 2 ? p.personId : null,
      key: `four:${p.day}:${p.matchOfDay}`,
      units: fourPlacePoints(p.place, p.players),
      note: `place ${p.place}/${p.players}`,
    }));
  },
  jobs: (ctx) => ({ 'contests.finish_due': async () => void (await finishDueRounds(ctx)) }),
  schedules: [{ name: 'contests.finish_due', everySeconds: 60 }],
  seed: seedContests,
  metrics: contestsMetrics,
};
