import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { AppError } from '../../../kernel/errors.js';
import { myMembership, type Membership } from '../squads.access.js';
import { evidenceQuery, idParams, myMilestoneQuery, myTaskQuery } from './tasks.dto.js';
import { milestonesWhere, taskById, tasksWhere } from './tasks.queries.js';
import { lockMilestone, lockTaskOfSquad, markMilestoneDone, submitTask, type MilestoneRow, type TaskRow } from './task-commands.js';
import { documentKinds, insertEvidence, keepingFile, photoKinds, receiveEvidence } from './evidence.js';
import { audit } from '../../../kernel/audit/audit.js';
import { myMilestoneListOut, taskListOut, taskOut } from './tasks.responses.js';

const tags = ['squads'];

/** The member's side of hard tasks (squads.join): my tasks and milestones, mark a milestone done with a photo, evidence, submit. */
export function myTasksRoutes(app: App, ctx: ModuleContext) {
  const { db, env, events } = ctx;
  const join = { access: { permission: 'squads.join' } } as const;
  const me = (req: FastifyRequest) => myMembership(db, requireAuth(req.auth));
  const owns = (personId: number) => sql`EXISTS (SELECT 1 FROM squad_task_owners o WHERE o.task_id = t.id AND o.person_id = ${personId})`;

  app.get('/api/v1/me/squad/tasks', { config: join, schema: { tags, summary: '我的尖刀班的攻坚任务', querystring: myTaskQuery, response: { 200: taskListOut } } }, async (req) => {
    const m = await me(req);
    return { items: await tasksWhere(db, sql`t.squad_id = ${m.squadId} ${req.query.mine ? sql`AND ${owns(m.personId)}` : sql``} ${req.query.status ? sql`AND t.status = ${req.query.status}` : sql``}`) };
  });

  app.get('/api/v1/me/squad/milestones', { config: join, schema: { tags, summary: '我的里程碑（按截止日）', querystring: myMilestoneQuery, response: { 200: myMilestoneListOut } } }, async (req) => {
    const m = await me(req);
    const where = sql`t.squad_id = ${m.squadId} ${req.query.mine ? sql`AND ${owns(m.personId)}` : sql``} ${req.query.status ? sql`AND ms.status = ${req.query.status}` : sql``}`;
    return { items: await milestonesWhere<{ taskTitle: string; taskStatus: TaskRow['status']; mine: boolean }>(db, where, sql`, t.title AS "taskTitle", t.status AS "taskStatus", ${owns(m.personId)} AS mine`) };
  });

  /** A milestone of my squad's task, locked with its task. */
  const myMilestone = (tx: Db, m: Membership, id: number) => lockMilestone(tx, id, (taskId) => lockTaskOfSquad(tx, m.squadId, taskId));

  app.post('/api/v1/me/squad/milestones/:id/done', { config: join, schema: { tags, summary: '完成里程碑（上传现场照片，multipart 字段 file）', params: idParams, querystring: evidenceQuery, consumes: ['multipart/form-data'], response: { 200: taskOut } } }, async (req) => {
    const m = await me(req);
    // Refuse before receiving the file when the milestone is not mine to mark.
    await transaction(db, async (tx) => {
      const { task, milestone } = await myMilestone(tx, m, req.params.id);
      if (milestone.status !== 'open' || task.status === 'accepted') throw new AppError('invalid_transition', { from: milestone.status, to: 'done' });
    });
    const stored = await receiveEvidence(req, env.DATA_DIR, photoKinds);
    const task = await keepingFile(env.DATA_DIR, stored, () =>
      transaction(db, async (tx) => {
        const { task, milestone } = await myMilestone(tx, m, req.params.id);
        await markMilestoneDone(tx, req, task, milestone);
        await insertEvidence(tx, req, { squadId: m.squadId, milestoneId: milestone.id }, stored, req.query.caption ?? '');
        return task;
      }),
    );
    await events.publish('squads.task_changed', { squadId: m.squadId, taskId: task.id, change: 'milestone_done' });
    return (await taskById(db, task.id))!;
  });

  /** More evidence for a milestone or a task of my squad (while the task is not accepted). */
  async function addEvidence(req: FastifyRequest, id: number, caption: string, target: 'milestone' | 'task') {
    const m = await me(req);
    const locate = async (tx: Db): Promise<{ task: TaskRow; milestone?: MilestoneRow }> =>
      target === 'milestone' ? myMilestone(tx, m, id) : { task: await lockTaskOfSquad(tx, m.squadId, id) };
    const check = (task: TaskRow) => {
      if (task.status === 'accepted') throw new AppError('invalid_transition', { from: task.status, to: 'evidence' });
    };
    await transaction(db, async (tx) => check((await locate(tx)).task));
    const stored = await receiveEvidence(req, env.DATA_DIR, target === 'milestone' ? photoKinds : documentKinds);
    const task = await keepingFile(env.DATA_DIR, stored, () =>
      transaction(db, async (tx) => {
        const { task, milestone } = await locate(tx);
        check(task);
        const id = await insertEvidence(tx, req, { squadId: m.squadId, ...(milestone ? { milestoneId: milestone.id } : { taskId: task.id }) }, stored, caption);
        await audit(tx, req, { action: 'squads.evidence_upload', entity: 'squad_task', entityId: task.id, orgId: task.org_id, orgPath: task.org_path, summary: `${stored.mime} ${stored.size} B`, after: { evidenceId: id, milestoneId: milestone?.id ?? null } });
        return task;
      }),
    );
    await events.publish('squads.task_changed', { squadId: m.squadId, taskId: task.id, change: 'evidence' });
    return (await taskById(db, task.id))!;
  }

  app.post('/api/v1/me/squad/milestones/:id/evidence', { config: join, schema: { tags, summary: '补充里程碑照片（multipart 字段 file）', params: idParams, querystring: evidenceQuery, consumes: ['multipart/form-data'], response: { 201: taskOut } } }, async (req, reply) =>
    reply.status(201).send(await addEvidence(req, req.params.id, req.query.caption ?? '', 'milestone')),
  );

  app.post('/api/v1/me/squad/tasks/:id/evidence', { config: join, schema: { tags, summary: '上传任务佐证（图片或 PDF，multipart 字段 file）', params: idParams, querystring: evidenceQuery, consumes: ['multipart/form-data'], response: { 201: taskOut } } }, async (req, reply) =>
    reply.status(201).send(await addEvidence(req, req.params.id, req.query.caption ?? '', 'task')),
  );

  app.post('/api/v1/me/squad/tasks/:id/submit', { config: join, schema: { tags, summary: '提交验收（队长或任务责任人；里程碑须全部完成）', params: idParams, response: { 200: taskOut } } }, async (req) => {
    const m = await me(req);
    const task = await transaction(db, async (tx) => {
      const t = await lockTaskOfSquad(tx, m.squadId, req.params.id);
      if (m.role !== 'leader') {
        const [own] = await rows(tx, sql`SELECT 1 FROM squad_task_owners WHERE task_id = ${t.id} AND person_id = ${m.personId}`);
        if (!own) throw new AppError('forbidden', { message: 'only the leader or an owner of the task may submit it' });
      }
      await submitTask(tx, req, t);
      return t;
    });
    await events.publish('squads.task_changed', { squadId: m.squadId, taskId: task.id, change: 'submitted' });
    return (await taskById(db, task.id))!;
  });
}
