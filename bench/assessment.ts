// npm run bench -- assessment [--scale city] [--runs 3] [--sample 200]
// A city-wide young-cadre assessment round (every person of at most 35 on the period's last day: ~8,000 in the city)
// over a 20-leaf indicator system (18 computed leaves on the six person metrics that batch — 3 scoring functions
// each — and 2 rated leaves), computed as POST …/compute does: each computed leaf asked once for all targets
// (FiguresEngine.byPeople), against evaluating each target's leaves one by one. The one-by-one way takes ~1 query per
// target and leaf, so it runs on `--sample` targets and its time is scaled to the whole round; the sample's values
// must equal the batch's.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import { parseEnv } from '../server/src/kernel/env.js';
import { shanghaiDay } from '../server/src/kernel/time.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { loadRound } from '../server/src/modules/assessment/assessment.access.js';
import { computeRound, computedValues, roundWindow } from '../server/src/modules/assessment/rounds/compute.js';
import { targetsOf } from '../server/src/modules/assessment/rounds/targets.js';
import { versionById } from '../server/src/modules/assessment/systems/systems.queries.js';
import { leavesOf } from '../server/src/modules/assessment/systems/tree.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { median, round, timed } from './lib/timing.js';

/** The person metrics that answer for many people in one query (MetricDef.byPeople). */
const metrics = ['content.my_study_hours', 'learning.my_quiz_accuracy', 'learning.my_required_progress', 'contests.my_finished_rounds', 'contests.my_accuracy', 'contests.my_award_points'];

