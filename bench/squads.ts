// npm run bench -- squads [--scale city] [--squads 108] [--runs 3]
// 五比一做 scoring of one period for every squad of the demo city (108 squads × ~1,200 members): the five parts, the
// total and the ranking, computed as the ranking page does (each registered person metric asked once for all members:
// MetricDef.byPeople), against the same metrics asked one squad at a time, in the same run. Both must give the same scores.
// When the demo city has no squads (the squads seed not installed), the bench makes its own in its working copy of
// the database, labelled 【基准测试】, from the youngest people: `--squads` of them with 6–15 members each.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import { parseEnv } from '../server/src/kernel/env.js';
import { shanghaiDay } from '../server/src/kernel/time.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { computePeriod } from '../server/src/modules/squads/scoring/service.js';
import { memberMetrics } from '../server/src/modules/squads/scoring/inputs.js';
import { periodDays, type Period } from '../server/src/modules/squads/scoring/periods.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { median, round, timed } from './lib/timing.js';

export async function main(args: string[]) {
  const { values } = parseArgs({ args, options: { scale: { type: 'string', default: 'city' }, squads: { type: 'string', default: '108' }, runs: { type: 'string', default: '3' } } });
  const scale = values.scale as SeedScale;
  if (!['tiny', 'small', 'city'].includes(scale)) throw new Error('--scale must be tiny, small or city');
  const wanted = Math.max(1, Number(values.squads));
  const runs = Math.max(1, Number(values.runs));

  const { database, env: seededEnv, seededNow, seedSeconds, close } = await openSeededDatabase(scale, (m) => console.log(m));
  console.log(`database: ${database.kind}, ${seededNow ? `seeded in ${seedSeconds.toFixed(1)} s` : 'reused seeded data'}`);
  const env = parseEnv({ ...process.env, LOG_LEVEL: 'silent', SEED_SCALE: scale, DATABASE_POOL_SIZE: String(seededEnv.DATABASE_POOL_SIZE) });
  const { app, ctx } = await buildApp({ database, env, logger: false });
  await app.ready();
  const db = database.db;
  try {
    const [{ n: existing }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM squads WHERE status = 'active'`);
    let madeHere = false;
    if (existing === 0) {
      madeHere = true;
      await makeBenchSquads(db, wanted);
    }

    // The period: the open one containing today, else the current quarter (made here, no ratings).
    const today = shanghaiDay(new Date());
    let [p] = await rows<Period>(
      db,
      sql`SELECT id, year, kind, seq, starts_on AS "startsOn", ends_on AS "endsOn", status, weights, closed_at AS "closedAt" FROM squad_periods
           WHERE status = 'open' AND starts_on <= ${today} AND ends_on >= ${today} ORDER BY starts_on DESC LIMIT 1`,
    );
    if (!p) {
      const year = Number(today.slice(0, 4));
      const seq = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
      const d = periodDays(year, 'quarter', seq);
      [p] = await rows<Period>(
        db,
        sql`INSERT INTO squad_periods (year, kind, seq, starts_on, ends_on) VALUES (${year}, 'quarter', ${seq}, ${d.startsOn}, ${d.endsOn})
            ON CONFLICT (year, kind, seq) DO UPDATE SET year = excluded.year
            RETURNING id, year, kind, seq, starts_on AS "startsOn", ends_on AS "endsOn", status, weights, closed_at AS "closedAt"`,
      );
    }

    // Untimed first touch of every table, so both ways below run on a warm database.
    const first = await computePeriod(ctx, p);
    const squads = first.length;
    const members = first.reduce((s, r) => s + r.memberCount, 0);
    const metricCount = Object.values(memberMetrics).reduce((s, d) => s + Object.keys(d).length, 0);
    console.log(`period ${p.year} ${p.kind} ${p.seq} (${p.startsOn} – ${p.endsOn}): ${squads} squads, ${members} members${madeHere ? ' (bench squads 【基准测试】, made here)' : ''}`);

    const batchTimes: number[] = [];
    let batch = first;
    for (let i = 0; i < runs; i++) {
      const [ms, r] = await timed(() => computePeriod(ctx, p));
      batchTimes.push(ms);
      batch = r;
    }
    const oneTimes: number[] = [];
    let one = first;
    for (let i = 0; i < runs; i++) {
      const [ms, r] = await timed(() => computePeriod(ctx, p, { oneSquadAtATime: true }));
      oneTimes.push(ms);
      one = r;
    }
    const key = (list: typeof batch) => JSON.stringify(list.map((r) => [r.squadId, r.learning, r.skill, r.innovation, r.duty, r.performance, r.total, r.rank]));
    if (key(batch) !== key(one)) throw new Error('the batch and the one-squad-at-a-time computations disagree');

    // The same through the API, as the ranking page asks for it.
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: env.DEMO_PASSWORD } });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const [httpMs, res] = await timed(() => app.inject({ method: 'GET', url: `/api/v1/squads/scoring/periods/${p.id}/ranking?pageSize=200`, headers: { cookie } }));
    if (res.statusCode !== 200) throw new Error(`ranking: ${res.statusCode} ${res.body.slice(0, 300)}`);

    const batchMs = median(batchTimes);
    const oneByOneMs = median(oneTimes);
    console.log(`scoring all squads (${metricCount} person metrics, each once for all ${members} members): median ${round(batchMs, 0)} ms of ${runs}`);
    console.log(`the same metrics one squad at a time (${metricCount} × ${squads} queries): median ${round(oneByOneMs, 0)} ms — ratio ${round(oneByOneMs / batchMs)}`);
    console.log(`GET …/ranking (the live preview through the API): ${round(httpMs, 0)} ms`);
    console.log(
      JSON.stringify({
        bench: 'squads',
        scale,
        database: database.kind,
        squads,
        members,
        benchSquads: madeHere,
        metrics: metricCount,
        batchMs: round(batchMs, 1),
        oneByOneMs: round(oneByOneMs, 1),
        ratio: round(oneByOneMs / batchMs),
        rankingHttpMs: round(httpMs, 1),
      }),
    );
  } finally {
    await app.close();
    await close();
  }
}

/** Bench-only squads (【基准测试】) in this run's copy of the database: `n` squads under the agencies, 6–15 of the youngest people each. */
async function makeBenchSquads(db: Parameters<typeof rows>[0], n: number) {
  const agencies = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id = (SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1) ORDER BY id`);
  const sizes = Array.from({ length: n }, (_, i) => 6 + ((i * 7) % 10));
  const people = await rows<{ id: number; path: string }>(
    db,
    sql`SELECT p.id, o.path FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.birth_date DESC, p.id LIMIT ${sizes.reduce((a, b) => a + b, 0)}`,
  );
  let next = 0;
  for (let i = 0; i < n && next < people.length; i++) {
    const agency = agencies.find((a) => people[next].path.startsWith(a.path)) ?? agencies[i % agencies.length];
    const [s] = await rows<{ id: number }>(
      db,
      sql`INSERT INTO squads (name, org_id, org_path, field, started_on) VALUES (${`【基准测试】尖刀班${i + 1}`}, ${agency.id}, ${agency.path}, '招商引资', '2020-01-01') RETURNING id`,
    );
    const mine = people.slice(next, next + sizes[i]);
    next += sizes[i];
    await db.execute(sql`INSERT INTO squad_members (squad_id, person_id, role, status, joined_at)
      SELECT ${s.id}, x.id, CASE WHEN x.ord = 1 THEN 'leader' ELSE 'member' END, 'active', '2020-01-01T00:00:00Z'
        FROM unnest(${`{${mine.map((m) => m.id).join(',')}}`}::int[]) WITH ORDINALITY AS x(id, ord)`);
  }
}
