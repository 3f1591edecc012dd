import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
// The content.* events (their payload types) are part of what other modules may listen to.
import './content.events.js';

/** What other modules may use from content; its tables stay private. */
export { getPublishedItem, type PublishedItem } from './content.queries.js';
export { createFromReport, type FromReportInput } from './commands/create-from-report.js';
export { copyIntoContentUploads, removeContentUpload } from './commands/copy-upload.js';
export { sanitizeRichText, plainText } from './sanitize.js';

export interface ItemSummary {
  id: number;
  kind: 'article' | 'video' | 'pdf';
  title: string;
  orgName: string;
  publishedAt: string;
}

/** Published items members of `orgPath` could be given as lessons: meant for them, or owned inside that subtree. */
export async function publishedForOrg(db: Db, orgPath: string, p: { q?: string; ids?: readonly number[]; page: number; pageSize: number }) {
  const conds: SQL[] = [
    sql`c.status = 'published'`,
    sql`(c.org_path LIKE ${escapeLike(orgPath) + '%'}
         OR (cardinality(c.audience_paths) = 0 AND ${orgPath} LIKE c.org_path || '%')
         OR EXISTS (SELECT 1 FROM unnest(c.audience_paths) ap WHERE ${orgPath} LIKE ap || '%'))`,
  ];
  if (p.q) conds.push(sql`c.title ILIKE ${'%' + escapeLike(p.q) + '%'}`);
  if (p.ids) conds.push(p.ids.length ? sql`c.id IN (${sql.join(p.ids.map((i) => sql`${i}`), sql`, `)})` : sql`false`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM content_items c WHERE ${where}`);
  const items = await rows<ItemSummary>(
    db,
    sql`SELECT c.id, c.kind, c.title, o.name AS "orgName", c.published_at AS "publishedAt" FROM content_items c JOIN orgs o ON o.id = c.org_id
         WHERE ${where} ORDER BY c.published_at DESC NULLS LAST, c.id DESC LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/** Published items by the `source` another module or a seed gave them, e.g. 'seed:1'. */
export async function publishedIdsBySource(db: Db, sources: readonly string[]): Promise<Map<string, number>> {
  if (sources.length === 0) return new Map();
  const found = await rows<{ id: number; source: string }>(
    db,
    sql`SELECT id, source FROM content_items WHERE status = 'published' AND source IN (${sql.join(sources.map((s) => sql`${s}`), sql`, `)})`,
  );
  return new Map(found.map((r) => [r.source, r.id]));
}

/** Who finished reading which of `itemIds`, and when (the demo seed of learning turns them into lesson completions). */
export async function completedReads(db: Db, itemIds: readonly number[]): Promise<Array<{ personId: number; contentId: number; completedAt: Date }>> {
  if (itemIds.length === 0) return [];
  const found = await rows<{ personId: number; contentId: number; completedAt: string | Date }>(
    db,
    sql`SELECT person_id AS "personId", item_id AS "contentId", completed_at AS "completedAt" FROM content_reads
         WHERE completed_at IS NOT NULL AND item_id = ANY(${`{${itemIds.join(',')}}`}::int[]) ORDER BY completed_at, person_id, item_id`,
  );
  return found.map((f) => ({ ...f, completedAt: new Date(f.completedAt) }));
}
