import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { normalisationMethods, awardTiers } from '../showcase.schema.js';
import { paging } from '../competitions/competitions.dto.js';

export const round = z.coerce.number().int().min(1).max(2).default(1).meta({ description: '评审轮次：1 初评，2 复评（入围案例的专家组）· review round' });

export const profileBody = z.object({
  expertise: z.array(z.string().trim().regex(/^[a-z][a-z0-9_]{0,31}$/)).max(20).meta({ description: '擅长的案例类别（类别代码）· category codes' }),
  title: z.string().trim().max(100).default(''),
  affiliationOrgId: rowId.nullable().optional().meta({ description: '本人所在单位（用于自动回避；默认为人员所在组织）· own organisation' }),
});

export const conflictBody = z.object({ orgId: rowId, reason: z.string().trim().min(2).max(200) });

export const panelBody = z.object({ round, accountIds: z.array(rowId).max(500) });
export const roundQuery = z.object({ round });

export const computeBody = z.object({
  round,
  k: z.number().int().min(1).max(20).optional().meta({ description: '每个案例的评审人数，默认按评选设置（5）· reviewers a case' }),
  floor: z.number().int().min(0).max(10_000).optional(),
  ceil: z.number().int().min(1).max(10_000).optional(),
});

export const manualBody = z.object({ round, submissionId: rowId, reviewerAccountId: rowId });

export const matrixQuery = z.object({ round, q: z.string().trim().max(60).optional(), ...paging });

export const scoreBody = z.object({
  scores: z.record(z.string(), z.number().min(0).max(100)).meta({ description: '各评分项得分（0…该项满分）· per criterion' }),
  comment: z.string().trim().max(4000).default(''),
});

export const workbenchQuery = z.object({ pending: z.enum(['true', 'false']).optional(), ...paging });

export const normaliseBody = z.object({ round, method: z.enum(normalisationMethods) });
export const resultsQuery = z.object({
  runId: rowIdParam.optional(),
  round: z.coerce.number().int().min(1).max(2).optional().meta({ description: '不指定 runId 时取该轮最近一次计算 · the latest run of this round' }),
  ...paging,
});
export const shortlistBody = z.object({
  runId: rowId.meta({ description: '初评的一次结果计算 · a round-1 run' }),
  size: z.number().int().min(1).max(1000).optional().meta({ description: '入围数，默认为两个等次的名额之和 · shortlist size (default: the quotas)' }),
});
export const decideBody = z.object({ runId: rowId });
export const manualDecisionBody = z.object({ tier: z.enum(awardTiers).nullable(), note: z.string().trim().max(500).default('') });

export const assignmentParams = z.object({ id: rowIdParam });
export const compSubmissionParams = z.object({ id: rowIdParam, submissionId: rowIdParam });
export const reviewerFileParams = z.object({ id: rowIdParam, fileId: rowIdParam });
export const certificateParams = z.object({ code: z.string().trim().regex(/^[A-Z0-9]{12}$/) });
