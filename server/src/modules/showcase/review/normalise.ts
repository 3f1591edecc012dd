import type { NormalisationMethod } from '../showcase.schema.js';

/**
 * From reviewers' totals to one score per case.
 * - `mean`: the plain mean of the case's totals.
 * - `zscore`: each total becomes (x − μ_r) / σ_r with μ_r, σ_r the mean and population standard deviation of that
 *   reviewer's totals in the round (σ_r = 0 → 0), so a harsh and a lenient reviewer weigh alike; the case's
 *   score is the mean of its z-scores.
 * - `trimmed_mean`: the highest and the lowest total are dropped (one each; only with at least 3 totals) and the
 *   rest averaged — the usual 去掉一个最高分、去掉一个最低分.
 * - `zscore_trimmed`: z-scores, then the highest and lowest dropped.
 * Ranks: by score, ties by raw mean, then by case id (1 = best).
 */
export interface ReviewScore {
  caseId: number;
  reviewerId: number;
  total: number;
}

export interface CaseResult {
  caseId: number;
  reviews: number;
  rawMean: number;
  score: number;
  rawRank: number;
  rank: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function trim(xs: number[]): number[] {
  if (xs.length < 3) return xs;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.slice(1, -1);
}

export function reviewerStats(scores: readonly ReviewScore[]) {
  const by = new Map<number, number[]>();
  for (const s of scores) by.set(s.reviewerId, [...(by.get(s.reviewerId) ?? []), s.total]);
  const stats = new Map<number, { mean: number; sd: number; n: number }>();
  for (const [r, xs] of by) {
    const mu = mean(xs);
    stats.set(r, { mean: mu, sd: Math.sqrt(mean(xs.map((x) => (x - mu) ** 2))), n: xs.length });
  }
  return stats;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function normalise(scores: readonly ReviewScore[], method: NormalisationMethod): CaseResult[] {
  const stats = reviewerStats(scores);
  const byCase = new Map<number, ReviewScore[]>();
  for (const s of scores) byCase.set(s.caseId, [...(byCase.get(s.caseId) ?? []), s]);
  const z = (s: ReviewScore) => {
    const st = stats.get(s.reviewerId)!;
    return st.sd > 0 ? (s.total - st.mean) / st.sd : 0;
  };
  const results = [...byCase].map(([caseId, list]) => {
    const raw = list.map((s) => s.total);
    const zs = list.map(z);
    const value = method === 'mean' ? mean(raw) : method === 'trimmed_mean' ? mean(trim(raw)) : method === 'zscore' ? mean(zs) : mean(trim(zs));
    return { caseId, reviews: list.length, rawMean: round6(mean(raw)), score: round6(value), rawRank: 0, rank: 0 };
  });
  [...results].sort((a, b) => b.rawMean - a.rawMean || a.caseId - b.caseId).forEach((r, i) => (r.rawRank = i + 1));
  results.sort((a, b) => b.score - a.score || b.rawMean - a.rawMean || a.caseId - b.caseId).forEach((r, i) => (r.rank = i + 1));
  return results;
}

/** Tiers by quota down the ranking: the first `demonstration` cases 示范案例, the next `excellent` 优秀案例. */
export function tiersByQuota(ranked: readonly { caseId: number; rank: number }[], quota: { demonstration: number; excellent: number }) {
  const order = [...ranked].sort((a, b) => a.rank - b.rank);
  const tiers = new Map<number, 'demonstration' | 'excellent'>();
  order.forEach((r, i) => {
    if (i < quota.demonstration) tiers.set(r.caseId, 'demonstration');
    else if (i < quota.demonstration + quota.excellent) tiers.set(r.caseId, 'excellent');
  });
  return tiers;
}
