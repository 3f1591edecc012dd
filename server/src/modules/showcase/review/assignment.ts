import { MinCostFlow } from './min-cost-flow.js';

/**
 * Balanced review assignment as a min-cost flow. Source → case (capacity k) → reviewer (capacity 1, cost −match
 * when the reviewer's expertise covers the case's category; no edge when they conflict) → sink. Each reviewer's
 * load is held in [floor, ceil]: `floor` units to the sink at a large negative cost (a feasible flow fills them
 * all; the minimum one does too), the rest up to `ceil` at cost 0. Among the assignments where every case gets k
 * reviewers and every load is within bounds, the one returned has the most expertise matches.
 */
export interface AssignmentInput {
  /** Per case: the reviewers (indices) allowed to review it (conflicts already removed) and which of them match. */
  cases: { allowed: number[]; matches: Set<number> | ((reviewer: number) => boolean) }[];
  reviewers: number;
  k: number;
  /** Default floor(n·k / m) and ceil(n·k / m), the tightest balance. */
  floor?: number;
  ceil?: number;
  /** Reviews a reviewer already holds in this round (hand-made ones kept): they count towards the bounds. */
  existingLoad?: number[];
  /** Per case, reviewers it already has (they are not offered again and count towards k). */
  existing?: number[][];
}

export interface AssignmentResult {
  /** Per case the reviewers newly given to it. */
  byCase: number[][];
  loads: number[];
  matches: number;
  /** Cases that could not get k reviewers within the bounds (empty when the assignment is complete). */
  short: number[];
  floor: number;
  ceil: number;
}

const MATCH_COST = 1;

export function balancedBounds(cases: number, reviewers: number, k: number) {
  const total = cases * k;
  return { floor: Math.floor(total / reviewers), ceil: Math.ceil(total / reviewers) };
}

export function assignReviewers(input: AssignmentInput): AssignmentResult {
  const n = input.cases.length;
  const m = input.reviewers;
  const existingLoad = input.existingLoad ?? new Array<number>(m).fill(0);
  const existing = input.existing ?? input.cases.map(() => []);
  const total = input.cases.reduce((s, _, i) => s + Math.max(0, input.k - existing[i].length), 0) + existingLoad.reduce((a, b) => a + b, 0);
  const bounds = m > 0 ? { floor: Math.floor(total / m), ceil: Math.ceil(total / m) } : { floor: 0, ceil: 0 };
  const floor = input.floor ?? bounds.floor;
  const ceil = Math.max(floor, input.ceil ?? bounds.ceil);
  const big = (n + 1) * MATCH_COST * Math.max(1, input.k) + 1;

  const s = n + m;
  const t = s + 1;
  const g = new MinCostFlow(n + m + 2);
  const edges: { c: number; r: number; id: number }[] = [];
  let want = 0;
  for (let c = 0; c < n; c++) {
    const need = Math.max(0, input.k - existing[c].length);
    if (need === 0) continue;
    want += need;
    g.addEdge(s, c, need, 0);
    const taken = new Set(existing[c]);
    const match = input.cases[c].matches;
    const isMatch = typeof match === 'function' ? match : (r: number) => match.has(r);
    for (const r of input.cases[c].allowed) {
      if (taken.has(r)) continue;
      edges.push({ c, r, id: g.addEdge(c, n + r, 1, isMatch(r) ? -MATCH_COST : 0) });
    }
  }
  for (let r = 0; r < m; r++) {
    const lo = Math.max(0, floor - existingLoad[r]);
    const hi = Math.max(0, ceil - existingLoad[r]);
    if (lo > 0) g.addEdge(n + r, t, lo, -big);
    if (hi > lo) g.addEdge(n + r, t, hi - lo, 0);
  }
  g.run(s, t, want);

  const byCase: number[][] = input.cases.map(() => []);
  const loads = [...existingLoad];
  let matches = 0;
  for (const e of edges) {
    if (g.flowOn(e.id) > 0) {
      byCase[e.c].push(e.r);
      loads[e.r] += 1;
      const match = input.cases[e.c].matches;
      if (typeof match === 'function' ? match(e.r) : match.has(e.r)) matches += 1;
    }
  }
  const short = byCase.flatMap((list, c) => (list.length + existing[c].length < input.k ? [c] : []));
  return { byCase, loads, matches, short, floor, ceil };
}

/**
 * The greedy loop the optimiser replaces (for the bench): case by case, the k least-loaded allowed reviewers,
 * expertise matches first, never above `ceil`.
 */
export function greedyAssign(input: AssignmentInput): AssignmentResult {
  const m = input.reviewers;
  const { floor, ceil } = { ...balancedBounds(input.cases.length, m, input.k), ...(input.floor !== undefined ? { floor: input.floor } : {}), ...(input.ceil !== undefined ? { ceil: input.ceil } : {}) };
  const loads = new Array<number>(m).fill(0);
  let matches = 0;
  const byCase = input.cases.map((c) => {
    const match = c.matches;
    const isMatch = typeof match === 'function' ? match : (r: number) => match.has(r);
    const ranked = c.allowed
      .filter((r) => loads[r] < ceil)
      .map((r) => ({ r, m: isMatch(r) }))
      .sort((a, b) => Number(b.m) - Number(a.m) || loads[a.r] - loads[b.r] || a.r - b.r)
      .slice(0, input.k);
    for (const x of ranked) {
      loads[x.r] += 1;
      if (x.m) matches += 1;
    }
    return ranked.map((x) => x.r);
  });
  const short = byCase.flatMap((list, c) => (list.length < input.k ? [c] : []));
  return { byCase, loads, matches, short, floor, ceil };
}
