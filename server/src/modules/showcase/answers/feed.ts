import type { FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { imageKinds } from '../../../kernel/files/uploads.js';
import { showcaseAnswerComments, showcaseAnswerFiles } from './answers.schema.js';
import type { commentOut } from './answers.dto.js';
import { answerInScope } from './answers.js';

type CommentOut = z.infer<typeof commentOut>;
export const ANSWER_FILES_AREA = 'showcase_answers';

/** A published entry (what every signed-in member reads); anything else is 404 here. */
export async function publishedAnswer(db: Db, id: number, lock = false) {
  const [a] = await rows<{ id: number; orgId: number; orgPath: string; title: string }>(
    db,
    sql`SELECT id, org_id AS "orgId", org_path AS "orgPath", title FROM showcase_answers WHERE id = ${id} AND status = 'published' ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!a) throw new AppError('not_found');
  return a;
}

/** Like or unlike (one per account); the count moves in the same transaction as the like row. */
export async function setLike(db: Db, auth: AuthContext, id: number, liked: boolean) {
  return transaction(db, async (tx) => {
    await publishedAnswer(tx, id);
    const changed = liked
      ? await rows(tx, sql`INSERT INTO showcase_answer_likes (answer_id, account_id) VALUES (${id}, ${auth.accountId}) ON CONFLICT DO NOTHING RETURNING answer_id`)
      : await rows(tx, sql`DELETE FROM showcase_answer_likes WHERE answer_id = ${id} AND account_id = ${auth.accountId} RETURNING answer_id`);
    const [{ likeCount }] = changed.length
      ? await rows<{ likeCount: number }>(tx, sql`UPDATE showcase_answers SET like_count = like_count + ${liked ? 1 : -1} WHERE id = ${id} RETURNING like_count AS "likeCount"`)
      : await rows<{ likeCount: number }>(tx, sql`SELECT like_count AS "likeCount" FROM showcase_answers WHERE id = ${id}`);
    return { liked, likeCount };
  });
}

/** A member's comment waits for moderation before others see it. */
export async function addComment(db: Db, req: FastifyRequest, auth: AuthContext, id: number, body: string) {
  return transaction(db, async (tx) => {
    const a = await publishedAnswer(tx, id);
    const [c] = await tx.insert(showcaseAnswerComments).values({ answerId: id, accountId: auth.accountId, body }).returning({ id: showcaseAnswerComments.id });
    await audit(tx, req, { action: 'showcase.comment_create', entity: 'showcase_answer_comment', entityId: c.id, orgId: a.orgId, orgPath: a.orgPath, summary: a.title });
    return c.id;
  });
}

/** The committee (or the organisation's admins) shows or hides a comment on one of their subtree's entries. */
export async function moderateComment(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, commentId: number, to: 'visible' | 'hidden') {
  await transaction(db, async (tx) => {
    const [c] = await rows<{ answerId: number; status: string }>(tx, sql`SELECT answer_id AS "answerId", status FROM showcase_answer_comments WHERE id = ${commentId} FOR UPDATE`);
    if (!c) throw new AppError('not_found');
    const a = await answerInScope(tx, scope, c.answerId);
    await tx.update(showcaseAnswerComments).set({ status: to, moderatedBy: auth.accountId, moderatedAt: new Date() }).where(sql`id = ${commentId}`);
    await audit(tx, req, { action: 'showcase.comment_moderate', entity: 'showcase_answer_comment', entityId: commentId, orgId: a.orgId, orgPath: a.orgPath, summary: a.title, before: { status: c.status }, after: { status: to } });
  });
}

export async function listComments(db: Db, auth: AuthContext, where: SQL, q: { page: number; pageSize: number }) {
  const from = sql`FROM showcase_answer_comments c JOIN showcase_answers a ON a.id = c.answer_id JOIN accounts u ON u.id = c.account_id`;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${where}`);
  const items = await rows<CommentOut>(
    db,
    sql`SELECT c.id, c.answer_id AS "answerId", a.title AS "answerTitle", u.display_name AS author, c.body, c.status, c.account_id = ${auth.accountId} AS mine, c.created_at AS "createdAt"
        ${from} WHERE ${where} ORDER BY c.created_at, c.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Comments a reader sees under an entry: the visible ones and their own still waiting. */
export const readerComments = (db: Db, auth: AuthContext, id: number) =>
  listComments(db, auth, sql`c.answer_id = ${id} AND (c.status = 'visible' OR (c.status = 'pending' AND c.account_id = ${auth.accountId}))`, { page: 1, pageSize: 200 });

export const commentsToModerate = (db: Db, auth: AuthContext, scope: Scope, q: { status: string; page: number; pageSize: number }) =>
  listComments(db, auth, sql`c.status = ${q.status} AND ${inScope(sql`a.org_path`, scope)}`, q);

/** Evidence files (PDF or images) of a draft or rejected entry. */
export async function addAnswerFile(db: Db, dataDir: string, req: FastifyRequest, scope: Scope, id: number) {
  await answerInScope(db, scope, id);
  const stored = await storeUpload(req, dataDir, ANSWER_FILES_AREA, ['pdf', ...imageKinds], 20 * 1024 * 1024);
  try {
    await transaction(db, async (tx) => {
      const a = await answerInScope(tx, scope, id, true);
      if (a.status !== 'draft' && a.status !== 'rejected') throw new AppError('invalid_transition', { status: a.status });
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM showcase_answer_files WHERE answer_id = ${id}`);
      if (n >= 10) throw new AppError('validation_failed', [{ field: 'file', message: 'at most 10 files' }]);
      const [f] = await tx.insert(showcaseAnswerFiles).values({ answerId: id, fileKey: stored.key, mime: stored.mime, size: stored.size, originalName: stored.originalName }).returning({ id: showcaseAnswerFiles.id });
      await audit(tx, req, { action: 'showcase.answer_file_add', entity: 'showcase_answer', entityId: id, orgId: a.orgId, orgPath: a.orgPath, summary: stored.originalName, after: { fileId: f.id } });
    });
  } catch (err) {
    await removeByKey(dataDir, stored.key);
    throw err;
  }
}

