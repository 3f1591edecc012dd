import { sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { StoredUpload } from '../../../kernel/files/uploads.js';
import { speaksFor } from '../assessment.access.js';
import type { RoundStatus } from '../assessment.schema.js';

export const REPORT_AREA = 'assessment';
export const MAX_ATTACHMENTS = 20;

export interface Attachment {
  fileKey: string;
  fileName: string;
  mime: string;
  size: number;
}

interface ReportRow {
  targetId: number;
  targetName: string;
  roundId: number;
  roundName: string;
  roundStatus: RoundStatus;
  scopeOrgId: number;
  scopeOrgPath: string;
  orgPath: string;
  meetingAt: Date | null;
  editable: boolean;
  body: string | null;
  attachments: Attachment[] | null;
  submittedAt: Date | null;
  updatedAt: Date | null;
}

// 述职 reports belong to organisation rounds; editable while the round is a draft or runs and the meeting has not begun.
const reportSelect = sql`SELECT t.id AS "targetId", t.name AS "targetName", r.id AS "roundId", r.name AS "roundName", r.status AS "roundStatus",
  r.scope_org_id AS "scopeOrgId", r.scope_org_path AS "scopeOrgPath", t.org_path AS "orgPath", r.meeting_at AS "meetingAt",
  (r.status IN ('draft', 'running') AND (r.meeting_at IS NULL OR r.meeting_at > now())) AS editable,
  p.body, p.attachments, p.submitted_at AS "submittedAt", p.updated_at AS "updatedAt"
  FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id LEFT JOIN assessment_reports p ON p.target_id = t.id`;

const present = ({ scopeOrgId: _s, scopeOrgPath: _p, orgPath: _o, ...r }: ReportRow) => ({
  ...r,
  attachments: (r.attachments ?? []).map((a, index) => ({ index, fileName: a.fileName, mime: a.mime, size: a.size })),
});

/** The targets of organisation rounds I speak for (secretary or org admin of the organisation), with their reports. */
export async function myReports(db: Db, accountId: number) {
  const list = await rows<ReportRow>(db, sql`${reportSelect} WHERE t.org_id IS NOT NULL AND ${speaksFor(accountId)} ORDER BY r.period_to DESC, r.id DESC, t.id`);
  return { items: list.map(present) };
}

/** A report of a round in the admin's scope (every target of the round, with or without a report). */
export async function roundReports(db: Db, roundId: number) {
  const list = await rows<ReportRow>(db, sql`${reportSelect} WHERE t.round_id = ${roundId} AND t.org_id IS NOT NULL ORDER BY t.org_path, t.id`);
  return { items: list.map(present) };
}

async function oneReport(db: Db, targetId: number, extra: SQL = sql``) {
  const [r] = await rows<ReportRow>(db, sql`${reportSelect} WHERE t.id = ${targetId} AND t.org_id IS NOT NULL ${extra}`);
  return r;
}

/**
 * Who may read a report: the organisation's own secretary or admin, the admins of the round (assessment.manage
 * over its scope) and, once submitted, the round's voters. Anyone else: 404.
 */
export async function readableReport(db: Db, accountId: number, manage: Scope, targetId: number) {
  const r = await oneReport(db, targetId);
  if (!r) throw new AppError('not_found');
  const [{ own, admin, voter }] = await rows<{ own: boolean; admin: boolean; voter: boolean }>(
    db,
    sql`SELECT ${speaksFor(accountId)} AS own, ${inScope(sql`r.scope_org_path`, manage)} AS admin,
               EXISTS (SELECT 1 FROM assessment_voters v JOIN assessment_vote_groups g ON g.id = v.group_id WHERE g.round_id = r.id AND v.account_id = ${accountId}) AS voter
          FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id WHERE t.id = ${targetId}`,
  );
  if (!(own || admin || (voter && r.submittedAt))) throw new AppError('not_found');
  return r;
}

/** The report I may write (404 when I do not speak for the target), locked, and editable (409 otherwise). */
async function myEditable(tx: Db, accountId: number, targetId: number) {
  const r = await oneReport(tx, targetId, sql`AND ${speaksFor(accountId)}`);
  if (!r) throw new AppError('not_found');
  await tx.execute(sql`SELECT id FROM assessment_targets WHERE id = ${targetId} FOR UPDATE`);
  if (!r.editable) throw new AppError('invalid_transition', { message: 'the report can no longer be changed: the review meeting has begun or the round is over' });
  return r;
}

export async function saveReport(db: Db, req: FastifyRequest, accountId: number, targetId: number, b: { body: string; submit: boolean }) {
  return transaction(db, async (tx) => {
    const r = await myEditable(tx, accountId, targetId);
    await tx.execute(sql`INSERT INTO assessment_reports (round_id, target_id, author_account_id, body, submitted_at)
      VALUES (${r.roundId}, ${targetId}, ${accountId}, ${b.body}, ${b.submit ? sql`now()` : null})
      ON CONFLICT (target_id) DO UPDATE SET body = excluded.body, author_account_id = excluded.author_account_id, updated_at = now(),
        submitted_at = ${b.submit ? sql`now()` : sql`assessment_reports.submitted_at`}`);
    await audit(tx, req, {
      action: r.body == null ? 'assessment.report_create' : 'assessment.report_edit',
      entity: 'assessment_target',
      entityId: targetId,
      orgId: r.scopeOrgId,
      orgPath: r.orgPath,
      summary: `${r.roundName} · ${r.targetName}: ${b.body.length} characters${b.submit ? ', submitted' : ''}`,
    });
    return present((await oneReport(tx, targetId))!);
  });
}

/** Adds a stored upload to the report (a report without text gets an empty draft). */
export async function addAttachment(db: Db, req: FastifyRequest, accountId: number, targetId: number, file: StoredUpload & { key: string }) {
  return transaction(db, async (tx) => {
    const r = await myEditable(tx, accountId, targetId);
    if ((r.attachments ?? []).length >= MAX_ATTACHMENTS) throw new AppError('validation_failed', [{ field: 'file', message: `at most ${MAX_ATTACHMENTS} attachments` }]);
    const a: Attachment = { fileKey: file.key, fileName: file.originalName || 'attachment', mime: file.mime, size: file.size };
    await tx.execute(sql`INSERT INTO assessment_reports (round_id, target_id, author_account_id, body, attachments)
      VALUES (${r.roundId}, ${targetId}, ${accountId}, '', ${JSON.stringify([a])}::jsonb)
      ON CONFLICT (target_id) DO UPDATE SET attachments = assessment_reports.attachments || ${JSON.stringify([a])}::jsonb, updated_at = now()`);
    await audit(tx, req, { action: 'assessment.report_attach', entity: 'assessment_target', entityId: targetId, orgId: r.scopeOrgId, orgPath: r.orgPath, summary: `${file.mime} ${file.size} B` });
    return present((await oneReport(tx, targetId))!);
  });
}

export async function removeAttachment(db: Db, req: FastifyRequest, accountId: number, targetId: number, index: number) {
  return transaction(db, async (tx) => {
    const r = await myEditable(tx, accountId, targetId);
    const list = r.attachments ?? [];
    if (index >= list.length) throw new AppError('not_found');
    const rest = list.filter((_, i) => i !== index);
    await tx.execute(sql`UPDATE assessment_reports SET attachments = ${JSON.stringify(rest)}::jsonb, updated_at = now() WHERE target_id = ${targetId}`);
    await audit(tx, req, { action: 'assessment.report_detach', entity: 'assessment_target', entityId: targetId, orgId: r.scopeOrgId, orgPath: r.orgPath, summary: list[index].fileName });
    return { report: present((await oneReport(tx, targetId))!), removed: list[index] };
  });
}
