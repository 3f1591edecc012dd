// Every bench runs end to end at a tiny size and ends with its JSON line, so a change that breaks a
// bench is caught here rather than on the day someone measures. The figures themselves are not
// judged: at this size they say nothing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { primeSeededCity } from '../bench/lib/seeded-db.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const pgUrl = process.env.TEST_DATABASE_URL;

/** Runs `npm run bench -- name …args` as a child process; resolves with its exit code and last JSON line. */
function runBench(name: string, args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; json: Record<string, unknown> | null; output: string }> {
  return new Promise((resolve, reject) => {
    const childEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', name, ...args], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = output.trim().split('\n').reverse().find((l) => l.startsWith('{"bench"'));
      resolve({ code, json: last ? (JSON.parse(last) as Record<string, unknown>) : null, output });
    });
  });
}

async function expectJsonLine(name: string, args: string[], env: Record<string, string | undefined> = {}) {
  const r = await runBench(name, args, env);
  if (r.code !== 0 || !r.json) throw new Error(`bench ${name} exited with ${r.code}; output:\n${r.output.slice(-3000)}`);
  expect(r.json.bench).toBe(name);
  return r.json;
}

const onPglite = { DATABASE_URL: undefined };

function expectApiFigures(j: Record<string, unknown>) {
  const workloads = j.workloads as Record<string, { rps: number; ratio: number; roundRatios: number[]; non2xx: number; errors: number }>;
  // The tiny city has no question bank, so no daily quiz.
  expect(Object.keys(workloads)).toEqual(['people', 'peopleAgency', 'demands', 'myActivities']);
  for (const [name, w] of Object.entries(workloads)) expect(w.rps > 0 && w.ratio > 0 && w.non2xx + w.errors === 0, name).toBe(true);
  // Two rounds of each workload and its bare route: the ratio is their median.
  expect(j.rounds).toBe(2);
  for (const [name, w] of Object.entries(workloads)) expect(w.ratio, name).toBe(Number(((w.roundRatios[0] + w.roundRatios[1]) / 2).toFixed(3)));
  expect(j.ratio).toBe(workloads.people.ratio);
  expect(j.cachedRps as number).toBeGreaterThan(0);
}
if (pgUrl) console.warn('benches api, eventloop, signup, contest, cockpit, squads, assessment, startup and bundle skipped on the PostgreSQL pass: the PGlite pass runs them once');

describe.skipIf(!!pgUrl)('benches on PGlite, at a tiny size', () => {
  // The tiny city the benches open is the one every test file starts from: seeded once per run.
  beforeAll(() => primeSeededCity('tiny', inject('pgliteTemplate')));

  it('api: every workload answers uncached beside its bare route, and the cached list for context', async () => {
    const j = await expectJsonLine('api', ['--duration', '1', '--rounds', '2', '--warmup', '0', '--connections', '4', '--scale', 'tiny'], onPglite);
    expectApiFigures(j);
    expect(j.database).toBe('pglite');
    expect(j.pgliteThread).toBe('worker');
  }, 180_000);

  it('profile: the statements of one uncached request and where its CPU time goes', async () => {
    const j = await expectJsonLine('profile', ['--n', '20'], onPglite);
    // The session, and the page with its total riding on its rows.
    expect(j.statements).toBe(2);
    expect(j.cpuMs as number).toBeGreaterThan(0);
    expect((j.parts as { where: string }[]).map((p) => p.where)).toContain('PGlite engine (WebAssembly)');
  }, 180_000);

  it('eventloop: the heavy reads run with PGlite in the server thread and in a worker thread, the probe answering meanwhile', async () => {
    const j = await expectJsonLine('eventloop', ['--scale', 'tiny'], onPglite);
    for (const mode of ['inThread', 'worker'] as const) {
      const f = j[mode] as { probes: number; heavyMs: number; maxDelayMs: number };
      expect(f.probes, mode).toBeGreaterThan(0);
      expect(f.heavyMs, mode).toBeGreaterThan(0);
    }
    expect(j.ratio as number).toBeGreaterThan(0);
  }, 300_000);

  it('signup: the burst fills the seats exactly', async () => {
    const j = await expectJsonLine('signup', ['--n', '60', '--capacity', '10', '--concurrency', '10', '--scale', 'tiny'], onPglite);
    expect(j.confirmed).toBe(10);
  }, 180_000);

  it('contest: every simulated phone connects and answers', async () => {
    const j = await expectJsonLine('contest', ['--players', '40', '--questions', '1', '--batch', '40', '--window', '500'], onPglite);
    expect(j.connected).toBe(40);
  }, 180_000);

  it('cockpit: the committee dashboard answers cold and warm, beside the same queries one by one', async () => {
    const j = await expectJsonLine('cockpit', ['--scale', 'tiny'], onPglite);
    expect(j.figures as number).toBeGreaterThanOrEqual(20);
    expect(j.coldMs as number).toBeGreaterThan(0);
    expect(j.ratio as number).toBeGreaterThan(0);
  }, 180_000);

  it('review-assignment: the min-cost flow covers every case within the load bounds, beside the greedy loop', async () => {
    const j = await expectJsonLine('review-assignment', ['--cases', '60', '--reviewers', '12', '--runs', '1'], onPglite);
    expect((j.flow as { short: number; conflicts: number; spread: number }).short).toBe(0);
    expect((j.flow as { conflicts: number }).conflicts).toBe(0);
    expect((j.flow as { spread: number }).spread).toBeLessThanOrEqual(1);
  }, 60_000);

  it('squads: scoring a period for every squad, beside the same metrics one squad at a time, gives the same scores', async () => {
    const j = await expectJsonLine('squads', ['--scale', 'tiny', '--squads', '6', '--runs', '1'], onPglite);
    expect(j.squads as number).toBeGreaterThan(0);
    expect(j.members as number).toBeGreaterThan(0);
    expect(j.ratio as number).toBeGreaterThan(0);
  }, 180_000);

  it('assessment: a young-cadre round computed leaf by leaf for all targets, beside one target at a time, gives the same values', async () => {
    const j = await expectJsonLine('assessment', ['--scale', 'tiny', '--runs', '1', '--sample', '5'], onPglite);
    expect(j.targets as number).toBeGreaterThan(0);
    expect(j.leaves as number).toBe(20);
    expect(j.scores as number).toBe((j.targets as number) * 20);
    expect(j.ratio as number).toBeGreaterThan(0);
  }, 180_000);

  it('startup: a first start on an empty folder answers /healthz', async () => {
    const j = await expectJsonLine('startup', ['--scale', 'tiny', '--no-restart', '--timeout', '240'], onPglite);
    expect(j.healthzSeconds as number).toBeGreaterThan(0);
  }, 300_000);

  it('bundle: each page loads its scripts, precompressed', async () => {
    const j = await expectJsonLine('bundle', [], onPglite);
    const pages = j.pages as Record<string, { kb: number; scripts: number }>;
    expect(Object.keys(pages)).toEqual(['member H5', 'citizen form', 'admin home']);
    // The uncompressed build is several times larger: a page under 600 KB shows the compressed files were sent.
    for (const [name, p] of Object.entries(pages)) expect(p.scripts, name).toBeGreaterThan(0), expect(p.kb, name).toBeLessThan(600);
  }, 300_000);
});

