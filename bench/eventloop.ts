// npm run bench -- eventloop [--scale city] [--probe-ms 10]
// PGlite runs its queries on the thread that owns it. In the server's own thread a heavy query holds up
// every socket — live contests, sign-ins, the health check — until it ends. This bench sends the heaviest
// reads the platform serves (the committee dashboard with every figure's trend and ranking, the demand
// analytics) to the app, caches off, with PGlite in the server's thread and then in a worker thread
// (PGLITE_WORKER, the default), and measures the server thread's event-loop delay
// (perf_hooks.monitorEventLoopDelay) and a /healthz probe's answer times meanwhile. The JSON `ratio` is
// the worker's largest delay ÷ the in-thread one (lower is better); `maxDelayMs` is the worker's.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import { parseEnv } from '../server/src/kernel/env.js';
import { shanghaiDay } from '../server/src/kernel/time.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { signIn } from '../test/api-client.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { round } from './lib/timing.js';

interface ModeFigures {
  maxDelayMs: number;
  p99DelayMs: number;
  meanDelayMs: number;
  probeMaxMs: number;
  probes: number;
  heavyMs: number;
  /** Largest delay during each read. */
  perRead: Record<string, number>;
}

const ms = (ns: number) => round(ns / 1e6, 1);

async function measure(scale: SeedScale, worker: boolean, probeEvery: number): Promise<ModeFigures> {
  const { database, env: seededEnv, close } = await openSeededDatabase(scale, (m) => console.log(m), { worker });
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SCALE: scale, READ_CACHE_SECONDS: '0', SESSION_CACHE_SECONDS: '0', FIGURES_CACHE_SECONDS: '0', DATABASE_POOL_SIZE: String(seededEnv.DATABASE_POOL_SIZE) });
  const { app } = await buildApp({ database, env, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    const { cookie } = await signIn(base, 'admin', env.DEMO_PASSWORD);
    const [root] = await rows<{ id: number }>(database.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const from = shanghaiDay(new Date(Date.now() - 364 * 86400_000));
    const to = shanghaiDay(new Date(Date.now() + 86400_000));
    const heavy = [
      `/api/v1/figures?orgId=${root.id}&from=${from.slice(0, 7)}-01&to=${to}&trend=month&ranking=true`,
      `/api/v1/demand-analytics/rates?from=${from}&to=${to}`,
      `/api/v1/demand-analytics/trend?from=${from}&to=${to}`,
      `/api/v1/demand-analytics/hot-topics?from=${from}&to=${to}`,
      `/api/v1/demand-analytics/districts?from=${from}&to=${to}`,
    ];
    const get = async (url: string) => {
      const res = await fetch(base + url, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer();
    };
    // Each table's first touch (the database's own warm-up) is paid before measuring.
    for (const url of heavy) await get(url);

    const histogram = monitorEventLoopDelay({ resolution: 5 });
    let probing = true;
    let probeMax = 0;
    let probes = 0;
    const probe = (async () => {
      while (probing) {
        const t = performance.now();
        const res = await fetch(`${base}/healthz`);
        await res.arrayBuffer();
        probeMax = Math.max(probeMax, performance.now() - t);
        probes++;
        await new Promise((r) => setTimeout(r, probeEvery));
      }
    })();
    histogram.enable();
    const t = performance.now();
    const perRead: Record<string, number> = {};
    for (const url of heavy) {
      const one = monitorEventLoopDelay({ resolution: 5 });
      one.enable();
      await get(url);
      one.disable();
      perRead[url.split('?')[0]] = ms(one.max);
    }
    const heavyMs = performance.now() - t;
    histogram.disable();
    probing = false;
    await probe;
    return { maxDelayMs: ms(histogram.max), p99DelayMs: ms(histogram.percentile(99)), meanDelayMs: ms(histogram.mean), probeMaxMs: round(probeMax, 1), probes, heavyMs: round(heavyMs, 0), perRead };
  } finally {
    await app.close();
    await close();
  }
}

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { scale: { type: 'string', default: 'city' }, 'probe-ms': { type: 'string', default: '10' } } });
  const scale = values.scale as SeedScale;
  if (!['tiny', 'small', 'city'].includes(scale)) throw new Error('--scale must be tiny, small or city');
  const probeEvery = Number(values['probe-ms']);
  delete process.env.DATABASE_URL;

  const inThread = await measure(scale, false, probeEvery);
  const worker = await measure(scale, true, probeEvery);
  for (const [label, f] of [['PGlite in the server thread', inThread], ['PGlite in a worker thread', worker]] as const) {
    console.log(`${label}: event-loop delay max ${f.maxDelayMs} ms, p99 ${f.p99DelayMs} ms, mean ${f.meanDelayMs} ms; /healthz max ${f.probeMaxMs} ms over ${f.probes} probes; heavy reads took ${f.heavyMs} ms`);
    for (const [url, max] of Object.entries(f.perRead)) console.log(`  ${url}: largest delay ${max} ms`);
  }
  const ratio = round(worker.maxDelayMs / Math.max(inThread.maxDelayMs, 0.1), 3);
  console.log(JSON.stringify({ bench: 'eventloop', scale, ratio, maxDelayMs: worker.maxDelayMs, inThread, worker }));
}
