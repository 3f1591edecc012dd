import { describe, expect, it } from 'vitest';
import { bandScore, competitionRanks, linearScore, passScore, rankScores, ratedScore, scoreAll } from './functions.js';
import { gradeAll } from './grading.js';

describe('scoring functions against hand computations', () => {
  it('bands: the highest band reached', () => {
    const bands = [
      { min: 0, score: 20 },
      { min: 10, score: 60 },
      { min: 20, score: 100 },
    ];
    expect(bandScore(-1, bands)).toBe(0);
    expect(bandScore(0, bands)).toBe(20);
    expect(bandScore(9.99, bands)).toBe(20);
    expect(bandScore(10, bands)).toBe(60);
    expect(bandScore(25, [...bands].reverse())).toBe(100);
  });

  it('linear: clamped between two values, either direction', () => {
    expect(linearScore(5, 0, 20)).toBe(25);
    expect(linearScore(-3, 0, 20)).toBe(0);
    expect(linearScore(30, 0, 20)).toBe(100);
    // Lower is better: 2 days late of a 0–8 scale → (2 − 8)/(0 − 8) = 75.
    expect(linearScore(2, 8, 0)).toBe(75);
    expect(linearScore(1, 0, 3)).toBe(33.33);
    expect(linearScore(4, 4, 4)).toBe(100);
  });

  it('pass/fail', () => {
    expect(passScore(0.6, 0.6)).toBe(100);
    expect(passScore(0.59, 0.6)).toBe(0);
  });

  it('rank: percentile within the round, ties share the better place', () => {
    // values 10, 30, 20, 30 → ranks 4, 1, 3, 1 → 100 × (4 − r) / 3.
    expect(competitionRanks([10, 30, 20, 30])).toEqual([4, 1, 3, 1]);
    expect(rankScores([10, 30, 20, 30])).toEqual([0, 100, 33.33, 100]);
    expect(rankScores([10, 30, 20], false)).toEqual([100, 0, 50]);
    expect(rankScores([7])).toEqual([100]);
    expect(scoreAll({ fn: 'rank' }, [])).toEqual([]);
  });

  it('rated: the raters mean on the item scale, as a share of its max', () => {
    expect(ratedScore([8, 9], 10)).toEqual({ mean: 8.5, score: 85 });
    expect(ratedScore([], 10)).toEqual({ mean: null, score: 0 });
  });

  it('grades by cut-offs and by a quota that is never exceeded', () => {
    expect(gradeAll([95, 80, 65, 10], { mode: 'cutoffs', excellent: 90, good: 75, fair: 60 }).map((r) => r.grade)).toEqual(['excellent', 'good', 'fair', 'poor']);
    // 10 targets, 20 % → 2 优秀; 90 and 90 tie at rank 2 across the edge: both stay 良好.
    const totals = [99, 90, 90, 85, 80, 70, 65, 60, 50, 40];
    const q = gradeAll(totals, { mode: 'quota', excellentShare: 0.2, good: 75, fair: 60 });
    expect(q.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 6, 7, 8, 9, 10]);
    expect(q.map((r) => r.grade)).toEqual(['excellent', 'good', 'good', 'good', 'good', 'fair', 'fair', 'fair', 'poor', 'poor']);
    const q2 = gradeAll([99, 91, 90, 85, 80], { mode: 'quota', excellentShare: 0.4, good: 75, fair: 60 });
    expect(q2.filter((r) => r.grade === 'excellent')).toHaveLength(2);
  });
});
