import { describe, expect, it } from 'vitest';
import { MinCostFlow } from './min-cost-flow.js';
import { assignReviewers, type AssignmentInput } from './assignment.js';
import { normalise, tiersByQuota, type ReviewScore } from './normalise.js';
import { conflictReason } from './conflicts.js';
import { countChars } from '../competitions/word-count.js';
import { makeRandom } from '../../../seed/random.js';

describe('min-cost flow', () => {
  it('finds the cheapest max flow, and the cheapest flow of a limited value through a negative edge', () => {
    // s=0, t=3. Paths: 0→1→2→3 costs 1−2+1 = 0, 0→1→3 costs 2, 0→2→3 costs 5.
    const build = () => {
      const g = new MinCostFlow(4);
      g.addEdge(0, 1, 2, 1);
      g.addEdge(0, 2, 1, 4);
      const direct = g.addEdge(1, 3, 1, 1);
      g.addEdge(2, 3, 2, 1);
      const across = g.addEdge(1, 2, 1, -2);
      return { g, direct, across };
    };
    const all = build();
    expect(all.g.run(0, 3)).toEqual({ flow: 3, cost: 7 });
    const one = build();
    expect(one.g.run(0, 3, 1)).toEqual({ flow: 1, cost: 0 });
    expect(one.g.flowOn(one.across)).toBe(1);
    expect(one.g.flowOn(one.direct)).toBe(0);
    const two = build();
    expect(two.g.run(0, 3, 2)).toEqual({ flow: 2, cost: 2 });
  });

  it('stops at the limit', () => {
    const g = new MinCostFlow(2);
    g.addEdge(0, 1, 10, 3);
    expect(g.run(0, 1, 4)).toEqual({ flow: 4, cost: 12 });
  });
});

/** A random instance: `n` cases, `m` reviewers, each case in conflict with some reviewers and matching some. */
function instance(seed: number, n: number, m: number, k: number, conflictP = 0.2, matchP = 0.4): AssignmentInput {
  const r = makeRandom(seed);
  return {
    reviewers: m,
    k,
    cases: Array.from({ length: n }, () => {
      const allowed = Array.from({ length: m }, (_, j) => j).filter(() => !r.chance(conflictP));
      return { allowed, matches: new Set(allowed.filter(() => r.chance(matchP))) };
    }),
  };
}

/** Every assignment within the bounds, by enumeration: the most matches, or −1 when none is feasible. */
function bruteForceBest(inp: AssignmentInput, floor: number, ceil: number): number {
  const subsets = (list: number[], k: number): number[][] =>
    k === 0 ? [[]] : list.length < k ? [] : [...subsets(list.slice(1), k - 1).map((s) => [list[0], ...s]), ...subsets(list.slice(1), k)];
  const options = inp.cases.map((c) => subsets(c.allowed, inp.k));
  let best = -1;
  const loads = new Array<number>(inp.reviewers).fill(0);
  const walk = (i: number, matches: number) => {
    if (i === options.length) {
      if (loads.every((l) => l >= floor && l <= ceil)) best = Math.max(best, matches);
      return;
    }
    for (const pick of options[i]) {
      if (pick.some((r) => loads[r] + 1 > ceil)) continue;
      pick.forEach((r) => loads[r]++);
      const set = inp.cases[i].matches as Set<number>;
      walk(i + 1, matches + pick.filter((r) => set.has(r)).length);
      pick.forEach((r) => loads[r]--);
    }
  };
  walk(0, 0);
  return best;
}

describe('balanced assignment', () => {
  it('gives every case k reviewers, loads within one of each other, never a conflicting reviewer (fixture 120 × 20 × 5)', () => {
    const inp = instance(7, 120, 20, 5);
    const res = assignReviewers(inp);
    expect(res.short).toEqual([]);
    expect(res.floor).toBe(30);
    expect(res.ceil).toBe(30);
    res.byCase.forEach((list, c) => {
      expect(new Set(list).size).toBe(5);
      for (const r of list) expect(inp.cases[c].allowed).toContain(r);
    });
    expect(Math.max(...res.loads) - Math.min(...res.loads)).toBe(0);
    expect(res.loads.reduce((a, b) => a + b, 0)).toBe(600);
  });

  it('is optimal: the same number of matches as a brute force over every assignment (tiny instances)', () => {
    let feasible = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const inp = instance(seed, 4, 4, 2, 0.15, 0.5);
      const res = assignReviewers(inp);
      const best = bruteForceBest(inp, res.floor, res.ceil);
      if (best < 0) {
        expect(res.short.length).toBeGreaterThan(0);
        continue;
      }
      feasible++;
      expect(res.short).toEqual([]);
      expect(res.loads.every((l) => l >= res.floor && l <= res.ceil)).toBe(true);
      expect(res.matches, `seed ${seed}`).toBe(best);
    }
    expect(feasible).toBeGreaterThan(6);
  });

  it('counts reviews already held (hand-made) towards k and the loads', () => {
    const inp = instance(3, 6, 3, 2, 0, 0.5);
    const res = assignReviewers({ ...inp, existing: [[0], [], [], [], [], []], existingLoad: [1, 0, 0] });
    expect(res.byCase[0]).toHaveLength(1);
    expect(res.byCase[0]).not.toContain(0);
    expect(res.loads).toEqual([4, 4, 4]);
  });
});

