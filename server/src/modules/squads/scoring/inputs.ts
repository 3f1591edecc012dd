import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import { memberAverage, perMember, round2, rubricScore, type Indicators, type SquadInput } from './compute.js';
import { periodWindow, type Period } from './periods.js';

/**
 * The registered person metrics behind 比学习 and 比本领 (served by the figures kernel; squads never reads the
 * learning, content or contests tables). Each is asked once for every member of every squad (MetricDef.byPeople).
 */
export const memberMetrics = {
  learning: { studyHours: 'content.my_study_hours', quizAccuracy: 'learning.my_quiz_accuracy', requiredProgress: 'learning.my_required_progress' },
  skill: { contestRounds: 'contests.my_finished_rounds', contestAccuracy: 'contests.my_accuracy', awardPoints: 'contests.my_award_points' },
} as const;

/** 比担当 points: a task accepted in the period scores its difficulty (1–3), a milestone done in it a fifth of its task's; late work half. */
export const DUTY_MILESTONE_SHARE = 0.2;
export const DUTY_LATE_FACTOR = 0.5;

export interface ScoredSquad {
  squadId: number;
  name: string;
  orgId: number;
  orgPath: string;
  memberIds: number[];
}

/** What a squad's score was computed from, kept in the snapshot for the drill-down (squad_score_snapshots.inputs). */
export interface SquadInputs {
  learning: { metrics: Record<string, string>; members: Array<Record<string, number>>; averages: Record<string, number> };
  skill: { metrics: Record<string, string>; members: Array<Record<string, number>>; averages: Record<string, number> };
  innovation: { innovationIds: number[]; accepted: number; memberCount: number; perMember: number };
  duty: {
    tasks: Array<{ id: number; difficulty: number; onTime: boolean; points: number }>;
    milestones: Array<{ id: number; taskId: number; onTime: boolean; points: number }>;
    points: number;
    memberCount: number;
    perMember: number;
  };
  performance: { criteria: Array<{ id: number; name: string; weight: number; mean: number | null; raters: number }>; score: number };
}

/** Squads taking part in the period (started by its end, not ended before its start) and the members they had in it. */
export async function squadsOfPeriod(ctx: ModuleContext, p: Period): Promise<ScoredSquad[]> {
  const { from, to } = periodWindow(p);
  const list = await rows<{ id: number; name: string; orgId: number; orgPath: string; members: number[] | null }>(
    ctx.db,
    sql`SELECT s.id, s.name, s.org_id AS "orgId", s.org_path AS "orgPath", array_remove(array_agg(DISTINCT m.person_id), NULL) AS members
          FROM squads s LEFT JOIN squad_members m ON m.squad_id = s.id AND m.status IN ('active', 'left') AND m.joined_at < ${to.toISOString()}::timestamptz
                 AND (m.left_at IS NULL OR m.left_at >= ${from.toISOString()}::timestamptz)
         WHERE s.started_on <= ${p.endsOn} AND (s.ended_on IS NULL OR s.ended_on >= ${p.startsOn}) GROUP BY s.id ORDER BY s.id`,
  );
  return list.map((s) => ({ squadId: s.id, name: s.name, orgId: s.orgId, orgPath: s.orgPath, memberIds: s.members ?? [] }));
}

/** One person metric for all people: zeros when the module measuring it is not installed. */
async function personFigure(ctx: ModuleContext, name: string, q: { from: Date; to: Date; orgPath: string }, people: number[]): Promise<Map<number, number>> {
  const engine = figuresFor(ctx);
  const m = engine.get(name);
  return m ? engine.byPeople(m, q, people) : new Map();
}

/**
 * Everything the five scores of `squads` are computed from, for the period: the member metrics (one batch query each
 * for all members — or, with `oneSquadAtATime`, one query per squad, which the bench compares), the squads' own
 * innovations and tasks, and the ratings.
 */