function benchTree() {
  const scorings = [
    { fn: 'linear', from: 0, to: 10 },
    { fn: 'bands', bands: [{ min: 0.5, score: 60 }, { min: 1, score: 80 }, { min: 5, score: 100 }] },
    { fn: 'rank' },
  ];
  // 3 levels: 学习/本领 (one 二级 per metric, three 三级 scorings each) and 表现 (two rated items).
  const perMetric = (m: string, i: number) => ({
    key: `m${i}`,
    name: m,
    weight: 100 / 3,
    children: scorings.map((s, k) => ({ key: `m${i}s${k}`, name: `${m} ${s.fn}`, weight: k === 2 ? 100 - 2 * 33.33 : 33.33, leaf: { type: 'computed', metric: m, scoring: s } })),
  });
  const fix = (list: { weight: number }[]) => {
    list[list.length - 1].weight = Math.round((100 - list.slice(0, -1).reduce((a, n) => a + n.weight, 0)) * 1e6) / 1e6;
    return list;
  };
  return [
    { key: 'study', name: '比学习', weight: 40, children: fix(metrics.slice(0, 3).map(perMetric)) },
    { key: 'skill', name: '比本领', weight: 40, children: fix(metrics.slice(3).map((m, i) => perMetric(m, i + 3))) },
    {
      key: 'conduct',
      name: '工作表现',
      weight: 20,
      children: [
        { key: 'r1', name: '履职尽责', weight: 50, leaf: { type: 'rated', maxScore: 10, rubric: '' } },
        { key: 'r2', name: '群众评价', weight: 50, leaf: { type: 'rated', maxScore: 10, rubric: '' } },
      ],
    },
  ];
}

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { scale: { type: 'string', default: 'city' }, runs: { type: 'string', default: '3' }, sample: { type: 'string', default: '200' } } });
  const scale = values.scale as SeedScale;
  if (!['tiny', 'small', 'city'].includes(scale)) throw new Error('--scale must be tiny, small or city');
  const runs = Math.max(1, Number(values.runs));

  const { database, env: seededEnv, seededNow, seedSeconds, close } = await openSeededDatabase(scale, (m) => console.log(m));
  console.log(`database: ${database.kind}, ${seededNow ? `seeded in ${seedSeconds.toFixed(1)} s` : 'reused seeded data'}`);
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SCALE: scale, DATABASE_POOL_SIZE: String(seededEnv.DATABASE_POOL_SIZE) });
  const { app, ctx } = await buildApp({ database, env, logger: false });
  await app.ready();
  try {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: env.DEMO_PASSWORD } });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const csrf = login.json().csrfToken as string;
    const call = async (method: 'POST' | 'GET', url: string, payload?: unknown) => {
      const res = await app.inject({ method, url, payload: payload as never, headers: { cookie, 'x-csrf-token': csrf } });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
      return res.json();
    };

    const system = await call('POST', '/api/v1/assessment/systems', { name: `【基准测试】青年干部考核 ${Date.now()}`, targetKind: 'person', tree: benchTree() });
    await call('POST', `/api/v1/assessment/systems/${system.id}/publish`);
    const today = shanghaiDay(new Date());
    const [created, ms0] = await timed(() => call('POST', '/api/v1/assessment/rounds', { name: '【基准测试】全市青年干部考核', systemId: system.id, kind: 'annual', periodFrom: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, periodTo: today })).then(([ms, r]) => [r, ms] as const);
    await call('POST', `/api/v1/assessment/rounds/${created.id}/start`);
    const [root] = await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const r = await loadRound(database.db, { permission: 'assessment.manage', paths: [root.path], personId: null, self: false }, created.id);
    const targets = await targetsOf(database.db, r.id);
    const leaves = leavesOf((await versionById(database.db, r.versionId)).tree);
    const computed = leaves.filter((l) => l.def.type === 'computed');
    const window = roundWindow(r);
    console.log(`round ${r.periodFrom} – ${r.periodTo}: ${targets.length} young cadres × ${leaves.length} leaves (${computed.length} computed) = ${targets.length * leaves.length} scores; created with its targets in ${round(ms0, 0)} ms`);

    // Untimed first touch, so both ways run on a warm database.
    const first = await computedValues(ctx, computed, targets, window, false);
    const batchTimes: number[] = [];
    for (let i = 0; i < runs; i++) batchTimes.push((await timed(() => computedValues(ctx, computed, targets, window, false)))[0]);

    const step = Math.max(1, Math.floor(targets.length / Math.max(1, Number(values.sample))));
    const sample = targets.filter((_, i) => i % step === 0).slice(0, Number(values.sample));
    const [oneMs, one] = await timed(() => computedValues(ctx, computed, sample, window, true));
    const index = new Map(targets.map((t, i) => [t.id, i]));
    for (const [k] of computed.entries()) for (const [j, t] of sample.entries()) if (one[k][j] !== first[k][index.get(t.id)!]) throw new Error(`leaf ${computed[k].key}, target ${t.id}: one by one ${one[k][j]}, batch ${first[k][index.get(t.id)!]}`);
    const oneByOneMs = (oneMs / sample.length) * targets.length;

    // The whole computation as the route runs it: values, scores, totals, grades, ranks, and the writes.
    const [fullMs, done] = await timed(() => computeRound(ctx, r));
    const [httpMs] = await timed(() => call('POST', `/api/v1/assessment/rounds/${r.id}/compute`));
    const [resultsMs, page] = await timed(() => call('GET', `/api/v1/assessment/rounds/${r.id}/results?pageSize=50`));

    const batchMs = median(batchTimes);
    console.log(`computed leaves, each once for all ${targets.length} targets (${computed.length} byPeople calls): median ${round(batchMs, 0)} ms of ${runs}`);
    console.log(`one by one (${computed.length} calls per target), measured on ${sample.length} targets in ${round(oneMs, 0)} ms → ${round(oneByOneMs / 1000, 1)} s for the round — ratio ${round(oneByOneMs / batchMs, 1)}`);
    console.log(`the whole computation (values + ${done.scores} leaf scores written + results): ${round(fullMs, 0)} ms; POST …/compute ${round(httpMs, 0)} ms; GET …/results ${round(resultsMs, 0)} ms (distribution ${JSON.stringify(page.distribution)})`);
    console.log(
      JSON.stringify({
        bench: 'assessment',
        scale,
        database: database.kind,
        targets: targets.length,
        leaves: leaves.length,
        computedLeaves: computed.length,
        scores: done.scores,
        batchMs: round(batchMs, 1),
        oneByOneMs: round(oneByOneMs, 1),
        oneByOneSample: sample.length,
        ratio: round(oneByOneMs / batchMs, 1),
        computeMs: round(fullMs, 1),
        computeHttpMs: round(httpMs, 1),
        resultsHttpMs: round(resultsMs, 1),
      }),
    );
  } finally {
    await app.close();
    await close();
  }
}
