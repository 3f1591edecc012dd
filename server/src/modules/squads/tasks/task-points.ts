import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { award } from '../../../kernel/points/points.service.js';
import { registerAwardable } from '../../../kernel/points/awardable.js';

/** The rules' name for an accepted hard task; the bus only says that a task changed. */
export const TASK_ACCEPTED = 'squads.task_accepted';

/** Every owner of a hard task earns the rules' points once when the organisation accepts it (验收通过). */
export function awardAcceptedTasks(ctx: ModuleContext) {
  registerAwardable(TASK_ACCEPTED, { zh: '攻坚任务验收通过（每位负责人）', en: 'A hard task is accepted (each owner)' });
  ctx.events.on('squads.task_changed', async (p) => {
    if (p.change !== 'accepted') return;
    const owners = await rows<{ person_id: number }>(ctx.db, sql`SELECT person_id FROM squad_task_owners WHERE task_id = ${p.taskId} ORDER BY person_id`);
    for (const o of owners) await award(ctx.db, { event: TASK_ACCEPTED, personId: o.person_id, idempotencyKey: `squad_task:${p.taskId}` });
  });
}
