import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { pathsInScope } from '../content.access.js';
import type { createItemBody } from '../content.dto.js';
import { estimateReadingSeconds, sanitizeRichText } from '../sanitize.js';

type Input = z.infer<typeof createItemBody>;

export const textArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;

/** A new draft; the owner org and every audience org must lie in the author's scope. */
export async function createItem(db: Db, req: FastifyRequest, scope: Scope, input: Input): Promise<number> {
  return transaction(db, async (tx) => {
    const pathOf = await pathsInScope(
      tx,
      [{ field: 'orgId', id: input.orgId }, ...input.audienceOrgIds.map((id, i) => ({ field: `audienceOrgIds.${i}`, id }))],
      scope,
    );
    const body = sanitizeRichText(input.body);
    const [created] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, audience_paths, audience_roles,
                                     video_url, duration_seconds, estimated_seconds, category, tags, created_by)
          VALUES (${input.kind}, ${input.title}, ${input.summary}, ${body}, 'draft', ${input.orgId}, ${pathOf.get(input.orgId)!},
                  ${textArray(input.audienceOrgIds.map((id) => pathOf.get(id)!))}::text[], ${textArray(input.audienceRoles)}::text[],
                  ${input.videoUrl}, ${input.durationSeconds}, ${estimateReadingSeconds(body)}, ${input.category}, ${textArray(input.tags)}::text[],
                  ${req.auth?.accountId ?? null})
          RETURNING id`,
    );
    await audit(tx, req, {
      action: 'content.create',
      entity: 'content_item',
      entityId: created.id,
      orgId: input.orgId,
      orgPath: pathOf.get(input.orgId),
      summary: `${input.kind}: ${input.title}`,
      after: { ...input, body: `${body.length} chars` },
    });
    return created.id;
  });
}
