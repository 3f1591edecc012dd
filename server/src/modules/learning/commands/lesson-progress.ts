import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { courseForMember } from '../courses.access.js';

/**
 * Records that a person finished a content item (any course holding it counts it) and publishes
 * 'learning.course_completed' for each course this finished. Both inserts are keyed, so a redelivered
 * event changes nothing and publishes nothing.
 */
export async function recordLessonCompleted(ctx: ModuleContext, personId: number, contentId: number) {
  const { db } = ctx;
  await db.execute(sql`INSERT INTO learning_lesson_completions (person_id, content_id) VALUES (${personId}, ${contentId}) ON CONFLICT DO NOTHING`);
  const [me] = await rows<{ path: string }>(db, sql`SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${personId}`);
  if (!me) return [];
  const done = await rows<{ courseId: number; kind: 'required' | 'lifelong' }>(
    db,
    sql`INSERT INTO learning_course_completions (person_id, course_id)
        SELECT ${personId}, k.id FROM learning_courses k
         WHERE k.id IN (SELECT course_id FROM learning_course_lessons WHERE content_id = ${contentId}) AND ${courseForMember(me.path)}
           AND NOT EXISTS (SELECT 1 FROM learning_course_lessons l WHERE l.course_id = k.id
                 AND NOT EXISTS (SELECT 1 FROM learning_lesson_completions c WHERE c.person_id = ${personId} AND c.content_id = l.content_id))
        ON CONFLICT DO NOTHING
        RETURNING course_id AS "courseId", (SELECT kind FROM learning_courses WHERE id = course_id) AS kind`,
  );
  for (const c of done) await ctx.events.publish('learning.course_completed', { personId, courseId: c.courseId, kind: c.kind });
  return done;
}
