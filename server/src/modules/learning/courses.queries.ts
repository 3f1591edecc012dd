import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { readableCourse, lessonCount } from './courses.access.js';
import type { CourseListQuery } from './courses.dto.js';
import type { CourseKind, CourseStatus } from './learning.schema.js';

const columns = sql`k.id, k.title, k.description, k.kind, k.tags, k.status, k.org_id AS "orgId", k.org_path AS "orgPath", o.name AS "orgName",
  k.created_at AS "createdAt", k.updated_at AS "updatedAt", ${lessonCount(sql`k.id`)}::int AS "lessonCount",
  (SELECT count(*)::int FROM learning_course_assignments a WHERE a.course_id = k.id) AS "assignmentCount"`;
const from = sql`FROM learning_courses k JOIN orgs o ON o.id = k.org_id`;

export interface CourseRow {
  id: number;
  title: string;
  description: string;
  kind: CourseKind;
  tags: string[];
  status: CourseStatus;
  orgId: number;
  orgPath: string;
  orgName: string;
  createdAt: Date;
  updatedAt: Date;
  lessonCount: number;
  assignmentCount: number;
  /** False for a course of a higher organisation. */
  editable: boolean;
}

export async function listCourses(db: Db, scope: Scope, q: CourseListQuery) {
  const conds: SQL[] = [readableCourse(scope)];
  if (q.q) conds.push(sql`k.title ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  if (q.kind) conds.push(sql`k.kind = ${q.kind}`);
  if (q.status) conds.push(sql`k.status = ${q.status}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${where}`);
  const items = await rows<CourseRow>(
    db,
    sql`SELECT ${columns}, ${inScope(sql`k.org_path`, scope)} AS editable ${from} WHERE ${where}
         ORDER BY k.updated_at DESC, k.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A course with its lessons and the assignments the caller may see (inside their scope or above it). */
export async function getCourse(db: Db, scope: Scope, id: number) {
  const [course] = await rows<CourseRow>(
    db,
    sql`SELECT ${columns}, ${inScope(sql`k.org_path`, scope)} AS editable ${from} WHERE k.id = ${id} AND ${readableCourse(scope)}`,
  );
  if (!course) return null;
  const lessons = await rows<{ contentId: number; title: string; kind: string; position: number }>(
    db,
    sql`SELECT content_id AS "contentId", title, content_kind AS kind, position FROM learning_course_lessons WHERE course_id = ${id} ORDER BY position`,
  );
  const related = scope.paths.map((p) => sql`${p} LIKE a.org_path || '%'`);
  const assignments = await rows<{ orgId: number; orgName: string; orgPath: string; deadline: Date; assignedAt: Date }>(
    db,
    sql`SELECT a.org_id AS "orgId", o.name AS "orgName", a.org_path AS "orgPath", a.deadline, a.assigned_at AS "assignedAt"
          FROM learning_course_assignments a JOIN orgs o ON o.id = a.org_id
         WHERE a.course_id = ${id} AND (${inScope(sql`a.org_path`, scope)}${related.length ? sql` OR ${sql.join(related, sql` OR `)}` : sql``})
         ORDER BY a.org_path`,
  );
  return { ...course, lessons, assignments };
}
