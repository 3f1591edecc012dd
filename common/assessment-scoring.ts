/**
 * Scoring functions of computed assessment leaves: a metric's value → a score 0–100. Pure, and shared: the server
 * computes rounds with them, the system editor previews scores with them. Unit-tested against hand computations
 * (server/src/modules/assessment/scoring/functions.test.ts). `rank` needs every target's value of the round, so scores
 * are computed per leaf for all targets.
 */
export type ScoringFn =
  /** The score of the highest band whose `min` the value reaches; below every band 0. */
  | { fn: 'bands'; bands: { min: number; score: number }[] }
  /** 0 at `from`, 100 at `to`, linear between, clamped outside (from > to: lower is better). */
  | { fn: 'linear'; from: number; to: number }
  /** Percentile within the round: the best 100, the worst 0, ties share the better place; alone 100. */
  | { fn: 'rank'; higherIsBetter?: boolean }
  /** 100 when the value reaches the threshold, else 0. */
  | { fn: 'pass'; threshold: number };

export const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.min(100, Math.max(0, x));

export function bandScore(value: number, bands: readonly { min: number; score: number }[]): number {
  let best: { min: number; score: number } | null = null;
  for (const b of bands) if (value >= b.min && (!best || b.min > best.min)) best = b;
  return best ? clamp(best.score) : 0;
}

export function linearScore(value: number, from: number, to: number): number {
  if (from === to) return value >= to ? 100 : 0;
  return round2(clamp(((value - from) / (to - from)) * 100));
}

export const passScore = (value: number, threshold: number) => (value >= threshold ? 100 : 0);

/**
 * Competition ranks (1, 2, 2, 4) of values, best first. Returned in the input order.
 */
export function competitionRanks(values: readonly number[], higherIsBetter = true): number[] {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  return values.map((v) => 1 + values.reduce((n, w) => n + (better(w, v) ? 1 : 0), 0));
}

/** Percentile scores: 100 × (n − rank) / (n − 1) with competition ranks; one target alone scores 100. */
export function rankScores(values: readonly number[], higherIsBetter = true): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) return [100];
  // Sorting once keeps this O(n log n) for a city-wide round.
  const order = values.map((v, i) => ({ v: higherIsBetter ? -v : v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(n);
  for (let k = 0; k < n; k++) ranks[order[k].i] = k > 0 && order[k].v === order[k - 1].v ? ranks[order[k - 1].i] : k + 1;
  return ranks.map((r) => round2((100 * (n - r)) / (n - 1)));
}

/** Scores of one leaf for every target of the round, in the order of `values`. */
export function scoreAll(fn: ScoringFn, values: readonly number[]): number[] {
  switch (fn.fn) {
    case 'bands':
      return values.map((v) => bandScore(v, fn.bands));
    case 'linear':
      return values.map((v) => linearScore(v, fn.from, fn.to));
    case 'pass':
      return values.map((v) => passScore(v, fn.threshold));
    case 'rank':
      return rankScores(values, fn.higherIsBetter ?? true);
  }
}

/** A rated or evidence leaf: the raters' mean on the item's scale → 0–100 (no rating yet: 0). */
export function ratedScore(scores: readonly number[], maxScore: number): { mean: number | null; score: number } {
  if (scores.length === 0) return { mean: null, score: 0 };
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return { mean: round2(mean), score: round2(clamp((mean / maxScore) * 100)) };
}
