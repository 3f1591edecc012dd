import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { manageScope } from '../assessment.access.js';
import { roundParams } from '../rounds/rounds.dto.js';
import { assignBody, myTasksQuery, rateBody, taskParams } from './raters.dto.js';
import { assignOut, taskListOut, taskOut } from './raters.responses.js';
import { assignRaters } from './raters.commands.js';
import { myTasks, rateTask } from './my-tasks.js';

const tags = ['assessment'];

/** Assigning raters to a round's rated and evidence leaves, and the rater workbench (/me/assessment/tasks). */
export function ratersRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const manage = { access: { permission: 'assessment.manage' } } as const;
  const rate = { access: { permission: 'assessment.rate' } } as const;

  app.post(
    '/api/v1/assessment/rounds/:id/raters',
    { config: manage, schema: { tags, summary: '分配评分人（自动排除本单位、本人等利益冲突）', params: roundParams, body: assignBody, response: { 200: assignOut } } },
    async (req) => assignRaters(ctx, req, manageScope(requireAuth(req.auth)), req.params.id, req.body),
  );

  app.get('/api/v1/me/assessment/tasks', { config: rate, schema: { tags, summary: '我的评分任务（评分工作台）', querystring: myTasksQuery, response: { 200: taskListOut } } }, async (req) =>
    myTasks(db, requireAuth(req.auth).accountId, req.query),
  );

  app.put('/api/v1/me/assessment/tasks/:id', { config: rate, schema: { tags, summary: '提交或修改评分（轮次进行中）', params: taskParams, body: rateBody, response: { 200: taskOut } } }, async (req) => {
    const task = await rateTask(db, req, requireAuth(req.auth).accountId, req.params.id, req.body);
    await ctx.events.publish('assessment.rated', { roundId: task.roundId, taskId: task.id });
    return task;
  });
}
