import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { requiredFor, usableInScope, type Reader } from './content.access.js';
import { categoryAndTag, from, listColumns, myProgress, page, present, type RowOf } from './content.queries.js';
import type { libraryQuery } from './content.dto.js';
import type { libraryItemOut, readerItemOut } from './content.responses.js';

const rate = (completed: number, assigned: number) => (assigned === 0 ? null : Math.round((completed / assigned) * 10000) / 10000);

/**
 * People of the subtree `underPath` (and the caller's scope) that item `itemId` is required reading for, with their reading
 * (alias s: id, name, org_id, path, seconds, done, deadline).
 */
function assignedPeople(itemId: number, underPath: string, scope: Scope): SQL {
  return sql`SELECT p.id, p.name, p.org_id, o.path, coalesce(r.seconds, 0) AS seconds, r.completed_at IS NOT NULL AS done,
      (SELECT min(a.deadline) FROM content_assignments a WHERE a.item_id = ${itemId} AND o.path LIKE a.org_path || '%') AS deadline
    FROM people p JOIN orgs o ON o.id = p.org_id LEFT JOIN content_reads r ON r.item_id = ${itemId} AND r.person_id = p.id
   WHERE o.path LIKE ${escapeLike(underPath) + '%'} AND ${inScope(sql`o.path`, scope)}
     AND EXISTS (SELECT 1 FROM content_assignments a WHERE a.item_id = ${itemId} AND o.path LIKE a.org_path || '%')`;
}

export interface OrgRef {
  id: number;
  name: string;
  path: string;
}

/** Completion of a required item under `org`: the whole subtree and each child organisation (as course completion). */
export async function readingCompletion(db: Db, scope: Scope, itemId: number, org: OrgRef) {
  const people = assignedPeople(itemId, org.path, scope);
  const [total] = await rows<{ assigned: number; completed: number }>(db, sql`SELECT count(*)::int AS assigned, count(*) FILTER (WHERE s.done)::int AS completed FROM (${people}) s`);
  const children = await rows<{ orgId: number; name: string; assigned: number; completed: number; hasChildren: boolean }>(
    db,
    sql`SELECT ch.id AS "orgId", ch.name, count(s.id)::int AS assigned, count(s.id) FILTER (WHERE s.done)::int AS completed,
               EXISTS (SELECT 1 FROM orgs g WHERE g.parent_id = ch.id) AS "hasChildren"
          FROM orgs ch LEFT JOIN (${people}) s ON s.path LIKE ch.path || '%'
         WHERE ch.parent_id = ${org.id} AND ${inScope(sql`ch.path`, scope)}
         GROUP BY ch.id, ch.name, ch.path ORDER BY ch.path`,
  );
  return {
    org: { id: org.id, name: org.name },
    total: { ...total, rate: rate(total.completed, total.assigned) },
    children: children.filter((c) => c.assigned > 0).map((c) => ({ ...c, rate: rate(c.completed, c.assigned) })),
  };
}

