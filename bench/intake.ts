// npm run bench -- intake [--n 3000] [--rounds 3] [--concurrency 32] [--per-year 20000]
// Demand creation over HTTP (hotline route, signed-in operator: validation, tracking code,
// deadlines, auto-dispatch, trail, audit, rollup trigger) against raw single-row inserts into
// the same demands table (one commit each), in the same run, on PostgreSQL. The HTTP client runs
// in a child process; the raw inserts run in this process over the server's own connection pool.
// The two are measured in alternating rounds (n demands each) and the median ratio is reported,
// so a checkpoint or autovacuum landing in one measurement does not decide the result.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import { qingdao } from '../server/src/modules/demands/config/demands.reference.js';
import { makeRandom } from '../server/src/seed/random.js';
import { signIn } from '../test/api-client.js';
import { openDemandsBenchDb } from './lib/demands-db.js';
import { postMany } from './lib/post-many.js';
import { median } from './lib/timing.js';

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}


export async function main(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { n: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '3' }, concurrency: { type: 'string', default: '32' }, 'per-year': { type: 'string', default: '20000' } },
  });
  const n = Number(values.n);
  const rounds = Number(values.rounds);
  const concurrency = Number(values.concurrency);
  if (!(n > 0 && rounds > 0 && concurrency > 0)) throw new Error('--n, --rounds and --concurrency must be positive numbers');
  const { database, env } = await openDemandsBenchDb(1, Number(values['per-year']), (m) => console.log(m), 'vg_bench_intake');
  const { app } = await buildApp({ database, env, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    const { cookie, csrfToken } = await signIn(base, 'admin', env.DEMO_PASSWORD);

    const r = makeRandom(Date.now() % 100000);
    const cats = (await rows<{ code: string }>(database.db, sql`SELECT code FROM demand_categories WHERE active`)).map((c) => c.code);
    const makeBodies = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, i) => {
        const street = r.pick(qingdao.streets);
        return { categoryCode: r.pick(cats), districtCode: street.district, streetCode: street.code, description: `${prefix}${i}：小区路灯损坏多日，夜间出行不便，希望尽快修复`,
          address: `${street.name}${r.int(1, 300)}号`, citizenName: '王五', citizenPhone: `139${String(r.int(0, 99999999)).padStart(8, '0')}` };
      });
    type Body = ReturnType<typeof makeBodies>[number];

    const url = `${base}/api/v1/demands`;
    const headers = { cookie, 'x-csrf-token': csrfToken };
    // Warm-up of both sides: JIT (server CPU per intake still falls over the first ~1,000), connection pool, plans.
    await postMany(url, makeBodies(1000, '预热诉求'), { concurrency, headers });

    const [root] = await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    let seq = 0;
    const tag = Date.now().toString(36).toUpperCase();
    const rawInserts = async (bodies: Body[]) => {
      const t = performance.now();
      await pool(bodies, concurrency, (b) => {
        const code = `RAW${tag}${String(seq++).padStart(7, '0')}`;
        return database.db.execute(sql`INSERT INTO demands (district_code, street_code, tracking_code, channel, category_code, title, description, address, citizen_name, citizen_phone,
            org_path, response_due_at, resolution_due_at, search_text)
          VALUES (${b.districtCode}, ${b.streetCode}, ${code}, 'hotline', ${b.categoryCode}, ${b.description.slice(0, 30)}, ${b.description}, ${b.address}, ${b.citizenName}, ${b.citizenPhone},
            ${root.path}, now() + interval '1 day', now() + interval '7 days', ${b.description})`);
      });
      return bodies.length / ((performance.now() - t) / 1000);
    };
    await rawInserts(makeBodies(500, '预热诉求'));

    const measured: { httpRate: number; rawRate: number; ratio: number; cpuMs: number; p50: number; p99: number }[] = [];
    const statuses: Record<number, number> = {};
    for (let round = 1; round <= rounds; round++) {
      const bodies = makeBodies(n, `压测诉求R${round}-`);
      // Alternate which goes first, so the table growing during a round does not favour either side.
      const httpFirst = round % 2 === 1;
      const rawBefore = httpFirst ? 0 : await rawInserts(bodies);
      const http = await postMany(url, bodies, { concurrency, headers });
      const rawRate = httpFirst ? await rawInserts(bodies) : rawBefore;
      for (const [k, v] of Object.entries(http.statuses)) statuses[Number(k)] = (statuses[Number(k)] ?? 0) + v;
      const sorted = [...http.latencies].sort((a, b) => a - b);
      const pct = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
      const httpRate = n / http.seconds;
      measured.push({ httpRate, rawRate, ratio: httpRate / rawRate, cpuMs: http.serverCpuMs / n, p50: pct(0.5), p99: pct(0.99) });
      const m = measured[measured.length - 1];
      console.log(`round ${round}/${rounds}: HTTP ${httpRate.toFixed(0)} /s (p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, server CPU ${m.cpuMs.toFixed(2)} ms each)  raw ${rawRate.toFixed(0)} /s  ratio ${m.ratio.toFixed(3)}`);
    }

    const ratio = median(measured.map((m) => m.ratio));
    const httpRate = median(measured.map((m) => m.httpRate));
    const rawRate = median(measured.map((m) => m.rawRate));
    const cpuMsPerDemand = median(measured.map((m) => m.cpuMs));
    console.log(`database: ${database.kind}; ${rounds} round(s) of ${n} demands each way, ${concurrency} at a time; medians:`);
    console.log(`HTTP intake (session, validation, tracking code, deadlines, dispatch, trail, audit, rollup): ${httpRate.toFixed(0)} /s  ${JSON.stringify(statuses)}`);
    console.log(`raw single-row inserts into demands (one commit each, rollup trigger included):            ${rawRate.toFixed(0)} /s`);
    console.log(`server process CPU per HTTP intake: ${cpuMsPerDemand.toFixed(2)} ms`);
    console.log(`ratio (HTTP / raw), median of ${rounds}: ${ratio.toFixed(3)} (rounds: ${measured.map((m) => m.ratio.toFixed(3)).join(', ')})   goal ≥ 0.5`);
    console.log(JSON.stringify({ bench: 'intake', ratio: Number(ratio.toFixed(3)), rate: Math.round(httpRate), baselineRate: Math.round(rawRate), n, rounds, concurrency,
      roundRatios: measured.map((m) => Number(m.ratio.toFixed(3))), cpuMsPerDemand: Number(cpuMsPerDemand.toFixed(3)), created: statuses[201] ?? 0, database: database.kind }));
    if ((statuses[201] ?? 0) !== n * rounds) process.exitCode = 1;
  } finally {
    await app.close();
    await database.close();
  }
}
