import { z } from 'zod';
import { countOut, dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { roundStatuses } from '../assessment.schema.js';

export const assignOut = z.object({
  assigned: z.number().int().meta({ description: '新增的评分任务 · new tasks' }),
  excludedConflicts: z.number().int().meta({ description: '因利益冲突未分配（本单位或本人）· pairs left out for a conflict of interest' }),
});

export const taskOut = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundName: z.string(),
  roundStatus: z.enum(roundStatuses),
  periodFrom: dayOut,
  periodTo: dayOut,
  targetId: z.number().int(),
  targetName: z.string(),
  leafKey: z.string(),
  leafName: z.string(),
  leafType: z.enum(['rated', 'evidence']),
  maxScore: z.number(),
  guidance: z.string().meta({ description: '评分细则或材料要求 · the rubric or the evidence asked for' }),
  score: countOut.nullable(),
  comment: z.string(),
  ratedAt: instantOut.nullable(),
});
export const taskListOut = pageOf(taskOut);
