import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope, scopeFor, type Scope } from '../../../kernel/access/scope.js';
import type { bookListQuery, bookOut, commentListQuery, noteListQuery, noteOut, queuedCommentOut } from './reading.dto.js';

type Book = z.infer<typeof bookOut>;
type Note = z.infer<typeof noteOut>;
export interface BookRow {
  id: number;
  orgId: number;
  orgPath: string;
  coverKey: string | null;
}
export interface NoteRow {
  id: number;
  bookId: number;
  personId: number;
  orgId: number;
  orgPath: string;
  status: string;
}

/** The organiser's scope over book lists, notes and comments (`bases.reading_manage`). */
export const manageScope = (auth: AuthContext): Scope => scopeFor(auth, 'bases.reading_manage');

/**
 * SQL: the book `b` is readable by the caller — a list of the caller's own organisation or one above it (what a
 * member reads), or one of a subtree the caller organises.
 */
export function bookReadable(auth: AuthContext): SQL {
  const own = auth.personOrgPath ? sql`${auth.personOrgPath} LIKE b.org_path || '%'` : sql`false`;
  return sql`(${own} OR ${inScope(sql`b.org_path`, manageScope(auth))})`;
}

const bookColumns = sql`b.id, b.title, b.author, b.isbn, b.publisher, b.summary, b.org_id AS "orgId", o.name AS "orgName", b.status,
  CASE WHEN b.cover_key IS NULL THEN NULL ELSE '/api/v1/bases/reading/books/' || b.id || '/cover' END AS "coverUrl",
  (SELECT count(*)::int FROM bases_reading_notes n WHERE n.book_id = b.id AND n.status = 'published') AS notes,
  (SELECT count(DISTINCT n.person_id)::int FROM bases_reading_notes n WHERE n.book_id = b.id AND n.status = 'published') AS readers,
  b.created_at AS "createdAt"`;
const booksFrom = sql`FROM bases_reading_books b JOIN orgs o ON o.id = b.org_id`;

async function pageOf<T>(db: Db, where: SQL, order: SQL, columns: SQL, from: SQL, q: { page: number; pageSize: number }) {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`);
  const items = await rows<T>(db, sql`SELECT ${columns} ${from} WHERE ${where} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total: n, page: q.page, pageSize: q.pageSize };
}

const search = (q?: string) => (q ? sql`(b.title ILIKE ${'%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} OR b.author ILIKE ${'%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} OR b.isbn = ${q.replace(/[\s-]/g, '')})` : sql`true`);

/** Book lists the organiser manages (their subtree), searched by title, author or ISBN. */
export function listBooks(db: Db, s: Scope, q: z.infer<typeof bookListQuery>, orgPath: string | null) {
  const where = sql.join(
    [inScope(sql`b.org_path`, s), search(q.q), orgPath ? sql`b.org_path LIKE ${orgPath + '%'}` : sql`true`, q.status ? sql`b.status = ${q.status}` : sql`true`],
    sql` AND `,
  );
  return pageOf<Book>(db, where, sql`b.status, b.created_at DESC, b.id DESC`, bookColumns, booksFrom, q);
}

/** Active books the caller reads (their organisation's lists and those above). */
export function listReadableBooks(db: Db, auth: AuthContext, q: { page: number; pageSize: number; q?: string }) {
  return pageOf<Book>(db, sql`b.status = 'active' AND ${bookReadable(auth)} AND ${search(q.q)}`, sql`b.created_at DESC, b.id DESC`, bookColumns, booksFrom, q);
}

export async function bookView(db: Db, id: number): Promise<Book> {
  const [b] = await rows<Book>(db, sql`SELECT ${bookColumns} ${booksFrom} WHERE b.id = ${id}`);
  if (!b) throw new AppError('not_found');
  return b;
}

/** A book of the organiser's subtree; the same 404 as an unknown one otherwise. */
export async function bookInScope(db: Db, s: Scope, id: number): Promise<BookRow> {
  const [b] = await rows<BookRow>(db, sql`SELECT b.id, b.org_id AS "orgId", b.org_path AS "orgPath", b.cover_key AS "coverKey" FROM bases_reading_books b WHERE b.id = ${id} AND ${inScope(sql`b.org_path`, s)}`);
  if (!b) throw new AppError('not_found');
  return b;
}

/** A book the caller reads (active) or organises. */
export async function readableBook(db: Db, auth: AuthContext, id: number): Promise<BookRow> {
  const [b] = await rows<BookRow>(
    db,
    sql`SELECT b.id, b.org_id AS "orgId", b.org_path AS "orgPath", b.cover_key AS "coverKey" FROM bases_reading_books b
         WHERE b.id = ${id} AND ((b.status = 'active' AND ${bookReadable(auth)}) OR ${inScope(sql`b.org_path`, manageScope(auth))})`,
  );
  if (!b) throw new AppError('not_found');
  return b;
}

