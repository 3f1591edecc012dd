import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { requireAuth, type AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope } from '../../../kernel/access/scope.js';
import { idParams } from '../bases.dto.js';
import { bookPage, commentBody, commentListQuery, commentPage, hideBody, likeOut, myBookListQuery, myBookOut, noteBody, noteListQuery, noteOut, notePage, queuedCommentOut } from './reading.dto.js';
import { bookView, commentQueue, listReadableBooks, manageScope, notesForModeration, notesOfBook, noteInScope, noteView, readableBook, readableNote } from './reading.queries.js';
import { paging } from '../bases.dto.js';
import { z } from 'zod';

const tags = ['bases'];
const join = { access: { permission: 'bases.reading_join' } } as const;
const manage = { access: { permission: 'bases.reading_manage' } } as const;

/** The member behind the account, with their organisation (notes are counted there). */
async function memberOf(ctx: ModuleContext, auth: AuthContext) {
  if (!auth.personId) throw new AppError('person_required');
  const [p] = await rows<{ id: number; orgId: number; orgPath: string }>(ctx.db, sql`SELECT p.id, o.id AS "orgId", o.path AS "orgPath" FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
  if (!p) throw new AppError('person_required');
  return p;
}

/**
 * 读书分享会 on the phone and its moderation. Notes and excerpts are published at once and may be hidden by an
 * organiser of the author's organisation afterwards (post-moderation, with a reason the author sees); comments wait
 * for that organiser's approval and until then only their author sees them (pre-moderation). Likes need none.
 */
export function readingNotesRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const auth = (req: FastifyRequest) => requireAuth(req.auth);
  const changed = (bookId: number) => events.publish('bases.reading_changed', { bookId });

  app.get('/api/v1/me/reading/books', { config: join, schema: { tags, operationId: 'bases.listMyReadingBooks', summary: '我的读书分享书目（本组织及上级组织的书单）', querystring: myBookListQuery, response: { 200: bookPage } } }, async (req) =>
    listReadableBooks(db, auth(req), req.query),
  );

  app.get('/api/v1/me/reading/books/:id', { config: join, schema: { tags, operationId: 'bases.getMyReadingBook', summary: '书目与读书笔记', params: idParams, querystring: z.object(paging), response: { 200: myBookOut } } }, async (req) => {
    const b = await readableBook(db, auth(req), req.params.id);
    return { book: await bookView(db, b.id), notes: await notesOfBook(db, auth(req), b.id, req.query) };
  });

  app.post('/api/v1/me/reading/books/:id/notes', { config: join, schema: { tags, operationId: 'bases.writeReadingNote', summary: '写读书笔记或摘抄（即时发布，组织者可屏蔽）', params: idParams, body: noteBody, response: { 201: noteOut } } }, async (req, reply) => {
    const me = await memberOf(ctx, auth(req));
    const b = await readableBook(db, auth(req), req.params.id);
    const id = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO bases_reading_notes (book_id, person_id, org_id, org_path, kind, body, location) VALUES (${b.id}, ${me.id}, ${me.orgId}, ${me.orgPath}, ${req.body.kind}, ${req.body.body}, ${req.body.location}) RETURNING id`,
      );
      await audit(tx, req, { action: 'bases.reading_note', entity: 'bases_reading_note', entityId: row.id, orgId: me.orgId, orgPath: me.orgPath, summary: `${req.body.kind} on book ${b.id}` });
      return row.id;
    });
    await changed(b.id);
    return reply.status(201).send(await noteView(db, auth(req), id));
  });

  const like = (on: boolean) => async (req: FastifyRequest<{ Params: { id: number } }>) => {
    const me = await memberOf(ctx, auth(req));
    const n = await readableNote(db, auth(req), req.params.id);
    if (n.status !== 'published') throw new AppError('not_found');
    const changedRows = on
      ? await rows(db, sql`INSERT INTO bases_reading_likes (note_id, person_id) VALUES (${n.id}, ${me.id}) ON CONFLICT DO NOTHING RETURNING note_id`)
      : await rows(db, sql`DELETE FROM bases_reading_likes WHERE note_id = ${n.id} AND person_id = ${me.id} RETURNING note_id`);
    if (changedRows.length) await audit(db, req, { action: on ? 'bases.reading_like' : 'bases.reading_unlike', entity: 'bases_reading_note', entityId: n.id, orgId: me.orgId, orgPath: me.orgPath });
    const [r] = await rows<{ likes: number; mine: boolean }>(db, sql`SELECT count(*)::int AS likes, bool_or(person_id = ${me.id}) AS mine FROM bases_reading_likes WHERE note_id = ${n.id}`);
    return { likes: r.likes, likedByMe: r.mine === true };
  };
  app.post('/api/v1/me/reading/notes/:id/like', { config: join, schema: { tags, operationId: 'bases.likeReadingNote', summary: '点赞', params: idParams, response: { 200: likeOut } } }, like(true));
  app.delete('/api/v1/me/reading/notes/:id/like', { config: join, schema: { tags, operationId: 'bases.unlikeReadingNote', summary: '取消点赞', params: idParams, response: { 200: likeOut } } }, like(false));

  app.post('/api/v1/me/reading/notes/:id/comments', { config: join, schema: { tags, operationId: 'bases.commentReadingNote', summary: '评论（经组织者审核后公开）', params: idParams, body: commentBody, response: { 201: noteOut } } }, async (req, reply) => {
    const me = await memberOf(ctx, auth(req));
    const n = await readableNote(db, auth(req), req.params.id);
    if (n.status !== 'published') throw new AppError('not_found');
    await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number }>(tx, sql`INSERT INTO bases_reading_comments (note_id, person_id, body) VALUES (${n.id}, ${me.id}, ${req.body.body}) RETURNING id`);
      await audit(tx, req, { action: 'bases.reading_comment', entity: 'bases_reading_comment', entityId: row.id, orgId: n.orgId, orgPath: n.orgPath, summary: `note ${n.id}` });
    });
    return reply.status(201).send(await noteView(db, auth(req), n.id));
  });

  // The organiser's moderation, over notes written in their subtree.
  app.get('/api/v1/bases/reading/notes', { config: manage, schema: { tags, operationId: 'bases.listReadingNotes', summary: '读书笔记（本组织及下级；屏蔽与恢复）', querystring: noteListQuery, response: { 200: notePage } } }, async (req) =>
    notesForModeration(db, auth(req), manageScope(auth(req)), req.query),
  );

  const setNoteStatus = (status: 'published' | 'hidden') => async (req: FastifyRequest<{ Params: { id: number }; Body: { reason?: string } | undefined }>) => {
    const n = await noteInScope(db, manageScope(auth(req)), req.params.id);
    const reason = status === 'hidden' ? (req.body?.reason ?? '') : null;
    await transaction(db, async (tx) => {
      await tx.execute(sql`UPDATE bases_reading_notes SET status = ${status}, hidden_by = ${status === 'hidden' ? auth(req).accountId : null}, hidden_reason = ${reason} WHERE id = ${n.id}`);
      await audit(tx, req, { action: status === 'hidden' ? 'bases.reading_note_hide' : 'bases.reading_note_restore', entity: 'bases_reading_note', entityId: n.id, orgId: n.orgId, orgPath: n.orgPath, summary: reason ?? undefined });
    });
    await changed(n.bookId);
    return noteView(db, auth(req), n.id);
  };
  app.post('/api/v1/bases/reading/notes/:id/hide', { config: manage, schema: { tags, operationId: 'bases.hideReadingNote', summary: '屏蔽读书笔记（说明理由）', params: idParams, body: hideBody, response: { 200: noteOut } } }, setNoteStatus('hidden'));
  app.post('/api/v1/bases/reading/notes/:id/restore', { config: manage, schema: { tags, operationId: 'bases.restoreReadingNote', summary: '恢复读书笔记', params: idParams, response: { 200: noteOut } } }, setNoteStatus('published'));

  app.get('/api/v1/bases/reading/comments', { config: manage, schema: { tags, operationId: 'bases.listReadingComments', summary: '评论审核队列（本组织及下级成员笔记下的评论）', querystring: commentListQuery, response: { 200: commentPage } } }, async (req) =>
    commentQueue(db, manageScope(auth(req)), req.query),
  );

  const decide = (status: 'approved' | 'rejected') => async (req: FastifyRequest<{ Params: { id: number } }>) => {
    const s = manageScope(auth(req));
    const [c] = await rows<{ id: number; noteId: number; status: string; orgId: number; orgPath: string }>(
      db,
      sql`SELECT c.id, c.note_id AS "noteId", c.status, n.org_id AS "orgId", n.org_path AS "orgPath" FROM bases_reading_comments c JOIN bases_reading_notes n ON n.id = c.note_id WHERE c.id = ${req.params.id} AND ${inScope(sql`n.org_path`, s)}`,
    );
    if (!c) throw new AppError('not_found');
    if (c.status !== 'pending') throw new AppError('conflict', [{ field: 'status', message: `the comment is already ${c.status}` }]);
    await transaction(db, async (tx) => {
      await tx.execute(sql`UPDATE bases_reading_comments SET status = ${status}, decided_by = ${auth(req).accountId}, decided_at = now() WHERE id = ${c.id}`);
      await audit(tx, req, { action: status === 'approved' ? 'bases.reading_comment_approve' : 'bases.reading_comment_reject', entity: 'bases_reading_comment', entityId: c.id, orgId: c.orgId, orgPath: c.orgPath });
    });
    const [row] = await rows<z.infer<typeof queuedCommentOut>>(
      db,
      sql`SELECT c.id, c.note_id AS "noteId", cp.name AS "personName", c.body, c.status, false AS mine, c.created_at AS "createdAt", left(n.body, 200) AS "noteBody", b.title AS "bookTitle", o.name AS "orgName"
            FROM bases_reading_comments c JOIN bases_reading_notes n ON n.id = c.note_id JOIN bases_reading_books b ON b.id = n.book_id JOIN people cp ON cp.id = c.person_id JOIN orgs o ON o.id = n.org_id WHERE c.id = ${c.id}`,
    );
    return row;
  };
  app.post('/api/v1/bases/reading/comments/:id/approve', { config: manage, schema: { tags, operationId: 'bases.approveReadingComment', summary: '通过评论（公开显示）', params: idParams, response: { 200: queuedCommentOut } } }, decide('approved'));
  app.post('/api/v1/bases/reading/comments/:id/reject', { config: manage, schema: { tags, operationId: 'bases.rejectReadingComment', summary: '不通过评论', params: idParams, response: { 200: queuedCommentOut } } }, decide('rejected'));
}
