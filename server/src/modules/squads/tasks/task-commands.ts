import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import type { AuditAction } from '../../../../../common/audit-actions/index.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { assertActive, squadInScope, type SquadRow } from '../squads.access.js';
import type { TaskStatus } from '../squad-work.schema.js';
import type { addMilestoneBody, createTaskBody, updateMilestoneBody, updateTaskBody } from './tasks.dto.js';

/**
 * Hard tasks and their milestones. State machines (README): task open → submitted → accepted | returned → submitted …,
 * accepted is final; milestone open → done (a member, with evidence) → open (the organisation reopens, task not accepted).
 * Every command runs in the caller's transaction with the task row locked, and audits there.
 */

export interface TaskRow {
  id: number;
  squad_id: number;
  title: string;
  status: TaskStatus;
  due_on: string;
  submitted_at: string | Date | null;
  org_id: number;
  org_path: string;
  squad_status: string;
}

const taskSelect = sql`SELECT t.id, t.squad_id, t.title, t.status, t.due_on::text AS due_on, t.submitted_at, s.org_id, s.org_path, s.status AS squad_status
  FROM squad_tasks t JOIN squads s ON s.id = t.squad_id`;

/** The task, if its squad lies in the scope (404 otherwise), locked. */
export async function lockTaskInScope(tx: Db, scope: Scope, id: number): Promise<TaskRow> {
  const [t] = await rows<TaskRow>(tx, sql`${taskSelect} WHERE t.id = ${id} AND ${squadInScope(scope)} FOR UPDATE OF t`);
  if (!t) throw new AppError('not_found');
  return t;
}

/** The task, if it belongs to the squad `squadId` (the caller's own squad), locked. */
export async function lockTaskOfSquad(tx: Db, squadId: number, id: number): Promise<TaskRow> {
  const [t] = await rows<TaskRow>(tx, sql`${taskSelect} WHERE t.id = ${id} AND t.squad_id = ${squadId} FOR UPDATE OF t`);
  if (!t) throw new AppError('not_found');
  return t;
}

const illegal = (from: string, to: string) => new AppError('invalid_transition', { from, to });
const logTask = (tx: Db, req: FastifyRequest, t: Pick<TaskRow, 'id' | 'org_id' | 'org_path' | 'title'>, action: AuditAction, extra: { summary?: string; before?: unknown; after?: unknown } = {}) =>
  audit(tx, req, { action, entity: 'squad_task', entityId: t.id, orgId: t.org_id, orgPath: t.org_path, summary: extra.summary ?? t.title, before: extra.before, after: extra.after });

/** Owners must be active members of the squad. */
async function assertOwners(tx: Db, squadId: number, personIds: number[]) {
  if (personIds.length === 0) return;
  const found = await rows<{ person_id: number }>(tx, sql`SELECT person_id FROM squad_members WHERE squad_id = ${squadId} AND status = 'active' AND person_id = ANY(${`{${personIds.join(',')}}`}::int[])`);
  const ok = new Set(found.map((f) => Number(f.person_id)));
  const bad = personIds.map((id, i) => ({ id, i })).filter((x) => !ok.has(x.id));
  if (bad.length) throw new AppError('validation_failed', bad.map((b) => ({ field: `ownerPersonIds.${b.i}`, message: 'not an active member of the squad' })));
}

async function setOwners(tx: Db, taskId: number, personIds: number[]) {
  await tx.execute(sql`DELETE FROM squad_task_owners WHERE task_id = ${taskId}`);
  if (personIds.length) await tx.execute(sql`INSERT INTO squad_task_owners (task_id, person_id) SELECT ${taskId}, unnest(${`{${personIds.join(',')}}`}::int[])`);
}

