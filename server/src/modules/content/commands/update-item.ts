import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import { pathsInScope } from '../content.access.js';
import type { updateItemBody } from '../content.dto.js';
import { estimateReadingSeconds, sanitizeRichText } from '../sanitize.js';
import { textArray } from './create-item.js';

type Input = z.infer<typeof updateItemBody>;

interface ItemRow {
  id: number;
  kind: string;
  status: string;
  title: string;
  summary: string;
  body: string;
  org_id: number;
  org_path: string;
  video_url: string | null;
  duration_seconds: number | null;
  audience_roles: string[];
  category: string | null;
  tags: string[];
}

/** Locks an item inside the scope; outside it the item does not exist for the caller. */
export async function lockItem(tx: Db, id: number, scope: Scope): Promise<ItemRow> {
  const [item] = await rows<ItemRow>(tx, sql`SELECT * FROM content_items c WHERE c.id = ${id} AND ${inScope(sql`c.org_path`, scope)} FOR UPDATE`);
  if (!item) throw new AppError('not_found');
  return item;
}

/** Only drafts are edited; a published item goes back through review by being archived and re-created. */
export async function updateItem(db: Db, req: FastifyRequest, scope: Scope, id: number, input: Input): Promise<void> {
  await transaction(db, async (tx) => {
    const item = await lockItem(tx, id, scope);
    if (item.status !== 'draft') throw new AppError('invalid_transition', { from: item.status, action: 'edit' });
    if (input.videoUrl && item.kind !== 'video') throw new AppError('validation_failed', [{ field: 'videoUrl', message: 'only videos have a video URL' }]);
    const audience = input.audienceOrgIds;
    const pathOf = audience ? await pathsInScope(tx, audience.map((oid, i) => ({ field: `audienceOrgIds.${i}`, id: oid })), scope) : null;
    const body = input.body === undefined ? undefined : sanitizeRichText(input.body);
    await tx.execute(sql`UPDATE content_items SET
        title = coalesce(${input.title ?? null}, title),
        summary = coalesce(${input.summary ?? null}, summary),
        body = coalesce(${body ?? null}, body),
        estimated_seconds = ${body === undefined ? sql`estimated_seconds` : estimateReadingSeconds(body)},
        audience_paths = ${audience ? sql`${textArray(audience.map((oid) => pathOf!.get(oid)!))}::text[]` : sql`audience_paths`},
        audience_roles = ${input.audienceRoles ? sql`${textArray(input.audienceRoles)}::text[]` : sql`audience_roles`},
        video_url = ${input.videoUrl === undefined ? sql`video_url` : input.videoUrl},
        duration_seconds = ${input.durationSeconds === undefined ? sql`duration_seconds` : input.durationSeconds},
        category = ${input.category === undefined ? sql`category` : input.category},
        tags = ${input.tags ? sql`${textArray(input.tags)}::text[]` : sql`tags`},
        updated_at = now()
      WHERE id = ${id}`);
    const after = { ...input, ...(body !== undefined ? { body: `${body.length} chars` } : {}) };
    const d = diff({ ...item, body: `${item.body.length} chars` } as Record<string, unknown>, after as Record<string, unknown>);
    await audit(tx, req, { action: 'content.update', entity: 'content_item', entityId: id, orgId: item.org_id, orgPath: item.org_path, summary: item.title, ...d });
  });
}
