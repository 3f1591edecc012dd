import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { lessonCount, lessonsDone } from './courses.access.js';

const rate = (completed: number, assigned: number) => (assigned === 0 ? null : Math.round((completed / assigned) * 10000) / 10000);

/**
 * People of the subtree `underPath` (and the caller's scope) that course `courseId` is assigned to, with the lessons they
 * have done (alias s: id, name, org_id, path, done, total).
 */
function assignedPeople(courseId: number, underPath: string, scope: Scope): SQL {
  return sql`SELECT p.id, p.name, p.org_id, o.path, ${lessonsDone(sql`${courseId}`, sql`p.id`)} AS done, ${lessonCount(sql`${courseId}`)} AS total,
      (SELECT min(a.deadline) FROM learning_course_assignments a WHERE a.course_id = ${courseId} AND o.path LIKE a.org_path || '%') AS deadline
    FROM people p JOIN orgs o ON o.id = p.org_id
   WHERE o.path LIKE ${escapeLike(underPath) + '%'} AND ${inScope(sql`o.path`, scope)}
     AND EXISTS (SELECT 1 FROM learning_course_assignments a WHERE a.course_id = ${courseId} AND o.path LIKE a.org_path || '%')`;
}
const finished = sql`s.total > 0 AND s.done >= s.total`;

export interface OrgRef {
  id: number;
  name: string;
  path: string;
}

/** Completion of a required course under `org`: the whole subtree and each child organisation. */
export async function courseCompletion(db: Db, scope: Scope, courseId: number, org: OrgRef) {
  const people = assignedPeople(courseId, org.path, scope);
  const [total] = await rows<{ assigned: number; completed: number }>(
    db,
    sql`SELECT count(*)::int AS assigned, count(*) FILTER (WHERE ${finished})::int AS completed FROM (${people}) s`,
  );
  const children = await rows<{ orgId: number; name: string; assigned: number; completed: number; hasChildren: boolean }>(
    db,
    sql`SELECT ch.id AS "orgId", ch.name, count(s.id)::int AS assigned, count(s.id) FILTER (WHERE ${finished})::int AS completed,
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

/** Who under `org` has not finished the course yet, with how far they got. */
export async function unfinishedPeople(db: Db, scope: Scope, courseId: number, org: OrgRef, p: { page: number; pageSize: number }) {
  const people = assignedPeople(courseId, org.path, scope);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM (${people}) s WHERE NOT (${finished})`);
  const items = await rows<{ personId: number; name: string; orgName: string; done: number; total: number; deadline: string }>(
    db,
    sql`SELECT s.id AS "personId", s.name, o.name AS "orgName", s.done::int AS done, s.total::int AS total, s.deadline
          FROM (${people}) s JOIN orgs o ON o.id = s.org_id WHERE NOT (${finished})
         ORDER BY s.path, s.id LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}
