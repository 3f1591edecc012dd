import { z } from 'zod';
import { countOut, dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { grades, resultUses, roundKinds, roundStatuses, targetKinds } from '../assessment.schema.js';

export const roundOut = z.object({
  id: z.number().int(),
  systemId: z.number().int(),
  systemName: z.string(),
  version: z.number().int().meta({ description: '所用的冻结版本号 · the frozen version used' }),
  name: z.string(),
  kind: z.enum(roundKinds),
  targetKind: z.enum(targetKinds),
  periodFrom: dayOut,
  periodTo: dayOut,
  scopeOrgId: z.number().int(),
  scopeOrgName: z.string(),
  targetOrgKind: z.string().nullable(),
  youngMaxAge: z.number().int().nullable(),
  status: z.enum(roundStatuses),
  grading: z.union([
    z.object({ mode: z.literal('cutoffs'), excellent: z.number(), good: z.number(), fair: z.number() }),
    z.object({ mode: z.literal('quota'), excellentShare: z.number(), good: z.number(), fair: z.number() }),
  ]),
  minVotes: z.number().int(),
  meetingAt: instantOut.nullable().meta({ description: '述职评议会议时间；此后述职报告不可修改 · the review meeting; reports are locked from then on' }),
  appealUntil: instantOut.nullable().meta({ description: '申诉截止时间（结束后）· appeals are accepted until then, after the close' }),
  voting: z
    .object({ open: z.boolean(), openedAt: instantOut.nullable(), closedAt: instantOut.nullable() })
    .meta({ description: '现场投票状态 · the meeting’s voting' }),
  targets: z.number().int(),
  tasks: z.object({ assigned: z.number().int(), done: z.number().int() }).meta({ description: '评分任务进度 · rater tasks' }),
  computedAt: instantOut.nullable(),
  createdAt: instantOut,
  startedAt: instantOut.nullable(),
  closedAt: instantOut.nullable(),
  confirmedAt: instantOut.nullable(),
});
export const roundListOut = pageOf(roundOut);

export const resultOut = z.object({
  targetId: z.number().int(),
  name: z.string(),
  orgId: z.number().int().nullable(),
  personId: z.number().int().nullable(),
  total: countOut,
  grade: z.enum(grades),
  gradeLabel: z.string(),
  rank: z.number().int(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable().meta({ description: '上轮排名 − 本轮排名，正数为上升 · previous rank − rank' }),
  uses: z.array(z.enum(resultUses)).meta({ description: 'award 评先评优候选 · appointment 调整使用参考' }),
});
export const resultsOut = pageOf(resultOut).extend({
  computedAt: instantOut.nullable(),
  distribution: z.object({ excellent: z.number().int(), good: z.number().int(), fair: z.number().int(), poor: z.number().int() }),
});

export const targetLeafOut = z.object({
  key: z.string(),
  name: z.string(),
  path: z.array(z.string()),
  weight: z.number(),
  type: z.enum(['computed', 'rated', 'evidence']),
  metric: z.string().nullable().meta({ description: '计算指标的登记指标名，可按 /api/v1/figures 下钻到记录 · drill down through the figures API' }),
  maxScore: z.number().nullable(),
  rawValue: countOut.nullable(),
  score: countOut.nullable().meta({ description: '0–100' }),
  weighted: z.number().nullable().meta({ description: '权重 × 得分 / 100 · contribution to the total' }),
  raters: z.object({ assigned: z.number().int(), done: z.number().int() }).nullable(),
});
export const targetDetailOut = z.object({
  targetId: z.number().int(),
  name: z.string(),
  orgId: z.number().int().nullable(),
  personId: z.number().int().nullable(),
  period: z.object({ from: dayOut, to: dayOut }),
  result: resultOut.omit({ targetId: true, name: true, orgId: true, personId: true }).nullable(),
  leaves: z.array(targetLeafOut),
});
