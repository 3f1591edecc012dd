import { describe, expect, it } from 'vitest';
import { answerPoints, assignTiers, defaultAwardRule, defaultScoring, latencyGrace, rankEntrants, teamTotals, tierCutoffs } from './scoring.js';
import { optionOrder, shownOptions, toOriginalLetters, toShownLetters } from './option-order.js';

describe('answer points', () => {
  it('gives the base plus ⌊1000·(T−t)/T⌋ for a correct answer', () => {
    expect(answerPoints(defaultScoring, true, 0, 20_000)).toBe(2000);
    expect(answerPoints(defaultScoring, true, 5_000, 20_000)).toBe(1750);
    expect(answerPoints(defaultScoring, true, 19_999, 20_000)).toBe(1000);
    expect(answerPoints(defaultScoring, true, 25_000, 20_000)).toBe(1000);
    expect(answerPoints(defaultScoring, true, 7_001, 10_000)).toBe(1000 + Math.floor((1000 * 2_999) / 10_000));
  });
  it('gives nothing for a wrong answer and no bonus when disabled', () => {
    expect(answerPoints(defaultScoring, false, 0, 20_000)).toBe(0);
    expect(answerPoints({ ...defaultScoring, correctPoints: 10, speedBonusMax: 0 }, true, 0, 20_000)).toBe(10);
  });
});

describe('ranking', () => {
  it('orders by score, then time, and shares ranks on a full tie', () => {
    const r = rankEntrants([
      { id: 1, score: 100, timeMs: 5 },
      { id: 2, score: 300, timeMs: 9 },
      { id: 3, score: 300, timeMs: 4 },
      { id: 4, score: 100, timeMs: 5 },
      { id: 5, score: 50, timeMs: 1 },
    ]);
    expect(r.map((x) => [x.entrant.id, x.rank])).toEqual([[3, 1], [2, 2], [1, 3], [4, 3], [5, 5]]);
  });
});

describe('award tiers', () => {
  it('awards about one in ten by default: 1% gold, 3% silver, 6% bronze', () => {
    expect(tierCutoffs(defaultAwardRule, 10_000)).toEqual({ gold: 100, silver: 400, bronze: 1000 });
    const players = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, score: 5000 - i, timeMs: 0 }));
    const tiers = assignTiers(rankEntrants(players), defaultAwardRule);
    expect(tiers.length).toBe(100);
    expect(tiers.filter((t) => t.tier === 'gold').length).toBe(10);
    expect(tiers.filter((t) => t.tier === 'silver').length).toBe(30);
    expect(tiers.filter((t) => t.tier === 'bronze').length).toBe(60);
  });
  it('gives at least one gold in a small field and never more than the players', () => {
    expect(tierCutoffs(defaultAwardRule, 3)).toEqual({ gold: 1, silver: 1, bronze: 1 });
    expect(tierCutoffs({ kind: 'count', gold: 1, silver: 2, bronze: 3 }, 4)).toEqual({ gold: 1, silver: 3, bronze: 4 });
    expect(tierCutoffs(defaultAwardRule, 0)).toEqual({ gold: 0, silver: 0, bronze: 0 });
  });
  it('keeps every tie at a cut-off in the tier, and nobody below the minimum score', () => {
    const r = rankEntrants([
      { id: 1, score: 10, timeMs: 1 },
      { id: 2, score: 10, timeMs: 1 },
      { id: 3, score: 5, timeMs: 1 },
      { id: 4, score: 0, timeMs: 0 },
    ]);
    const tiers = assignTiers(r, { kind: 'count', gold: 1, silver: 0, bronze: 3 });
    expect(tiers.map((t) => [t.entrant.id, t.tier])).toEqual([[1, 'gold'], [2, 'gold'], [3, 'bronze']]);
  });
});

describe('teams', () => {
  it('sums or averages the players of each team', () => {
    const m = [
      { teamId: 1, score: 100, timeMs: 10 },
      { teamId: 1, score: 51, timeMs: 20 },
      { teamId: 2, score: 90, timeMs: 5 },
    ];
    expect(teamTotals(m, 'sum').find((t) => t.id === 1)).toMatchObject({ score: 151, timeMs: 30, players: 2 });
    expect(teamTotals(m, 'average').find((t) => t.id === 1)).toMatchObject({ score: 75, timeMs: 15 });
  });
});

describe('latency grace and option order', () => {
  it('grants half the round trip, capped at 300 ms', () => {
    expect(latencyGrace(null)).toBe(0);
    expect(latencyGrace(120)).toBe(60);
    expect(latencyGrace(2000)).toBe(300);
  });
  it('shuffles per player deterministically and maps answers back', () => {
    const a = optionOrder(7, 1, 42, 4);
    expect(optionOrder(7, 1, 42, 4)).toEqual(a);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    const orders = new Set(Array.from({ length: 30 }, (_, p) => optionOrder(7, p, 42, 4).join('')));
    expect(orders.size).toBeGreaterThan(5);
    const options = ['甲', '乙', '丙', '丁'];
    const shown = shownOptions(options, a);
    const pos = shown.indexOf('丙');
    const letter = 'ABCD'[pos];
    expect(toOriginalLetters([letter], a)).toEqual(['C']);
    expect(toShownLetters(['C'], a)).toEqual([letter]);
  });
});
