import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { AppError } from '../../../kernel/errors.js';
import { transaction, type Db } from '../../../kernel/db/client.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { loadSquad, squadInScope, squadScope } from '../squads.access.js';
import { addMilestoneBody, createTaskBody, idParams, reasonBody, taskListQuery, updateMilestoneBody, updateTaskBody } from './tasks.dto.js';
import { taskById, tasksWhere } from './tasks.queries.js';
import { acceptTask, addMilestone, createTask, lockMilestone, lockTaskInScope, reopenMilestone, returnTask, submitTask, updateMilestone, updateTask, type MilestoneRow, type TaskRow } from './task-commands.js';
import { taskListOut, taskOut } from './tasks.responses.js';

const tags = ['squads'];

/** Hard tasks on the supervising organisation's side: assign, edit, milestones, accept or return, reopen a milestone. */
export function tasksRoutes(app: App, ctx: ModuleContext) {
  const { db, events } = ctx;
  const read = { access: { permission: 'squads.read' } } as const;
  const write = { access: { permission: 'squads.write' } } as const;
  const writeScope = (req: FastifyRequest) => squadScope(requireAuth(req.auth), 'squads.write');

  const answer = async (id: number) => (await taskById(db, id))!;
  /** A command on a task of the caller's write scope, in one transaction; answers the task after it. */
  async function onTask(req: FastifyRequest, id: number, fn: (tx: Db, t: TaskRow) => Promise<unknown>, change: 'updated' | 'submitted' | 'accepted' | 'returned') {
    const t = await transaction(db, async (tx) => {
      const task = await lockTaskInScope(tx, writeScope(req), id);
      await fn(tx, task);
      return task;
    });
    await events.publish('squads.task_changed', { squadId: t.squad_id, taskId: id, change });
    return answer(id);
  }

  app.get('/api/v1/squads/:id/tasks', { config: read, schema: { tags, summary: '攻坚任务看板（含里程碑与佐证）', params: idParams, querystring: taskListQuery, response: { 200: taskListOut } } }, async (req) => {
    await loadSquad(db, squadScope(requireAuth(req.auth), 'squads.read'), req.params.id);
    return { items: await tasksWhere(db, sql`t.squad_id = ${req.params.id} ${req.query.status ? sql`AND t.status = ${req.query.status}` : sql``}`) };
  });

  app.post('/api/v1/squads/:id/tasks', { config: write, schema: { tags, summary: '布置攻坚任务', params: idParams, body: createTaskBody, response: { 201: taskOut } } }, async (req, reply) => {
    const id = await transaction(db, async (tx) => createTask(tx, req, await loadSquad(tx, writeScope(req), req.params.id, { lock: true }), req.body));
    await events.publish('squads.task_changed', { squadId: req.params.id, taskId: id, change: 'created' });
    return reply.status(201).send(await answer(id));
  });

  app.get('/api/v1/squad-tasks/:id', { config: read, schema: { tags, summary: '攻坚任务详情', params: idParams, response: { 200: taskOut } } }, async (req) => {
    const [t] = await tasksWhere(db, sql`t.id = ${req.params.id} AND ${squadInScope(squadScope(requireAuth(req.auth), 'squads.read'))}`);
    if (!t) throw new AppError('not_found');
    return t;
  });

  app.patch('/api/v1/squad-tasks/:id', { config: write, schema: { tags, summary: '修改攻坚任务（未提交或被退回时）', params: idParams, body: updateTaskBody, response: { 200: taskOut } } }, async (req) =>
    onTask(req, req.params.id, (tx, t) => updateTask(tx, req, t, req.body), 'updated'),
  );

  app.post('/api/v1/squad-tasks/:id/milestones', { config: write, schema: { tags, summary: '增加里程碑', params: idParams, body: addMilestoneBody, response: { 201: taskOut } } }, async (req, reply) =>
    reply.status(201).send(await onTask(req, req.params.id, (tx, t) => addMilestone(tx, req, t, req.body), 'updated')),
  );

  app.post('/api/v1/squad-tasks/:id/submit', { config: write, schema: { tags, summary: '代为提交验收（里程碑须全部完成）', params: idParams, response: { 200: taskOut } } }, async (req) =>
    onTask(req, req.params.id, (tx, t) => submitTask(tx, req, t), 'submitted'),
  );

  app.post('/api/v1/squad-tasks/:id/accept', { config: write, schema: { tags, summary: '验收通过', params: idParams, response: { 200: taskOut } } }, async (req) =>
    onTask(req, req.params.id, (tx, t) => acceptTask(tx, req, t), 'accepted'),
  );

  app.post('/api/v1/squad-tasks/:id/return', { config: write, schema: { tags, summary: '退回（须说明理由）', params: idParams, body: reasonBody, response: { 200: taskOut } } }, async (req) =>
    onTask(req, req.params.id, (tx, t) => returnTask(tx, req, t, req.body.reason), 'returned'),
  );

  /** A milestone of a task in the caller's write scope: the command, then the task as it is after it. */
  async function onMilestone(req: FastifyRequest, id: number, fn: (tx: Db, t: TaskRow, m: MilestoneRow) => Promise<unknown>, change: 'updated' | 'milestone_reopened') {
    const t = await transaction(db, async (tx) => {
      const { task, milestone } = await lockMilestone(tx, id, (taskId) => lockTaskInScope(tx, writeScope(req), taskId));
      await fn(tx, task, milestone);
      return task;
    });
    await events.publish('squads.task_changed', { squadId: t.squad_id, taskId: t.id, change });
    return answer(t.id);
  }

  app.patch('/api/v1/squad-milestones/:id', { config: write, schema: { tags, summary: '修改里程碑（未完成时）', params: idParams, body: updateMilestoneBody, response: { 200: taskOut } } }, async (req) =>
    onMilestone(req, req.params.id, (tx, t, m) => updateMilestone(tx, req, t, m, req.body), 'updated'),
  );

  app.post('/api/v1/squad-milestones/:id/reopen', { config: write, schema: { tags, summary: '重新打开已完成的里程碑（须说明理由；已提交的任务随之退回）', params: idParams, body: reasonBody, response: { 200: taskOut } } }, async (req) =>
    onMilestone(req, req.params.id, (tx, t, m) => reopenMilestone(tx, req, t, m, req.body.reason), 'milestone_reopened'),
  );
}
