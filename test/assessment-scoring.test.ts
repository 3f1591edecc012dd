import { describe, expect, it } from 'vitest';
import { previewScores, type ScoringFn } from '../common/assessment-scoring.js';
import { scoreAll } from '../server/src/modules/assessment/scoring/functions.js';

// The system editor previews scores with common/assessment-scoring.ts; rounds are computed with the server's functions.
describe('assessment scoring: the editor preview agrees with the server', () => {
  it('gives hand-computed scores', () => {
    expect(previewScores({ fn: 'linear', from: 0, to: 10 }, [-1, 0, 2.5, 10, 12])).toEqual([0, 0, 25, 100, 100]);
    expect(previewScores({ fn: 'linear', from: 10, to: 0 }, [0, 4, 10])).toEqual([100, 60, 0]);
    expect(previewScores({ fn: 'bands', bands: [{ min: 0, score: 40 }, { min: 60, score: 80 }, { min: 90, score: 100 }] }, [-5, 0, 59.9, 60, 95])).toEqual([0, 40, 40, 80, 100]);
    expect(previewScores({ fn: 'pass', threshold: 3 }, [2.99, 3, 7])).toEqual([0, 100, 100]);
    expect(previewScores({ fn: 'rank' }, [10, 5, 5, 1])).toEqual([100, 66.67, 66.67, 0]) // ranks 1, 2, 2, 4 of 4;
    expect(previewScores({ fn: 'rank', higherIsBetter: false }, [10, 5, 1])).toEqual([0, 50, 100]);
    expect(previewScores({ fn: 'rank' }, [7])).toEqual([100]);
  });

  it('equals the server on many random values and functions', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const value = () => Math.round((rnd() * 200 - 50) * 10) / 10;
    for (let k = 0; k < 300; k++) {
      const fns: ScoringFn[] = [
        { fn: 'linear', from: value(), to: value() },
        { fn: 'bands', bands: Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ({ min: value(), score: Math.round(rnd() * 100) })) },
        { fn: 'pass', threshold: value() },
        { fn: 'rank', higherIsBetter: rnd() > 0.5 },
      ];
      const values = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => (rnd() < 0.3 ? 10 : value()));
      for (const fn of fns) expect(previewScores(fn, values), JSON.stringify({ fn, values })).toEqual(scoreAll(fn, values));
    }
  });
});
