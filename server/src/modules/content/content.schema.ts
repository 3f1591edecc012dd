import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, bigint, boolean } from 'drizzle-orm/pg-core';
import { contentCategories } from '../../../../common/content-categories.js';

export const contentKinds = ['article', 'video', 'pdf'] as const;
export const contentStatuses = ['draft', 'review', 'published', 'archived'] as const;

export const contentItems = pgTable(
  'content_items',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: contentKinds }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Sanitised HTML; never stored as sent. */
    body: text('body').notNull().default(''),
    status: text('status', { enum: contentStatuses }).notNull().default('draft'),
    /** Owning organisation: who manages the item. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** Org paths whose members may read it; empty = the owner's subtree. */
    audiencePaths: text('audience_paths').array().notNull().default([]),
    /** Roles that may read it; empty = any. */
    audienceRoles: text('audience_roles').array().notNull().default([]),
    /** External https video; an uploaded file lives in content_files. */
    videoUrl: text('video_url'),
    durationSeconds: integer('duration_seconds'),
    /** Reading time estimated from the text, for credit caps. */
    estimatedSeconds: integer('estimated_seconds').notNull().default(60),
    reviewComment: text('review_comment'),
    /** Where an item came from when another module created it, e.g. 'practice_report:12'. */
    source: text('source'),
    /** 栏目 (common/content-categories.ts); null = not categorised. */
    category: text('category', { enum: contentCategories }),
    /** Free tags an admin adds (common/content-categories.ts tag rules). */
    tags: text('tags').array().notNull().default([]),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('content_items_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('content_items_status_idx').on(t.status, t.publishedAt),
    uniqueIndex('content_items_source_uq').on(t.source),
    index('content_items_category_idx').on(t.category, t.status),
    index('content_items_tags_idx').using('gin', t.tags),
    check('content_items_category_ck', sql.raw(`category IS NULL OR category IN (${contentCategories.map((c) => `'${c}'`).join(', ')})`)),
  ],
);

/** `document`: a Word file readers download (an article's or a PDF document's original, e.g. a 共研 report). */
export const contentFileSlots = ['video', 'poster', 'pdf', 'document'] as const;

/** Uploaded media of an item; the bytes live under DATA_DIR/uploads/content/<storage_key>. */
export const contentFiles = pgTable(
  'content_files',
  {
    id: serial('id').primaryKey(),
    itemId: integer('item_id')
      .notNull()
      .references(() => contentItems.id),
    slot: text('slot', { enum: contentFileSlots }).notNull(),
    storageKey: text('storage_key').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    originalName: text('original_name').notNull().default(''),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('content_files_slot_uq').on(t.itemId, t.slot)],
);

/** Reading time credited from heartbeats, one row per person and item. */
export const contentReads = pgTable(
  'content_reads',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => contentItems.id),
    personId: integer('person_id').notNull(),
    seconds: integer('seconds').notNull().default(0),
    lastBeatAt: timestamp('last_beat_at', { withTimezone: true }),
    lastVisible: boolean('last_visible').notNull().default(false),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Set when the reader confirmed having read it (确认已学) rather than reading past the time threshold. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.personId] }), index('content_reads_person_idx').on(t.personId)],
);

/** Required reading (必读, e.g. warning cases): an item assigned to an organisation's subtree with a deadline, as courses are in learning. */
export const contentAssignments = pgTable(
  'content_assignments',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => contentItems.id),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    assignedBy: integer('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.orgId] }), index('content_assignments_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/** An activity (清廉话剧, 清廉书场 …, activities module) and the content items it uses. */
export const contentActivityLinks = pgTable(
  'content_activity_links',
  {
    activityId: integer('activity_id').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => contentItems.id),
    linkedBy: integer('linked_by'),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.itemId] }), index('content_activity_links_item_idx').on(t.itemId)],
);
