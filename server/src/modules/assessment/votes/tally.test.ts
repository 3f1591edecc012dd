import { describe, expect, it } from 'vitest';
import { groupMean, weightedVoteScore } from './tally.js';

const scores = { good: 100, fairly_good: 85, average: 70, poor: 50 };

describe('述职评议 vote scores', () => {
  it('a group’s mean is its grades’ scores averaged; no votes, no mean', () => {
    expect(groupMean({ good: 2, fairly_good: 1, average: 0, poor: 0 }, scores)).toBeCloseTo(95, 10);
    expect(groupMean({ good: 0, fairly_good: 0, average: 2, poor: 1 }, scores)).toBeCloseTo(190 / 3, 10);
    expect(groupMean({ good: 0, fairly_good: 0, average: 0, poor: 0 }, scores)).toBeNull();
  });

  it('groups are weighted among those with votes; none at all gives null', () => {
    expect(weightedVoteScore([{ weight: 60, mean: 95 }, { weight: 40, mean: 90 }])).toBe(93);
    expect(weightedVoteScore([{ weight: 60, mean: 190 / 3 }, { weight: 40, mean: 170 / 3 }])).toBe(60.67);
    // The members did not vote: the leaders alone decide, not 60 % of them.
    expect(weightedVoteScore([{ weight: 60, mean: 80 }, { weight: 40, mean: null }])).toBe(80);
    expect(weightedVoteScore([{ weight: 60, mean: null }])).toBeNull();
    // Weights need not add up to 100: 1 : 3.
    expect(weightedVoteScore([{ weight: 1, mean: 100 }, { weight: 3, mean: 60 }])).toBe(70);
  });
});
