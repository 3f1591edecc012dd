import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../kernel/dto.js';
import { contentCategories, TAG_MAX_CHARS, TAGS_MAX, tagPattern } from '../../../../common/content-categories.js';
import { roles } from '../../kernel/access/roles.js';
import { contentFileSlots, contentKinds, contentStatuses } from './content.schema.js';

const httpsUrl = z
  .string()
  .trim()
  .max(1000)
  .url()
  .refine((u) => u.startsWith('https://'), { message: 'must be an https URL' });

/** One tag: trimmed, 1–16 characters, no spaces, commas or angle brackets. */
export const tagText = z
  .string()
  .trim()
  .min(1)
  .max(TAG_MAX_CHARS)
  .regex(tagPattern, { message: 'a tag has no spaces, commas, semicolons, # or angle brackets' });
/** Up to 8 distinct tags. */
export const tagList = z
  .array(tagText)
  .max(TAGS_MAX)
  .refine((t) => new Set(t).size === t.length, { message: 'tags must be distinct' });
const categoryField = z.enum(contentCategories).nullable();

const itemFields = {
  category: categoryField.default(null),
  tags: tagList.default([]),
  title: z.string().trim().min(2).max(120),
  summary: z.string().trim().max(500).default(''),
  body: z.string().max(200_000).default(''),
  audienceOrgIds: z.array(rowId).max(200).default([]),
  audienceRoles: z.array(z.enum(roles)).max(8).default([]),
  videoUrl: httpsUrl.nullable().default(null),
  durationSeconds: z.number().int().min(1).max(24 * 3600).nullable().default(null),
};

export const createItemBody = z
  .object({ kind: z.enum(contentKinds), orgId: rowId, ...itemFields })
  .refine((v) => v.kind === 'video' || v.videoUrl === null, { path: ['videoUrl'], message: 'only videos have a video URL' })
  .meta({
    examples: [
      {
        kind: 'article',
        orgId: 3,
        title: '学习贯彻团十九大精神',
        summary: '团十九大报告要点解读。',
        body: '<p>团十九大报告要点……</p>',
        audienceRoles: ['member'],
      },
    ],
  });

export const updateItemBody = z.object({
  title: itemFields.title.optional(),
  category: categoryField.optional(),
  tags: tagList.optional(),
  summary: z.string().trim().max(500).optional(),
  body: z.string().max(200_000).optional(),
  audienceOrgIds: itemFields.audienceOrgIds.optional(),
  audienceRoles: itemFields.audienceRoles.optional(),
  videoUrl: httpsUrl.nullable().optional(),
  durationSeconds: z.number().int().min(1).max(24 * 3600).nullable().optional(),
});

/** Category and tags of an item in any state (filing it needs no new review). */
export const labelsBody = z
  .object({ category: categoryField, tags: tagList })
  .meta({ examples: [{ category: 'warning_case', tags: ['中央八项规定', '违规吃喝'] }] });

export const transitionActions = ['submit', 'return', 'publish', 'archive'] as const;
export const transitionBody = z.object({
  action: z.enum(transitionActions),
  comment: z.string().trim().max(2000).optional(),
});

export const idParams = z.object({ id: rowIdParam });
export const mediaParams = z.object({ id: rowIdParam, slot: z.enum(contentFileSlots) });

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  kind: z.enum(contentKinds).optional(),
  status: z.enum(contentStatuses).optional(),
  /** A category, or `none` for items without one. */
  category: z.enum([...contentCategories, 'none']).optional(),
  tag: tagText.optional(),
});

export const feedQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  kind: z.enum(contentKinds).optional(),
  category: z.enum(contentCategories).optional(),
  tag: tagText.optional(),
});

/** Tags of this organisation's items, for the filter's choices. */
export const tagsQuery = z.object({ q: tagText.optional() });

export const assignParams = z.object({ id: rowIdParam, orgId: rowIdParam });
export const assignBody = z.object({ deadline: isoDay }).meta({ examples: [{ deadline: '2026-12-31' }] });
export const completionQuery = z.object({ orgId: rowIdParam.optional() });
export const unfinishedQuery = completionQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
/** Warning cases (or another category) an admin may assign, with their required-reading figures in the caller's scope. */
export const libraryQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  category: z.enum(contentCategories).default('warning_case'),
  tag: tagText.optional(),
  assigned: z.enum(['yes', 'no']).optional(),
});
export const linkParams = z.object({ id: rowIdParam, activityId: rowIdParam });
export const activityCasesQuery = z.object({ activityId: rowIdParam });

export const heartbeatBody = z.object({ visible: z.boolean() });
