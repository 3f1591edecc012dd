// npm run bench -- api [--duration 10] [--connections 50] [--scale city] [--analyze]
// The people list through the whole app (session, guard, scope, PGlite/PostgreSQL) against a
// bare Fastify route returning the same JSON, both served by this process under the same load
// (autocannon runs in a child process).
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { setReadCacheTtl } from '../server/src/kernel/cache/topic-cache.js';
import { setSessionCacheTtl } from '../server/src/kernel/auth/session-cache.js';
import type { SeedScale } from '../server/src/seed/demo-city.js';
import { signIn } from '../test/api-client.js';
import { openSeededDatabase } from './lib/seeded-db.js';
import { describe, load } from './lib/load.js';
import { responseSerializer } from '../server/src/kernel/openapi/serializer.js';
import { peopleResponse } from '../server/src/kernel/org/people.dto.js';

const PEOPLE_URL = '/api/v1/people?page=1&pageSize=20';

export async function main(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      scale: { type: 'string', default: 'city' },
      // Diagnostic: refresh planner statistics first (PGlite runs no autovacuum).
      analyze: { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const scale = values.scale as SeedScale;
  if (!['tiny', 'small', 'city'].includes(scale)) throw new Error('--scale must be tiny, small or city');

  const t0 = Date.now();
  const { database, env, seededNow, seedSeconds, close } = await openSeededDatabase(scale, (m) => console.log(m));
  console.log(`database: ${database.kind}, ${seededNow ? `seeded in ${seedSeconds.toFixed(1)} s` : 'reused seeded data'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  if (values.analyze) await database.db.execute(sql`ANALYZE`);

  const { app } = await buildApp({ database, env, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bare = Fastify({ logger: false });
  try {
    const { api, cookie } = await signIn(base, 'admin', env.DEMO_PASSWORD);
    // The probe asks for what the load asks for (PEOPLE_URL), through the typed client.
    const probe = await api.GET('/api/v1/people', { params: { query: { page: 1, pageSize: 20 } } });
    const body = probe.data;
    const minMembers = scale === 'city' ? 15_000 : 1;
    if (!body || body.total < minMembers) {
      throw new Error(`GET ${PEOPLE_URL} must answer 200 with total >= ${minMembers}; got ${probe.response.status} ${JSON.stringify(body ?? probe.error).slice(0, 300)}`);
    }
    const members = body.total;
    console.log(`GET ${PEOPLE_URL} as admin: ${members} members, ${body.items.length} items; load ${duration} s × ${connections} connections each`);

    const full = await load(base + PEOPLE_URL, { duration, connections, headers: { cookie } });
    console.log(describe('full app  GET /api/v1/people', full));

    // For context: the same route with the in-process session and list caches off,
    // so every request resolves the session and queries the database.
    setReadCacheTtl(0);
    setSessionCacheTtl(0);
    const uncached = await load(base + PEOPLE_URL, { duration, connections, headers: { cookie } });
    console.log(describe('full app, caches off', uncached));

    // The response schemas' cost: the same uncached route from a second app on the same database that sends its
    // answers with JSON.stringify (as before the schemas), then the serialisation alone, in-process.
    const plain = await buildApp({ database, env, logger: false, plainResponses: true });
    setReadCacheTtl(0); // buildApp set them from env again
    setSessionCacheTtl(0);
    await plain.app.listen({ host: '127.0.0.1', port: 0 });
    const plainBase = `http://127.0.0.1:${(plain.app.server.address() as { port: number }).port}`;
    const { cookie: plainCookie } = await signIn(plainBase, 'admin', env.DEMO_PASSWORD);
    const uncachedPlain = await load(plainBase + PEOPLE_URL, { duration, connections, headers: { cookie: plainCookie } });
    await plain.app.close();
    console.log(describe('full app, caches off, no response schema', uncachedPlain));
    const serialise = serialisationCost(body);
    console.log(`serialising this answer: ${serialise.schemaUs.toFixed(1)} µs with its schema, ${serialise.plainUs.toFixed(1)} µs with JSON.stringify`);
    setReadCacheTtl(env.READ_CACHE_SECONDS * 1000);
    setSessionCacheTtl(env.SESSION_CACHE_SECONDS * 1000);

    // Same payload, no plugins, no session, no database: what Fastify itself costs here.
    // The same bytes, already serialised: the cheapest a Fastify route can answer this request.
    const bodyText = JSON.stringify(body);
    bare.get('/people', async (_req, reply) => reply.type('application/json; charset=utf-8').send(bodyText));
    await bare.listen({ host: '127.0.0.1', port: 0 });
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/people`;
    const baseline = await load(bareUrl, { duration, connections });
    console.log(describe('bare Fastify, same JSON', baseline));

    const ratio = full.rps / baseline.rps;
    console.log(`ratio (full / bare): ${ratio.toFixed(2)}`);
    if (full.non2xx + full.errors > 0) console.log(`warning: ${full.non2xx} non-2xx responses and ${full.errors} errors under load`);
    console.log(
      JSON.stringify({
        bench: 'api',
        ratio: Number(ratio.toFixed(3)),
        rps: Math.round(full.rps),
        baselineRps: Math.round(baseline.rps),
        p50Ms: full.p50Ms,
        p99Ms: full.p99Ms,
        baselineP50Ms: baseline.p50Ms,
        baselineP99Ms: baseline.p99Ms,
        uncachedRps: Math.round(uncached.rps),
        uncachedP99Ms: uncached.p99Ms,
        uncachedNoSchemaRps: Math.round(uncachedPlain.rps),
        schemaVsPlainRps: Number((uncached.rps / uncachedPlain.rps).toFixed(3)),
        serialiseSchemaUs: Number(serialise.schemaUs.toFixed(1)),
        serialisePlainUs: Number(serialise.plainUs.toFixed(1)),
        cpuMsPerReq: Number(full.cpuMsPerRequest.toFixed(3)),
        baselineCpuMsPerReq: Number(baseline.cpuMsPerRequest.toFixed(3)),
        non2xx: full.non2xx,
        errors: full.errors,
        members,
        database: database.kind,
        analyzed: values.analyze,
        connections,
        duration,
      }),
    );
  } finally {
    await bare.close();
    await app.close();
    await close();
  }
}

/** Microseconds per serialisation of the people page: through its response schema (strict) and with JSON.stringify. */
function serialisationCost(body: unknown): { schemaUs: number; plainUs: number } {
  const viaSchema = responseSerializer('strict', () => {})({ schema: peopleResponse, method: 'GET', url: PEOPLE_URL, httpStatus: '200' } as never);
  const rounds = 2000;
  const time = (fn: () => string) => {
    for (let i = 0; i < 200; i++) fn();
    const t = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) fn();
    return Number(process.hrtime.bigint() - t) / 1000 / rounds;
  };
  return { schemaUs: time(() => viaSchema(body)), plainUs: time(() => JSON.stringify(body)) };
}
