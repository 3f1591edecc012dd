// npm run bench -- api [--duration 5] [--rounds 3] [--warmup 2] [--connections 50] [--scale city] [--db pg] [--in-thread] [--analyze] [--schema-cost] [--floor]
// Reads that real traffic sends, through the whole app (session, guard, scope, database) with the in-process
// read and session caches OFF — real traffic (other users, pages, filters, scopes) mostly misses them — each
// against a bare Fastify route returning the same JSON, all served by this process under the same load
// (autocannon runs in a child process). Each load follows an uncounted warm-up of up to 2 s. A workload and its bare
// route take turns for `rounds` rounds, so a slow spell of a shared machine falls on both, and the figures are the
// medians of the rounds. The JSON `ratio` is the uncached people list's; the cached figure is printed beside it for context.
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { setReadCacheTtl } from '../server/src/kernel/cache/topic-cache.js';
import { setSessionCacheTtl } from '../server/src/kernel/auth/session-cache.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { signIn } from '../test/api-client.js';
import { ensureDatabase, openSeededDatabase } from './lib/seeded-db.js';
import { describe, load, type LoadResult } from './lib/load.js';
import { schemaCost } from './lib/schema-cost.js';
import { statementsFloor } from './lib/statements-floor.js';

const PEOPLE_URL = '/api/v1/people?page=1&pageSize=20';

/** What the bench loads: the committee's and an agency's member list, a demand queue and two member reads. */
const workloads = [
  { key: 'people', label: 'people, whole city (admin)', user: 'admin', url: PEOPLE_URL },
  { key: 'peopleAgency', label: 'people, one agency (orgadmin)', user: 'orgadmin', url: PEOPLE_URL },
  { key: 'demands', label: 'demand list (admin)', user: 'admin', url: '/api/v1/demands?page=1&pageSize=20' },
  { key: 'myActivities', label: 'my activities (member)', user: 'member', url: '/api/v1/me/activities' },
  { key: 'dailyQuiz', label: 'daily quiz (member)', user: 'member', url: '/api/v1/learning/me/daily-quiz' },
] as const;

type Figures = { rps: number; p50Ms: number; p99Ms: number; cpuMsPerReq: number; bareRps: number; ratio: number; roundRatios: number[]; non2xx: number; errors: number };

const round = (n: number, d = 3) => Number(n.toFixed(d));

