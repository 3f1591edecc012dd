import { sql, type SQL } from 'drizzle-orm';
import { inScope, type Scope } from '../../kernel/access/scope.js';

/** Courses a manager may see (alias k): owned inside the scope, or owned by an ancestor (a committee course they may assign). */
export function readableCourse(scope: Scope): SQL {
  if (scope.paths.length === 0) return sql`false`;
  const ancestors = scope.paths.map((p) => sql`${p} LIKE k.org_path || '%'`);
  return sql`(${inScope(sql`k.org_path`, scope)} OR ${sql.join(ancestors, sql` OR `)})`;
}

/** Courses a member at `orgPath` takes (alias k): required ones assigned to their subtree, lifelong ones of their owner's subtree. */
export function courseForMember(orgPath: string): SQL {
  return sql`k.status = 'published' AND (
    (k.kind = 'required' AND EXISTS (SELECT 1 FROM learning_course_assignments a WHERE a.course_id = k.id AND ${orgPath} LIKE a.org_path || '%'))
    OR (k.kind = 'lifelong' AND ${orgPath} LIKE k.org_path || '%'))`;
}

/** Lessons of course `courseId` the person `personId` has completed (a number expression). */
export function lessonsDone(courseId: SQL, personId: SQL): SQL {
  return sql`(SELECT count(*) FROM learning_course_lessons l JOIN learning_lesson_completions lc ON lc.content_id = l.content_id AND lc.person_id = ${personId} WHERE l.course_id = ${courseId})`;
}

export const lessonCount = (courseId: SQL): SQL => sql`(SELECT count(*) FROM learning_course_lessons l WHERE l.course_id = ${courseId})`;
