// npm run bench -- analytics [--years 1] [--per-year 1000000] [--runs 20] [--trgm]
// The three rates by department for the last year: read from demand_daily_rollup against the
// naive scan of the demands table, in the same run, on PostgreSQL; then keyword search latency.
// --trgm also compares the keyword search with a pg_trgm index on the raw text (bench/lib/trgm-compare.ts).
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { rows } from '../server/src/kernel/db/client.js';
import type { Scope } from '../server/src/kernel/access/scope.js';
import { ratesBy } from '../server/src/modules/demands/analytics/analytics.js';
import { getSettings } from '../server/src/modules/demands/config/demands.settings.js';
import { searchDemands } from '../server/src/modules/demands/intake/demands.search.js';
import { openDemandsBenchDb } from './lib/demands-db.js';
import { median, p95, timed } from './lib/timing.js';
import { compareTrigram, trigramExtraQueries } from './lib/trgm-compare.js';

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { years: { type: 'string', default: '1' }, 'per-year': { type: 'string', default: '1000000' }, runs: { type: 'string', default: '20' }, trgm: { type: 'boolean', default: false } } });
  const years = Number(values.years);
  const perYear = Number(values['per-year']);
  const runs = Number(values.runs);
  const { database } = await openDemandsBenchDb(years, perYear, (m) => console.log(m));
  const db = database.db;
  try {
    const [{ n, from, to }] = await rows<{ n: string; from: string; to: string }>(db, sql`SELECT count(*) AS n, to_char(max(received_at AT TIME ZONE 'Asia/Shanghai') - interval '364 days', 'YYYY-MM-DD') AS "from",
      to_char(max(received_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS "to" FROM demands`);
    const [root] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const scope: Scope = { permission: 'demands.read', paths: [root.path], personId: null, self: false };
    const defs = await getSettings(db);

    const rollupTimes: number[] = [];
    let viaRollup: Awaited<ReturnType<typeof ratesBy>> = [];
    for (let i = 0; i < runs; i++) {
      const [ms, r] = await timed(() => ratesBy(db, scope, 'org', { from, to }, defs));
      rollupTimes.push(ms);
      viaRollup = r;
    }

    // The same figures straight from the demands table (what the metrics did before the rollup).
    const naive = () =>
      rows<{ org_id: number; received: string; hit_response: string; hit_resolution: string; rated: string; hit_satisfaction: string }>(
        db,
        sql`SELECT COALESCE(d.org_id, 0) AS org_id, count(*) AS received,
                   count(*) FILTER (WHERE d.accepted_at <= d.response_due_at) AS hit_response,
                   count(*) FILTER (WHERE d.answered_at <= d.resolution_due_at) AS hit_resolution,
                   count(*) FILTER (WHERE d.satisfaction IS NOT NULL) AS rated,
                   count(*) FILTER (WHERE d.satisfaction IN ('satisfied', 'basically_satisfied')) AS hit_satisfaction
              FROM demands d
             WHERE d.merged_into_id IS NULL AND d.org_path LIKE ${root.path + '%'}
               AND d.received_at >= (${from}::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND d.received_at < ((${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
             GROUP BY 1`,
      );
    const scanRuns = Math.max(1, Math.min(3, runs));
    const scanTimes: number[] = [];
    let viaScan: Awaited<ReturnType<typeof naive>> = [];
    for (let i = 0; i < scanRuns; i++) {
      const [ms, r] = await timed(naive);
      scanTimes.push(ms);
      viaScan = r;
    }
    const scanByOrg = new Map(viaScan.map((r) => [String(r.org_id), r]));
    const agree = viaRollup.length === viaScan.length && viaRollup.every((r) => Number(scanByOrg.get(r.key)?.received) === r.counts.received && Number(scanByOrg.get(r.key)?.hit_response) === r.counts.respondedInTime);

    const queries = ['停水', '噪音 扰民', '物业 电梯', '垃圾', '供暖 室温', '拖欠工资', '违章停车', '公交'];
    const searchTimes: number[] = [];
    const hits: Record<string, number> = {};
    const searchRounds = Math.max(2, Math.ceil(runs / 4));
    for (let i = 0; i < searchRounds; i++) {
      for (const q of queries) {
        const [ms, r] = await timed(() => searchDemands(db, scope, q));
        searchTimes.push(ms);
        hits[q] = r.items.length;
      }
    }

    const rollupMs = median(rollupTimes);
    const scanMs = median(scanTimes);
    const total = viaRollup.reduce((s, r) => s + r.counts.received, 0);
    console.log(`database: ${database.kind}; ${Number(n).toLocaleString('en')} demands in total (${years} × ${perYear.toLocaleString('en')} generated); year ${from} … ${to}: ${total.toLocaleString('en')}`);
    console.log(`three rates by department, rollup:  median ${rollupMs.toFixed(1)} ms  p95 ${p95(rollupTimes).toFixed(1)} ms  (${runs} runs, ${viaRollup.length} departments)`);
    console.log(`three rates by department, scan:    median ${scanMs.toFixed(1)} ms  (${scanRuns} runs)   figures agree: ${agree}`);
    console.log(`ratio (rollup / scan): ${(rollupMs / scanMs).toFixed(4)}   goal ≤ 0.01 and < 100 ms`);
    console.log(`keyword search (top 50, ${queries.length} queries): median ${median(searchTimes).toFixed(1)} ms  p95 ${p95(searchTimes).toFixed(1)} ms  max ${Math.max(...searchTimes).toFixed(1)} ms`);
    const city = viaRollup.reduce((s, r) => ({ rec: s.rec + r.counts.received, resp: s.resp + r.counts.respondedInTime, ans: s.ans + r.counts.answeredInTime, rated: s.rated + r.counts.rated, sat: s.sat + r.counts.satisfied + r.counts.basicallySatisfied }), { rec: 0, resp: 0, ans: 0, rated: 0, sat: 0 });
    console.log(`city-wide: response ${((100 * city.resp) / city.rec).toFixed(2)}%  resolution ${((100 * city.ans) / city.rec).toFixed(2)}%  satisfaction ${((100 * city.sat) / city.rated).toFixed(2)}%`);
    const trgm = values.trgm ? await compareTrigram(db, scope, [...queries, ...trigramExtraQueries], searchRounds) : null;
    console.log(JSON.stringify({
      bench: 'analytics', ratio: Number((rollupMs / scanMs).toFixed(5)), rollupMs: Number(rollupMs.toFixed(2)), scanMs: Number(scanMs.toFixed(1)),
      searchMedianMs: Number(median(searchTimes).toFixed(2)), searchP95Ms: Number(p95(searchTimes).toFixed(2)), demands: Number(n), yearDemands: total, years, perYear, agree, database: database.kind,
      ...(trgm ? { trgm } : {}),
    }));
    if (!agree) process.exitCode = 1;
  } finally {
    await database.close();
  }
}
