import type { VanguardModule } from '../../kernel/module.js';
import { sql } from 'drizzle-orm';
import { awardOn, defineAward } from '../../kernel/points/award-on.js';
import './contests.events.js';
import { contestsRoutes } from './contests.routes.js';
import { liveRoutes } from './live.routes.js';
import { playRoutes } from './play.routes.js';
import { matchRoutes } from './match.routes.js';
import { contestsMetrics } from './contests.metrics.js';
import { finishDueRounds } from './commands/finish-due.js';
import { seedContests } from './contests.seed.js';
import { fourPlacePoints } from './match/match-rules.js';
import { contestsDetails } from './contests.details.js';

const organisers = ['committee_admin', 'org_admin'] as const;
const hosts = ['committee_admin', 'org_admin', 'branch_secretary'] as const;
const everyone = ['committee_admin', 'org_admin', 'branch_secretary', 'member', 'community_staff', 'handler', 'entrepreneur', 'reviewer'] as const;

/** 知识挑战赛: online rounds and live finals on a big screen, with awards and certificates. */
/** The right answers of ended rounds (published once a round ends), at the answer; the awards of a person, when made. */
const answerCorrect = defineAward({
  event: 'contests.answer_correct',
  label: { zh: '知识竞赛答对一题', en: 'Answers a contest question right' },
  map: (p) => ({ personId: p.personId, key: `contest:${p.roundId}:${p.questionIndex}` }),
  replay: {
    query: sql`SELECT coalesce(a.answered_at, r.finished_at) AS occurred_at, jsonb_build_object('contestId', r.contest_id, 'roundId', a.round_id, 'personId', p.person_id,
                        'questionIndex', a.question_index, 'questionId', a.question_id, 'points', a.points) AS payload
                 FROM contest_answers a JOIN contest_players p ON p.id = a.player_id JOIN contest_rounds r ON r.id = a.round_id
                WHERE a.correct AND r.phase = 'ended' AND p.person_id IS NOT NULL AND coalesce(a.answered_at, r.finished_at) IS NOT NULL`,
  },
});
const awarded = defineAward({
  event: 'contests.awarded',
  label: { zh: '知识竞赛获奖（个人）', en: 'Wins a contest award (individual)' },
  map: (p) => ({ personId: p.personId, key: `contest_award:${p.roundId}`, note: p.tier }),
  replay: {
    query: sql`SELECT created_at AS occurred_at, jsonb_build_object('contestId', contest_id, 'roundId', round_id, 'awardId', id, 'personId', person_id, 'teamId', team_id,
                        'tier', tier, 'rank', rank) AS payload
                 FROM contest_awards WHERE person_id IS NOT NULL`,
  },
});

/** A finished match's players, with how many matches of that kind each had played that day, this one included. */
const matchPlayers = (kind: 'duel' | 'four') => sql`
  SELECT m.finished_at AS occurred_at,
         jsonb_build_object('matchId', m.id, 'personId', p.person_id, 'place', p.place, 'players', (SELECT count(*) FROM contest_match_players q WHERE q.match_id = m.id),
                            'won', p.place = 1, 'day', p.day,
                            'matchOfDay', row_number() OVER (PARTITION BY p.person_id, p.day ORDER BY m.finished_at, m.id)) AS payload
    FROM contest_match_players p JOIN contest_matches m ON m.id = p.match_id
   WHERE m.kind = ${kind}`;

// After 学习强国: only the first duel of a day earns (2 for a win, 1 for a loss), and the first two 四人赛 (by place, 5 … 1).
const duelFinished = defineAward({
  event: 'contests.duel_finished',
  label: { zh: '双人对战（每日首局）', en: 'Plays a two-player match (first of the day)' },
  map: (p) => ({ personId: p.personId, key: `duel:${p.day}`, units: p.won ? 2 : 1, note: p.won ? 'win' : 'loss' }),
  replay: { query: matchPlayers('duel') },
});
const fourFinished = defineAward({
  event: 'contests.four_finished',
  label: { zh: '四人赛（每日前两局）', en: 'Plays a four-player match (first two of the day)' },
  map: (p) => ({
    personId: p.matchOfDay <= 2 ? p.personId : null,
    key: `four:${p.day}:${p.matchOfDay}`,
    units: fourPlacePoints(p.place, p.players),
    note: `place ${p.place}/${p.players}`,
  }),
  replay: { query: matchPlayers('four') },
});

export const contestsModule: VanguardModule = {
  name: 'contests',
  detailMessages: contestsDetails,
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
    awardOn(ctx, answerCorrect);
    awardOn(ctx, awarded);
    awardOn(ctx, duelFinished);
    awardOn(ctx, fourFinished);
  },
  jobs: (ctx) => ({ 'contests.finish_due': async () => void (await finishDueRounds(ctx)) }),
  schedules: [{ name: 'contests.finish_due', everySeconds: 60 }],
  seed: seedContests,
  metrics: contestsMetrics,
};
