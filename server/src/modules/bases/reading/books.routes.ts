import { createReadStream } from 'node:fs';
import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { inScope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { imageKinds } from '../../../kernel/files/uploads.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { resizedImage, snapWidth } from '../../../kernel/files/images.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { violatesUnique } from '../bases.access.js';
import { idParams } from '../bases.dto.js';
import { activityParams, bookBody, bookListQuery, bookOut, bookPage, bookPatch, sessionBooksBody, sessionBooksOut } from './reading.dto.js';
import { bookInScope, bookView, listBooks, manageScope, readableBook } from './reading.queries.js';

const tags = ['bases'];
const MAX_COVER_BYTES = 5 * 1024 * 1024;
const manage = { access: { permission: 'bases.reading_manage' } } as const;

/** 读书分享会, the organiser's side: book lists with covers, and the books each session (an activity) discussed. */
export function readingBooksRoutes(app: App, ctx: ModuleContext) {
  const { db, env, events } = ctx;
  const scope = (req: FastifyRequest) => manageScope(requireAuth(req.auth));
  const isbnTaken = (err: unknown) => {
    if (violatesUnique(err, 'bases_reading_books_isbn_uq')) throw new AppError('conflict', [{ field: 'isbn', message: 'this book (ISBN) is already on the list' }]);
    throw err;
  };
  const changed = (bookId: number) => events.publish('bases.reading_changed', { bookId });

  app.get('/api/v1/bases/reading/books', { config: manage, schema: { tags, operationId: 'bases.listReadingBooks', summary: '读书分享书目（本组织及下级；搜索书名、作者、ISBN）', querystring: bookListQuery, response: { 200: bookPage } } }, async (req) => {
    const s = scope(req);
    const orgPath = req.query.orgId ? (await assertOrgsInScope(db, s, [{ field: 'orgId', id: req.query.orgId }])).get(req.query.orgId)! : null;
    return listBooks(db, s, req.query, orgPath);
  });

  app.post('/api/v1/bases/reading/books', { config: manage, schema: { tags, operationId: 'bases.createReadingBook', summary: '添加书目（ISBN 校验）', body: bookBody, response: { 201: bookOut } } }, async (req, reply) => {
    const auth = requireAuth(req.auth);
    const b = req.body;
    const orgPath = (await assertOrgsInScope(db, scope(req), [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
    const id = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO bases_reading_books (title, author, isbn, publisher, summary, org_id, org_path, created_by)
            VALUES (${b.title}, ${b.author}, ${b.isbn ?? null}, ${b.publisher}, ${b.summary}, ${b.orgId}, ${orgPath}, ${auth.accountId}) RETURNING id`,
      );
      await audit(tx, req, { action: 'bases.reading_book_create', entity: 'bases_reading_book', entityId: row.id, orgId: b.orgId, orgPath, summary: b.title, after: b });
      return row.id;
    }).catch(isbnTaken);
    await changed(id);
    return reply.status(201).send(await bookView(db, id));
  });

  app.patch('/api/v1/bases/reading/books/:id', { config: manage, schema: { tags, operationId: 'bases.updateReadingBook', summary: '修改书目或下架', params: idParams, body: bookPatch, response: { 200: bookOut } } }, async (req) => {
    const b = await bookInScope(db, scope(req), req.params.id);
    const fields = Object.entries({ title: req.body.title, author: req.body.author, isbn: req.body.isbn, publisher: req.body.publisher, summary: req.body.summary, status: req.body.status }).filter(([, v]) => v !== undefined);
    if (fields.length) {
      await transaction(db, async (tx) => {
        await tx.execute(sql`UPDATE bases_reading_books SET ${sql.join(fields.map(([k, v]) => sql`${sql.raw(k)} = ${v}`), sql`, `)}, updated_at = now() WHERE id = ${b.id}`);
        await audit(tx, req, { action: 'bases.reading_book_update', entity: 'bases_reading_book', entityId: b.id, orgId: b.orgId, orgPath: b.orgPath, summary: fields.map(([k]) => k).join(', '), after: Object.fromEntries(fields) });
      }).catch(isbnTaken);
      await changed(b.id);
    }
    return bookView(db, b.id);
  });

  app.post('/api/v1/bases/reading/books/:id/cover', { config: manage, schema: { tags, operationId: 'bases.uploadReadingCover', summary: '上传封面（jpg/png/webp，≤5MB）', params: idParams, consumes: ['multipart/form-data'], response: { 200: bookOut } } }, async (req) => {
    const b = await bookInScope(db, scope(req), req.params.id);
    const stored = await storeUpload(req, env.DATA_DIR, 'bases', imageKinds, MAX_COVER_BYTES);
    await transaction(db, async (tx) => {
      await tx.execute(sql`UPDATE bases_reading_books SET cover_key = ${stored.key}, updated_at = now() WHERE id = ${b.id}`);
      await audit(tx, req, { action: 'bases.reading_cover', entity: 'bases_reading_book', entityId: b.id, orgId: b.orgId, orgPath: b.orgPath, summary: `${stored.mime} ${stored.size} B` });
    }).catch(async (err) => {
      await removeByKey(env.DATA_DIR, stored.key);
      throw err;
    });
    if (b.coverKey) await removeByKey(env.DATA_DIR, b.coverKey);
    await changed(b.id);
    return bookView(db, b.id);
  });

  app.get('/api/v1/bases/reading/books/:id/cover', { config: { access: { permission: 'bases.reading_join' } }, schema: { tags, operationId: 'bases.getReadingCover', summary: '书目封面（按宽度缩放的 WebP）', params: idParams, querystring: z.object({ w: z.coerce.number().int().min(16).max(4000).optional() }), response: { 200: fileOut('image/webp', '封面（WebP）· the cover as WebP') } } }, async (req, reply) => {
    const b = await readableBook(db, requireAuth(req.auth), req.params.id);
    if (!b.coverKey) throw new AppError('not_found');
    const file = await resizedImage(env.DATA_DIR, b.coverKey, snapWidth(req.query.w));
    return reply.header('content-type', 'image/webp').header('cache-control', 'private, max-age=86400').send(createReadStream(file));
  });

  const sessionBooks = async (activityId: number) => ({
    activityId,
    books: await Promise.all((await rows<{ id: number }>(db, sql`SELECT book_id AS id FROM bases_reading_session_books WHERE activity_id = ${activityId} ORDER BY book_id`)).map((r) => bookView(db, r.id))),
  });
  /** A reading session (读书分享会 type) organised in the caller's subtree. */
  const sessionInScope = async (req: FastifyRequest, activityId: number) => {
    const [a] = await rows<{ id: number; orgId: number; orgPath: string; title: string }>(
      db,
      sql`SELECT a.id, a.org_id AS "orgId", a.org_path AS "orgPath", a.title FROM activities a JOIN activity_types t ON t.code = a.type_code
           WHERE a.id = ${activityId} AND t.category_code = 'reading' AND ${inScope(sql`a.org_path`, scope(req))}`,
    );
    if (!a) throw new AppError('not_found');
    return a;
  };

  app.get('/api/v1/bases/reading/sessions/:activityId/books', { config: manage, schema: { tags, operationId: 'bases.getSessionBooks', summary: '读书分享会讨论的书目', params: activityParams, response: { 200: sessionBooksOut } } }, async (req) => {
    const a = await sessionInScope(req, req.params.activityId);
    return sessionBooks(a.id);
  });

  app.put('/api/v1/bases/reading/sessions/:activityId/books', { config: manage, schema: { tags, operationId: 'bases.setSessionBooks', summary: '设置读书分享会讨论的书目', params: activityParams, body: sessionBooksBody, response: { 200: sessionBooksOut } } }, async (req) => {
    const a = await sessionInScope(req, req.params.activityId);
    const ids = [...new Set(req.body.bookIds)];
    const [{ n }] = await rows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM bases_reading_books b WHERE b.id IN (${sql.join([0, ...ids].map((i) => sql`${i}`), sql`, `)}) AND b.status = 'active'
           AND (${inScope(sql`b.org_path`, scope(req))} OR ${a.orgPath} LIKE b.org_path || '%')`,
    );
    if (n !== ids.length) throw new AppError('not_found', [{ field: 'bookIds', message: 'a book is unknown or not on a list of this session’s organisation' }]);
    await transaction(db, async (tx) => {
      await tx.execute(sql`DELETE FROM bases_reading_session_books WHERE activity_id = ${a.id}`);
      for (const id of ids) await tx.execute(sql`INSERT INTO bases_reading_session_books (activity_id, book_id) VALUES (${a.id}, ${id})`);
      await audit(tx, req, { action: 'bases.reading_session_books', entity: 'activity', entityId: a.id, orgId: a.orgId, orgPath: a.orgPath, summary: `${a.title}: ${ids.join(', ') || '—'}` });
    });
    return sessionBooks(a.id);
  });
}