describe('normalisation (hand computed)', () => {
  // Reviewer 1 is harsh (60, 70, 80: μ 70, σ √(200/3) = 8.164966), reviewer 2 lenient (85, 90, 95: μ 90, σ 4.082483),
  // reviewer 3 scores only case C (75: σ 0 → z 0).
  const scores: ReviewScore[] = [
    { caseId: 1, reviewerId: 1, total: 60 },
    { caseId: 1, reviewerId: 2, total: 95 },
    { caseId: 2, reviewerId: 1, total: 80 },
    { caseId: 2, reviewerId: 2, total: 85 },
    { caseId: 3, reviewerId: 1, total: 70 },
    { caseId: 3, reviewerId: 2, total: 90 },
    { caseId: 3, reviewerId: 3, total: 75 },
  ];

  it('z-scores: each reviewer on their own scale', () => {
    const r = new Map(normalise(scores, 'zscore').map((x) => [x.caseId, x]));
    // Case 1: z(60 | harsh) = −10/8.164966 = −1.224745; z(95 | lenient) = 5/4.082483 = 1.224745 → 0.
    expect(r.get(1)!.score).toBeCloseTo(0, 6);
    // Case 2: +1.224745 and −1.224745 → 0. Case 3: 0, 0, 0 → 0.
    expect(r.get(2)!.score).toBeCloseTo(0, 6);
    expect(r.get(3)!.score).toBeCloseTo(0, 6);
    expect(r.get(1)!.rawMean).toBe(77.5);
    expect(r.get(2)!.rawMean).toBe(82.5);
    expect(r.get(3)!.rawMean).toBe(78.333333);
    // All scores tie at 0: ranks fall back to the raw mean (82.5 > 78.33 > 77.5).
    expect([r.get(2)!.rank, r.get(3)!.rank, r.get(1)!.rank]).toEqual([1, 2, 3]);
  });

  it('z-scores change the order when a harsh reviewer favours a case', () => {
    const s: ReviewScore[] = [
      { caseId: 1, reviewerId: 1, total: 70 }, // harsh reviewer's best
      { caseId: 2, reviewerId: 1, total: 50 },
      { caseId: 3, reviewerId: 2, total: 90 }, // lenient reviewer's worst
      { caseId: 4, reviewerId: 2, total: 98 },
    ];
    const z = normalise(s, 'zscore');
    const mean = normalise(s, 'mean');
    // Reviewer 1: μ 60, σ 10 → case 1 z=+1, case 2 z=−1. Reviewer 2: μ 94, σ 4 → case 3 −1, case 4 +1.
    expect(z.find((x) => x.caseId === 1)!.score).toBe(1);
    expect(z.find((x) => x.caseId === 3)!.score).toBe(-1);
    expect(mean.find((x) => x.caseId === 1)!.rank).toBe(3);
    // Ties at +1 between cases 1 and 4 are broken by the raw mean: 4 first, then 1.
    expect(z.find((x) => x.caseId === 4)!.rank).toBe(1);
    expect(z.find((x) => x.caseId === 1)!.rank).toBe(2);
  });

  it('drops the highest and the lowest score (去掉一个最高分、去掉一个最低分)', () => {
    const s: ReviewScore[] = [60, 72, 75, 78, 99].map((total, i) => ({ caseId: 9, reviewerId: i + 1, total }));
    const [r] = normalise(s, 'trimmed_mean');
    // (72 + 75 + 78) / 3 = 75; the plain mean is 76.8.
    expect(r.score).toBe(75);
    expect(r.rawMean).toBe(76.8);
    // Two scores: nothing is dropped.
    expect(normalise(s.slice(0, 2), 'trimmed_mean')[0].score).toBe(66);
  });

  it('awards tiers down the ranking by quota', () => {
    const ranked = [5, 3, 8, 1, 2].map((caseId, i) => ({ caseId, rank: i + 1 }));
    const tiers = tiersByQuota(ranked, { demonstration: 1, excellent: 2 });
    expect([...tiers]).toEqual([
      [5, 'demonstration'],
      [3, 'excellent'],
      [8, 'excellent'],
    ]);
  });
});

describe('conflicts', () => {
  const facts = (affiliationPath: string | null, declaredPaths: string[] = []) => ({ affiliationPath, declaredPaths });
  it('excludes the same organisation, its parent and children, the same agency, and declared relations', () => {
    expect(conflictReason(facts('/1/5/23/'), '/1/5/23/')).toBe('same_org');
    expect(conflictReason(facts('/1/5/23/'), '/1/5/')).toBe('parent_org');
    expect(conflictReason(facts('/1/5/'), '/1/5/23/')).toBe('parent_org');
    expect(conflictReason(facts('/1/5/23/'), '/1/5/24/')).toBe('same_agency');
    expect(conflictReason(facts('/1/5/23/'), '/1/6/30/')).toBeNull();
    expect(conflictReason(facts(null, ['/1/6/']), '/1/6/30/')).toBe('declared');
    expect(conflictReason(facts(null), '/1/6/30/')).toBeNull();
    // Committee staff at the root: only the committee's own cases.
    expect(conflictReason(facts('/1/'), '/1/6/30/')).toBeNull();
  });
});

describe('word count', () => {
  it('counts Han characters one by one and letter/digit runs as one word; punctuation and spaces count nothing', () => {
    expect(countChars('青年干部2026年参加了3次APP培训。')).toBe(14);
    expect(countChars('“四个三”路径')).toBe(5);
    expect(countChars('demands answered on time 98%')).toBe(5);
    expect(countChars('  ，。！')).toBe(0);
  });
});
