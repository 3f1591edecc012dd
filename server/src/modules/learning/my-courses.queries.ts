import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import type { Learner } from './learning.access.js';
import type { CourseKind } from './learning.schema.js';
import { courseForMember, lessonCount, lessonsDone } from './courses.access.js';

const columns = (me: Learner) => sql`k.id, k.title, k.description, k.kind, k.tags, o.name AS "orgName",
  ${lessonCount(sql`k.id`)}::int AS total, ${lessonsDone(sql`k.id`, sql`${me.personId}`)}::int AS done,
  (SELECT a.deadline FROM learning_course_assignments a WHERE a.course_id = k.id AND ${me.orgPath} LIKE a.org_path || '%'
    ORDER BY length(a.org_path) DESC LIMIT 1) AS deadline,
  (SELECT c.completed_at FROM learning_course_completions c WHERE c.course_id = k.id AND c.person_id = ${me.personId}) AS "completedAt"`;
const from = sql`FROM learning_courses k JOIN orgs o ON o.id = k.org_id`;

interface MyCourse {
  id: number;
  title: string;
  description: string;
  kind: CourseKind;
  tags: string[];
  orgName: string;
  total: number;
  done: number;
  deadline: Date | null;
  completedAt: Date | null;
}
const present = (c: MyCourse) => ({ ...c, completed: c.total > 0 && c.done >= c.total, progress: c.total ? Math.round((c.done / c.total) * 100) : 0 });

/** My courses: unfinished required ones first (earliest deadline first), then the rest. */
export async function myCourses(db: Db, me: Learner, p: { page: number; pageSize: number }) {
  const where = courseForMember(me.orgPath);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${where}`);
  const items = await rows<MyCourse & { updated_at: Date }>(
    db,
    sql`SELECT * FROM (SELECT ${columns(me)}, k.updated_at ${from} WHERE ${where}) x
         ORDER BY (x.total > 0 AND x.done >= x.total), (x.kind = 'required') DESC, x.deadline ASC NULLS LAST, x.updated_at DESC, x.id DESC
         LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items: items.map(({ updated_at: _u, ...c }) => present(c)), total, page: p.page, pageSize: p.pageSize };
}

export async function myCourse(db: Db, me: Learner, id: number) {
  const [c] = await rows<MyCourse>(db, sql`SELECT ${columns(me)} ${from} WHERE k.id = ${id} AND ${courseForMember(me.orgPath)}`);
  if (!c) return null;
  const lessons = await rows<{ contentId: number; title: string; kind: string; completedAt: Date | null }>(
    db,
    sql`SELECT l.content_id AS "contentId", l.title, l.content_kind AS kind, lc.completed_at AS "completedAt"
          FROM learning_course_lessons l LEFT JOIN learning_lesson_completions lc ON lc.content_id = l.content_id AND lc.person_id = ${me.personId}
         WHERE l.course_id = ${id} ORDER BY l.position`,
  );
  return { ...present(c), lessons: lessons.map((l) => ({ ...l, completed: l.completedAt != null })) };
}
