/**
 * The scoring functions of computed assessment leaves (a metric's value → a score 0–100), for the system editor's
 * preview. The server computes rounds with server/src/modules/assessment/scoring/functions.ts; this is the same rules,
 * and test/assessment-scoring.test.ts checks that both give the same scores.
 */
export type ScoringFn =
  | { fn: 'bands'; bands: { min: number; score: number }[] }
  | { fn: 'linear'; from: number; to: number }
  | { fn: 'rank'; higherIsBetter?: boolean }
  | { fn: 'pass'; threshold: number };

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.min(100, Math.max(0, x));

function bandScore(value: number, bands: readonly { min: number; score: number }[]): number {
  let best: { min: number; score: number } | null = null;
  for (const b of bands) if (value >= b.min && (!best || b.min > best.min)) best = b;
  return best ? clamp(best.score) : 0;
}

function linearScore(value: number, from: number, to: number): number {
  if (from === to) return value >= to ? 100 : 0;
  return round2(clamp(((value - from) / (to - from)) * 100));
}

/** Percentile in the round: 100 × (n − rank) / (n − 1), competition ranks (ties share the better place); alone 100. */
function rankScores(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) return [100];
  return values.map((v) => {
    const rank = 1 + values.filter((w) => (higherIsBetter ? w > v : w < v)).length;
    return round2((100 * (n - rank)) / (n - 1));
  });
}

/** The scores of `values` (one per target of a round) under a scoring function, in the same order. */
export function previewScores(fn: ScoringFn, values: readonly number[]): number[] {
  switch (fn.fn) {
    case 'bands':
      return values.map((v) => bandScore(v, fn.bands));
    case 'linear':
      return values.map((v) => linearScore(v, fn.from, fn.to));
    case 'pass':
      return values.map((v) => (v >= fn.threshold ? 100 : 0));
    case 'rank':
      return rankScores(values, fn.higherIsBetter ?? true);
  }
}
