import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { answerCategoryCodes } from '../../../../../common/showcase-categories.js';
import { answerStatuses } from './answers.schema.js';
import { patchFields } from '../patch-fields.js';

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

const result = z.object({
  label: z.string().trim().min(2).max(60),
  value: z.number().finite().min(-1e12).max(1e12),
  unit: z.string().trim().max(10).default(''),
  metric: z.string().regex(/^[a-z_]+\.[a-z_]+$/).max(80).optional().meta({ description: '关联的统计指标（显示实时数据与明细）· a registered metric shown live beside the claim' }),
});

const answerFields = {
  title: z.string().trim().min(4).max(100),
  category: z.enum(answerCategoryCodes),
  periodStart: isoDay,
  periodEnd: isoDay,
  body: z.string().trim().max(20_000).default(''),
  results: z.array(result).max(12).default([]),
};
const periodInOrder = (a: { periodStart?: string; periodEnd?: string }) => !a.periodStart || !a.periodEnd || a.periodStart <= a.periodEnd;

export const answerBody = z.object({ orgId: rowId, ...answerFields }).refine(periodInOrder, { message: 'periodStart ≤ periodEnd', path: ['periodEnd'] });
export type AnswerInput = z.infer<typeof answerBody>;
export const answerPatch = z
  .object(patchFields(answerFields))
  .partial().refine(periodInOrder, { message: 'periodStart ≤ periodEnd', path: ['periodEnd'] });
export type AnswerPatch = z.infer<typeof answerPatch>;
export const answerListQuery = z.object({ q: z.string().trim().max(60).optional(), status: z.enum(answerStatuses).optional(), category: z.enum(answerCategoryCodes).optional(), ...paging });
export const answerReviewBody = z.object({ decision: z.enum(['published', 'rejected']), note: z.string().trim().max(500).optional() });
export const feedQuery = z.object({
  orgId: rowIdParam.optional().meta({ description: '某单位（含下级）的时间线 · one organisation’s timeline (with its subtree)' }),
  q: z.string().trim().max(60).optional(),
  category: z.enum(answerCategoryCodes).optional(),
  ...paging,
});
export const commentBody = z.object({ body: z.string().trim().min(2).max(500) });
export const commentListQuery = z.object({ status: z.enum(['pending', 'visible', 'hidden']).default('pending'), ...paging });
export const moderateBody = z.object({ to: z.enum(['visible', 'hidden']) });
export const answerFileParams = z.object({ id: rowIdParam, fileId: rowIdParam });

// ——— Responses ———

const resultOut = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  metric: z.string().optional(),
  live: z.object({ label: z.string(), unit: z.string().nullable(), value: z.number() }).nullable().optional().meta({ description: '关联指标在本单位、本期间的实时数值 · the live figure for the organisation and period' }),
});
export const answerOut = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    orgName: z.string(),
    title: z.string(),
    category: z.string(),
    periodStart: dayOut,
    periodEnd: dayOut,
    body: z.string(),
    results: z.array(resultOut),
    status: z.enum(answerStatuses),
    reviewNote: z.string().nullable(),
    publishedAt: instantOut.nullable(),
    likeCount: z.number().int(),
    commentCount: z.number().int(),
    files: z.array(z.object({ id: z.number().int(), mime: z.string(), size: z.number().int(), originalName: z.string() })),
    createdAt: instantOut,
  })
  .meta({ id: 'ShowcaseAnswer' });
export const answerPage = pageOf(answerOut);
export const commentOut = z.object({ id: z.number().int(), answerId: z.number().int(), answerTitle: z.string(), author: z.string(), body: z.string(), status: z.enum(['pending', 'visible', 'hidden']), mine: z.boolean(), createdAt: instantOut }).meta({ id: 'ShowcaseAnswerComment' });
export const commentPage = pageOf(commentOut);
export const feedItemOut = answerOut.extend({ likedByMe: z.boolean(), comments: z.array(commentOut) }).meta({ id: 'ShowcaseFeedItem' });
export const likeOut = z.object({ liked: z.boolean(), likeCount: z.number().int() });
export const orgFiguresOut = z.object({
  items: z.array(z.object({ orgId: z.number().int(), orgName: z.string(), published: z.number().int(), likes: z.number().int(), comments: z.number().int(), latest: instantOut.nullable() })),
});
