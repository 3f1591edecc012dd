import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor } from '../../../kernel/access/scope.js';
import type { transitionActions } from '../content.dto.js';
import { plainText } from '../sanitize.js';
import { lockItem } from './update-item.js';

type Action = (typeof transitionActions)[number];
type Status = 'draft' | 'review' | 'published' | 'archived';

/** The workflow: which action moves which state where, and who may take it. */
export const workflow: Record<Action, { from: Status; to: Status; permission: string }> = {
  submit: { from: 'draft', to: 'review', permission: 'content.write' },
  return: { from: 'review', to: 'draft', permission: 'content.review' },
  publish: { from: 'review', to: 'published', permission: 'content.review' },
  archive: { from: 'published', to: 'archived', permission: 'content.review' },
};

/** What an item needs before it may go to review; field errors point at what is missing. */
async function readinessProblems(tx: Db, item: { id: number; kind: string; body: string; video_url: string | null; duration_seconds: number | null }) {
  const slots = new Set((await rows<{ slot: string }>(tx, sql`SELECT slot FROM content_files WHERE item_id = ${item.id}`)).map((r) => r.slot));
  const problems: { field: string; message: string }[] = [];
  if (item.kind === 'article' && plainText(item.body).length === 0) problems.push({ field: 'body', message: 'an article needs text' });
  if (item.kind === 'video') {
    if (!item.video_url && !slots.has('video')) problems.push({ field: 'video', message: 'upload an mp4 or give an https URL' });
    if (!item.duration_seconds) problems.push({ field: 'durationSeconds', message: 'a video needs its duration' });
  }
  if (item.kind === 'pdf' && !slots.has('pdf')) problems.push({ field: 'pdf', message: 'upload the PDF file' });
  return problems;
}

export async function transition(db: Db, req: FastifyRequest, auth: AuthContext, id: number, action: Action, comment?: string) {
  const step = workflow[action];
  return transaction(db, async (tx) => {
    const item = await lockItem(tx, id, scopeFor(auth, 'content.read'));
    if (!pathInScope(item.org_path, scopeFor(auth, step.permission))) throw new AppError('forbidden');
    if (item.status !== step.from) throw new AppError('invalid_transition', { from: item.status, action, allowedFrom: step.from });
    if (action === 'return' && !comment) throw new AppError('validation_failed', [{ field: 'comment', message: 'say what needs to change' }]);
    if (action === 'submit') {
      const problems = await readinessProblems(tx, item);
      if (problems.length) throw new AppError('validation_failed', problems);
    }
    const reviewComment = action === 'submit' ? null : (comment ?? null);
    await tx.execute(sql`UPDATE content_items SET status = ${step.to}, review_comment = ${reviewComment}, updated_at = now(),
      published_at = ${step.to === 'published' ? sql`coalesce(published_at, now())` : sql`published_at`} WHERE id = ${id}`);
    await audit(tx, req, {
      action: `content.${action}`,
      entity: 'content_item',
      entityId: id,
      orgId: item.org_id,
      orgPath: item.org_path,
      summary: comment ? `${item.title}: ${comment}` : item.title,
      before: { status: item.status },
      after: { status: step.to, comment: comment ?? null },
    });
    return { id, status: step.to, orgId: item.org_id };
  });
}
