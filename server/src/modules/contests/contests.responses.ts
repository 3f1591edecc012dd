import { z } from 'zod';
import { errorOut, instantOut, itemsOf, originOut, pageOf } from '../../kernel/openapi/responses.js';
import { awardTierNames, entrantKinds, matchKinds, roundKinds, roundPhases } from './contests.schema.js';

const id = z.number().int();
const int = z.number().int();
const entrantKind = z.enum(entrantKinds);
const roundKind = z.enum(roundKinds);
const phase = z.enum(roundPhases).meta({ description: '现场：draft → lobby → question ⇄ reveal（⇄ paused）→ ended；线上：open → ended · live and online round phases' });
const tier = z.enum(awardTierNames);

export const contestRow = z
  .object({ id, name: z.string(), entrantKind, orgId: id, orgName: z.string(), createdAt: instantOut, rounds: int, players: int.meta({ description: '各轮参赛人次（上级组织的竞赛只计本组织人员）· players over all rounds (own people only in a contest organised above)' }), origin: originOut })
  .meta({ id: 'ContestRow', description: '竞赛（列表）· A contest in a list' });

/** As stored from the request (contests.dto.ts questionSource, defaults applied). */
const questionSourceOut = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), questionIds: z.array(id) }),
  z.object({
    kind: z.literal('draw'),
    tags: z.array(z.string()),
    minDifficulty: int,
    maxDifficulty: int,
    types: z.array(z.enum(['single', 'multiple', 'judge', 'fill'])),
    count: int,
  }),
]);

const scoringOut = z.object({ correctPoints: int, speedBonusMax: int, teamScore: z.enum(['sum', 'average']) });
const awardRuleOut = z.object({ kind: z.enum(['ratio', 'count']), gold: z.number(), silver: z.number(), bronze: z.number(), minScore: int.optional() });

export const contestRound = z
  .object({
    id,
    seq: int,
    name: z.string(),
    kind: roundKind,
    code: z.string().nullable().meta({ description: '现场轮次的 6 位加入码 · the 6-digit join code of a live round' }),
    phase,
    currentIndex: int,
    questions: int,
    secondsPerQuestion: int,
    opensAt: instantOut.nullable(),
    closesAt: instantOut.nullable(),
    finishedAt: instantOut.nullable(),
    players: int,
  })
  .meta({ id: 'ContestRound', description: '竞赛轮次 · A round of a contest' });

export const contestDetail = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    orgId: id,
    orgName: z.string(),
    questionSource: questionSourceOut,
    entrantKind,
    scoring: scoringOut,
    awardRule: awardRuleOut,
    createdAt: instantOut,
    origin: originOut,
    rounds: z.array(contestRound),
    teams: z.array(z.object({ id, name: z.string(), orgId: id.nullable(), squadId: id.nullable().meta({ description: '尖刀班作为参赛队 · the squad this team is' }), rosterSize: int })),
  })
  .meta({
    id: 'Contest',
    description: '竞赛详情（不含题目内容）· A contest with its rounds and teams; question texts are not part of it',
    example: {
      id: 1,
      name: '青年理论知识挑战赛',
      description: '全市机关青年线上初赛，各单位代表队现场决赛。',
      orgId: 1,
      orgName: '团市委',
      questionSource: { kind: 'draw', tags: ['党史'], minDifficulty: 1, maxDifficulty: 5, types: ['single', 'multiple', 'judge'], count: 10 },
      entrantKind: 'individual',
      scoring: { correctPoints: 1000, speedBonusMax: 1000, teamScore: 'average' },
      awardRule: { kind: 'ratio', gold: 0.01, silver: 0.03, bronze: 0.06, minScore: 1 },
      createdAt: '2026-05-01T01:00:00.000Z',
      origin: 'own',
      rounds: [
        { id: 1, seq: 1, name: '线上初赛', kind: 'async', code: null, phase: 'ended', currentIndex: -1, questions: 10, secondsPerQuestion: 20, opensAt: '2026-05-04T00:00:00.000Z', closesAt: '2026-05-11T00:00:00.000Z', finishedAt: '2026-05-11T00:01:00.000Z', players: 812 },
        { id: 2, seq: 2, name: '现场决赛', kind: 'live', code: '482913', phase: 'draft', currentIndex: -1, questions: 10, secondsPerQuestion: 20, opensAt: null, closesAt: null, finishedAt: null, players: 0 },
      ],
      teams: [{ id: 1, name: '市直机关工委', orgId: 2, squadId: null, rosterSize: 0 }],
    },
  });

