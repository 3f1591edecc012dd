import { z } from 'zod';
import { dayOut, instantOut } from '../../../kernel/openapi/responses.js';

const weights = z.object({ learning: z.number(), skill: z.number(), innovation: z.number(), duty: z.number(), performance: z.number() });
const scores = { learning: z.number(), skill: z.number(), innovation: z.number(), duty: z.number(), performance: z.number(), total: z.number() };

export const periodOut = z.object({
  id: z.number().int(),
  year: z.number().int(),
  kind: z.enum(['month', 'quarter']),
  seq: z.number().int(),
  label: z.string(),
  startsOn: dayOut,
  endsOn: dayOut,
  status: z.enum(['open', 'closed']),
  weights: weights.nullable(),
  closedAt: instantOut.nullable(),
});
export const periodsOut = z.object({ items: z.array(periodOut) });
export const periodsCreatedOut = z.object({ created: z.number().int(), items: z.array(periodOut) });

export const criterionOut = z.object({ id: z.number().int(), seq: z.number().int(), name: z.string(), description: z.string(), weight: z.number() });
export const rubricOut = z.object({ items: z.array(criterionOut) });

export const yearOut = z.object({
  year: z.number().int(),
  periodKind: z.enum(['month', 'quarter']),
  weights,
  youngMaxAge: z.number().int(),
  badgeTopN: z.number().int(),
  saved: z.boolean().meta({ description: '是否已保存；否则为默认值 · false: the defaults' }),
  criteria: z.array(criterionOut),
  periods: z.array(periodOut),
});

export const rankingLine = z.object({
  squadId: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  memberCount: z.number().int(),
  ...scores,
  rank: z.number().int(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable().meta({ description: '上期排名 − 本期排名，正数为上升 · previous rank − rank' }),
  badge: z.boolean().meta({ description: '一做（前 N 名）· among the top N' }),
});

export const rankingOut = z.object({
  period: periodOut,
  live: z.boolean().meta({ description: '开放周期为实时计算，已结算周期为冻结快照 · computed now (open) or frozen (closed)' }),
  ranked: z.number().int().meta({ description: '参与排名的尖刀班总数 · squads ranked in the period' }),
  items: z.array(rankingLine),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const squadScoreOut = z.object({
  period: periodOut,
  live: z.boolean(),
  line: rankingLine,
  inputs: z.record(z.string(), z.unknown()).meta({ description: '各维度得分的依据（成员指标、记录编号、归一化）· what each score was computed from' }),
  members: z.array(z.object({ personId: z.number().int(), name: z.string() })),
});

export const closeOut = z.object({ period: periodOut, squads: z.number().int() });

export const ratingFormOut = z.object({
  period: z.object({ id: z.number().int(), label: z.string(), status: z.enum(['open', 'closed']) }),
  squad: z.object({ id: z.number().int(), name: z.string() }),
  criteria: z.array(z.object({ id: z.number().int(), name: z.string(), description: z.string(), weight: z.number(), myScore: z.number().nullable(), myComment: z.string() })),
  raters: z.number().int(),
  computed: z.object({ learning: z.number(), skill: z.number(), innovation: z.number(), duty: z.number() }),
  performance: z.number(),
});

export const historyOut = z.object({
  squad: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  items: z.array(
    z.object({
      periodId: z.number().int(),
      label: z.string(),
      startsOn: dayOut,
      endsOn: dayOut,
      status: z.enum(['open', 'closed']),
      ...scores,
      rank: z.number().int(),
      previousRank: z.number().int().nullable(),
      movement: z.number().int().nullable(),
      badge: z.boolean(),
      ranked: z.number().int(),
    }),
  ),
});

export const boardOut = z.object({
  period: z.object({ id: z.number().int(), label: z.string(), status: z.enum(['open', 'closed']) }).nullable(),
  items: z.array(
    z.object({ rank: z.number().int(), name: z.string(), orgName: z.string(), movement: z.number().int().nullable(), badge: z.boolean(), ...scores }),
  ),
});
