import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { competitionStatuses } from '../showcase.schema.js';
import { patchFields } from '../patch-fields.js';

export const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

const code = z.string().trim().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lower-case letters, digits and _');

const category = z.object({ code, name: z.string().trim().min(1).max(40) });
const formPart = z.object({
  key: code,
  label: z.string().trim().min(1).max(60),
  required: z.boolean().default(true),
  minChars: z.number().int().min(0).max(100_000).default(0),
  maxChars: z.number().int().min(1).max(100_000),
});
const criterion = z.object({
  key: code,
  label: z.string().trim().min(1).max(60),
  weight: z.number().gt(0).max(1),
  max: z.number().int().min(1).max(100).default(10),
});

const uniqueKeys = (list: { key?: string; code?: string }[]) => new Set(list.map((x) => x.key ?? x.code)).size === list.length;

const competitionFields = {
  title: z.string().trim().min(2).max(100),
  theme: z.string().trim().min(2).max(200),
  description: z.string().trim().max(10_000).default(''),
  categories: z.array(category).min(1).max(30).refine(uniqueKeys, 'category codes must differ'),
  form: z
    .array(formPart)
    .min(1)
    .max(20)
    .refine(uniqueKeys, 'part keys must differ')
    .refine((parts) => parts.every((p) => p.minChars <= p.maxChars), 'minChars ≤ maxChars'),
  rubric: z
    .array(criterion)
    .min(1)
    .max(20)
    .refine(uniqueKeys, 'criterion keys must differ')
    .refine((list) => Math.abs(list.reduce((s, c) => s + c.weight, 0) - 1) < 1e-6, 'weights must add up to 1'),
  eligibleOrgIds: z.array(rowId).max(500).default([]).meta({ description: '可申报的组织（含下级）；空 = 全部 · organisations (with their subtrees) that may submit; empty = all' }),
  maxAttachments: z.number().int().min(0).max(20).default(5),
  opensAt: isoInstant,
  submissionDeadline: isoInstant,
  reviewDeadline: isoInstant,
  reviewersPerCase: z.number().int().min(1).max(20).default(5),
  demonstrationQuota: z.number().int().min(0).max(10_000).default(0),
  excellentQuota: z.number().int().min(0).max(10_000).default(0),
};

const deadlinesInOrder = (c: { opensAt?: Date; submissionDeadline?: Date; reviewDeadline?: Date }) =>
  !c.opensAt || !c.submissionDeadline || !c.reviewDeadline || (c.opensAt < c.submissionDeadline && c.submissionDeadline <= c.reviewDeadline);

export const competitionBody = z
  .object(competitionFields)
  .refine(deadlinesInOrder, { message: 'opensAt < submissionDeadline ≤ reviewDeadline', path: ['submissionDeadline'] })
  .meta({
    examples: [
      {
        title: '2026年度机关党建创新案例征集',
        theme: '“四个三”路径淬炼先锋队伍',
        categories: [
          { code: 'youth', name: '青年工作' },
          { code: 'grassroots', name: '基层治理' },
        ],
        form: [
          { key: 'background', label: '背景与问题', required: true, minChars: 100, maxChars: 800 },
          { key: 'practice', label: '主要做法', required: true, minChars: 300, maxChars: 3000 },
          { key: 'results', label: '成效与经验', required: true, minChars: 100, maxChars: 1500 },
        ],
        rubric: [
          { key: 'innovation', label: '创新性', weight: 0.3, max: 10 },
          { key: 'effect', label: '实效性', weight: 0.4, max: 10 },
          { key: 'replicable', label: '可推广性', weight: 0.3, max: 10 },
        ],
        opensAt: '2026-03-01T00:00:00+08:00',
        submissionDeadline: '2026-05-31T23:59:59+08:00',
        reviewDeadline: '2026-07-15T23:59:59+08:00',
        reviewersPerCase: 5,
        demonstrationQuota: 10,
        excellentQuota: 40,
      },
    ],
  });
export type CompetitionInput = z.infer<typeof competitionBody>;

export const competitionPatch = z.object(patchFields(competitionFields)).partial().refine(deadlinesInOrder, { message: 'opensAt < submissionDeadline ≤ reviewDeadline', path: ['submissionDeadline'] });
export type CompetitionPatch = z.infer<typeof competitionPatch>;

export const competitionListQuery = z.object({
  q: z.string().trim().max(60).optional(),
  status: z.enum(competitionStatuses).optional(),
  ...paging,
});

export const statusBody = z.object({ to: z.enum(['open', 'reviewing']).meta({ description: '开始征集（draft→open）或截止征集、进入评审（open→reviewing）· open the call, or close it and start review' }) });

export const idParams = z.object({ id: rowIdParam });
