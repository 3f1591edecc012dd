import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { award } from '../../../kernel/points/points.service.js';
import { registerAwardable } from '../../../kernel/points/awardable.js';
import { registerReplay } from '../../../kernel/points/replay.js';

/** The rules' name for an accepted hard task; the bus only says that a task changed. */
export const TASK_ACCEPTED = 'squads.task_accepted';

const taskKey = (taskId: number) => `squad_task:${taskId}`;

// Each owner of an accepted task, at its acceptance: what the subscriber below awards when the task is accepted.
registerReplay(
  TASK_ACCEPTED,
  {
    query: sql`SELECT t.accepted_at AS occurred_at, jsonb_build_object('taskId', t.id, 'personId', o.person_id) AS payload
                 FROM squad_tasks t JOIN squad_task_owners o ON o.task_id = t.id WHERE t.status = 'accepted' AND t.accepted_at IS NOT NULL`,
  },
  (p: { taskId: number; personId: number }) => [{ personId: p.personId, key: taskKey(p.taskId) }],
);

/** Every owner of a hard task earns the rules' points once when the organisation accepts it (验收通过). */
export function awardAcceptedTasks(ctx: ModuleContext) {
  registerAwardable(TASK_ACCEPTED, { zh: '攻坚任务验收通过（每位负责人）', en: 'A hard task is accepted (each owner)' });
  ctx.events.on('squads.task_changed', async (p) => {
    if (p.change !== 'accepted') return;
    const owners = await rows<{ person_id: number }>(ctx.db, sql`SELECT person_id FROM squad_task_owners WHERE task_id = ${p.taskId} ORDER BY person_id`);
    for (const o of owners) await award(ctx.db, { event: TASK_ACCEPTED, personId: o.person_id, idempotencyKey: taskKey(p.taskId) });
  });
}
