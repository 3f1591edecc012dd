import { z } from 'zod';
import { rowId, rowIdParam } from '../../kernel/dto.js';
import { roles } from '../../kernel/access/roles.js';
import { contentFileSlots, contentKinds, contentStatuses } from './content.schema.js';

const httpsUrl = z
  .string()
  .trim()
  .max(1000)
  .url()
  .refine((u) => u.startsWith('https://'), { message: 'must be an https URL' });

const itemFields = {
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
  summary: z.string().trim().max(500).optional(),
  body: z.string().max(200_000).optional(),
  audienceOrgIds: itemFields.audienceOrgIds.optional(),
  audienceRoles: itemFields.audienceRoles.optional(),
  videoUrl: httpsUrl.nullable().optional(),
  durationSeconds: z.number().int().min(1).max(24 * 3600).nullable().optional(),
});

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
});

export const feedQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  kind: z.enum(contentKinds).optional(),
});

export const heartbeatBody = z.object({ visible: z.boolean() });