/** Who under `org` has not finished the item yet, with how long they have read. */
export async function unfinishedReaders(db: Db, scope: Scope, itemId: number, org: OrgRef, p: { page: number; pageSize: number }) {
  const people = assignedPeople(itemId, org.path, scope);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM (${people}) s WHERE NOT s.done`);
  const items = await rows<{ personId: number; name: string; orgName: string; seconds: number; deadline: string }>(
    db,
    sql`SELECT s.id AS "personId", s.name, o.name AS "orgName", s.seconds::int AS seconds, s.deadline
          FROM (${people}) s JOIN orgs o ON o.id = s.org_id WHERE NOT s.done
         ORDER BY s.path, s.id LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/** The assignments of an item to organisations of the caller's scope, each with its completion there. */
export async function assignmentsOf(db: Db, scope: Scope, itemId: number) {
  const items = await rows<{ orgId: number; orgName: string; deadline: string; assignedAt: string; assigned: number; completed: number }>(
    db,
    sql`SELECT a.org_id AS "orgId", o.name AS "orgName", a.deadline, a.assigned_at AS "assignedAt", x.assigned, x.completed
          FROM content_assignments a JOIN orgs o ON o.id = a.org_id
          CROSS JOIN LATERAL (SELECT count(*)::int AS assigned, count(r.completed_at)::int AS completed
                                FROM people p JOIN orgs po ON po.id = p.org_id
                                LEFT JOIN content_reads r ON r.item_id = a.item_id AND r.person_id = p.id
                               WHERE po.path LIKE a.org_path || '%') x
         WHERE a.item_id = ${itemId} AND ${inScope(sql`a.org_path`, scope)} ORDER BY o.path`,
  );
  return { items: items.map((i) => ({ ...i, rate: rate(i.completed, i.assigned) })) };
}

/** Whether the caller may manage required reading of an item: owned in scope, or published to some root of it. */
export function manageableInScope(scope: Scope): SQL {
  return sql`(${inScope(sql`c.org_path`, scope)} OR ${usableInScope(scope)})`;
}

/** The library (警示案例库): published items of a category the caller may assign, with their required reading in scope. */
export async function library(db: Db, scope: Scope, q: z.infer<typeof libraryQuery>) {
  const conds: SQL[] = [sql`c.status = 'published'`, manageableInScope(scope), ...categoryAndTag(q)];
  if (q.q) conds.push(sql`c.title ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  const assignedInScope = sql`EXISTS (SELECT 1 FROM content_assignments a WHERE a.item_id = c.id AND ${inScope(sql`a.org_path`, scope)})`;
  if (q.assigned === 'yes') conds.push(assignedInScope);
  if (q.assigned === 'no') conds.push(sql`NOT ${assignedInScope}`);
  const figures = sql`,
    (SELECT count(*)::int FROM content_assignments a WHERE a.item_id = c.id AND ${inScope(sql`a.org_path`, scope)}) AS "assignedOrgs",
    (SELECT count(*)::int FROM content_activity_links l WHERE l.item_id = c.id) AS activities,
    (SELECT json_build_object('assigned', count(*), 'completed', count(r.completed_at))
       FROM people p JOIN orgs po ON po.id = p.org_id LEFT JOIN content_reads r ON r.item_id = c.id AND r.person_id = p.id
      WHERE ${inScope(sql`po.path`, scope)} AND EXISTS (SELECT 1 FROM content_assignments a WHERE a.item_id = c.id AND po.path LIKE a.org_path || '%')) AS counts`;
  type Item = z.infer<typeof libraryItemOut>;
  const result = await page<Item & { counts: { assigned: number; completed: number } }>(db, sql.join(conds, sql` AND `), sql`c.published_at DESC NULLS LAST, c.id DESC`, q, figures);
  return {
    ...result,
    items: result.items.map(({ counts, ...i }) => ({ ...i, assigned: Number(counts.assigned), completed: Number(counts.completed), rate: rate(Number(counts.completed), Number(counts.assigned)) })),
  };
}

/** The reader's required reading (我的必读): unfinished first, nearest deadline first. */
export async function myRequired(db: Db, reader: Reader) {
  type Item = z.infer<typeof readerItemOut>;
  const list = await rows<RowOf<Item>>(
    db,
    sql`SELECT ${listColumns} ${myProgress(reader)} ${from}
         WHERE c.status = 'published' AND ${requiredFor(reader.orgPath)}
         ORDER BY (SELECT r.completed_at IS NOT NULL FROM content_reads r WHERE r.item_id = c.id AND r.person_id = ${reader.personId}) NULLS FIRST,
                  "requiredBy", c.id LIMIT 200`,
  );
  const items = list.map((r) => present<Item>(r));
  return { total: items.length, completed: items.filter((i) => i.myProgress?.completed).length, items };
}