export const contestPage = pageOf(contestRow);

const award = z.object({ id, tier, rank: int, score: int, name: z.string(), personId: id.nullable(), teamId: id.nullable(), certificateNo: z.string() });

export const roundResultsOut = z
  .object({
    round: z.object({
      id,
      name: z.string(),
      kind: roundKind,
      phase,
      finishedAt: instantOut.nullable(),
      contestName: z.string(),
      ownPeopleOnly: z.boolean().meta({ description: '上级组织的竞赛：只含本组织人员及其团队，名次为全市总名次 · a contest organised above: own people and teams only, with their overall rank' }),
    }),
    individuals: z.array(z.object({ rank: int, playerId: id, name: z.string(), score: int, correct: int, answered: int, timeMs: int.meta({ description: '答对题目的用时（并列时的依据）· time on correct answers, the tie-break' }) })),
    teams: z.array(z.object({ rank: int, teamId: id, name: z.string(), score: int, players: int })),
    questions: z.array(
      z.object({
        index: int,
        questionId: id,
        stem: z.string(),
        answered: int,
        correct: int,
        correctRate: z.number().meta({ description: '正确率（%，一位小数）· percent correct, one decimal' }),
        avgSeconds: z.number().nullable(),
      }),
    ),
    awards: z.array(award),
  })
  .meta({
    id: 'ContestResults',
    description: '成绩：个人与团队排名、题目统计、获奖名单 · Rankings, per-question statistics and awards of a round',
    example: {
      round: { id: 1, name: '线上初赛', kind: 'async', phase: 'ended', finishedAt: '2026-05-11T00:01:00.000Z', contestName: '青年理论知识挑战赛', ownPeopleOnly: false },
      individuals: [{ rank: 1, playerId: 31, name: '李娜', score: 18450, correct: 10, answered: 10, timeMs: 31200 }],
      teams: [{ rank: 1, teamId: 1, name: '市直机关工委', score: 12020, players: 214 }],
      questions: [{ index: 0, questionId: 88, stem: '中国共产主义青年团成立于哪一年？', answered: 812, correct: 701, correctRate: 86.3, avgSeconds: 6.4 }],
      awards: [{ id: 9, tier: 'gold', rank: 1, score: 18450, name: '李娜', personId: 120, teamId: null, certificateNo: 'VG-1-1-3FA2C1' }],
    },
  });

export const finishOut = z.object({
  finished: z.literal(true),
  awards: int.optional().meta({ description: '本次写入的获奖数；已结束过的轮次不返回 · awards written now; absent when the round had already finished' }),
  players: int.optional(),
});

export const hostCommandOut = z
  .object({ phase, currentIndex: int, total: int, remainingMs: int, version: int })
  .meta({ id: 'ContestHostState', example: { phase: 'question', currentIndex: 0, total: 10, remainingMs: 20000, version: 3 } });

export const liveStatusOut = z
  .object({ code: z.string().nullable(), phase, currentIndex: int, total: int, remainingMs: int, players: int.meta({ description: '当前连接的选手 · players connected now' }) })
  .meta({ id: 'ContestLiveStatus', example: { code: '482913', phase: 'lobby', currentIndex: -1, total: 10, remainingMs: 0, players: 128 } });

export const wsUpgradeRequired = errorOut.describe('需要 WebSocket 升级；协议见 docs/contests-protocol.md · A plain GET: upgrade to WebSocket (see docs/contests-protocol.md)');

