// npm run bench -- cockpit [--scale city] [--concurrency 6]
// The whole committee dashboard on the demo city — every figure with the case figures, each figure's monthly
// trend over the last year and its ranking of agencies, in the one request the cockpit makes — through the app,
// cold (fresh caches) and warm; against the same metric queries run one by one, straight, in the same run.
// --per-figure asks the way a client without the combined answer would: a trend and a ranking request per figure.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { allModules, buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import { parseEnv } from '../server/src/kernel/env.js';
import { bucketsOf, shanghaiMidnight } from '../server/src/kernel/figures/buckets.js';
import { shanghaiDay } from '../server/src/kernel/time.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { round, timed, timedCpu } from './lib/timing.js';

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { scale: { type: 'string', default: 'city' }, concurrency: { type: 'string', default: '6' }, 'per-figure': { type: 'boolean', default: false } } });
  const scale = values.scale as SeedScale;
  if (!['tiny', 'small', 'city'].includes(scale)) throw new Error('--scale must be tiny, small or city');
  const concurrency = Math.max(1, Number(values.concurrency));

  const { database, env: seededEnv, seededNow, seedSeconds, close } = await openSeededDatabase(scale, (m) => console.log(m));
  console.log(`database: ${database.kind}, ${seededNow ? `seeded in ${seedSeconds.toFixed(1)} s` : 'reused seeded data'}`);
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SCALE: scale, FIGURES_CACHE_SECONDS: '60', DATABASE_POOL_SIZE: String(seededEnv.DATABASE_POOL_SIZE) });
  const { app, ctx } = await buildApp({ database, env, logger: false });
  await app.ready();
  try {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: env.DEMO_PASSWORD } });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return res.json();
    };

    const [root] = await rows<{ id: number; path: string }>(database.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const from = shanghaiDay(new Date(Date.now() - 364 * 86400_000)).slice(0, 7) + '-01';
    const to = shanghaiDay(new Date(Date.now() + 86400_000));
    const period = `orgId=${root.id}&from=${from}&to=${to}`;
    const defs = allModules.flatMap((m) => m.metrics ?? []).filter((d) => (d.kind ?? 'org') === 'org');
    const names = defs.map((d) => d.name);

    /** The dashboard in one request; or all figures, then a trend and a ranking per figure, a few at a time like a browser. */
    const dashboard = async () => {
      if (!values['per-figure']) {
        const all = await get(`/api/v1/figures?${period}&trend=month&ranking=true`);
        if (all.items.length !== names.length || all.items.some((i: { trend?: unknown[] }) => !i.trend?.length)) throw new Error('the dashboard answer lacks figures or trends');
        return 1;
      }
      await get(`/api/v1/figures?${period}`);
      const urls = names.flatMap((n) => [`/api/v1/figures/${n}/series?${period}&bucket=month`, `/api/v1/figures/${n}/breakdown?${period}&by=org`]);
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < urls.length) await get(urls[next++]);
        }),
      );
      return urls.length + 1;
    };

    // The database's own first touch of each table is paid here, untimed and outside the figures' cache,
    // so "cold" below means: nothing cached by the figures layer, as after a restart of a running server.
    const [warmupMs] = await timed(async () => {
      for (const d of defs) await d.value(ctx, { orgPath: root.path });
    });
    console.log(`database warm-up (each figure once, all time): ${round(warmupMs, 0)} ms`);

    const [coldMs, coldCpuMs, requests] = await timedCpu(dashboard);
    const [warmMs, warmCpuMs] = await timedCpu(dashboard);

    // The same metric queries, one after the other, without the figures layer (no cache, no concurrency).
    const children = await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id = ${root.id}`);
    const f = shanghaiMidnight(from);
    const t = shanghaiMidnight(to);
    const buckets = bucketsOf(f, t, 'month');
    let queries = 0;
    const [oneByOneMs, oneByOneCpuMs] = await timedCpu(async () => {
      for (const d of defs) {
        await d.value(ctx, { orgPath: root.path, from: f, to: t });
        queries++;
        for (const b of buckets) {
          await d.value(ctx, { orgPath: root.path, from: b.from, to: b.to });
          queries++;
        }
        for (const c of children) {
          await d.value(ctx, { orgPath: c.path, from: f, to: t });
          queries++;
        }
      }
    });

    console.log(`committee dashboard: ${names.length} figures, ${requests} requests (${buckets.length} monthly buckets, ${children.length} agencies)`);
    console.log(`  cold ${round(coldMs, 0)} ms, warm ${round(warmMs, 1)} ms; the same ${queries} metric queries one by one: ${round(oneByOneMs, 0)} ms`);
    console.log(`  ratio one-by-one / cold = ${round(oneByOneMs / coldMs)}, one-by-one / warm = ${round(oneByOneMs / warmMs)}`);
    if (database.kind === 'pglite') console.log(`  CPU time of this process (PGlite works in it): cold ${round(coldCpuMs, 0)} ms, warm ${round(warmCpuMs, 0)} ms, one by one ${round(oneByOneCpuMs, 0)} ms`);
    console.log(
      JSON.stringify({
        bench: 'cockpit',
        scale,
        database: database.kind,
        figures: names.length,
        requests,
        queries,
        coldMs: round(coldMs, 1),
        coldCpuMs: round(coldCpuMs, 1),
        oneByOneCpuMs: round(oneByOneCpuMs, 1),
        warmMs: round(warmMs, 1),
        oneByOneMs: round(oneByOneMs, 1),
        ratio: round(oneByOneMs / coldMs),
        warmRatio: round(oneByOneMs / warmMs),
      }),
    );
  } finally {
    await app.close();
    await close();
  }
}
