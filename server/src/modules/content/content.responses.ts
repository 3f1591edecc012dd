import { z } from 'zod';
import { instantOut, pageOf } from '../../kernel/openapi/responses.js';
import { contentFileSlots, contentKinds, contentStatuses } from './content.schema.js';
import { contentCategories } from '../../../../common/content-categories.js';

const itemExample = {
  id: 12,
  kind: 'article',
  title: '学习贯彻团十九大精神',
  summary: '团十九大报告要点解读。',
  status: 'published',
  category: 'theory',
  tags: ['团十九大'],
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
    category: z.enum(contentCategories).nullable(),
    tags: z.array(z.string()),
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
export const readerItemOut = contentItemOut
  .extend({
    myProgress: progressOut,
    /** Required reading (必读) for the reader: the earliest deadline of the assignments covering them. */
    requiredBy: instantOut.nullable(),
  })
  .meta({ id: 'ReaderItem' });
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

export const confirmOut = z.object({ completed: z.boolean(), confirmed: z.boolean(), seconds: z.number().int() }).meta({ id: 'ConfirmReadResult' });

export const tagsOut = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) });

const rate = z.number().nullable().describe('completed / assigned, 0–1; null when nobody is assigned');

/** An assignment of required reading to an organisation's subtree, with its completion there. */
export const assignmentOut = z
  .object({
    orgId: z.number().int(),
    orgName: z.string(),
    deadline: instantOut,
    assignedAt: instantOut,
    assigned: z.number().int(),
    completed: z.number().int(),
    rate,
  })
  .meta({ id: 'ContentAssignment' });
export const assignmentsOut = z.object({ items: z.array(assignmentOut) });

const countsOut = z.object({ assigned: z.number().int(), completed: z.number().int(), rate });
export const completionOut = z
  .object({
    org: z.object({ id: z.number().int(), name: z.string() }),
    total: countsOut,
    children: z.array(countsOut.extend({ orgId: z.number().int(), name: z.string(), hasChildren: z.boolean() })),
  })
  .meta({ id: 'ContentCompletion' });
export const unfinishedPage = pageOf(
  z.object({ personId: z.number().int(), name: z.string(), orgName: z.string(), seconds: z.number().int(), deadline: instantOut }),
);

/** A case of the library (警示案例库) with its required reading in the caller's scope. */
export const libraryItemOut = contentItemOut
  .extend({
    assignedOrgs: z.number().int(),
    assigned: z.number().int(),
    completed: z.number().int(),
    rate,
    activities: z.number().int(),
  })
  .meta({ id: 'LibraryItem' });
export const libraryPage = pageOf(libraryItemOut);

/** The reader's required reading (我的必读). */
export const myRequiredOut = z.object({
  total: z.number().int(),
  completed: z.number().int(),
  items: z.array(readerItemOut),
});

export const linkedActivityOut = z
  .object({
    activityId: z.number().int(),
    title: z.string(),
    typeCode: z.string(),
    orgId: z.number().int(),
    startsAt: instantOut,
    endsAt: instantOut,
    status: z.string(),
    linkedAt: instantOut,
  })
  .meta({ id: 'LinkedActivity' });
export const linkedActivitiesOut = z.object({ items: z.array(linkedActivityOut) });
export const activityCasesOut = z.object({
  items: z.array(z.object({ id: z.number().int(), title: z.string(), kind: z.enum(contentKinds), category: z.enum(contentCategories).nullable(), linkedAt: instantOut })),
});

export const mediaAttachedOut = z.object({ slot: z.enum(contentFileSlots), mime: z.string(), size: z.number().int(), url: z.string() });
