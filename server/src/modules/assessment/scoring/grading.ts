import type { Grade } from '../assessment.schema.js';
import { competitionRanks, round2 } from './functions.js';

/**
 * Grades from totals: by cut-offs (优秀 ≥ excellent, 良好 ≥ good, 一般 ≥ fair, else 较差), or with a quota for 优秀
 * (at most `excellentShare` of the targets, best first; targets tied across the quota's edge all stay out, so the
 * share is never exceeded) and the cut-offs for the rest — an 优秀 under the quota still needs `good`.
 */
export type Grading = { mode: 'cutoffs'; excellent: number; good: number; fair: number } | { mode: 'quota'; excellentShare: number; good: number; fair: number };

export const gradeLabels: Record<Grade, string> = { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' };

function byCutoff(total: number, g: { good: number; fair: number }): Grade {
  return total >= g.good ? 'good' : total >= g.fair ? 'fair' : 'poor';
}

export interface Ranked {
  total: number;
  rank: number;
  grade: Grade;
}

/** Rank (1 = best, competition ranking) and grade of each total, in the input order. */
export function gradeAll(totals: readonly number[], grading: Grading): Ranked[] {
  const rounded = totals.map(round2);
  const ranks = competitionRanks(rounded);
  const tied = new Map<number, number>();
  for (const r of ranks) tied.set(r, (tied.get(r) ?? 0) + 1);
  const quota = grading.mode === 'quota' ? Math.floor(rounded.length * grading.excellentShare + 1e-9) : 0;
  return rounded.map((total, i) => {
    const rank = ranks[i];
    let grade: Grade;
    if (grading.mode === 'cutoffs') grade = total >= grading.excellent ? 'excellent' : byCutoff(total, grading);
    else grade = rank - 1 + tied.get(rank)! <= quota && total >= grading.good ? 'excellent' : byCutoff(total, grading);
    return { total, rank, grade };
  });
}