export async function createTask(tx: Db, req: FastifyRequest, squad: SquadRow, input: z.infer<typeof createTaskBody>) {
  assertActive(squad);
  await assertOwners(tx, squad.id, input.ownerPersonIds);
  const [t] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO squad_tasks (squad_id, title, description, difficulty, due_on, created_by)
        VALUES (${squad.id}, ${input.title}, ${input.description}, ${input.difficulty}, ${input.dueOn}, ${req.auth?.accountId ?? null}) RETURNING id`,
  );
  await setOwners(tx, t.id, input.ownerPersonIds);
  for (const [i, m] of input.milestones.entries()) await tx.execute(sql`INSERT INTO squad_milestones (task_id, seq, title, due_on) VALUES (${t.id}, ${i + 1}, ${m.title}, ${m.dueOn})`);
  await logTask(tx, req, { id: t.id, org_id: squad.org_id, org_path: squad.org_path, title: input.title }, 'squads.task_create', { after: input });
  return t.id;
}

/** Edits while the task is open or returned (a submitted task waits for the decision; an accepted one is final). */
export async function updateTask(tx: Db, req: FastifyRequest, t: TaskRow, input: z.infer<typeof updateTaskBody>) {
  if (t.status === 'accepted' || t.status === 'submitted') throw illegal(t.status, 'edit');
  if (input.ownerPersonIds) await assertOwners(tx, t.squad_id, input.ownerPersonIds);
  if (input.dueOn) {
    const [late] = await rows<{ id: number }>(tx, sql`SELECT id FROM squad_milestones WHERE task_id = ${t.id} AND due_on > ${input.dueOn} LIMIT 1`);
    if (late) throw new AppError('validation_failed', [{ field: 'dueOn', message: 'a milestone is due after this day' }]);
  }
  const [before] = await rows<Record<string, unknown>>(tx, sql`SELECT title, description, difficulty, due_on::text AS "dueOn" FROM squad_tasks WHERE id = ${t.id}`);
  await tx.execute(
    sql`UPDATE squad_tasks SET title = coalesce(${input.title ?? null}, title), description = coalesce(${input.description ?? null}, description),
          difficulty = coalesce(${input.difficulty ?? null}::smallint, difficulty), due_on = coalesce(${input.dueOn ?? null}::date, due_on), updated_at = now()
        WHERE id = ${t.id}`,
  );
  if (input.ownerPersonIds) await setOwners(tx, t.id, input.ownerPersonIds);
  await logTask(tx, req, t, 'squads.task_update', diff(before, input));
}

export async function addMilestone(tx: Db, req: FastifyRequest, t: TaskRow, input: z.infer<typeof addMilestoneBody>) {
  if (t.status === 'accepted') throw illegal(t.status, 'edit');
  if (input.dueOn > t.due_on) throw new AppError('validation_failed', [{ field: 'dueOn', message: 'the milestone is due after the task' }]);
  const [m] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO squad_milestones (task_id, seq, title, due_on)
        VALUES (${t.id}, (SELECT coalesce(max(seq), 0) + 1 FROM squad_milestones WHERE task_id = ${t.id}), ${input.title}, ${input.dueOn}) RETURNING id`,
  );
  await logTask(tx, req, t, 'squads.milestone_add', { after: { milestoneId: m.id, ...input } });
  return m.id;
}

export interface MilestoneRow {
  id: number;
  task_id: number;
  title: string;
  status: 'open' | 'done';
  due_on: string;
}

/** The milestone and its task (locked, task first), when `taskOf` admits the task. */
export async function lockMilestone(tx: Db, id: number, taskOf: (taskId: number) => Promise<TaskRow>) {
  const [ref] = await rows<{ task_id: number }>(tx, sql`SELECT task_id FROM squad_milestones WHERE id = ${id}`);
  if (!ref) throw new AppError('not_found');
  const task = await taskOf(Number(ref.task_id));
  const [m] = await rows<MilestoneRow>(tx, sql`SELECT id, task_id, title, status, due_on::text AS due_on FROM squad_milestones WHERE id = ${id} FOR UPDATE`);
  return { task, milestone: m };
}

export async function updateMilestone(tx: Db, req: FastifyRequest, task: TaskRow, m: MilestoneRow, input: z.infer<typeof updateMilestoneBody>) {
  if (task.status === 'accepted' || m.status !== 'open') throw illegal(m.status, 'edit');
  if (input.dueOn && input.dueOn > task.due_on) throw new AppError('validation_failed', [{ field: 'dueOn', message: 'the milestone is due after the task' }]);
  await tx.execute(sql`UPDATE squad_milestones SET title = coalesce(${input.title ?? null}, title), due_on = coalesce(${input.dueOn ?? null}::date, due_on) WHERE id = ${m.id}`);
  await logTask(tx, req, task, 'squads.milestone_update', { before: { milestoneId: m.id, title: m.title, dueOn: m.due_on }, after: input });
}

