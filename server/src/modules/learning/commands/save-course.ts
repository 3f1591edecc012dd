import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { publishedForOrg } from '../../content/index.js';
import { orgInScope, pgArray } from './save-question.js';
import type { CreateCourseBody, UpdateCourseBody } from '../courses.dto.js';
import type { CourseRow } from '../courses.queries.js';

/** The lessons in the given order, each a published item members of the owner organisation may read. */
async function lessonsFor(db: Db, ownerPath: string, ids: number[]) {
  const found = await publishedForOrg(db, ownerPath, { ids, page: 1, pageSize: ids.length });
  const byId = new Map(found.items.map((i) => [i.id, i]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) throw new AppError('validation_failed', [{ field: `lessonIds.${missing}`, message: 'not a published content item open to this organisation' }]);
  return ids.map((id) => byId.get(id)!);
}

async function writeLessons(tx: Db, courseId: number, lessons: Awaited<ReturnType<typeof lessonsFor>>) {
  await tx.execute(sql`DELETE FROM learning_course_lessons WHERE course_id = ${courseId}`);
  for (const [i, l] of lessons.entries()) {
    await tx.execute(sql`INSERT INTO learning_course_lessons (course_id, content_id, position, title, content_kind) VALUES (${courseId}, ${l.id}, ${i + 1}, ${l.title}, ${l.kind})`);
  }
}

export async function createCourse(db: Db, req: FastifyRequest, scope: Scope, body: CreateCourseBody): Promise<number> {
  const org = await orgInScope(db, scope, body.orgId);
  const lessons = await lessonsFor(db, org.path, body.lessonIds);
  const tags = [...new Set(body.tags)];
  return transaction(db, async (tx) => {
    const [{ id }] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO learning_courses (title, description, kind, tags, status, org_id, org_path, created_by)
          VALUES (${body.title}, ${body.description}, ${body.kind}, ${pgArray(tags)}::text[], ${body.status}, ${org.id}, ${org.path}, ${req.auth?.accountId ?? null}) RETURNING id`,
    );
    await writeLessons(tx, id, lessons);
    await audit(tx, req, { action: 'learning.course_create', entity: 'learning_course', entityId: id, orgId: org.id, orgPath: org.path, summary: body.title, after: { ...body, tags } });
    return id;
  });
}

export async function updateCourse(db: Db, req: FastifyRequest, before: CourseRow & { lessons: { contentId: number }[] }, body: UpdateCourseBody) {
  const lessons = body.lessonIds ? await lessonsFor(db, before.orgPath, body.lessonIds) : null;
  if (body.kind === 'lifelong' && before.kind === 'required' && Number(before.assignmentCount) > 0) {
    throw new AppError('validation_failed', [{ field: 'kind', message: 'remove the assignments before turning a required course into a lifelong one' }]);
  }
  await transaction(db, async (tx) => {
    await tx.execute(sql`UPDATE learning_courses SET title = coalesce(${body.title ?? null}, title), description = coalesce(${body.description ?? null}, description),
      kind = coalesce(${body.kind ?? null}, kind), status = coalesce(${body.status ?? null}, status),
      tags = ${body.tags ? sql`${pgArray([...new Set(body.tags)])}::text[]` : sql`tags`}, updated_at = now() WHERE id = ${before.id}`);
    if (lessons) await writeLessons(tx, before.id, lessons);
    const old = { ...before, lessonIds: before.lessons.map((l) => l.contentId) } as Record<string, unknown>;
    await audit(tx, req, { action: 'learning.course_update', entity: 'learning_course', entityId: before.id, orgId: before.orgId, orgPath: before.orgPath, summary: before.title, ...diff(old, body as Record<string, unknown>) });
  });
}
