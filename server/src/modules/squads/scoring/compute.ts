import { dimensions, type Dimension } from '../squad-scoring.schema.js';

/**
 * 五比 scoring as pure functions (no database): from what each squad did in a period to five scores 0–100,
 * a weighted total and the ranking. The service (scoring.service.ts) gathers the inputs; these turn them into scores.
 *
 * The mapping, step by step:
 * 1. Per-member averages. Each computed dimension has indicators; a member-level indicator (e.g. study hours) is the
 *    average over the squad's members of each member's figure, a squad-level count (accepted innovations, 担当 points)
 *    is divided by the number of members. So a squad of 5 and one of 15 compare per head.
 * 2. Share of the best. Each indicator is mapped to 0–100 as 100 × value / (the best squad's value in the period);
 *    when no squad has anything (best ≤ 0) every squad gets 0. The best squad scores 100, a squad doing half as much 50.
 * 3. A computed dimension is the mean of its indicators' mapped values.
 * 4. 比作为 is already 0–100: per criterion the mean over raters, then the criteria's weighted mean (criteria nobody
 *    rated are left out; no rating at all → 0). It is not rescaled.
 * 5. Total = Σ(weight × score) / Σ weight, with the year's weights (default equal). Scores are rounded to 2 decimals.
 * 6. Rank by total, 1 = best; equal totals share a rank (1, 1, 3); movement = previous rank − rank.
 */

export type ComputedDimension = Exclude<Dimension, 'performance'>;
export const computedDimensions: readonly ComputedDimension[] = ['learning', 'skill', 'innovation', 'duty'];

/** The indicators of each computed dimension, in order: the registered metric (or own record) each comes from. */
export const indicators = {
  learning: ['studyHours', 'quizAccuracy', 'requiredProgress'],
  skill: ['contestRounds', 'contestAccuracy', 'awardPoints'],
  innovation: ['acceptedPerMember'],
  duty: ['dutyPointsPerMember'],
} as const satisfies Record<ComputedDimension, readonly string[]>;

export type Indicators = { [D in ComputedDimension]: Record<(typeof indicators)[D][number], number> };
export type Weights = Record<Dimension, number>;
export type Scores = Record<Dimension, number>;

export const equalWeights: Weights = { learning: 20, skill: 20, innovation: 20, duty: 20, performance: 20 };

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** The average over `members` of their figure (a member without records counts 0); 0 for a squad without members. */
export function memberAverage(values: ReadonlyMap<number, number>, members: readonly number[]): number {
  if (members.length === 0) return 0;
  return members.reduce((s, id) => s + (values.get(id) ?? 0), 0) / members.length;
}

/** A squad-level count per member (0 for a squad without members). */
export const perMember = (count: number, memberCount: number) => (memberCount > 0 ? count / memberCount : 0);

/** Each value as a share of the best: 100 × x / max; all 0 when the best is ≤ 0. */
export function shareOfBest(values: readonly number[]): number[] {
  const best = Math.max(0, ...values);
  return values.map((x) => (best > 0 ? (100 * Math.max(0, x)) / best : 0));
}

/** 比作为: per criterion the mean over raters, then the weighted mean of the rated criteria (0 when nothing is rated). */
export function rubricScore(criteria: readonly { id: number; weight: number }[], ratings: readonly { criterionId: number; score: number }[]): number {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const mine = ratings.filter((r) => r.criterionId === c.id);
    if (mine.length === 0) continue;
    sum += (c.weight * mine.reduce((s, r) => s + r.score, 0)) / mine.length;
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : 0;
}

/** Σ(weight × score) / Σ weight. */
export function weightedTotal(scores: Scores, weights: Weights): number {
  const w = dimensions.reduce((s, d) => s + weights[d], 0);
  return w > 0 ? dimensions.reduce((s, d) => s + weights[d] * scores[d], 0) / w : 0;
}

export interface SquadInput {
  squadId: number;
  indicators: Indicators;
  /** 比作为, 0–100 (rubricScore). */
  performance: number;
}

export interface SquadScore {
  squadId: number;
  scores: Scores;
  /** Each indicator mapped to 0–100 (step 2), for the drill-down. */
  mapped: Indicators;
  total: number;
  rank: number;
}

/** Scores and ranks every squad of a period together (steps 2–6). */
export function scorePeriod(squads: readonly SquadInput[], weights: Weights): SquadScore[] {
  const mapped = squads.map(() => ({}) as Record<string, Record<string, number>>);
  for (const d of computedDimensions) {
    mapped.forEach((m) => (m[d] = {}));
    for (const k of indicators[d]) {
      const shares = shareOfBest(squads.map((s) => (s.indicators[d] as Record<string, number>)[k]));
      shares.forEach((v, i) => (mapped[i][d][k] = round2(v)));
    }
  }
  const scored = squads.map((s, i) => {
    const scores = {} as Scores;
    for (const d of computedDimensions) {
      const vals = indicators[d].map((k) => mapped[i][d][k]);
      scores[d] = round2(vals.reduce((a, b) => a + b, 0) / vals.length);
    }
    scores.performance = round2(s.performance);
    return { squadId: s.squadId, scores, mapped: mapped[i] as unknown as Indicators, total: round2(weightedTotal(scores, weights)), rank: 0 };
  });
  return withRanks(scored);
}

/** Ranks by total (1 = best, equal totals share a rank), ordered by rank then squad id. */
export function withRanks<T extends { squadId: number; total: number; rank: number }>(list: readonly T[]): T[] {
  const sorted = [...list].sort((a, b) => b.total - a.total || a.squadId - b.squadId);
  sorted.forEach((s, i) => (s.rank = i > 0 && sorted[i - 1].total === s.total ? sorted[i - 1].rank : i + 1));
  return sorted;
}

/** previous rank − rank: positive = moved up; null when the squad was not ranked before. */
export const movementOf = (rank: number, previous: number | null | undefined) => (previous == null ? null : previous - rank);
