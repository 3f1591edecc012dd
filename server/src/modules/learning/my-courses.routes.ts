import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError } from '../../kernel/errors.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { learnerOf } from './learning.access.js';
import { idParams } from './learning.dto.js';
import { myCoursesQuery } from './courses.dto.js';
import { myCourse, myCourses } from './my-courses.queries.js';
import { myCourseDetailOut, myCoursePage } from './learning.responses.js';

const tags = ['learning'];
const access = { permission: 'learning.study' };

/** Members: the courses they take, with progress; lessons are read through content's reading pages. */
export function myCoursesRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  app.get('/api/v1/learning/me/courses', { config: { access }, schema: { tags, summary: '我的课程（含进度）', querystring: myCoursesQuery, response: { 200: myCoursePage } } }, async (req) =>
    myCourses(db, await learnerOf(db, requireAuth(req.auth)), req.query),
  );

  app.get('/api/v1/learning/me/courses/:id', { config: { access }, schema: { tags, summary: '课程学习（课时与完成情况）', params: idParams, response: { 200: myCourseDetailOut } } }, async (req) => {
    const c = await myCourse(db, await learnerOf(db, requireAuth(req.auth)), req.params.id);
    if (!c) throw new AppError('not_found');
    return c;
  });
}
