import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { countOut, instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';
import { appealStatuses, roundStatuses } from '../assessment.schema.js';
import { targetDetailOut } from '../rounds/rounds.responses.js';

export const appealBody = z.object({ targetId: rowId, leafKey: z.string().trim().min(1).max(40), reason: z.string().trim().min(1).max(2000) });
export const appealParams = z.object({ id: rowIdParam, appealId: rowIdParam });
export const appealListQuery = z.object({
  status: z.enum(appealStatuses).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const answerBody = z
  .object({
    decision: z.enum(['upheld', 'rejected']),
    answer: z.string().trim().min(1).max(2000),
    /** Upheld: the item's new score, 0–100. */
    score: z.number().min(0).max(100).optional(),
  })
  .refine((b) => b.decision === 'rejected' || b.score !== undefined, { path: ['score'], message: 'an upheld appeal gives the new score' })
  .refine((b) => b.decision === 'upheld' || b.score === undefined, { path: ['score'], message: 'a rejected appeal changes no score' });

export const appealOut = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundName: z.string(),
  targetId: z.number().int(),
  targetName: z.string(),
  leafKey: z.string(),
  leafName: z.string(),
  reason: z.string(),
  status: z.enum(appealStatuses),
  answer: z.string().nullable(),
  scoreBefore: countOut.nullable(),
  scoreAfter: countOut.nullable(),
  createdAt: instantOut,
  answeredAt: instantOut.nullable(),
});
export const appealListOut = pageOf(appealOut);

export const myResultsOut = itemsOf(
  targetDetailOut.extend({
    roundId: z.number().int(),
    roundName: z.string(),
    roundStatus: z.enum(roundStatuses),
    appealUntil: instantOut.nullable(),
    appealOpen: z.boolean().meta({ description: '可在截止时间前对单项得分提出申诉 · appeals are accepted now' }),
  }),
);
