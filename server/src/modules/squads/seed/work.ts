import type { Random } from '../../../seed/random.js';
import type { squadInnovations, squadMilestones, squadTasks } from '../squad-work.schema.js';
import { addDays, daysBetween, maxDay, minDay, officeTime, shanghaiDay } from './calendar.js';
import type { PlannedSquad } from './roster.js';
import { declineReasons, fields, milestoneSteps, returnReasons } from './texts.js';

export type TaskRow = Omit<typeof squadTasks.$inferInsert, 'squadId'>;
export type MilestoneRow = Omit<typeof squadMilestones.$inferInsert, 'taskId'>;
export type InnovationRow = Omit<typeof squadInnovations.$inferInsert, 'squadId'>;

export interface PlannedTask {
  row: TaskRow;
  owners: number[];
  milestones: MilestoneRow[];
}

export interface WorkInput {
  r: Random;
  /** The demo's span (demoQuarters): its first and last day. */
  from: string;
  to: string;
  today: string;
  tasksPerSquad: [number, number];
  innovationsPerSquad: [number, number];
  /** person id → account id, for the few people who have an account (the demo member). */
  accountOf: Map<number, number>;
}

const stepsFor: Record<number, string[]> = {
  2: [milestoneSteps[1], milestoneSteps[4]],
  3: [milestoneSteps[0], milestoneSteps[2], milestoneSteps[4]],
  4: [milestoneSteps[0], milestoneSteps[1], milestoneSteps[2], milestoneSteps[4]],
};

/**
 * A squad's hard tasks over the demo's span, lived through up to yesterday: milestones done on time or late
 * (strong squads are late less often), tasks submitted, some returned once and then accepted, the
 * latest ones still open or waiting for acceptance, a few stuck with overdue milestones.
 */
export function planTasks(input: WorkInput, squad: PlannedSquad): PlannedTask[] {
  const { r, from, to, today } = input;
  const lastDay = addDays(today, -1);
  const actor = squad.agency.actor;
  const text = fields[squad.row.field];
  const titles = text.tasks.map((t) => t);
  const count = r.int(...input.tasksPerSquad);
  const lateChance = 0.2 - 0.17 * squad.quality;
  const tasks: PlannedTask[] = [];
  const yearStart = maxDay(addDays(from, 5), addDays(squad.row.startedOn, 7));
  const yearEnd = to;
  if (yearStart >= lastDay) return tasks;
  for (let k = 0; k < count; k++) {
    const base = titles[k % titles.length];
    const title = k < titles.length ? base : `${base}（第${['一', '二', '三', '四'][Math.floor(k / titles.length)] ?? k}阶段）`;
    const difficulty = r.chance(0.45) ? 1 : r.chance(0.7) ? 2 : 3;
    const createdDay = addDays(yearStart, r.int(0, Math.max(0, Math.min(daysBetween(yearStart, lastDay), daysBetween(yearStart, yearEnd) - 40))));
    const dueOn = minDay(addDays(createdDay, r.int(35, 120)), yearEnd);
    const steps = stepsFor[r.int(2, 4)];
    const length = daysBetween(createdDay, dueOn);
    const stuck = r.chance(0.08 * (1 - squad.quality));
    const owners = pickOwners(r, squad, createdDay);
    const ownerAccount = owners.map((o) => input.accountOf.get(o)).find((a) => a !== undefined) ?? null;

    const createdAt = officeTime(r, createdDay);
    /** A moment of `day` after `prev` (the steps of one task happen in order, even on one day). */
    const after = (prev: Date, day: string) => {
      const at = officeTime(r, day);
      return at > prev ? at : new Date(prev.getTime() + r.int(5, 90) * 60_000);
    };
    const milestones: MilestoneRow[] = [];
    let previousDone = createdDay;
    let previousAt = createdAt;
    let allDone = true;
    steps.forEach((step, i) => {
      const due = i === steps.length - 1 ? dueOn : addDays(createdDay, Math.round((length * (i + 1)) / steps.length));
      const late = r.chance(lateChance) || (difficulty === 3 && r.chance(0.08));
      let doneDay = late ? addDays(due, r.int(1, 21)) : addDays(due, -r.int(0, Math.min(12, Math.max(0, daysBetween(createdDay, due) - 1))));
      doneDay = maxDay(doneDay, previousDone);
      const done = allDone && !(stuck && i >= steps.length - 2) && doneDay <= lastDay;
      if (!done) allDone = false;
      const doneAt = done ? after(previousAt, doneDay) : null;
      milestones.push({ seq: i + 1, title: step, dueOn: due, status: done ? 'done' : 'open', doneAt, doneBy: done ? ownerAccount : null, onTime: done ? shanghaiDay(doneAt!) <= due : null, createdAt });
      if (done) {
        previousDone = doneDay;
        previousAt = doneAt!;
      }
    });

    const row: TaskRow = {
      title, difficulty, dueOn, status: 'open',
      description: `${squad.row.field}攻坚任务：${title}。明确责任人和时间节点，按里程碑推进，完成后提交佐证材料，由${squad.agency.agency}机关党委验收。`,
      createdBy: actor, createdAt, updatedAt: createdAt,
    };
    if (allDone) {
      // The submission(s) and the organisation's decision, cut at yesterday.
      const first = addDays(previousDone, r.chance(0.7) ? 0 : r.int(1, 2));
      const returned = r.chance(0.08 + 0.08 * (1 - squad.quality));
      const back = addDays(first, r.int(1, 4));
      const second = addDays(back, r.int(1, 6));
      const accepted = addDays(returned ? second : first, r.int(1, 5));
      if (first <= lastDay) {
        row.status = 'submitted';
        row.submittedBy = ownerAccount;
        row.submittedAt = after(previousAt, first);
        if (returned && back <= lastDay) {
          row.status = 'returned';
          row.returnedBy = actor;
          row.returnedAt = after(row.submittedAt, back);
          row.returnReason = r.pick(returnReasons);
          if (second <= lastDay) {
            row.status = 'submitted';
            row.submittedAt = after(row.returnedAt, second);
          }
        }
        if (row.status === 'submitted' && accepted <= lastDay) {
          row.status = 'accepted';
          row.acceptedBy = actor;
          row.acceptedAt = after(row.submittedAt, accepted);
          row.doneAt = row.submittedAt;
          row.onTime = shanghaiDay(row.doneAt) <= dueOn;
        }
        row.updatedAt = [row.submittedAt, row.returnedAt, row.acceptedAt].filter((d): d is Date => d instanceof Date).sort((a, b) => b.getTime() - a.getTime())[0];
      }
    }
    tasks.push({ row, owners, milestones });
  }
  return tasks;
}

