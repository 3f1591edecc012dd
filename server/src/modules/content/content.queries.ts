import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { visibleTo, type Reader } from './content.access.js';
import { pgTextArray } from './content.tags.js';
import { summaryRepeatsBody } from './sanitize.js';
import type { feedQuery, listQuery } from './content.dto.js';
import type { contentDetailOut, contentItemOut, readerDetailOut, readerItemOut } from './content.responses.js';

export const listColumns = sql`c.id, c.kind, c.title, c.summary, c.status, c.category, c.tags, c.org_id AS "orgId", o.name AS "orgName",
  c.video_url AS "videoUrl", c.duration_seconds AS "durationSeconds", c.estimated_seconds AS "estimatedSeconds",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.published_at AS "publishedAt",
  coalesce((SELECT array_agg(f.slot ORDER BY f.slot) FROM content_files f WHERE f.item_id = c.id), '{}') AS "mediaSlots"`;
const detailColumns = sql`${listColumns}, c.body, c.audience_roles AS "audienceRoles", c.review_comment AS "reviewComment", c.source,
  coalesce((SELECT array_agg(a.id ORDER BY a.id) FROM orgs a WHERE a.path = ANY(c.audience_paths)), '{}') AS "audienceOrgIds"`;
export const from = sql`FROM content_items c JOIN orgs o ON o.id = c.org_id`;

type Media = z.infer<typeof contentItemOut>['media'];
/** A row as the query reads it: the answer's fields, with `mediaSlots` in place of `media`. */
export type RowOf<T> = Omit<T, 'media'> & { id: number; mediaSlots: (keyof Media)[] };

/** Adds the URLs a page uses for media and the reading heartbeat. */
export function present<T>(r: RowOf<T>) {
  const media: Media = Object.fromEntries(r.mediaSlots.map((s) => [s, `/api/v1/content/${r.id}/media/${s}`]));
  const { mediaSlots: _m, ...rest } = r;
  return { ...rest, media } as T;
}

export async function page<T>(db: Db, where: SQL, order: SQL, p: { page: number; pageSize: number }, extra: SQL = sql``) {
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${where}`);
  const items = await rows<RowOf<T>>(db, sql`SELECT ${listColumns} ${extra} ${from} WHERE ${where} ORDER BY ${order} LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`);
  return { items: items.map((r) => present<T>(r)), total, page: p.page, pageSize: p.pageSize };
}

/** Filters by category (`none`: without one) and by one tag. */
export function categoryAndTag(q: { category?: string; tag?: string }): SQL[] {
  const conds: SQL[] = [];
  if (q.category === 'none') conds.push(sql`c.category IS NULL`);
  else if (q.category) conds.push(sql`c.category = ${q.category}`);
  if (q.tag) conds.push(sql`c.tags @> ${pgTextArray([q.tag])}::text[]`);
  return conds;
}

/** Staff list: items owned inside the caller's scope (the review queue is status=review). */
export function listManaged(db: Db, scope: Scope, q: z.infer<typeof listQuery>) {
  const conds: SQL[] = [inScope(sql`c.org_path`, scope)];
  if (q.q) conds.push(sql`c.title ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  if (q.kind) conds.push(sql`c.kind = ${q.kind}`);
  if (q.status) conds.push(sql`c.status = ${q.status}`);
  conds.push(...categoryAndTag(q));
  return page<z.infer<typeof contentItemOut>>(db, sql.join(conds, sql` AND `), sql`c.updated_at DESC, c.id DESC`, q);
}

export async function getManaged(db: Db, scope: Scope, id: number) {
  type Detail = z.infer<typeof contentDetailOut>;
  const [r] = await rows<RowOf<Detail>>(db, sql`SELECT ${detailColumns} ${from} WHERE c.id = ${id} AND ${inScope(sql`c.org_path`, scope)}`);
  return r ? present<Detail>(r) : null;
}

export const myProgress = (reader: Reader) =>
  sql`, (SELECT json_build_object('seconds', r.seconds, 'completed', r.completed_at IS NOT NULL) FROM content_reads r
          WHERE r.item_id = c.id AND r.person_id = ${reader.personId}) AS "myProgress",
        (SELECT min(ca.deadline) FROM content_assignments ca WHERE ca.item_id = c.id AND ${reader.orgPath} LIKE ca.org_path || '%') AS "requiredBy"`;

/** A reader's feed: published items whose audience contains them, newest first. */
export function feed(db: Db, reader: Reader, q: z.infer<typeof feedQuery>) {
  const conds: SQL[] = [visibleTo(reader)];
  if (q.kind) conds.push(sql`c.kind = ${q.kind}`);
  conds.push(...categoryAndTag(q));
  return page<z.infer<typeof readerItemOut>>(db, sql.join(conds, sql` AND `), sql`c.published_at DESC NULLS LAST, c.id DESC`, q, myProgress(reader));
}

export async function getForReader(db: Db, reader: Reader, id: number) {
  type Detail = z.infer<typeof readerDetailOut>;
  const [r] = await rows<RowOf<Detail>>(
    db,
    sql`SELECT ${listColumns}, c.body ${myProgress(reader)} ${from} WHERE c.id = ${id} AND ${visibleTo(reader)}`,
  );
  if (!r) return null;
  const item = present<Detail>(r);
  // Shown above the body, a summary cut from the body's start would say its first paragraph twice.
  return summaryRepeatsBody(item.summary, item.body) ? { ...item, summary: '' } : item;
}

export interface PublishedItem {
  id: number;
  kind: 'article' | 'video' | 'pdf';
  title: string;
  summary: string;
  orgId: number;
  orgPath: string;
  audiencePaths: string[];
  audienceRoles: string[];
  estimatedSeconds: number;
  durationSeconds: number | null;
  publishedAt: string;
}

/** For other modules (courses, showcase): a published item's public facts, or null. */
export async function getPublishedItem(db: Db, id: number): Promise<PublishedItem | null> {
  const [r] = await rows<PublishedItem>(
    db,
    sql`SELECT id, kind, title, summary, org_id AS "orgId", org_path AS "orgPath", audience_paths AS "audiencePaths",
               audience_roles AS "audienceRoles", estimated_seconds AS "estimatedSeconds", duration_seconds AS "durationSeconds",
               published_at AS "publishedAt"
          FROM content_items WHERE id = ${id} AND status = 'published'`,
  );
  return r ?? null;
}
