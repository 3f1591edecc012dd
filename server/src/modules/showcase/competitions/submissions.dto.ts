import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { submissionStatuses } from '../showcase.schema.js';
import { paging } from './competitions.dto.js';

const partsField = z
  .record(z.string().regex(/^[a-z][a-z0-9_]{0,31}$/), z.string().max(100_000))
  .meta({ description: '申报表各部分正文（按部分 key）；字数按汉字逐字、字母数字连续串计一词计算 · the form parts by key; counted per word-count.ts' });

export const submissionBody = z
  .object({
    competitionId: rowId,
    orgId: rowId.optional().meta({ description: '申报单位（须在本人管理范围内，默认本人所在单位）· the submitting organisation, in your scope' }),
    category: z.string().trim().min(1).max(32),
    title: z.string().trim().min(2).max(100),
    parts: partsField.default({}),
  })
  .meta({ examples: [{ competitionId: 1, category: 'youth', title: '“青春之岛”先锋队伍淬炼路径', parts: { background: '……', practice: '……', results: '……' } }] });
export type SubmissionInput = z.infer<typeof submissionBody>;

export const submissionPatch = z.object({
  category: z.string().trim().min(1).max(32).optional(),
  title: z.string().trim().min(2).max(100).optional(),
  parts: partsField.optional(),
});
export type SubmissionPatch = z.infer<typeof submissionPatch>;

export const submissionListQuery = z.object({
  competitionId: rowIdParam.optional(),
  status: z.enum(submissionStatuses).optional(),
  q: z.string().trim().max(60).optional(),
  ...paging,
});

export const fileParams = z.object({ id: rowIdParam, fileId: rowIdParam });
