import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { periodKinds } from '../squads.schema.js';

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const periodParams = z.object({ id: rowIdParam });
export const periodSquadParams = z.object({ id: rowIdParam, squadId: rowIdParam });
export const squadParams = z.object({ squadId: rowIdParam });

const weight = z.number().min(0).max(100);
export const yearSettingsBody = z.object({
  periodKind: z.enum(periodKinds),
  weights: z
    .object({ learning: weight, skill: weight, innovation: weight, duty: weight, performance: weight })
    .refine((w) => w.learning + w.skill + w.innovation + w.duty + w.performance > 0, { message: 'at least one weight above 0' }),
  youngMaxAge: z.number().int().min(18).max(60).default(35),
  badgeTopN: z.number().int().min(0).max(108).default(3),
});

export const rubricBody = z.object({
  criteria: z
    .array(z.object({ name: z.string().trim().min(1).max(40), description: z.string().trim().max(500).default(''), weight: z.number().positive().max(100).default(1) }))
    .min(3)
    .max(5)
    .refine((list) => new Set(list.map((c) => c.name)).size === list.length, { message: 'criteria names must differ' }),
});

export const periodListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const rankingQuery = z.object({
  q: z.string().trim().max(60).optional(),
  orgId: rowIdParam.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ratingBody = z.object({
  scores: z.array(z.object({ criterionId: rowId, score: z.number().min(0).max(100), comment: z.string().trim().max(500).default('') })).min(1).max(5),
});

export const boardQuery = z.object({ limit: z.coerce.number().int().min(1).max(30).default(10) });
