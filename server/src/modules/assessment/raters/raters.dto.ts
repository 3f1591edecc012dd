import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';

export const assignBody = z.object({
  accountIds: z.array(rowId).min(1).max(200),
  /** Default: every rated and evidence leaf of the round's version. */
  leafKeys: z.array(z.string().trim().min(1).max(40)).min(1).max(100).optional(),
  /** Default: every target of the round. */
  targetIds: z.array(rowId).min(1).max(20_000).optional(),
});

export const taskParams = z.object({ id: rowIdParam });
export const myTasksQuery = z.object({
  status: z.enum(['pending', 'done']).optional(),
  roundId: rowIdParam.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const rateBody = z.object({ score: z.number().min(0).max(1000), comment: z.string().trim().max(1000).default('') });