/** A note the caller may see and react to: published on a book they read, or their own. */
export async function readableNote(db: Db, auth: AuthContext, id: number): Promise<NoteRow> {
  const [n] = await rows<NoteRow>(
    db,
    sql`SELECT n.id, n.book_id AS "bookId", n.person_id AS "personId", n.org_id AS "orgId", n.org_path AS "orgPath", n.status
          FROM bases_reading_notes n JOIN bases_reading_books b ON b.id = n.book_id
         WHERE n.id = ${id} AND b.status = 'active' AND ${bookReadable(auth)} AND (n.status = 'published' OR n.person_id = ${auth.personId ?? 0})`,
  );
  if (!n) throw new AppError('not_found');
  return n;
}

/** A note written in the organiser's subtree (the author's organisation decides who moderates it). */
export async function noteInScope(db: Db, s: Scope, id: number): Promise<NoteRow> {
  const [n] = await rows<NoteRow>(
    db,
    sql`SELECT n.id, n.book_id AS "bookId", n.person_id AS "personId", n.org_id AS "orgId", n.org_path AS "orgPath", n.status FROM bases_reading_notes n WHERE n.id = ${id} AND ${inScope(sql`n.org_path`, s)}`,
  );
  if (!n) throw new AppError('not_found');
  return n;
}

const noteColumns = (personId: number, organiser: SQL) => sql`n.id, n.book_id AS "bookId", b.title AS "bookTitle", p.name AS "personName", o.name AS "orgName", n.kind, n.body,
  n.location, n.status, n.hidden_reason AS "hiddenReason",
  (SELECT count(*)::int FROM bases_reading_likes l WHERE l.note_id = n.id) AS likes,
  EXISTS (SELECT 1 FROM bases_reading_likes l WHERE l.note_id = n.id AND l.person_id = ${personId}) AS "likedByMe",
  n.person_id = ${personId} AS mine,
  coalesce((SELECT json_agg(json_build_object('id', c.id, 'noteId', c.note_id, 'personName', cp.name, 'body', c.body, 'status', c.status,
                                              'mine', c.person_id = ${personId}, 'createdAt', c.created_at) ORDER BY c.created_at, c.id)
              FROM bases_reading_comments c JOIN people cp ON cp.id = c.person_id
             WHERE c.note_id = n.id AND (c.status = 'approved' OR (c.person_id = ${personId} AND c.status = 'pending'))), '[]'::json) AS comments,
  CASE WHEN ${organiser} THEN (SELECT count(*)::int FROM bases_reading_comments c WHERE c.note_id = n.id AND c.status = 'pending') ELSE 0 END AS "pendingComments",
  n.created_at AS "createdAt"`;
const notesFrom = sql`FROM bases_reading_notes n JOIN bases_reading_books b ON b.id = n.book_id JOIN people p ON p.id = n.person_id JOIN orgs o ON o.id = n.org_id`;

/** A book's notes as the caller sees them: published ones and their own (hidden ones with the reason). */
export function notesOfBook(db: Db, auth: AuthContext, bookId: number, q: { page: number; pageSize: number }) {
  const me = auth.personId ?? 0;
  return pageOf<Note>(db, sql`n.book_id = ${bookId} AND (n.status = 'published' OR n.person_id = ${me})`, sql`n.created_at DESC, n.id DESC`, noteColumns(me, inScope(sql`n.org_path`, manageScope(auth))), notesFrom, q);
}

export async function noteView(db: Db, auth: AuthContext, id: number): Promise<Note> {
  const [n] = await rows<Note>(db, sql`SELECT ${noteColumns(auth.personId ?? 0, inScope(sql`n.org_path`, manageScope(auth)))} ${notesFrom} WHERE n.id = ${id}`);
  if (!n) throw new AppError('not_found');
  return n;
}

/** Notes written in the organiser's subtree, for moderation (hide / restore). */
export function notesForModeration(db: Db, auth: AuthContext, s: Scope, q: z.infer<typeof noteListQuery>) {
  const where = sql.join([inScope(sql`n.org_path`, s), q.status ? sql`n.status = ${q.status}` : sql`true`, q.bookId ? sql`n.book_id = ${q.bookId}` : sql`true`], sql` AND `);
  return pageOf<Note>(db, where, sql`n.created_at DESC, n.id DESC`, noteColumns(auth.personId ?? 0, sql`true`), notesFrom, q);
}

/** Comments on notes of the organiser's subtree, by status (the queue: pending). */
export function commentQueue(db: Db, s: Scope, q: z.infer<typeof commentListQuery>) {
  return pageOf<z.infer<typeof queuedCommentOut>>(
    db,
    sql`c.status = ${q.status} AND ${inScope(sql`n.org_path`, s)}`,
    sql`c.created_at, c.id`,
    sql`c.id, c.note_id AS "noteId", cp.name AS "personName", c.body, c.status, false AS mine, c.created_at AS "createdAt", left(n.body, 200) AS "noteBody", b.title AS "bookTitle", o.name AS "orgName"`,
    sql`FROM bases_reading_comments c JOIN bases_reading_notes n ON n.id = c.note_id JOIN bases_reading_books b ON b.id = n.book_id JOIN people cp ON cp.id = c.person_id JOIN orgs o ON o.id = n.org_id`,
    q,
  );
}