if (!pgUrl) console.warn('benches intake, analytics and api --db pg skipped on PGlite: they measure PostgreSQL (set TEST_DATABASE_URL)');

describe.skipIf(!pgUrl)('benches on PostgreSQL, at a tiny size, each in a database of its own', () => {
  const made: string[] = [];
  const dbUrl = (tag: string) => {
    const u = new URL(pgUrl!);
    u.pathname = `/vg_bench_smoke_${tag}_${randomBytes(4).toString('hex')}`;
    made.push(u.pathname.slice(1));
    return u.toString();
  };

  afterAll(async () => {
    const u = new URL(pgUrl!);
    u.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: u.toString() });
    await admin.connect();
    for (const name of made) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('api --db pg: every workload answers uncached on PostgreSQL beside its bare route, and the list\'s statements alone', async () => {
    const j = await expectJsonLine('api', ['--db', 'pg', '--duration', '1', '--rounds', '2', '--warmup', '0', '--connections', '4', '--scale', 'tiny', '--floor'], { DATABASE_URL: dbUrl('api') });
    expectApiFigures(j);
    expect(j.database).toBe('pg');
    // The session read and the page, replayed from a bare route: answered under load.
    const floor = j.floor as { statements: number; floorRps: number; floorRatio: number; appOfFloor: number };
    expect(floor.statements).toBe(2);
    expect(floor.floorRps).toBeGreaterThan(0);
    expect(floor.appOfFloor).toBeGreaterThan(0);
  }, 240_000);

  it('intake: every HTTP intake of every round is created', async () => {
    const j = await expectJsonLine('intake', ['--n', '40', '--rounds', '2', '--concurrency', '4', '--per-year', '300'], { DATABASE_URL: dbUrl('intake') });
    expect(j.created).toBe(80);
    expect((j.roundRatios as number[]).length).toBe(2);
  }, 240_000);

  it('analytics: the rollup and the scan give the same figures; the pg_trgm comparison runs', async () => {
    const j = await expectJsonLine('analytics', ['--years', '1', '--per-year', '3000', '--runs', '2', '--trgm'], { DATABASE_URL: dbUrl('analytics') });
    expect(j.agree).toBe(true);
    expect(j.demands as number).toBeGreaterThanOrEqual(3000);
    const trgm = j.trgm as { cjkTrigrams: number; queries?: { q: string; tsv: number; like: number }[] };
    expect(trgm).toBeDefined();
    // Where pg_trgm sees no CJK trigrams (a C locale) the bench says so and compares nothing.
    if (trgm.cjkTrigrams > 0) {
      const whole = trgm.queries!.find((r) => r.q === '停水')!;
      expect(whole.tsv).toBeGreaterThan(0);
      expect(whole.like).toBe(whole.tsv);
    }
  }, 240_000);
});
