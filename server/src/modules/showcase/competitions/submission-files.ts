import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { pathOfKey, removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { competitionById, orgNamesOf } from '../showcase.access.js';
import { showcaseSubmissionFiles, showcaseSubmissions } from '../showcase.schema.js';
import { checkAttachment } from './blind-check.js';
import { assertOpenFor, blindFlagsOf, submissionInScope } from './submission-commands.js';

export const CASE_FILES_AREA = 'showcase';
const MAX_BYTES = 20 * 1024 * 1024;

/** Receives an attachment (PDF or image) for a draft/withdrawn case, checks it for the organisation's name. */
export async function addSubmissionFile(db: Db, dataDir: string, req: FastifyRequest, scope: Scope, id: number) {
  const s = await submissionInScope(db, scope, id);
  const stored = await storeUpload(req, dataDir, CASE_FILES_AREA, ['pdf', 'png', 'jpeg'], MAX_BYTES);
  try {
    const check = await checkAttachment({ path: pathOfKey(dataDir, stored.key), mime: stored.mime, originalName: stored.originalName }, await orgNamesOf(db, s.orgPath));
    return await transaction(db, async (tx) => {
      const locked = await submissionInScope(tx, scope, id, true);
      const c = await assertOpenFor(tx, await competitionById(tx, locked.competitionId), locked.orgPath);
      if (locked.status === 'submitted') throw new AppError('invalid_transition', { status: locked.status, message: 'withdraw the case before changing its attachments' });
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM showcase_submission_files WHERE submission_id = ${id}`);
      if (n >= c.maxAttachments) throw new AppError('validation_failed', [{ field: 'file', message: `at most ${c.maxAttachments} attachments` }]);
      const [f] = await tx
        .insert(showcaseSubmissionFiles)
        .values({ submissionId: id, fileKey: stored.key, mime: stored.mime, size: stored.size, originalName: stored.originalName, ...check })
        .returning({ id: showcaseSubmissionFiles.id });
      await tx.update(showcaseSubmissions).set({ blindFlags: await blindFlagsOf(tx, id, locked.orgPath, locked.parts), updatedAt: new Date() }).where(sql`id = ${id}`);
      await audit(tx, req, { action: 'showcase.submission_file_add', entity: 'showcase_submission', entityId: id, orgId: locked.orgId, orgPath: locked.orgPath, summary: stored.originalName, after: { fileId: f.id, ...check } });
      return f.id;
    });
  } catch (err) {
    await removeByKey(dataDir, stored.key);
    throw err;
  }
}

export async function removeSubmissionFile(db: Db, dataDir: string, req: FastifyRequest, scope: Scope, id: number, fileId: number) {
  const key = await transaction(db, async (tx) => {
    const s = await submissionInScope(tx, scope, id, true);
    await assertOpenFor(tx, await competitionById(tx, s.competitionId), s.orgPath);
    if (s.status === 'submitted') throw new AppError('invalid_transition', { status: s.status, message: 'withdraw the case before changing its attachments' });
    const [f] = await rows<{ file_key: string; original_name: string }>(tx, sql`DELETE FROM showcase_submission_files WHERE id = ${fileId} AND submission_id = ${id} RETURNING file_key, original_name`);
    if (!f) throw new AppError('not_found');
    await tx.update(showcaseSubmissions).set({ blindFlags: await blindFlagsOf(tx, id, s.orgPath, s.parts), updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.submission_file_remove', entity: 'showcase_submission', entityId: id, orgId: s.orgId, orgPath: s.orgPath, summary: f.original_name, after: { fileId } });
    return f.file_key;
  });
  await removeByKey(dataDir, key);
}

export async function fileOf(db: Db, submissionId: number, fileId: number) {
  const [f] = await rows<{ fileKey: string; mime: string; originalName: string }>(
    db,
    sql`SELECT file_key AS "fileKey", mime, original_name AS "originalName" FROM showcase_submission_files WHERE id = ${fileId} AND submission_id = ${submissionId}`,
  );
  if (!f) throw new AppError('not_found');
  return f;
}
