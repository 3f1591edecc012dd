import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction, type Db } from '../../kernel/db/client.js';
import { makeRandom } from '../../seed/random.js';
import { squadMembers, squads, squadYears } from './squads.schema.js';
import { squadInnovations, squadMilestones, squadTaskOwners, squadTasks } from './squad-work.schema.js';
import { squadPeriods, squadRatings, squadRubricCriteria } from './squad-scoring.schema.js';
import { demoQuarters, demoYear, shanghaiDay } from './seed/calendar.js';
import { planRoster, type Agency, type PlannedSquad } from './seed/roster.js';
import { planInnovations, planTasks, type PlannedTask } from './seed/work.js';
import { planRatings } from './seed/ratings.js';
import { rubric } from './seed/texts.js';
import { closePeriod } from './scoring/service.js';

/** Squads per scale: the case's 108 in the city; three in the tiny city (seeded by this seed's own test only: the manifest skips tiny). */
const plan: Record<SeedOptions['scale'], { squads: number; tasks: [number, number]; innovations: [number, number]; contestTeams: number }> = {
  tiny: { squads: 3, tasks: [4, 5], innovations: [2, 3], contestTeams: 1 },
  small: { squads: 24, tasks: [7, 12], innovations: [1, 5], contestTeams: 2 },
  city: { squads: 108, tasks: [7, 12], innovations: [1, 5], contestTeams: 6 },
};

const YOUNG_MAX_AGE = 35;

async function insertChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

export interface SquadsSeedSummary {
  year: number;
  squads: number;
  members: number;
  tasks: number;
  accepted: number;
  onTime: number;
  innovations: number;
  innovationsAccepted: number;
  ratings: number;
  contestTeams: number;
  /** Quarters closed by the scoring engine (snapshots computed from the records above): the four that ended last. */
  closed: number;
}

/**
 * The demo city's 青年尖刀班: squads across the agencies with members and their history, hard tasks
 * with milestones and innovations over the demo's span (demoQuarters: the competition year's quarters,
 * after the previous year's last ones when fewer than four have ended), each year's settings and rubric, the
 * quarter periods and the raters' 比作为 scores. `today` (Asia/Shanghai) fixes the calendar, for tests.
 */
