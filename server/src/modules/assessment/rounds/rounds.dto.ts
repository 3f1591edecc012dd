import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { grades, resultUses, roundKinds, roundStatuses } from '../assessment.schema.js';

export const roundParams = z.object({ id: rowIdParam });
export const roundTargetParams = z.object({ id: rowIdParam, targetId: rowIdParam });

const cut = z.number().min(0).max(100);
export const gradingBody = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('cutoffs'), excellent: cut, good: cut, fair: cut }),
    z.object({ mode: z.literal('quota'), excellentShare: z.number().gt(0).max(1), good: cut, fair: cut }),
  ])
  .superRefine((g, c) => {
    if (g.mode === 'cutoffs' && g.excellent < g.good) c.addIssue({ code: 'custom', path: ['excellent'], message: 'excellent must not be below good' });
    if (g.good < g.fair) c.addIssue({ code: 'custom', path: ['good'], message: 'good must not be below fair' });
  });

export const roundCreateBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    systemId: rowId,
    /** Default: the latest published version. */
    version: z.number().int().min(1).optional(),
    kind: z.enum(roundKinds),
    periodFrom: isoDay,
    periodTo: isoDay,
    /** Default: the organisation at the root of the caller's scope. */
    scopeOrgId: rowId.optional(),
    /** Organisation systems: which organisations of the scope are assessed. */
    targetOrgKind: z.enum(['party_committee', 'general_branch', 'branch']).optional(),
    /** Person systems: people of at most this age on the last day of the period (young cadres). */
    youngMaxAge: z.number().int().min(18).max(60).default(35),
    grading: gradingBody.default({ mode: 'quota', excellentShare: 0.2, good: 80, fair: 60 }),
    minVotes: z.number().int().min(1).max(1000).default(5),
  })
  .refine((b) => b.periodTo >= b.periodFrom, { path: ['periodTo'], message: 'periodTo must not be before periodFrom' });

export const roundListQuery = z.object({
  status: z.enum(roundStatuses).optional(),
  systemId: rowIdParam.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const resultsQuery = z.object({
  grade: z.enum(grades).optional(),
  /** Only the results marked for this use (评先评优 / 调整使用). */
  use: z.enum(resultUses).optional(),
  q: z.string().trim().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
