import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** 我们的答卷 (issue 17): achievements organisations publish, reviewed before publication, with likes and moderated comments. Migration 0011_showcase. */

export const answerStatuses = ['draft', 'pending', 'published', 'rejected'] as const;

/**
 * An achievement an organisation publishes (结果导向亮实绩). `results` are measurable claims; a claim may name a
 * registered metric (`metric`), so the page shows the live figure and its records beside the claimed value.
 */
export const showcaseAnswers = pgTable(
  'showcase_answers',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    body: text('body').notNull().default(''),
    results: jsonb('results').$type<{ label: string; value: number; unit: string; metric?: string }[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: answerStatuses }).notNull().default('draft'),
    reviewNote: text('review_note'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    likeCount: integer('like_count').notNull().default(0),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('showcase_answers_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('showcase_answers_feed_idx').on(t.status, t.publishedAt),
    check('showcase_answers_period_ck', sql`${t.periodStart} <= ${t.periodEnd}`),
    check('showcase_answers_published_ck', sql`(${t.status} = 'published') = (${t.publishedAt} IS NOT NULL)`),
  ],
);

export const showcaseAnswerFiles = pgTable(
  'showcase_answer_files',
  {
    id: serial('id').primaryKey(),
    answerId: integer('answer_id')
      .notNull()
      .references(() => showcaseAnswers.id, { onDelete: 'cascade' }),
    fileKey: text('file_key').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_answer_files_answer_idx').on(t.answerId)],
);

export const showcaseAnswerLikes = pgTable(
  'showcase_answer_likes',
  {
    answerId: integer('answer_id')
      .notNull()
      .references(() => showcaseAnswers.id, { onDelete: 'cascade' }),
    accountId: integer('account_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.accountId] })],
);

/** A member's comment; shown once moderated (or at once where the owner allows), hidden ones kept for the record. */
export const showcaseAnswerComments = pgTable(
  'showcase_answer_comments',
  {
    id: serial('id').primaryKey(),
    answerId: integer('answer_id')
      .notNull()
      .references(() => showcaseAnswers.id, { onDelete: 'cascade' }),
    accountId: integer('account_id').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'visible', 'hidden'] }).notNull().default('pending'),
    moderatedBy: integer('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('showcase_answer_comments_answer_idx').on(t.answerId, t.status, t.createdAt)],
);