export async function seedSquads(ctx: ModuleContext, opts: SeedOptions, today = shanghaiDay(new Date())): Promise<SquadsSeedSummary | null> {
  const { db } = ctx;
  const size = plan[opts.scale];
  const r = makeRandom(opts.seed + 1212);
  const year = demoYear(today);
  const span = demoQuarters(today);
  const years = [...new Set(span.map((q) => q.year))];
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return null;
  const accounts = await rows<{ id: number; username: string; person_id: number | null; role: string; org_id: number }>(
    db,
    sql`SELECT a.id, a.username, a.person_id, r.role, r.org_id FROM accounts a JOIN role_assignments r ON r.account_id = a.id
         WHERE a.username IN ('admin', 'orgadmin', 'orgadmin2', 'reviewer', 'member', 'secretary') ORDER BY a.id, r.id`,
  );
  const admin = accounts.find((a) => a.username === 'admin' && a.role === 'committee_admin');
  if (!admin) return null;
  const orgAdmins = new Map(accounts.filter((a) => a.role === 'org_admin').map((a) => [a.org_id, a.id]));
  const reviewer = accounts.find((a) => a.username === 'reviewer');
  const member = accounts.find((a) => a.username === 'member' && a.person_id !== null);
  const secretary = accounts.find((a) => a.username === 'secretary' && a.person_id !== null);

  const agencies: Agency[] = (
    await rows<{ id: number; path: string; name: string }>(db, sql`SELECT id, path, name FROM orgs WHERE parent_id = ${root.id} AND kind = 'party_committee' ORDER BY sort, id`)
  ).map((o) => ({ id: o.id, path: o.path, agency: o.name.replace(/机关党委$/, ''), actor: orgAdmins.get(o.id) ?? admin.id }));
  const people = await rows<{ id: number; birth: string; path: string }>(
    db,
    sql`SELECT p.id, p.birth_date::text AS birth, o.path FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`,
  );

  // The tiny city is the tests' fixture: its demo people stay free for the squads the tests build.
  const fixture = opts.scale === 'tiny';
  const exclude = new Set(fixture ? [member?.person_id, secretary?.person_id].filter((id): id is number => id != null) : []);
  const planned = planRoster({
    r, count: size.squads, from: span[0].startsOn, today, youngMaxAge: YOUNG_MAX_AGE, agencies, people, exclude,
    demoPersonId: fixture ? undefined : (member?.person_id ?? undefined),
  });
  const accountOf = new Map<number, number>(member?.person_id != null && !fixture ? [[member.person_id, member.id]] : []);
  const workInput = { r, from: span[0].startsOn, to: span[span.length - 1].endsOn, today, tasksPerSquad: size.tasks, innovationsPerSquad: size.innovations, accountOf };
  const tasks = planned.map((s) => planTasks(workInput, s));
  const innovations = planned.map((s) => planInnovations(workInput, s));

  const seeded = await transaction(db, async (tx) => {
    const squadIds = await insertSquads(tx, planned);
    const taskCount = await insertTasks(tx, squadIds, tasks);
    const innovationRows = innovations.flatMap((list, i) => list.map((row) => ({ ...row, squadId: squadIds[i] })));
    await insertChunks(innovationRows, (chunk) => tx.insert(squadInnovations).values(chunk));

    // Each year's settings (the defaults, written down) and rubric, and the quarters of the span.
    await tx.insert(squadYears).values(years.map((y) => ({ year: y, periodKind: 'quarter' as const, youngMaxAge: YOUNG_MAX_AGE, badgeTopN: 3, updatedBy: admin.id })));
    const criteria = new Map<number, Array<{ id: number }>>();
    for (const y of years) {
      const made = await tx
        .insert(squadRubricCriteria)
        .values(rubric.map((c, i) => ({ year: y, seq: i + 1, name: c.name, description: c.description, weight: c.weight })))
        .returning({ id: squadRubricCriteria.id });
      criteria.set(y, made);
    }
    const periods = await tx
      .insert(squadPeriods)
      .values(span.map((q) => ({ year: q.year, kind: 'quarter' as const, seq: q.seq, startsOn: q.startsOn, endsOn: q.endsOn })))
      .returning({ id: squadPeriods.id, year: squadPeriods.year, startsOn: squadPeriods.startsOn, endsOn: squadPeriods.endsOn });
    const ratings = planRatings({ r, today, periods, criteria, raters: [admin.id, ...(reviewer ? [reviewer.id] : [])] }, planned);
    await insertChunks(ratings, (chunk) =>
      tx.insert(squadRatings).values(chunk.map(({ squadIndex, ...rest }) => ({ ...rest, squadId: squadIds[squadIndex] }))),
    );
    const contestTeams = await markContestTeams(tx, planned, squadIds, size.contestTeams);

    const flat = tasks.flat();
    const accepted = flat.filter((t) => t.row.status === 'accepted');
    const summary: SquadsSeedSummary = {
      year,
      squads: planned.length,
      members: planned.reduce((n, s) => n + s.active.length, 0),
      tasks: taskCount,
      accepted: accepted.length,
      onTime: accepted.filter((t) => t.row.onTime).length,
      innovations: innovationRows.length,
      innovationsAccepted: innovationRows.filter((i) => i.status === 'accepted').length,
      ratings: ratings.length,
      contestTeams,
      closed: 0,
    };
    return { summary, periods };
  });
  const { summary, periods } = seeded;

  // The quarters that have ended are closed by the scoring engine, in order (ranks move from one to the next).
  // The seed acts outside any request: the audit row has no session (audit() takes null for that).
  const noRequest = null as unknown as FastifyRequest;
  for (const p of periods.filter((x) => x.endsOn < today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))) {
    await closePeriod(ctx, noRequest, p.id, admin.id);
    summary.closed++;
  }
  opts.log(
    `青年尖刀班: ${summary.squads} 支, ${summary.members} 名队员; ${span[0].startsOn} 以来攻坚任务 ${summary.tasks} 项（已验收 ${summary.accepted}，按期 ${summary.onTime}）; ` +
      `创新成果 ${summary.innovations} 项（采纳 ${summary.innovationsAccepted}）; 比作为评分 ${summary.ratings} 条; 参赛队 ${summary.contestTeams} 支; 已结算 ${summary.closed} 个季度`,
  );
  return summary;
}

