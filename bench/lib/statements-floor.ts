import Fastify from 'fastify';
import type { Database } from '../../server/src/kernel/db/client.js';
import { SESSION_COOKIE, tokenHash } from '../../server/src/kernel/auth/sessions.js';
import { describe, load, type LoadResult } from './load.js';
import { captureStatements } from './profile-summary.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What the database round trips alone allow: the reads one uncached request of `url` sends (the session read with
 * the caller's token hashed afresh, then the page), sent one after another from a bare Fastify route through the app's
 * own pool, the last one's rows sent back as JSON — no guard, scope, query builder, presenter or response schema.
 * Taken in turns with the app and the bare route, so a slow spell of the machine falls on all three.
 */
export async function statementsFloor(o: { database: Database; appBase: string; url: string; cookie: string; bareUrl: string; duration: number; warmup: number; connections: number; rounds: number }) {
  if (!o.database.pool) {
    console.log('floor: left out, PGlite in this thread has no pool to replay statements on');
    return undefined;
  }
  const headers = { cookie: o.cookie };
  // Reads only: the once-a-minute touch of the session's last use may fall on this request.
  const statements = (await captureStatements(o.database, () => fetch(o.appBase + o.url, { headers }).then((r) => r.text()))).filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
  const token = decodeURIComponent(o.cookie.split(';')[0].slice(`${SESSION_COOKIE}=`.length));
  const sessionAt = statements.findIndex((s) => s.values.length === 1 && s.values[0] === tokenHash(token));
  const floor = Fastify({ logger: false });
  floor.get('/floor', async (req, reply) => {
    const cookie = String(req.headers.cookie ?? '');
    const hash = tokenHash(decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)));
    let last: { rows: unknown[] } = { rows: [] };
    for (const [i, s] of statements.entries()) last = await o.database.pool!.query(s.text, i === sessionAt ? [hash] : s.values);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify({ items: last.rows }));
  });
  await floor.listen({ host: '127.0.0.1', port: 0 });
  try {
    const floorUrl = `http://127.0.0.1:${(floor.server.address() as { port: number }).port}/floor`;
    const runs: Record<'app' | 'floor' | 'bare', LoadResult[]> = { app: [], floor: [], bare: [] };
    for (let r = 0; r < o.rounds; r++) {
      for (const [key, url, h] of [['app', o.appBase + o.url, headers], ['floor', floorUrl, headers], ['bare', o.bareUrl, {}]] as const) {
        if (o.warmup > 0) await load(url, { duration: o.warmup, connections: o.connections, headers: h });
        runs[key].push(await load(url, { duration: o.duration, connections: o.connections, headers: h }));
      }
    }
    const rps = (key: keyof typeof runs) => median(runs[key].map((x) => x.rps));
    console.log(`floor: the ${statements.length} statements of ${o.url} from a bare route, in turns with the app and the bare route (${o.rounds} rounds)`);
    console.log(describe('  app, caches off', runs.app[runs.app.length - 1]));
    console.log(describe('  its statements alone', runs.floor[runs.floor.length - 1]));
    console.log(describe('  bare Fastify, same JSON', runs.bare[runs.bare.length - 1]));
    const round = (n: number) => Number(n.toFixed(3));
    const result = { statements: statements.length, appRps: Math.round(rps('app')), floorRps: Math.round(rps('floor')), bareRps: Math.round(rps('bare')), floorRatio: round(rps('floor') / rps('bare')), appOfFloor: round(rps('app') / rps('floor')) };
    console.log(`  medians: statements alone / bare ${result.floorRatio.toFixed(3)}, app / statements alone ${result.appOfFloor.toFixed(3)}`);
    return result;
  } finally {
    await floor.close();
  }
}
