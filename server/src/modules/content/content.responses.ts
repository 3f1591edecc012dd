import { z } from 'zod';
import { instantOut, pageOf } from '../../kernel/openapi/responses.js';
import { contentFileSlots, contentKinds, contentStatuses } from './content.schema.js';

const itemExample = {
  id: 12,
  kind: 'article',
  title: '学习贯彻团十九大精神',
  summary: '团十九大报告要点解读。',
  status: 'published',
  orgId: 3,
  orgName: '青岛团市委',
  videoUrl: null,
  durationSeconds: null,
  estimatedSeconds: 240,
  createdAt: '2026-03-02T02:00:00.000Z',
  updatedAt: '2026-03-03T08:30:00.000Z',
  publishedAt: '2026-03-03T08:30:00.000Z',
  media: { poster: '/api/v1/content/12/media/poster' },
};

/** Uploaded media by slot → the address to fetch it. */
const mediaOut = z.object(Object.fromEntries(contentFileSlots.map((s) => [s, z.string().optional()])) as Record<(typeof contentFileSlots)[number], z.ZodOptional<z.ZodString>>);

/** An item in lists (content.queries.ts `listColumns` after `present`). */
export const contentItemOut = z
  .object({
    id: z.number().int(),
    kind: z.enum(contentKinds),
    title: z.string(),
    summary: z.string(),
    status: z.enum(contentStatuses),
    orgId: z.number().int(),
    orgName: z.string(),
    videoUrl: z.string().nullable(),
    durationSeconds: z.number().int().nullable(),
    estimatedSeconds: z.number().int(),
    createdAt: instantOut,
    updatedAt: instantOut,
    publishedAt: instantOut.nullable(),
    media: mediaOut,
  })
  .meta({ id: 'ContentItem', example: itemExample });

export const contentPage = pageOf(contentItemOut).meta({ examples: [{ items: [itemExample], total: 1, page: 1, pageSize: 20 }] });

/** An item as its authors and reviewers see it. */
export const contentDetailOut = contentItemOut
  .extend({
    body: z.string(),
    audienceRoles: z.array(z.string()),
    audienceOrgIds: z.array(z.number().int()),
    reviewComment: z.string().nullable(),
    source: z.string().nullable(),
  })
  .meta({ id: 'ContentDetail' });

const progressOut = z.object({ seconds: z.number().int(), completed: z.boolean() }).nullable();

/** An item of a reader's feed, with their own reading progress. */
export const readerItemOut = contentItemOut.extend({ myProgress: progressOut }).meta({ id: 'ReaderItem' });
export const readerPage = pageOf(readerItemOut);

/** The item a reader opens: the feed item and its body. */
export const readerDetailOut = readerItemOut.extend({ body: z.string() }).meta({ id: 'ReaderDetail' });

export const heartbeatOut = z
  .object({
    capSeconds: z.number().int(),
    thresholdSeconds: z.number().int(),
    credited: z.number().int(),
    seconds: z.number().int(),
    completed: z.boolean(),
    kind: z.enum(contentKinds),
  })
  .meta({ id: 'BeatResult' });

export const mediaAttachedOut = z.object({ slot: z.enum(contentFileSlots), mime: z.string(), size: z.number().int(), url: z.string() });