async function insertSquads(tx: Db, planned: PlannedSquad[]): Promise<number[]> {
  const ids: number[] = [];
  await insertChunks(planned, async (chunk) => {
    const inserted = await tx.insert(squads).values(chunk.map((s) => s.row)).returning({ id: squads.id });
    ids.push(...inserted.map((s) => s.id));
  });
  // Rows in the order they happened: the history reads top to bottom.
  const members = planned
    .flatMap((s, i) => s.members.map((m) => ({ ...m, squadId: ids[i] })))
    .sort((a, b) => (a.joinedAt ?? a.proposedAt!).getTime() - (b.joinedAt ?? b.proposedAt!).getTime());
  await insertChunks(members, (chunk) => tx.insert(squadMembers).values(chunk));
  return ids;
}

async function insertTasks(tx: Db, squadIds: number[], tasks: PlannedTask[][]): Promise<number> {
  const flat = tasks.flatMap((list, i) => list.map((t) => ({ ...t, squadId: squadIds[i] })));
  const ids: number[] = [];
  await insertChunks(flat, async (chunk) => {
    const inserted = await tx.insert(squadTasks).values(chunk.map((t) => ({ ...t.row, squadId: t.squadId }))).returning({ id: squadTasks.id });
    ids.push(...inserted.map((t) => t.id));
  });
  const owners = flat.flatMap((t, i) => t.owners.map((personId) => ({ taskId: ids[i], personId })));
  await insertChunks(owners, (chunk) => tx.insert(squadTaskOwners).values(chunk));
  const milestones = flat.flatMap((t, i) => t.milestones.map((m) => ({ ...m, taskId: ids[i] })));
  await insertChunks(milestones, (chunk) => tx.insert(squadMilestones).values(chunk));
  return flat.length;
}

/**
 * 比本领 as a team: in the demo contest (contests seed, small and city), a few squads whose members
 * played enter as their own team (contest_teams.squad_id); those members' players move to it.
 */
async function markContestTeams(tx: Db, planned: PlannedSquad[], squadIds: number[], limit: number): Promise<number> {
  if (limit === 0) return 0;
  const [contest] = await rows<{ id: number }>(tx, sql`SELECT c.id FROM contests c WHERE EXISTS (SELECT 1 FROM contest_rounds r WHERE r.contest_id = c.id) ORDER BY c.id LIMIT 1`);
  if (!contest) return 0;
  const allMembers = planned.flatMap((s) => s.active.map((m) => m.personId));
  const playing = new Set(
    (
      await rows<{ person_id: number }>(
        tx,
        sql`SELECT DISTINCT p.person_id FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id
             WHERE r.contest_id = ${contest.id} AND p.person_id = ANY(${`{${allMembers.join(',')}}`}::int[])`,
      )
    ).map((p) => p.person_id),
  );
  let teams = 0;
  for (let i = 0; i < planned.length && teams < limit; i++) {
    const players = planned[i].active.map((m) => m.personId).filter((id) => playing.has(id));
    if (players.length < 2) continue;
    // As contests makes a squad team: no organisation subtree, the roster is the squad's active members.
    const roster = `{${planned[i].active.map((m) => m.personId).join(',')}}`;
    const [team] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO contest_teams (contest_id, name, roster, squad_id) VALUES (${contest.id}, ${planned[i].row.name}, ${roster}::int[], ${squadIds[i]}) RETURNING id`,
    );
    await tx.execute(sql`UPDATE contest_players p SET team_id = ${team.id} FROM contest_rounds r
      WHERE r.id = p.round_id AND r.contest_id = ${contest.id} AND p.person_id = ANY(${`{${players.join(',')}}`}::int[])`);
    teams++;
  }
  return teams;
}
