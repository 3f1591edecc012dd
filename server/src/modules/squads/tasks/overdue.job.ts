import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { notifyPeople } from '../../../kernel/notifications/notify.js';

export const OVERDUE_JOB = 'squads.overdue_milestones';

/**
 * Tells each active squad's leader, once per milestone, of milestones past their due day (Asia/Shanghai) and still open.
 * overdue_notified_at is set in the same statement that picks the rows (SKIP LOCKED), so concurrent runs never notify twice.
 */
export async function notifyOverdueMilestones(ctx: ModuleContext) {
  return transaction(ctx.db, async (tx) => {
    const due = await rows<{ id: number; title: string; due_on: string; task_id: number }>(
      tx,
      sql`UPDATE squad_milestones SET overdue_notified_at = now()
           WHERE id IN (SELECT ms.id FROM squad_milestones ms JOIN squad_tasks t ON t.id = ms.task_id JOIN squads s ON s.id = t.squad_id
                         WHERE ms.status = 'open' AND ms.overdue_notified_at IS NULL AND ms.due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date
                           AND t.status <> 'accepted' AND s.status = 'active' AND s.leader_person_id IS NOT NULL
                         FOR UPDATE OF ms SKIP LOCKED)
           RETURNING id, title, due_on::text AS due_on, task_id`,
    );
    if (due.length === 0) return 0;
    const leaders = await rows<{ task_id: number; task_title: string; leader: number }>(
      tx,
      sql`SELECT t.id AS task_id, t.title AS task_title, s.leader_person_id AS leader FROM squad_tasks t JOIN squads s ON s.id = t.squad_id
           WHERE t.id = ANY(${`{${[...new Set(due.map((d) => d.task_id))].join(',')}}`}::int[])`,
    );
    for (const m of due) {
      const l = leaders.find((x) => x.task_id === m.task_id)!;
      await notifyPeople(tx, [Number(l.leader)], { kind: 'squad_milestone_overdue', title: `里程碑逾期：${m.title}`, body: `攻坚任务「${l.task_title}」的里程碑「${m.title}」已过截止日 ${m.due_on}，请督促完成。`, link: '/m/squad/tasks' });
    }
    return due.length;
  });
}

export function squadsCoreJobs(ctx: ModuleContext) {
  return { [OVERDUE_JOB]: () => notifyOverdueMilestones(ctx).then(() => undefined) };
}
