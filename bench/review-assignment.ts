// npm run bench -- review-assignment [--cases 770] [--reviewers 60] [--k 5] [--runs 3]
// The blind-review assignment of an innovation case competition (showcase): every case k reviewers, each reviewer's
// load within [floor, ceil] = the tightest balance, no conflicts (same agency, parent/child organisation, declared),
// the most expertise matches — by min-cost flow (server/src/modules/showcase/review/assignment.ts), against the greedy
// loop it replaces (case by case, matching reviewers first, then the least loaded) on the same instance in the same run.
// The instance is synthetic and deterministic: 58 agencies, 10 categories; two thirds of the reviewers sit in an
// agency (conflict with its cases), a third come from outside; each knows 1–2 categories; 1 in 10 declares a relation.
import { parseArgs } from 'node:util';
import { assignReviewers, greedyAssign, type AssignmentInput } from '../server/src/modules/showcase/review/assignment.js';
import { conflictReason } from '../server/src/modules/showcase/review/conflicts.js';
import { makeRandom } from '../server/src/seed/random.js';
import { median, round } from './lib/timing.js';

export function syntheticInstance(cases: number, reviewers: number, k: number, seed = 2026): AssignmentInput {
  const r = makeRandom(seed);
  const agencies = Array.from({ length: 58 }, (_, i) => `/1/${i + 2}/`);
  const categories = 10;
  const people = Array.from({ length: reviewers }, () => {
    const affiliationPath = r.chance(2 / 3) ? `${r.pick(agencies)}${r.int(100, 999)}/` : null;
    const declaredPaths = r.chance(0.1) ? [r.pick(agencies)] : [];
    const expertise = new Set(Array.from({ length: r.int(1, 2) }, () => r.int(0, categories - 1)));
    return { affiliationPath, declaredPaths, expertise };
  });
  return {
    reviewers,
    k,
    cases: Array.from({ length: cases }, () => {
      const path = `${agencies[r.zipf(agencies.length, 0.6)]}${r.int(100, 999)}/`;
      const category = r.zipf(categories, 0.5);
      const allowed = people.flatMap((p, j) => (conflictReason(p, path) ? [] : [j]));
      return { allowed, matches: new Set(allowed.filter((j) => people[j].expertise.has(category))) };
    }),
  };
}

function quality(inp: AssignmentInput, res: ReturnType<typeof assignReviewers>) {
  const conflicts = res.byCase.reduce((s, list, c) => s + list.filter((j) => !inp.cases[c].allowed.includes(j)).length, 0);
  const reviews = res.loads.reduce((a, b) => a + b, 0);
  return {
    spread: Math.max(...res.loads) - Math.min(...res.loads),
    minLoad: Math.min(...res.loads),
    maxLoad: Math.max(...res.loads),
    matches: res.matches,
    matchRate: reviews ? res.matches / reviews : 0,
    short: res.short.length,
    missingReviews: inp.cases.length * inp.k - reviews,
    conflicts,
  };
}

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { cases: { type: 'string', default: '770' }, reviewers: { type: 'string', default: '60' }, k: { type: 'string', default: '5' }, runs: { type: 'string', default: '3' } } });
  const [n, m, k, runs] = [values.cases, values.reviewers, values.k, values.runs].map((v) => Math.max(1, Number(v)));
  const inp = syntheticInstance(n, m, k);
  const allowedMean = inp.cases.reduce((s, c) => s + c.allowed.length, 0) / n;
  console.log(`instance: ${n} cases × ${m} reviewers × ${k} reviews; ${allowedMean.toFixed(1)} reviewers allowed a case on average (conflicts removed)`);

  const flowMs: number[] = [];
  const greedyMs: number[] = [];
  let flow = assignReviewers(inp);
  let greedy = greedyAssign(inp);
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    flow = assignReviewers(inp);
    flowMs.push(performance.now() - t);
    t = performance.now();
    greedy = greedyAssign(inp);
    greedyMs.push(performance.now() - t);
  }
  const qf = quality(inp, flow);
  const qg = quality(inp, greedy);
  const line = (name: string, ms: number, q: typeof qf) =>
    console.log(`${name.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms  load ${q.minLoad}–${q.maxLoad} (max−min ${q.spread})  matches ${q.matches} (${(q.matchRate * 100).toFixed(1)}%)  cases short ${q.short} (${q.missingReviews} reviews missing)  conflicts ${q.conflicts}`);
  console.log(`bounds: every load in [${flow.floor}, ${flow.ceil}]`);
  line('min-cost flow', median(flowMs), qf);
  line('greedy', median(greedyMs), qg);
  const ratios = {
    timeRatio: round(median(flowMs) / Math.max(0.001, median(greedyMs)), 1),
    spreadRatio: qg.spread ? round(qf.spread / qg.spread, 3) : null,
    matchRatio: qg.matches ? round(qf.matches / qg.matches, 3) : null,
  };
  console.log(`ratios (flow / greedy): time ${ratios.timeRatio}×, max−min load ${ratios.spreadRatio ?? '—'} (${qf.spread} vs ${qg.spread}), expertise matches ${ratios.matchRatio ?? '—'} (${qf.matches} vs ${qg.matches}); greedy leaves ${qg.short} cases short`);
  console.log(
    JSON.stringify({
      bench: 'review-assignment',
      cases: n,
      reviewers: m,
      k,
      flowMs: round(median(flowMs), 1),
      greedyMs: round(median(greedyMs), 1),
      flow: qf,
      greedy: qg,
      ...ratios,
    }),
  );
}
