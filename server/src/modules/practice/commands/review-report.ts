import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, pathInScope, type Scope } from '../../../kernel/access/scope.js';
import { createFromReport } from '../../content/index.js';
import type { ReportRow } from './reports.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function lockReviewable(tx: Db, scope: Scope, id: number): Promise<ReportRow> {
  const [r] = await rows<ReportRow>(tx, sql`SELECT * FROM practice_reports r WHERE r.id = ${id} AND r.status <> 'draft' AND ${inScope(sql`r.org_path`, scope)} FOR UPDATE`);
  if (!r) throw new AppError('not_found');
  return r;
}

/** submitted → returned (with comments; the author edits and resubmits) or → approved. */
export async function reviewReport(db: Db, req: FastifyRequest, scope: Scope, id: number, action: 'return' | 'approve', comment: string) {
  return transaction(db, async (tx) => {
    const r = await lockReviewable(tx, scope, id);
    if (r.status !== 'submitted') throw new AppError('invalid_transition', { from: r.status, action });
    const to = action === 'return' ? 'returned' : 'approved';
    await tx.execute(sql`UPDATE practice_reports SET status = ${to}, review_comment = ${comment || null}, reviewed_by = ${req.auth?.accountId ?? null},
      reviewed_at = now(), approved_at = ${to === 'approved' ? sql`now()` : null}, updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, {
      action: `practice.report_${action}`,
      entity: 'practice_report',
      entityId: id,
      orgId: r.org_id,
      orgPath: r.org_path,
      summary: comment ? `${r.title}: ${comment}` : r.title,
      before: { status: r.status },
      after: { status: to, comment },
    });
    return { id, status: to, personId: r.person_id };
  });
}

/**
 * Publishes an approved report as a content article owned by the reviewer's
 * organisation that covers the report; the audience defaults to that subtree.
 */
export async function publishReport(db: Db, req: FastifyRequest, scope: Scope, id: number, audienceOrgIds: number[]) {
  return transaction(db, async (tx) => {
    const r = await lockReviewable(tx, scope, id);
    if (r.status !== 'approved' || r.content_id) throw new AppError('invalid_transition', { from: r.content_id ? 'published' : r.status, action: 'publish' });
    const ownerPath = scope.paths.filter((p) => r.org_path.startsWith(p)).sort((a, b) => a.length - b.length)[0];
    const [owner] = await rows<{ id: number }>(tx, sql`SELECT id FROM orgs WHERE path = ${ownerPath}`);
    const audience = audienceOrgIds.length
      ? await rows<{ id: number; path: string }>(tx, sql`SELECT id, path FROM orgs WHERE id IN (${sql.join(audienceOrgIds.map((a) => sql`${a}`), sql`, `)})`)
      : [];
    audienceOrgIds.forEach((oid, i) => {
      const o = audience.find((a) => a.id === oid);
      if (!o || !pathInScope(o.path, scope)) throw new AppError('validation_failed', [{ field: `audienceOrgIds.${i}`, message: 'organisation not found in your scope' }]);
    });
    const [author] = await rows<{ name: string }>(tx, sql`SELECT name FROM people WHERE id = ${r.person_id}`);
    const contentId = await createFromReport(tx, req, {
      source: `practice_report:${r.id}`,
      title: r.title,
      body: `${r.body}<p><em>来自基层的报告 · ${escapeHtml(author?.name ?? '')}</em></p>`,
      orgId: owner.id,
      orgPath: ownerPath,
      audiencePaths: audience.map((a) => a.path),
      createdBy: req.auth?.accountId ?? null,
    });
    await tx.execute(sql`UPDATE practice_reports SET content_id = ${contentId}, updated_at = now() WHERE id = ${id}`);
    await audit(tx, req, { action: 'practice.report_publish', entity: 'practice_report', entityId: id, orgId: r.org_id, orgPath: r.org_path, summary: `${r.title} → content ${contentId}` });
    return { id, contentId, ownerOrgId: owner.id };
  });
}
