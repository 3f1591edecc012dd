import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 读书分享会 ("书香润初心 作风铸担当"青年读书分享会): an organisation's book list, members' reading notes and
 * excerpts, likes, comments moderated by the organiser, and the books each session (an activity) discussed.
 * Scope follows `org_path`: a book the owner organisation's, a note its author's organisation at writing.
 */

export const bookStatuses = ['active', 'retired'] as const;
export const noteKinds = ['note', 'excerpt'] as const;
/** Notes are published at once and may be hidden by the organiser afterwards (post-moderation). */
export const noteStatuses = ['published', 'hidden'] as const;
/** Comments wait for the organiser (pre-moderation): only approved comments are shown to others. */
export const commentStatuses = ['pending', 'approved', 'rejected'] as const;

export const basesReadingBooks = pgTable(
  'bases_reading_books',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    author: text('author').notNull(),
    /** ISBN-13 (an ISBN-10 as typed is kept in its ISBN-13 form); checksum validated; null for books without one. */
    isbn: text('isbn'),
    publisher: text('publisher').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** The book list's organisation: its members read it, its organisers manage it. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** The cover, stored by the kernel files service (area `bases`). */
    coverKey: text('cover_key'),
    status: text('status', { enum: bookStatuses }).notNull().default('active'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bases_reading_books_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    uniqueIndex('bases_reading_books_isbn_uq').on(t.orgId, t.isbn).where(sql`${t.isbn} IS NOT NULL AND ${t.status} = 'active'`),
    check('bases_reading_books_isbn_ck', sql`${t.isbn} IS NULL OR ${t.isbn} ~ '^97[89][0-9]{10}$'`),
  ],
);

export const basesReadingNotes = pgTable(
  'bases_reading_notes',
  {
    id: serial('id').primaryKey(),
    bookId: integer('book_id')
      .notNull()
      .references(() => basesReadingBooks.id),
    personId: integer('person_id').notNull(),
    /** The author's organisation when writing (figures by organisation, the organiser's moderation scope). */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    kind: text('kind', { enum: noteKinds }).notNull(),
    body: text('body').notNull(),
    /** Where in the book (page or chapter), as the reader gives it. */
    location: text('location').notNull().default(''),
    status: text('status', { enum: noteStatuses }).notNull().default('published'),
    hiddenBy: integer('hidden_by'),
    hiddenReason: text('hidden_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bases_reading_notes_book_idx').on(t.bookId, t.createdAt),
    index('bases_reading_notes_person_idx').on(t.personId),
    index('bases_reading_notes_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
  ],
);

export const basesReadingLikes = pgTable(
  'bases_reading_likes',
  {
    noteId: integer('note_id')
      .notNull()
      .references(() => basesReadingNotes.id),
    personId: integer('person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.personId] })],
);

export const basesReadingComments = pgTable(
  'bases_reading_comments',
  {
    id: serial('id').primaryKey(),
    noteId: integer('note_id')
      .notNull()
      .references(() => basesReadingNotes.id),
    personId: integer('person_id').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: commentStatuses }).notNull().default('pending'),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bases_reading_comments_note_idx').on(t.noteId, t.status)],
);

/** The books a reading session (an activity of type reading_session; no foreign key across modules) discussed. */
export const basesReadingSessionBooks = pgTable(
  'bases_reading_session_books',
  {
    activityId: integer('activity_id').notNull(),
    bookId: integer('book_id')
      .notNull()
      .references(() => basesReadingBooks.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.bookId] }), index('bases_reading_session_books_book_idx').on(t.bookId)],
);
