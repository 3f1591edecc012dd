import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { estimateReadingSeconds, plainText, sanitizeRichText } from '../sanitize.js';
import { textArray } from './create-item.js';
import type { ContentCategory } from '../../../../../common/content-categories.js';

export interface FromReportInput {
  /** Unique per origin, e.g. 'practice_report:12': the same report is never published twice. */
  source: string;
  title: string;
  body: string;
  summary?: string;
  orgId: number;
  orgPath: string;
  audiencePaths: string[];
  audienceRoles?: string[];
  createdBy: number | null;
  /** 栏目; a practice report is 来自基层的报告 unless told otherwise. */
  category?: ContentCategory | null;
  /** An article (default) or a PDF document, whose file then comes in `files` (slot 'pdf'). */
  kind?: 'article' | 'pdf';
  /** Media already copied among content's uploads (`copyIntoContentUploads`): the PDF, a poster image, a Word document. */
  files?: Array<{ slot: 'pdf' | 'poster' | 'document'; storageKey: string; mime: string; size: number; originalName: string }>;
}

/**
 * An article published straight away from an already-reviewed piece of work (a
 * grassroots report). Runs in the caller's transaction; the caller has checked scope.
 */
export async function createFromReport(tx: Db, req: FastifyRequest | null, input: FromReportInput): Promise<number> {
  const [existing] = await rows<{ id: number }>(tx, sql`SELECT id FROM content_items WHERE source = ${input.source}`);
  if (existing) throw new AppError('invalid_transition', { action: 'publish', contentId: existing.id });
  const body = sanitizeRichText(input.body);
  const summary = input.summary ?? plainText(body).slice(0, 120);
  const category = input.category !== undefined ? input.category : input.source.startsWith('practice_report:') ? 'grassroots_report' : null;
  const [created] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, audience_paths, audience_roles,
                                   estimated_seconds, source, category, created_by, published_at)
        VALUES (${input.kind ?? 'article'}, ${input.title}, ${summary}, ${body}, 'published', ${input.orgId}, ${input.orgPath},
                ${textArray(input.audiencePaths)}::text[], ${textArray(input.audienceRoles ?? [])}::text[],
                ${estimateReadingSeconds(body)}, ${input.source}, ${category}, ${input.createdBy}, now())
        RETURNING id`,
  );
  for (const f of input.files ?? []) {
    await tx.execute(sql`INSERT INTO content_files (item_id, slot, storage_key, mime, size, original_name, created_by)
      VALUES (${created.id}, ${f.slot}, ${f.storageKey}, ${f.mime}, ${f.size}, ${f.originalName}, ${input.createdBy})`);
  }
  await audit(tx, req, {
    action: 'content.publish_from_source',
    entity: 'content_item',
    entityId: created.id,
    orgId: input.orgId,
    orgPath: input.orgPath,
    summary: `${input.source}: ${input.title}`,
  });
  return created.id;
}
