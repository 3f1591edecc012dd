import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { evidenceOut, milestoneOut, taskOut } from './tasks.responses.js';

export type TaskOut = z.infer<typeof taskOut>;
type MilestoneOut = z.infer<typeof milestoneOut>;
type EvidenceOut = z.infer<typeof evidenceOut>;

const intArray = (ids: number[]) => sql`${`{${ids.join(',')}}`}::int[]`;
const today = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;

export const evidenceUrl = (id: number) => `/api/v1/squad-evidence/${id}`;

/** Evidence rows of the given tasks, milestones or innovations (one of the three columns). */
export async function evidenceOf(db: Db, column: 'task_id' | 'milestone_id' | 'innovation_id', ids: number[]) {
  if (ids.length === 0) return new Map<number, EvidenceOut[]>();
  const found = await rows<Omit<EvidenceOut, 'url'> & { owner: number }>(
    db,
    sql`SELECT e.id, e.mime, e.size::int AS size, e.original_name AS "originalName", e.caption, a.display_name AS "uploadedByName", e.created_at AS "createdAt",
               e.${sql.raw(column)} AS owner
          FROM squad_evidence e LEFT JOIN accounts a ON a.id = e.uploaded_by WHERE e.${sql.raw(column)} = ANY(${intArray(ids)}) ORDER BY e.id`,
  );
  const byOwner = new Map<number, EvidenceOut[]>();
  for (const { owner, ...e } of found) byOwner.set(Number(owner), [...(byOwner.get(Number(owner)) ?? []), { ...e, url: evidenceUrl(e.id) }]);
  return byOwner;
}

const milestoneColumns = sql`ms.id, ms.task_id AS "taskId", ms.seq, ms.title, ms.due_on::text AS "dueOn", ms.status, ms.done_at AS "doneAt",
  da.display_name AS "doneByName", ms.on_time AS "onTime", (ms.status = 'open' AND ms.due_on < ${today}) AS overdue`;
const milestoneFrom = sql`FROM squad_milestones ms LEFT JOIN accounts da ON da.id = ms.done_by`;

/** Milestones with their evidence, by a condition on `ms` (and `t`, the task, joined). */
export async function milestonesWhere<T extends object = object>(db: Db, where: SQL, extra: SQL = sql``): Promise<Array<MilestoneOut & T>> {
  const found = await rows<Omit<MilestoneOut, 'evidence'> & T>(db, sql`SELECT ${milestoneColumns} ${extra} ${milestoneFrom} JOIN squad_tasks t ON t.id = ms.task_id WHERE ${where} ORDER BY ms.due_on, ms.seq, ms.id`);
  const evidence = await evidenceOf(db, 'milestone_id', found.map((m) => m.id));
  return found.map((m) => ({ ...m, evidence: evidence.get(m.id) ?? [] }));
}

/** Tasks (alias t, squad s) matching `where`, each with its owners, milestones and evidence. */
export async function tasksWhere(db: Db, where: SQL): Promise<TaskOut[]> {
  const tasks = await rows<Omit<TaskOut, 'owners' | 'milestones' | 'evidence'>>(
    db,
    sql`SELECT t.id, t.squad_id AS "squadId", s.name AS "squadName", t.title, t.description, t.difficulty::int AS difficulty, t.due_on::text AS "dueOn", t.status,
               t.submitted_at AS "submittedAt", t.return_reason AS "returnReason", t.returned_at AS "returnedAt", t.accepted_at AS "acceptedAt",
               t.done_at AS "doneAt", t.on_time AS "onTime", t.created_at AS "createdAt"
          FROM squad_tasks t JOIN squads s ON s.id = t.squad_id WHERE ${where} ORDER BY t.due_on, t.id`,
  );
  const ids = tasks.map((t) => t.id);
  if (ids.length === 0) return [];
  const [owners, milestones, evidence] = await Promise.all([
    rows<{ taskId: number; personId: number; name: string }>(db, sql`SELECT o.task_id AS "taskId", o.person_id AS "personId", p.name FROM squad_task_owners o JOIN people p ON p.id = o.person_id WHERE o.task_id = ANY(${intArray(ids)}) ORDER BY p.name, p.id`),
    milestonesWhere(db, sql`ms.task_id = ANY(${intArray(ids)})`),
    evidenceOf(db, 'task_id', ids),
  ]);
  return tasks.map((t) => ({
    ...t,
    owners: owners.filter((o) => o.taskId === t.id).map(({ personId, name }) => ({ personId, name })),
    milestones: milestones.filter((m) => m.taskId === t.id),
    evidence: evidence.get(t.id) ?? [],
  }));
}

export async function taskById(db: Db, id: number): Promise<TaskOut | null> {
  const [t] = await tasksWhere(db, sql`t.id = ${id}`);
  return t ?? null;
}