/** One to three owners among the members who were in the squad when the task was set (the leader at least). */
function pickOwners(r: Random, squad: PlannedSquad, day: string): number[] {
  const there = squad.active.filter((m) => m.since <= day);
  const pool = there.length ? there : squad.active.slice(0, 1);
  const n = Math.min(pool.length, r.int(1, 3));
  const owners = new Set<number>();
  while (owners.size < n) owners.add(r.pick(pool).personId);
  return [...owners];
}

/** Innovation items: strong squads submit more and get more accepted; the latest wait for a decision. */
export function planInnovations(input: WorkInput, squad: PlannedSquad): InnovationRow[] {
  const { r, today } = input;
  const lastDay = addDays(today, -1);
  const text = fields[squad.row.field];
  const [lo, hi] = input.innovationsPerSquad;
  const count = Math.min(hi, lo + Math.round((hi - lo) * (0.5 * squad.quality + 0.5 * r.next())));
  const from = maxDay(addDays(input.from, 14), addDays(squad.row.startedOn, 20));
  if (from >= lastDay) return [];
  const latest = Math.max(0, daysBetween(from, input.to) - 20);
  const items: InnovationRow[] = [];
  const start = r.int(0, text.innovations.length - 1);
  for (let k = 0; k < count; k++) {
    const item = text.innovations[(start + k) % text.innovations.length];
    const title = k < text.innovations.length ? item.title : `${item.title}（升级版）`;
    const submittedDay = addDays(from, r.int(0, Math.min(latest, daysBetween(from, lastDay))));
    const decidedDay = addDays(submittedDay, r.int(4, 20));
    const row: InnovationRow = {
      kind: item.kind, title, status: 'submitted',
      description: `${title}：在${squad.row.field}攻坚中形成，已在${squad.agency.agency}试行，附实施方案和效果说明。`,
      submittedBy: input.accountOf.get(squad.active[0].personId) ?? null,
      submittedAt: officeTime(r, submittedDay),
    };
    if (decidedDay <= lastDay) {
      const accepted = r.chance(0.35 + 0.5 * squad.quality);
      row.status = accepted ? 'accepted' : 'declined';
      row.decidedBy = squad.agency.actor;
      row.decidedAt = officeTime(r, decidedDay);
      row.decisionReason = accepted ? null : r.pick(declineReasons);
    }
    items.push(row);
  }
  return items;
}