/** open → done by an active member of the squad; the evidence row is written by the caller in the same transaction. */
export async function markMilestoneDone(tx: Db, req: FastifyRequest, task: TaskRow, m: MilestoneRow) {
  if (task.squad_status !== 'active') throw illegal(task.squad_status, 'done');
  if (task.status === 'accepted') throw illegal(task.status, 'done');
  if (m.status !== 'open') throw illegal(m.status, 'done');
  const now = new Date();
  const onTime = shanghaiDay(now) <= m.due_on;
  await tx.execute(sql`UPDATE squad_milestones SET status = 'done', done_at = ${now.toISOString()}::timestamptz, done_by = ${req.auth?.accountId ?? null}, on_time = ${onTime} WHERE id = ${m.id}`);
  await logTask(tx, req, task, 'squads.milestone_done', { summary: m.title, after: { milestoneId: m.id, onTime } });
  return onTime;
}

/**
 * done → open by the organisation while the task is not accepted. Reopening a milestone of a submitted task returns
 * the task with the same reason (its work is not complete any more).
 */
export async function reopenMilestone(tx: Db, req: FastifyRequest, task: TaskRow, m: MilestoneRow, reason: string) {
  if (task.status === 'accepted') throw illegal(task.status, 'reopen');
  if (m.status !== 'done') throw illegal(m.status, 'open');
  await tx.execute(sql`UPDATE squad_milestones SET status = 'open', done_at = NULL, done_by = NULL, on_time = NULL WHERE id = ${m.id}`);
  if (task.status === 'submitted') {
    await tx.execute(sql`UPDATE squad_tasks SET status = 'returned', return_reason = ${reason}, returned_by = ${req.auth?.accountId ?? null}, returned_at = now(), updated_at = now() WHERE id = ${task.id}`);
  }
  await logTask(tx, req, task, 'squads.milestone_reopen', { summary: `${m.title}：${reason}`, after: { milestoneId: m.id, reason, taskReturned: task.status === 'submitted' } });
}

/** open | returned → submitted, once every milestone is done. */
export async function submitTask(tx: Db, req: FastifyRequest, t: TaskRow) {
  if (t.status !== 'open' && t.status !== 'returned') throw illegal(t.status, 'submitted');
  const open = await rows<{ id: number; title: string }>(tx, sql`SELECT id, title FROM squad_milestones WHERE task_id = ${t.id} AND status = 'open' ORDER BY seq`);
  if (open.length) throw new AppError('invalid_transition', { from: t.status, to: 'submitted', message: 'milestones still open', openMilestones: open.map((m) => m.id) });
  await tx.execute(sql`UPDATE squad_tasks SET status = 'submitted', submitted_by = ${req.auth?.accountId ?? null}, submitted_at = now(), updated_at = now() WHERE id = ${t.id}`);
  await logTask(tx, req, t, 'squads.task_submit');
}

/** submitted → accepted: done_at is the accepted submission, on_time its Asia/Shanghai day against the due day. */
export async function acceptTask(tx: Db, req: FastifyRequest, t: TaskRow) {
  if (t.status !== 'submitted') throw illegal(t.status, 'accepted');
  const [open] = await rows<{ id: number }>(tx, sql`SELECT id FROM squad_milestones WHERE task_id = ${t.id} AND status = 'open' LIMIT 1`);
  if (open) throw new AppError('invalid_transition', { from: t.status, to: 'accepted', message: 'milestones still open' });
  const doneAt = new Date(t.submitted_at!);
  const onTime = shanghaiDay(doneAt) <= t.due_on;
  await tx.execute(
    sql`UPDATE squad_tasks SET status = 'accepted', accepted_by = ${req.auth?.accountId ?? null}, accepted_at = now(), done_at = submitted_at, on_time = ${onTime}, updated_at = now() WHERE id = ${t.id}`,
  );
  await logTask(tx, req, t, 'squads.task_accept', { after: { doneAt: doneAt.toISOString(), onTime } });
  return onTime;
}

/** submitted → returned, with the reason. */
export async function returnTask(tx: Db, req: FastifyRequest, t: TaskRow, reason: string) {
  if (t.status !== 'submitted') throw illegal(t.status, 'returned');
  await tx.execute(sql`UPDATE squad_tasks SET status = 'returned', return_reason = ${reason}, returned_by = ${req.auth?.accountId ?? null}, returned_at = now(), updated_at = now() WHERE id = ${t.id}`);
  await logTask(tx, req, t, 'squads.task_return', { summary: `${t.title}：${reason}`, after: { reason } });
}
