// npm run bench -- profile [--url /api/v1/people?page=1&pageSize=20] [--user admin] [--scale tiny] [--n 300] [--caches]
// Where one request's time goes, on the path real traffic takes (read and session caches off unless --caches):
// the SQL statements it sends, wall and CPU milliseconds per request over `n` sequential requests (in-process,
// no HTTP client in the way), and the CPU profile of those requests summed by where the code lives (the
// database engine, each npm package, each file of ours). The profile is also written to
// .tmp/profile-<time>.cpuprofile for Chromium's DevTools. With DATABASE_URL it profiles PostgreSQL.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/src/app.js';
import { setReadCacheTtl } from '../server/src/kernel/cache/topic-cache.js';
import { setSessionCacheTtl } from '../server/src/kernel/auth/session-cache.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { signIn } from '../test/api-client.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { summariseProfile, traceStatements, type CpuProfile } from './lib/profile-summary.js';

export async function main(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string', default: '/api/v1/people?page=1&pageSize=20' },
      user: { type: 'string', default: 'admin' },
      scale: { type: 'string', default: 'tiny' },
      n: { type: 'string', default: '300' },
      caches: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n);
  const { database, env, close } = await openSeededDatabase(values.scale as SeedScale, (m) => console.log(m));
  const { app } = await buildApp({ database, env, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const { cookie } = await signIn(base, values.user, env.DEMO_PASSWORD);
    if (!values.caches) {
      setReadCacheTtl(0);
      setSessionCacheTtl(0);
    }
    const get = () => app.inject({ url: values.url, headers: { cookie } });
    const first = await get();
    if (first.statusCode !== 200) throw new Error(`GET ${values.url} as ${values.user}: ${first.statusCode} ${first.body.slice(0, 300)}`);
    const statements = await traceStatements(database, get);
    console.log(`GET ${values.url} as ${values.user} (${database.kind}, caches ${values.caches ? 'on' : 'off'}): ${statements.length} SQL statements`);
    for (const s of statements) console.log(`  ${s}`);
    for (let i = 0; i < 50; i++) await get(); // warm-up: compiled code and plans, as a running server has them

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await get();
    const cpu = process.cpuUsage(cpu0);
    const wallMs = (performance.now() - t0) / n;
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();

    const cpuMs = (cpu.user + cpu.system) / 1000 / n;
    console.log(`${n} requests one after another: ${wallMs.toFixed(2)} ms wall, ${cpuMs.toFixed(2)} ms CPU per request`);
    const parts = summariseProfile(profile);
    const sampled = parts.reduce((s, p) => s + p.ms, 0);
    console.log('CPU by where the code lives (ms per request, share of the samples):');
    for (const p of parts.slice(0, 15)) console.log(`  ${(p.ms / n).toFixed(3).padStart(8)}  ${((100 * p.ms) / sampled).toFixed(1).padStart(5)} %  ${p.where}`);
    const dir = resolve('.tmp');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, `profile-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`profile: ${file}`);
    console.log(JSON.stringify({ bench: 'profile', url: values.url, database: database.kind, statements: statements.length, wallMs: Number(wallMs.toFixed(3)), cpuMs: Number(cpuMs.toFixed(3)), parts: parts.slice(0, 15).map((p) => ({ where: p.where, msPerRequest: Number((p.ms / n).toFixed(3)) })) }));
  } finally {
    await app.close();
    await close();
  }
}
