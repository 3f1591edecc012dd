import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { orgInScope } from './save-question.js';
import type { CourseRow } from '../courses.queries.js';

/** Assigns a required course to an organisation's subtree (a second call moves the deadline). */
export async function assignCourse(db: Db, req: FastifyRequest, scope: Scope, course: CourseRow, orgId: number, deadline: Date) {
  if (course.kind !== 'required') throw new AppError('validation_failed', [{ field: 'kind', message: 'only required courses (必修课) are assigned' }]);
  if (course.status !== 'published') throw new AppError('invalid_transition', { field: 'status', message: 'publish the course before assigning it' });
  const org = await orgInScope(db, scope, orgId);
  await transaction(db, async (tx) => {
    const [before] = await rows<{ deadline: string }>(tx, sql`SELECT deadline FROM learning_course_assignments WHERE course_id = ${course.id} AND org_id = ${org.id} FOR UPDATE`);
    await tx.execute(sql`INSERT INTO learning_course_assignments (course_id, org_id, org_path, deadline, assigned_by)
      VALUES (${course.id}, ${org.id}, ${org.path}, ${deadline.toISOString()}::timestamptz, ${req.auth?.accountId ?? null})
      ON CONFLICT (course_id, org_id) DO UPDATE SET deadline = EXCLUDED.deadline, org_path = EXCLUDED.org_path, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`);
    await audit(tx, req, {
      action: 'learning.course_assign', entity: 'learning_course', entityId: course.id, orgId: org.id, orgPath: org.path,
      summary: course.title, before: before ? { deadline: before.deadline } : null, after: { orgId: org.id, deadline: deadline.toISOString() },
    });
  });
}

export async function unassignCourse(db: Db, req: FastifyRequest, scope: Scope, course: CourseRow, orgId: number) {
  const org = await orgInScope(db, scope, orgId);
  await transaction(db, async (tx) => {
    const [gone] = await rows<{ deadline: string }>(tx, sql`DELETE FROM learning_course_assignments WHERE course_id = ${course.id} AND org_id = ${org.id} RETURNING deadline`);
    if (!gone) throw new AppError('not_found');
    await audit(tx, req, { action: 'learning.course_unassign', entity: 'learning_course', entityId: course.id, orgId: org.id, orgPath: org.path, summary: course.title, before: { deadline: gone.deadline } });
  });
}
