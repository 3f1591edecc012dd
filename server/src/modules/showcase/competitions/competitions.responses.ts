import { z } from 'zod';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { competitionStatuses } from '../showcase.schema.js';

export const categoryOut = z.object({ code: z.string(), name: z.string() });
export const formPartOut = z.object({ key: z.string(), label: z.string(), required: z.boolean(), minChars: z.number().int(), maxChars: z.number().int() });
export const criterionOut = z.object({ key: z.string(), label: z.string(), weight: z.number(), max: z.number().int() });

export const competitionOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    theme: z.string(),
    description: z.string(),
    categories: z.array(categoryOut),
    form: z.array(formPartOut),
    rubric: z.array(criterionOut),
    eligibleOrgIds: z.array(z.number().int()),
    maxAttachments: z.number().int(),
    opensAt: instantOut,
    submissionDeadline: instantOut,
    reviewDeadline: instantOut,
    reviewersPerCase: z.number().int(),
    demonstrationQuota: z.number().int(),
    excellentQuota: z.number().int(),
    status: z.enum(competitionStatuses),
    reviewRound: z.number().int().meta({ description: '评审轮次：1 初评，2 入围案例复评 · the round under review' }),
    orgId: z.number().int(),
    publishedAt: instantOut.nullable(),
    createdAt: instantOut,
    submitted: z.number().int().meta({ description: '已提交的案例数 · cases submitted' }),
  })
  .meta({ id: 'ShowcaseCompetition' });

export const competitionPage = pageOf(competitionOut);