export async function gatherInputs(ctx: ModuleContext, p: Period, squads: readonly ScoredSquad[], opts: { oneSquadAtATime?: boolean } = {}) {
  const { from, to } = periodWindow(p);
  const q = { from, to, orgPath: '/' };
  const everyone = [...new Set(squads.flatMap((s) => s.memberIds))];

  const figures = new Map<string, Map<number, number>>();
  const names = Object.values(memberMetrics).flatMap((d) => Object.values(d));
  if (opts.oneSquadAtATime) {
    for (const name of names) figures.set(name, new Map());
    for (const s of squads) for (const name of names) for (const [k, v] of await personFigure(ctx, name, q, s.memberIds)) figures.get(name)!.set(k, v);
  } else {
    await Promise.all(names.map(async (name) => figures.set(name, await personFigure(ctx, name, q, everyone))));
  }

  const ids = squads.map((s) => s.squadId);
  const idList = sql`${`{${ids.join(',')}}`}::int[]`;
  const [innovations, tasks, milestones, criteria, ratings] = await Promise.all([
    rows<{ squadId: number; id: number }>(
      ctx.db,
      sql`SELECT squad_id AS "squadId", id FROM squad_innovations WHERE squad_id = ANY(${idList}) AND status = 'accepted'
            AND decided_at >= ${from.toISOString()}::timestamptz AND decided_at < ${to.toISOString()}::timestamptz ORDER BY id`,
    ),
    rows<{ squadId: number; id: number; difficulty: number; onTime: boolean }>(
      ctx.db,
      sql`SELECT squad_id AS "squadId", id, difficulty, on_time AS "onTime" FROM squad_tasks WHERE squad_id = ANY(${idList}) AND status = 'accepted'
            AND done_at >= ${from.toISOString()}::timestamptz AND done_at < ${to.toISOString()}::timestamptz ORDER BY id`,
    ),
    rows<{ squadId: number; id: number; taskId: number; difficulty: number; onTime: boolean }>(
      ctx.db,
      sql`SELECT t.squad_id AS "squadId", m.id, m.task_id AS "taskId", t.difficulty, m.on_time AS "onTime" FROM squad_milestones m JOIN squad_tasks t ON t.id = m.task_id
           WHERE t.squad_id = ANY(${idList}) AND m.status = 'done' AND m.done_at >= ${from.toISOString()}::timestamptz AND m.done_at < ${to.toISOString()}::timestamptz ORDER BY m.id`,
    ),
    rows<{ id: number; name: string; weight: string }>(ctx.db, sql`SELECT id, name, weight FROM squad_rubric_criteria WHERE year = ${p.year} ORDER BY seq`),
    rows<{ squadId: number; criterionId: number; score: string }>(ctx.db, sql`SELECT squad_id AS "squadId", criterion_id AS "criterionId", score FROM squad_ratings WHERE period_id = ${p.id}`),
  ]);
  const bySquad = <T extends { squadId: number }>(list: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of list) m.set(r.squadId, [...(m.get(r.squadId) ?? []), r]);
    return m;
  };
  const [inv, tsk, mls, rts] = [bySquad(innovations), bySquad(tasks), bySquad(milestones), bySquad(ratings)];
  const rubric = criteria.map((c) => ({ id: c.id, name: c.name, weight: Number(c.weight) }));
  const late = (onTime: boolean) => (onTime ? 1 : DUTY_LATE_FACTOR);

  return squads.map((s) => {
    const n = s.memberIds.length;
    const memberDimension = (d: 'learning' | 'skill') => {
      const metrics = memberMetrics[d] as Record<string, string>;
      const averages: Record<string, number> = {};
      for (const [k, name] of Object.entries(metrics)) averages[k] = round2(memberAverage(figures.get(name)!, s.memberIds));
      const members = s.memberIds.map((personId) => ({ personId, ...Object.fromEntries(Object.entries(metrics).map(([k, name]) => [k, figures.get(name)!.get(personId) ?? 0])) }));
      return { metrics, members, averages };
    };
    const learning = memberDimension('learning');
    const skill = memberDimension('skill');
    const acceptedIds = (inv.get(s.squadId) ?? []).map((r) => r.id);
    const taskPoints = (tsk.get(s.squadId) ?? []).map((t) => ({ id: t.id, difficulty: t.difficulty, onTime: t.onTime, points: t.difficulty * late(t.onTime) }));
    const milestonePoints = (mls.get(s.squadId) ?? []).map((m) => ({ id: m.id, taskId: m.taskId, onTime: m.onTime, points: round2(DUTY_MILESTONE_SHARE * m.difficulty * late(m.onTime)) }));
    const dutyPoints = round2([...taskPoints, ...milestonePoints].reduce((a, x) => a + x.points, 0));
    const mine = (rts.get(s.squadId) ?? []).map((r) => ({ criterionId: r.criterionId, score: Number(r.score) }));
    const performance = rubricScore(rubric, mine);
    const inputs: SquadInputs = {
      learning,
      skill,
      innovation: { innovationIds: acceptedIds, accepted: acceptedIds.length, memberCount: n, perMember: perMember(acceptedIds.length, n) },
      duty: { tasks: taskPoints, milestones: milestonePoints, points: dutyPoints, memberCount: n, perMember: perMember(dutyPoints, n) },
      performance: {
        criteria: rubric.map((c) => {
          const got = mine.filter((r) => r.criterionId === c.id);
          return { ...c, mean: got.length ? round2(got.reduce((a, r) => a + r.score, 0) / got.length) : null, raters: got.length };
        }),
        score: round2(performance),
      },
    };
    const indicators: Indicators = {
      learning: learning.averages as Indicators['learning'],
      skill: skill.averages as Indicators['skill'],
      innovation: { acceptedPerMember: perMember(acceptedIds.length, n) },
      duty: { dutyPointsPerMember: perMember(dutyPoints, n) },
    };
    const input: SquadInput = { squadId: s.squadId, indicators, performance };
    return { input, inputs };
  });
}

