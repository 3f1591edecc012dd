import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { rows } from '../../kernel/db/client.js';
import { audit } from '../../kernel/audit/audit.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import { publishedForOrg } from '../content/index.js';
import { idParams } from './learning.dto.js';
import { assignCourseBody, assignmentParams, candidatesQuery, completionQuery, courseListQuery, createCourseBody, unfinishedQuery, updateCourseBody } from './courses.dto.js';
import { getCourse, listCourses } from './courses.queries.js';
import { courseCompletion, unfinishedPeople, type OrgRef } from './course-progress.queries.js';
import { createCourse, updateCourse } from './commands/save-course.js';
import { assignCourse, unassignCourse } from './commands/assign-course.js';
import { orgInScope } from './commands/save-question.js';
import { courseCompletionOut, courseDetailOut, coursePage, lessonCandidatePage, unfinishedPage } from './learning.responses.js';

const tags = ['learning'];
const manage = { permission: 'learning.courses_manage' };

/** Admins: courses of lessons, required-course assignments with deadlines, completion per organisation. */
export function coursesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const scope = (req: FastifyRequest) => scopeFor(requireAuth(req.auth), manage.permission);
  const found = async (req: FastifyRequest, id: number) => {
    const c = await getCourse(db, scope(req), id);
    if (!c) throw new AppError('not_found');
    return c;
  };
  const owned = async (req: FastifyRequest, id: number) => {
    const c = await found(req, id);
    if (!c.editable) throw new AppError('forbidden', { message: 'the course belongs to a higher organisation' });
    return c;
  };
  /** The organisation a report is about: the one asked for (inside the scope) or the caller's own scope root. */
  const reportOrg = async (s: Scope, orgId?: number): Promise<OrgRef> => {
    const [org] = orgId
      ? await rows<OrgRef>(db, sql`SELECT id, name, path FROM orgs WHERE id = ${orgId}`)
      : await rows<OrgRef>(db, sql`SELECT id, name, path FROM orgs WHERE path = ${s.paths[0] ?? ''}`);
    if (!org || !pathInScope(org.path, s)) throw new AppError('validation_failed', [{ field: 'orgId', message: 'organisation not found in your scope' }]);
    return org;
  };

  app.get('/api/v1/learning/courses', { config: { access: manage }, schema: { tags, summary: '课程列表（必修课/终身课）', querystring: courseListQuery, response: { 200: coursePage } } }, async (req) => listCourses(db, scope(req), req.query));

  app.post('/api/v1/learning/courses', { config: { access: manage }, schema: { tags, summary: '新建课程（课时为已发布的内容）', body: createCourseBody, response: { 201: courseDetailOut } } }, async (req, reply) => {
    const id = await createCourse(db, req, scope(req), req.body);
    return reply.status(201).send(await found(req, id));
  });

  app.get('/api/v1/learning/courses/:id', { config: { access: manage }, schema: { tags, summary: '课程详情（课时、分配）', params: idParams, response: { 200: courseDetailOut } } }, async (req) => found(req, req.params.id));

  app.patch('/api/v1/learning/courses/:id', { config: { access: manage }, schema: { tags, summary: '修改课程、调整课时、发布或归档', params: idParams, body: updateCourseBody, response: { 200: courseDetailOut } } }, async (req) => {
    await updateCourse(db, req, await owned(req, req.params.id), req.body);
    return found(req, req.params.id);
  });

  app.get('/api/v1/learning/lesson-candidates', { config: { access: manage }, schema: { tags, summary: '可作为课时的已发布内容', querystring: candidatesQuery, response: { 200: lessonCandidatePage } } }, async (req) => {
    const org = await orgInScope(db, scope(req), req.query.orgId);
    return publishedForOrg(db, org.path, req.query);
  });

  app.put('/api/v1/learning/courses/:id/assignments', { config: { access: manage }, schema: { tags, summary: '将必修课分配给组织（含下级）并设定截止时间', params: idParams, body: assignCourseBody, response: { 200: courseDetailOut } } }, async (req) => {
    await assignCourse(db, req, scope(req), await found(req, req.params.id), req.body.orgId, req.body.deadline);
    return found(req, req.params.id);
  });

  app.delete('/api/v1/learning/courses/:id/assignments/:orgId', { config: { access: manage }, schema: { tags, summary: '取消分配', params: assignmentParams, response: { 200: courseDetailOut } } }, async (req) => {
    await unassignCourse(db, req, scope(req), await found(req, req.params.id), req.params.orgId);
    return found(req, req.params.id);
  });

  app.get('/api/v1/learning/courses/:id/completion', { config: { access: manage }, schema: { tags, summary: '完成率（本组织及各下级组织）', params: idParams, querystring: completionQuery, response: { 200: courseCompletionOut } } }, async (req) => {
    const s = scope(req);
    const course = await found(req, req.params.id);
    return { course: { id: course.id, title: course.title }, ...(await courseCompletion(db, s, course.id, await reportOrg(s, req.query.orgId))) };
  });

  app.get('/api/v1/learning/courses/:id/unfinished', { config: { access: manage }, schema: { tags, summary: '未完成人员名单', params: idParams, querystring: unfinishedQuery, response: { 200: unfinishedPage } } }, async (req) => {
    const s = scope(req);
    const course = await found(req, req.params.id);
    const org = await reportOrg(s, req.query.orgId);
    await audit(db, req, { action: 'learning.course_unfinished_read', entity: 'learning_course', entityId: course.id, orgId: org.id, orgPath: org.path, summary: course.title });
    return unfinishedPeople(db, s, course.id, org, req.query);
  });
}
