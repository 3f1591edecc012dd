import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { plainText, sanitizeRichText } from '../../content/index.js';
import { receiveUpload, removeStored, imageKinds, type FileKind } from '../../../kernel/files/uploads.js';
import type { Member } from '../practice.access.js';
import type { reportBody, updateReportBody } from '../practice.dto.js';

export const attachmentKinds: readonly FileKind[] = [...imageKinds, 'pdf'];
export const MAX_ATTACHMENTS = 10;
const editable = ['draft', 'returned'];

export interface ReportRow {
  id: number;
  person_id: number;
  org_id: number;
  org_path: string;
  project_id: number | null;
  title: string;
  body: string;
  status: string;
  content_id: number | null;
}

async function checkProject(tx: Db, m: Member, projectId: number | null) {
  if (projectId == null) return;
  const [joined] = await rows(tx, sql`SELECT 1 FROM practice_project_members WHERE project_id = ${projectId} AND person_id = ${m.personId}`);
  if (!joined) throw new AppError('validation_failed', [{ field: 'projectId', message: 'join the project first' }]);
}

/** The author's own report, locked; someone else's does not exist for them. */
export async function lockOwnReport(tx: Db, m: Member, id: number): Promise<ReportRow> {
  const [r] = await rows<ReportRow>(tx, sql`SELECT * FROM practice_reports WHERE id = ${id} AND person_id = ${m.personId} FOR UPDATE`);
  if (!r) throw new AppError('not_found');
  return r;
}

export async function createReport(db: Db, req: FastifyRequest, m: Member, input: z.infer<typeof reportBody>): Promise<number> {
  return transaction(db, async (tx) => {
    await checkProject(tx, m, input.projectId);
    const [created] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO practice_reports (person_id, org_id, org_path, project_id, title, body)
          VALUES (${m.personId}, ${m.orgId}, ${m.orgPath}, ${input.projectId}, ${input.title}, ${sanitizeRichText(input.body)}) RETURNING id`,
    );
    await audit(tx, req, { action: 'practice.report_create', entity: 'practice_report', entityId: created.id, orgId: m.orgId, orgPath: m.orgPath, summary: input.title });
    return created.id;
  });
}

/** Drafts and returned reports are edited by their author; anything else is 409. */
export async function updateReport(db: Db, req: FastifyRequest, m: Member, id: number, input: z.infer<typeof updateReportBody>) {
  await transaction(db, async (tx) => {
    const r = await lockOwnReport(tx, m, id);
    if (!editable.includes(r.status)) throw new AppError('invalid_transition', { from: r.status, action: 'edit' });
    if (input.projectId !== undefined) await checkProject(tx, m, input.projectId);
    const body = input.body === undefined ? null : sanitizeRichText(input.body);
    await tx.execute(sql`UPDATE practice_reports SET title = coalesce(${input.title ?? null}, title), body = coalesce(${body}, body),
      project_id = ${input.projectId === undefined ? sql`project_id` : input.projectId}, updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, { action: 'practice.report_update', entity: 'practice_report', entityId: id, orgId: r.org_id, orgPath: r.org_path, summary: input.title ?? r.title });
  });
}

export async function submitReport(db: Db, req: FastifyRequest, m: Member, id: number) {
  await transaction(db, async (tx) => {
    const r = await lockOwnReport(tx, m, id);
    if (!editable.includes(r.status)) throw new AppError('invalid_transition', { from: r.status, action: 'submit' });
    if (plainText(r.body).length < 20) throw new AppError('validation_failed', [{ field: 'body', message: 'write at least 20 characters' }]);
    await tx.execute(sql`UPDATE practice_reports SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, { action: 'practice.report_submit', entity: 'practice_report', entityId: id, orgId: r.org_id, orgPath: r.org_path, summary: r.title, before: { status: r.status }, after: { status: 'submitted' } });
  });
}

export async function addAttachment(db: Db, req: FastifyRequest, m: Member, id: number, dir: string) {
  const r = await transaction(db, (tx) => lockOwnReport(tx, m, id));
  if (!editable.includes(r.status)) throw new AppError('invalid_transition', { from: r.status, action: 'edit' });
  const stored = await receiveUpload(req, dir, attachmentKinds);
  try {
    return await transaction(db, async (tx) => {
      const locked = await lockOwnReport(tx, m, id);
      if (!editable.includes(locked.status)) throw new AppError('invalid_transition', { from: locked.status, action: 'edit' });
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM practice_attachments WHERE report_id = ${id}`);
      if (n >= MAX_ATTACHMENTS) throw new AppError('validation_failed', [{ field: 'file', message: `at most ${MAX_ATTACHMENTS} attachments` }]);
      const [a] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO practice_attachments (report_id, storage_key, mime, size, original_name)
            VALUES (${id}, ${stored.storageKey}, ${stored.mime}, ${stored.size}, ${stored.originalName}) RETURNING id`,
      );
      await audit(tx, req, { action: 'practice.attachment_add', entity: 'practice_report', entityId: id, orgPath: locked.org_path, summary: `${stored.mime}, ${stored.size} bytes` });
      return { id: a.id, mime: stored.mime, size: stored.size, originalName: stored.originalName, url: `/api/v1/practice/reports/${id}/attachments/${a.id}` };
    });
  } catch (err) {
    await removeStored(dir, stored.storageKey);
    throw err;
  }
}

export async function removeAttachment(db: Db, req: FastifyRequest, m: Member, id: number, attachmentId: number, dir: string) {
  const key = await transaction(db, async (tx) => {
    const r = await lockOwnReport(tx, m, id);
    if (!editable.includes(r.status)) throw new AppError('invalid_transition', { from: r.status, action: 'edit' });
    const [a] = await rows<{ storage_key: string }>(tx, sql`DELETE FROM practice_attachments WHERE id = ${attachmentId} AND report_id = ${id} RETURNING storage_key`);
    if (!a) throw new AppError('not_found');
    await audit(tx, req, { action: 'practice.attachment_remove', entity: 'practice_report', entityId: id, orgPath: r.org_path, summary: `attachment ${attachmentId}` });
    return a.storage_key;
  });
  await removeStored(dir, key);
}