/** A file of an entry the caller may read: published, or of their subtree. */
export async function answerFile(db: Db, scope: Scope, id: number, fileId: number) {
  const [f] = await rows<{ fileKey: string; mime: string; originalName: string }>(
    db,
    sql`SELECT f.file_key AS "fileKey", f.mime, f.original_name AS "originalName" FROM showcase_answer_files f JOIN showcase_answers a ON a.id = f.answer_id
         WHERE f.id = ${fileId} AND a.id = ${id} AND (a.status = 'published' OR ${inScope(sql`a.org_path`, scope)})`,
  );
  if (!f) throw new AppError('not_found');
  return f;
}

/** Published entries, likes and visible comments for each child organisation of `parentPath` (figures by organisation, from the records). */
export async function figuresByOrg(db: Db, parentPath: string) {
  return {
    items: await rows<{ orgId: number; orgName: string; published: number; likes: number; comments: number; latest: Date | null }>(
      db,
      sql`SELECT o.id AS "orgId", o.name AS "orgName", count(a.id)::int AS published, COALESCE(sum(a.like_count), 0)::int AS likes,
                 COALESCE(sum((SELECT count(*) FROM showcase_answer_comments c WHERE c.answer_id = a.id AND c.status = 'visible')), 0)::int AS comments, max(a.published_at) AS latest
            FROM orgs o LEFT JOIN showcase_answers a ON a.org_path LIKE o.path || '%' AND a.status = 'published'
           WHERE o.parent_id = (SELECT id FROM orgs WHERE path = ${parentPath})
           GROUP BY o.id, o.name, o.sort ORDER BY published DESC, o.sort, o.id`,
    ),
  };
}
