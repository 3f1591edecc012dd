import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { imageKinds, mimeOf, type FileKind } from '../../../kernel/files/uploads.js';
import { removeByKey, storeUpload, uploadsDir } from '../../../kernel/files/stored-keys.js';
import { outputRef, topicInScope, topicOfParticipant, type OutputActor, type TopicRef } from './research.access.js';
import { editableStatuses, type OutputStatus } from './output-states.js';

/** A report or a policy proposal as a file: PDF, Word (.docx) or an image (a scanned page, a chart). */
export const outputFileKinds: readonly FileKind[] = ['pdf', 'docx', ...imageKinds];
export const MAX_OUTPUT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * `file_key` is the kernel's stored key; each kind has its own upload area (`pairing_output_<kind>`), which is how the
 * kind is told on download without another column.
 */
const AREA = 'pairing_output_';
const RECEIVING = 'pairing_output_in';

export function fileOfKey(key: string | null): { kind: FileKind; mime: string; storageKey: string; area: string } | null {
  const m = key ? /^pairing_output_([a-z]+)\/([0-9a-f]{32})$/.exec(key) : null;
  if (!m || !(outputFileKinds as string[]).includes(m[1])) return null;
  const kind = m[1] as FileKind;
  return { kind, mime: mimeOf[kind], storageKey: m[2], area: `${AREA}${kind}` };
}

const extOf: Partial<Record<FileKind, string>> = { pdf: 'pdf', docx: 'docx', png: 'png', jpeg: 'jpg', webp: 'webp', gif: 'gif' };
export const downloadNameOf = (title: string, kind: FileKind) => `${title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim().slice(0, 80) || 'output'}.${extOf[kind]}`;

const topicFor = (db: Db, actor: OutputActor, topicId: number, lock: boolean): Promise<TopicRef> =>
  actor.kind === 'admin' ? topicInScope(db, actor.scope, topicId, { lock }) : topicOfParticipant(db, actor.participant, topicId, { lead: true, lock });

/** The output may take a file from this actor now: theirs to edit (admin in scope, or the lead) and still draft or returned. */
async function assertFileWritable(db: Db, actor: OutputActor, id: number, lock = false) {
  const r = await outputRef(db, id, { lock });
  const t = await topicFor(db, actor, r.topicId, lock);
  if (!editableStatuses.includes(r.status as OutputStatus)) throw new AppError('invalid_transition', { status: r.status, action: 'attach' });
  return { r, t };
}

const auditFile = (tx: Db, req: FastifyRequest, t: TopicRef, action: 'file_upload' | 'file_remove', id: number, title: string, after: unknown) =>
  audit(tx, req, { action: `pairing.research_output_${action}`, entity: 'pairing_research_output', entityId: id, orgId: t.orgId, orgPath: t.orgPath, summary: title, after });

/**
 * Attaches (or replaces) the output's file, multipart field "file": the type is told by its bytes (a DOCX must hold a
 * Word document, an image must decode), 20 MB at most. Rights are checked before a byte is stored and again, with the
 * row locked, when the key is written; a refused or failed upload keeps no file, a replaced one is removed after.
 */
export async function attachOutputFile(db: Db, dataDir: string, req: FastifyRequest, actor: OutputActor, id: number) {
  await assertFileWritable(db, actor, id);
  const received = await storeUpload(req, dataDir, RECEIVING, outputFileKinds, MAX_OUTPUT_FILE_BYTES);
  const area = `${AREA}${received.kind}`;
  const key = `${area}/${received.storageKey}`;
  try {
    await mkdir(uploadsDir(dataDir, area), { recursive: true });
    await rename(join(uploadsDir(dataDir, RECEIVING), received.storageKey), join(uploadsDir(dataDir, area), received.storageKey));
  } catch (err) {
    await removeByKey(dataDir, received.key);
    throw err;
  }
  let previous: string | null = null;
  try {
    const out = await transaction(db, async (tx) => {
      const { r, t } = await assertFileWritable(tx, actor, id, true);
      const [{ fileKey }] = await rows<{ fileKey: string | null }>(tx, sql`SELECT file_key AS "fileKey" FROM pairing_research_outputs WHERE id = ${id}`);
      previous = fileKey;
      await tx.execute(sql`UPDATE pairing_research_outputs SET file_key = ${key} WHERE id = ${id}`);
      await auditFile(tx, req, t, 'file_upload', id, r.title, { kind: received.kind, size: received.size, replaced: !!fileKey });
      return { id, topicId: r.topicId };
    });
    if (previous) await removeByKey(dataDir, previous);
    return out;
  } catch (err) {
    await removeByKey(dataDir, key);
    throw err;
  }
}

/** Removes the output's file while it is still draft or returned. */
export async function removeOutputFile(db: Db, dataDir: string, req: FastifyRequest, actor: OutputActor, id: number) {
  let previous: string | null = null;
  const out = await transaction(db, async (tx) => {
    const { r, t } = await assertFileWritable(tx, actor, id, true);
    const [{ fileKey }] = await rows<{ fileKey: string | null }>(tx, sql`SELECT file_key AS "fileKey" FROM pairing_research_outputs WHERE id = ${id}`);
    if (!fileKey) throw new AppError('not_found', { message: 'the output has no file' });
    previous = fileKey;
    await tx.execute(sql`UPDATE pairing_research_outputs SET file_key = NULL WHERE id = ${id}`);
    await auditFile(tx, req, t, 'file_remove', id, r.title, { kind: fileOfKey(fileKey)?.kind ?? null });
    return { id, topicId: r.topicId };
  });
  if (previous) await removeByKey(dataDir, previous);
  return out;
}