export const myRoundsOut = itemsOf(
  z.object({
    id,
    name: z.string(),
    kind: roundKind,
    code: z.string().nullable(),
    phase,
    opensAt: instantOut.nullable(),
    closesAt: instantOut.nullable(),
    questions: int,
    secondsPerQuestion: int,
    contestId: id,
    contestName: z.string(),
  }),
);

/** The current question as one player sees it: their own option order, never the answer. */
const servedQuestion = z.object({
  done: z.literal(false),
  index: int,
  total: int,
  type: z.enum(['single', 'multiple', 'judge', 'fill']),
  stem: z.string(),
  options: z.array(z.string()).meta({ description: '本人看到的选项顺序（A、B…）；判断题为 正确/错误；填空题为空 · options in this player’s order' }),
  durationMs: int,
  remainingMs: int,
  deadline: z.number().nullable().meta({ description: '截止时刻（毫秒时间戳）· deadline, epoch ms' }),
  serverTime: z.number().meta({ description: '服务器时间（毫秒时间戳）· server time, epoch ms' }),
  answered: z.boolean(),
});

export const playOut = z
  .discriminatedUnion('done', [servedQuestion, z.object({ done: z.literal(true), answered: int, total: int, score: int })])
  .meta({
    id: 'ContestPlay',
    description: '当前题目，或答完后的得分 · The current question, or the score once every question is answered',
    example: { done: false, index: 0, total: 10, type: 'single', stem: '中国共产主义青年团成立于哪一年？', options: ['1922年', '1921年', '1925年', '1919年'], durationMs: 20000, remainingMs: 19870, deadline: 1778480420000, serverTime: 1778480400130, answered: false },
  });

export const answerOut = z.object({ late: z.literal(false), accepted: z.literal(true), index: int, timeMs: int });

export const myAwardsOut = itemsOf(
  z.object({ id, tier, rank: int, score: int, name: z.string(), certificateNo: z.string(), contestName: z.string(), roundName: z.string(), createdAt: instantOut }),
);

export const myResultsOut = itemsOf(
  z
    .object({
      roundId: id,
      roundName: z.string(),
      kind: roundKind,
      code: z.string().nullable().meta({ description: '现场轮次的参赛码 · the join code of a live round' }),
      phase,
      final: z.boolean().meta({ description: '轮次已结束，名次不再变化 · the round has ended, the rank is final' }),
      contestId: id,
      contestName: z.string(),
      score: int,
      correct: int,
      answered: int.meta({ description: '已作答（含超时）的题数 · questions answered or timed out' }),
      total: int,
      done: z.boolean().meta({ description: '本人已答完全部题目 · every question of the round has been served and closed' }),
      rank: int.meta({ description: '本人在该轮的名次（未结束时为当前名次）· rank in the round, current until it ends' }),
      players: int,
      awardId: id.nullable(),
      tier: tier.nullable(),
      finishedAt: instantOut.nullable(),
    })
    .meta({ id: 'ContestMyResult', description: '本人参加过的一轮：得分、名次、奖项 · A round the caller played: score, rank, award' }),
);

export const myMatchesOut = itemsOf(
  z
    .object({
      matchId: id,
      kind: z.enum(matchKinds).meta({ description: 'duel = 双人对战, four = 四人赛' }),
      place: int.meta({ description: '名次（1 为第一）· place, 1 = first' }),
      players: int,
      score: int,
      correct: int,
      total: int,
      leftEarly: z.boolean().meta({ description: '中途退出，余下题目不得分 · left before the end' }),
      opponents: z.array(z.string()),
      finishedAt: instantOut,
    })
    .meta({ id: 'ContestMyMatch', description: '本人的一局双人对战或四人赛 · One of the caller\'s two- or four-player matches' }),
);

/** Row types of the queries behind these answers. */
export type ContestRowOut = z.input<typeof contestRow>;
export type ContestDetailOut = z.input<typeof contestDetail>;
export type ContestRoundOut = z.input<typeof contestRound>;
export type MyRoundOut = z.input<typeof myRoundsOut>['items'][number];
export type MyResultOut = z.input<typeof myResultsOut>['items'][number];
export type MyAwardOut = z.input<typeof myAwardsOut>['items'][number];
