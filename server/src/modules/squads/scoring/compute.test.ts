import { describe, expect, it } from 'vitest';
import { memberAverage, movementOf, perMember, rubricScore, scorePeriod, shareOfBest, weightedTotal, withRanks, type SquadInput } from './compute.js';

// A hand-computed fixture: squad A has 5 members, B has 15, C did nothing.
const squads: SquadInput[] = [
  {
    squadId: 1,
    indicators: {
      learning: { studyHours: 4, quizAccuracy: 80, requiredProgress: 50 },
      skill: { contestRounds: 2, contestAccuracy: 60, awardPoints: 1 },
      innovation: { acceptedPerMember: perMember(2, 5) },
      duty: { dutyPointsPerMember: perMember(6, 5) },
    },
    performance: 90,
  },
  {
    squadId: 2,
    indicators: {
      learning: { studyHours: 2, quizAccuracy: 100, requiredProgress: 100 },
      skill: { contestRounds: 1, contestAccuracy: 90, awardPoints: 0 },
      innovation: { acceptedPerMember: perMember(3, 15) },
      duty: { dutyPointsPerMember: perMember(9, 15) },
    },
    performance: 70,
  },
  {
    squadId: 3,
    indicators: {
      learning: { studyHours: 0, quizAccuracy: 0, requiredProgress: 0 },
      skill: { contestRounds: 0, contestAccuracy: 0, awardPoints: 0 },
      innovation: { acceptedPerMember: 0 },
      duty: { dutyPointsPerMember: 0 },
    },
    performance: 0,
  },
];
const weights = { learning: 30, skill: 20, innovation: 10, duty: 20, performance: 20 };

describe('五比 scoring (pure)', () => {
  it('per-member averages count members without records as 0', () => {
    expect(memberAverage(new Map([[1, 4], [2, 2]]), [1, 2, 3])).toBe(2);
    expect(memberAverage(new Map([[1, 4]]), [])).toBe(0);
    expect(perMember(3, 0)).toBe(0);
  });

  it('maps to 0–100 as a share of the best squad', () => {
    expect(shareOfBest([4, 2, 0])).toEqual([100, 50, 0]);
    expect(shareOfBest([0, 0])).toEqual([0, 0]);
  });

  it('rates 比作为 as the weighted mean of criteria, each the mean over raters; unrated criteria left out', () => {
    const criteria = [
      { id: 1, weight: 2 },
      { id: 2, weight: 1 },
      { id: 3, weight: 1 },
    ];
    const ratings = [
      { criterionId: 1, score: 80 },
      { criterionId: 1, score: 90 },
      { criterionId: 2, score: 60 },
    ];
    expect(rubricScore(criteria, ratings)).toBeCloseTo(230 / 3, 10);
    expect(rubricScore(criteria, [])).toBe(0);
  });

  it('equals the hand computation: normalisation, dimensions, weights, total and ranks', () => {
    const [a, b, c] = scorePeriod(squads, weights);
    // A: learning (100 + 80 + 50) / 3; skill (100 + 66.67 + 100) / 3; innovation and duty are the best per member.
    expect(a).toMatchObject({ squadId: 1, rank: 1, scores: { learning: 76.67, skill: 88.89, innovation: 100, duty: 100, performance: 90 } });
    expect(a.mapped.skill).toEqual({ contestRounds: 100, contestAccuracy: 66.67, awardPoints: 100 });
    // (30 × 76.67 + 20 × 88.89 + 10 × 100 + 20 × 100 + 20 × 90) / 100 = 88.779
    expect(a.total).toBe(88.78);
    // B, 15 members with 3 innovations: 0.2 per member against A's 0.4 → 50.
    expect(b).toMatchObject({ squadId: 2, rank: 2, scores: { learning: 83.33, skill: 50, innovation: 50, duty: 50, performance: 70 } });
    // (30 × 83.33 + 20 × 50 + 10 × 50 + 20 × 50 + 20 × 70) / 100 = 63.999
    expect(b.total).toBe(64);
    expect(c).toMatchObject({ squadId: 3, rank: 3, total: 0 });
  });

  it('equal weights are the plain mean; equal totals share a rank; movement is previous − rank', () => {
    expect(weightedTotal({ learning: 10, skill: 20, innovation: 30, duty: 40, performance: 50 }, { learning: 1, skill: 1, innovation: 1, duty: 1, performance: 1 })).toBe(30);
    const ranked = withRanks([
      { squadId: 1, total: 50, rank: 0 },
      { squadId: 2, total: 70, rank: 0 },
      { squadId: 3, total: 70, rank: 0 },
    ]);
    expect(ranked.map((r) => [r.squadId, r.rank])).toEqual([
      [2, 1],
      [3, 1],
      [1, 3],
    ]);
    expect(movementOf(2, 5)).toBe(3);
    expect(movementOf(2, null)).toBeNull();
  });
});
