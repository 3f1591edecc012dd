import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { isValidIsbn, normaliseIsbn } from '../../../../../common/isbn.js';
import { commentStatuses, noteKinds, noteStatuses } from './reading.schema.js';
import { paging, text } from '../bases.dto.js';

/** An ISBN-10 or ISBN-13 with a right check digit, hyphens and spaces allowed, kept as its ISBN-13; empty or null: none. */
export const isbnIn = z
  .string()
  .trim()
  .max(20)
  .nullable()
  .optional()
  .refine((s) => !s || isValidIsbn(s), 'not a valid ISBN-10 or ISBN-13 (check digit)')
  // absent stays absent (a change leaves the ISBN as it is); empty or null is no ISBN
  .transform((s) => (s === undefined ? undefined : s ? normaliseIsbn(s)! : null))
  .meta({ example: '978-7-5147-0934-6' });

export const bookBody = z.object({
  title: text(120).min(1),
  author: text(120).min(1),
  /** Empty or absent: a book without an ISBN (internal readers, old editions). */
  isbn: isbnIn,
  publisher: text(120).default(''),
  summary: text(2000).default(''),
  orgId: rowId,
});
/** Only the fields given change (no defaults: an absent field keeps its value). */
export const bookPatch = z.object({
  title: text(120).min(1).optional(),
  author: text(120).min(1).optional(),
  isbn: isbnIn,
  publisher: text(120).optional(),
  summary: text(2000).optional(),
  status: z.enum(['active', 'retired']).optional(),
});

export const bookListQuery = z.object({ ...paging, q: text(50).optional(), orgId: rowIdParam.optional(), status: z.enum(['active', 'retired']).optional() });
export const myBookListQuery = z.object({ ...paging, q: text(50).optional() });

export const noteBody = z.object({ kind: z.enum(noteKinds), body: text(4000).min(1), location: text(60).default('') });
export const commentBody = z.object({ body: text(500).min(1) });
export const hideBody = z.object({ reason: text(200).min(1) });
export const noteListQuery = z.object({ ...paging, status: z.enum(noteStatuses).optional(), bookId: rowIdParam.optional() });
export const commentListQuery = z.object({ ...paging, status: z.enum(commentStatuses).default('pending') });
export const sessionBooksBody = z.object({ bookIds: z.array(rowId).max(20) });
export const activityParams = z.object({ activityId: rowIdParam });

const bookExample = {
  id: 1,
  title: '习近平新时代中国特色社会主义思想学习纲要',
  author: '中共中央宣传部',
  isbn: '9787514709346',
  publisher: '学习出版社、人民出版社',
  summary: '',
  orgId: 1,
  orgName: '青岛市委市直机关工委',
  status: 'active',
  coverUrl: null,
  notes: 12,
  readers: 9,
  createdAt: '2026-04-23T02:00:00.000Z',
};

export const bookOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    author: z.string(),
    isbn: z.string().nullable(),
    publisher: z.string(),
    summary: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    status: z.enum(['active', 'retired']),
    coverUrl: z.string().nullable(),
    /** Published notes and excerpts on the book. */
    notes: z.number().int(),
    /** Members who wrote one. */
    readers: z.number().int(),
    createdAt: instantOut,
  })
  .meta({ id: 'ReadingBook', example: bookExample });
export const bookPage = pageOf(bookOut);

export const commentOut = z
  .object({ id: z.number().int(), noteId: z.number().int(), personName: z.string(), body: z.string(), status: z.enum(commentStatuses), mine: z.boolean(), createdAt: instantOut })
  .meta({ id: 'ReadingComment' });

export const noteOut = z
  .object({
    id: z.number().int(),
    bookId: z.number().int(),
    bookTitle: z.string(),
    personName: z.string(),
    orgName: z.string(),
    kind: z.enum(noteKinds),
    body: z.string(),
    location: z.string(),
    status: z.enum(noteStatuses),
    hiddenReason: z.string().nullable(),
    likes: z.number().int(),
    likedByMe: z.boolean(),
    mine: z.boolean(),
    /** Approved comments, and the caller's own still waiting. */
    comments: z.array(commentOut),
    /** Comments waiting for the organiser (shown to organisers). */
    pendingComments: z.number().int(),
    createdAt: instantOut,
  })
  .meta({ id: 'ReadingNote' });
export const notePage = pageOf(noteOut);

export const myBookOut = z.object({ book: bookOut, notes: notePage }).meta({ id: 'ReadingBookWithNotes' });

export const queuedCommentOut = commentOut.extend({ noteBody: z.string(), bookTitle: z.string(), orgName: z.string() }).meta({ id: 'ReadingQueuedComment' });
export const commentPage = pageOf(queuedCommentOut);

export const likeOut = z.object({ likes: z.number().int(), likedByMe: z.boolean() });
export const sessionBooksOut = z.object({ activityId: z.number().int(), books: z.array(bookOut) }).meta({ id: 'ReadingSessionBooks' });