const sum = (xs: LoadResult[], key: 'non2xx' | 'errors') => xs.reduce((n, x) => n + x[key], 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function main(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '5' },
      // Turns of each workload and its bare route; the figures are the medians.
      rounds: { type: 'string', default: '3' },
      // Seconds of uncounted load before each measured one (0: none).
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      scale: { type: 'string', default: 'city' },
      // pg: PostgreSQL (DATABASE_URL, else database vg_bench_api_<scale> on TEST_DATABASE_URL's server or the local one).
      db: { type: 'string', default: 'pglite' },
      // PGlite in this thread instead of a worker thread (PGLITE_WORKER=false, the way tests open it).
      'in-thread': { type: 'boolean', default: false },
      // Diagnostic: refresh planner statistics first (PGlite runs no autovacuum).
      analyze: { type: 'boolean', default: false },
      // Diagnostic: the same uncached people list without response schemas, and serialisation alone.
      'schema-cost': { type: 'boolean', default: false },
      // Diagnostic: the people list's own SQL statements sent from a bare route (what the round trips alone allow).
      floor: { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number of at least 1');
  const warmup = Number(values.warmup);
  const connections = Number(values.connections);
  const scale = values.scale as SeedScale;
  if (!['tiny', 'small', 'city'].includes(scale)) throw new Error('--scale must be tiny, small or city');
  if (!['pglite', 'pg'].includes(values.db)) throw new Error('--db must be pglite or pg');
  if (values.db === 'pg') {
    const u = new URL(process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    if (!process.env.DATABASE_URL) u.pathname = `/vg_bench_api_${scale}`;
    await ensureDatabase(u.toString());
    process.env.DATABASE_URL = u.toString();
  } else delete process.env.DATABASE_URL;

  const t0 = Date.now();
  const { database, env, seededNow, seedSeconds, close } = await openSeededDatabase(scale, (m) => console.log(m), { worker: !values['in-thread'] });
  console.log(`database: ${database.kind}, ${seededNow ? `seeded in ${seedSeconds.toFixed(1)} s` : 'reused seeded data'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (values.analyze) await database.db.execute(sql`ANALYZE`);

  const { app } = await buildApp({ database, env, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bare = Fastify({ logger: false });
  try {
    const cookies = new Map<string, string>();
    for (const user of new Set(workloads.map((w) => w.user))) cookies.set(user, (await signIn(base, user, env.DEMO_PASSWORD)).cookie);
    // Each workload answers 200 first (the daily quiz is made on the first read), and its JSON is what its bare route sends.
    const bodies: string[] = [];
    const running: (typeof workloads)[number][] = [];
    for (const w of workloads) {
      const res = await fetch(base + w.url, { headers: { cookie: cookies.get(w.user)! } });
      const text = await res.text();
      // The tiny city has no question bank: its daily quiz is left out, and said so.
      if (w.key === 'dailyQuiz' && res.status === 409 && text.includes('no_questions')) {
        console.log(`${w.label}: left out, this city has no questions for a daily quiz`);
        continue;
      }
      if (res.status !== 200) throw new Error(`GET ${w.url} as ${w.user}: ${res.status} ${text.slice(0, 300)}`);
      bare.get(`/w/${running.length}`, async (_req, reply) => reply.type('application/json; charset=utf-8').send(text));
      bodies.push(text);
      running.push(w);
    }
    const members = (JSON.parse(bodies[0]) as { total: number }).total;
    const minMembers = scale === 'city' ? 15_000 : 1;
    if (members < minMembers) throw new Error(`${PEOPLE_URL} must list >= ${minMembers} people; got ${members}`);
    await bare.listen({ host: '127.0.0.1', port: 0 });
    const bareBase = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
    console.log(`${members} members in the city; each load ${duration} s × ${connections} connections, after ${warmup} s not counted; ${rounds} rounds of each workload and its bare route`);
    const warm = async (url: string, headers?: Record<string, string>) => {
      if (warmup > 0) await load(url, { duration: warmup, connections, headers });
    };

    // For context: the people list answered again by the 2-second response cache.
    await warm(base + PEOPLE_URL, { cookie: cookies.get('admin')! });
    const cached = await load(base + PEOPLE_URL, { duration, connections, headers: { cookie: cookies.get('admin')! } });
    console.log(describe('people, caches on (context)', cached));

    setReadCacheTtl(0);
    setSessionCacheTtl(0);
    const figures: Record<string, Figures> = {};
    for (const [i, w] of running.entries()) {
      const fulls: LoadResult[] = [];
      const bares: LoadResult[] = [];
      for (let r = 0; r < rounds; r++) {
        // A running server is warm: compiled code, each connection's prepared statements. A short run first, not counted.
        await warm(base + w.url, { cookie: cookies.get(w.user)! });
        fulls.push(await load(base + w.url, { duration, connections, headers: { cookie: cookies.get(w.user)! } }));
        await warm(`${bareBase}/w/${i}`);
        bares.push(await load(`${bareBase}/w/${i}`, { duration, connections }));
      }
      const roundRatios = fulls.map((f, r) => round(f.rps / bares[r].rps));
      const pick = (xs: LoadResult[], key: keyof LoadResult) => median(xs.map((x) => x[key]));
      const full = { rps: pick(fulls, 'rps'), p50Ms: pick(fulls, 'p50Ms'), p99Ms: pick(fulls, 'p99Ms'), cpuMsPerRequest: pick(fulls, 'cpuMsPerRequest'), requests: pick(fulls, 'requests'), non2xx: sum(fulls, 'non2xx'), errors: sum(fulls, 'errors') };
      const bareRun = { rps: pick(bares, 'rps'), p50Ms: pick(bares, 'p50Ms'), p99Ms: pick(bares, 'p99Ms'), cpuMsPerRequest: pick(bares, 'cpuMsPerRequest'), requests: pick(bares, 'requests'), non2xx: sum(bares, 'non2xx'), errors: sum(bares, 'errors') };
      console.log(describe(w.label, full));
      console.log(describe(`  bare Fastify, same JSON`, bareRun));
      figures[w.key] = {
        rps: Math.round(full.rps),
        p50Ms: full.p50Ms,
        p99Ms: full.p99Ms,
        cpuMsPerReq: round(full.cpuMsPerRequest),
        bareRps: Math.round(bareRun.rps),
        ratio: round(median(roundRatios)),
        roundRatios,
        non2xx: full.non2xx,
        errors: full.errors,
      };
      console.log(`  ratio (uncached / bare, median of ${rounds}): ${figures[w.key].ratio.toFixed(3)}${rounds > 1 ? `  rounds: ${roundRatios.join(' ')}` : ''}`);
    }
    const floor = values.floor
      ? await statementsFloor({ database, appBase: base, url: PEOPLE_URL, cookie: cookies.get('admin')!, bareUrl: `${bareBase}/w/0`, duration, warmup, connections, rounds })
      : undefined;
    const schema = values['schema-cost'] ? await schemaCost({ database, env, duration, connections, url: PEOPLE_URL, body: JSON.parse(bodies[0]) }) : undefined;
    setReadCacheTtl(env.READ_CACHE_SECONDS * 1000);
    setSessionCacheTtl(env.SESSION_CACHE_SECONDS * 1000);

    const people = figures.people;
    const bad = Object.values(figures).reduce((n, f) => n + f.non2xx + f.errors, 0);
    if (bad > 0) console.log(`warning: ${bad} non-2xx responses or errors under load`);
    console.log(
      JSON.stringify({
        bench: 'api',
        ratio: people.ratio,
        rps: people.rps,
        p99Ms: people.p99Ms,
        baselineRps: people.bareRps,
        cachedRps: Math.round(cached.rps),
        cachedRatio: round(cached.rps / people.bareRps),
        workloads: figures,
        ...(schema ? { schema } : {}),
        ...(floor ? { floor } : {}),
        members,
        database: database.kind,
        pgliteThread: database.kind === 'pglite' ? (values['in-thread'] ? 'server' : 'worker') : undefined,
        analyzed: values.analyze,
        connections,
        duration,
        rounds,
      }),
    );
  } finally {
    await bare.close();
    await app.close();
    await close();
  }
}

