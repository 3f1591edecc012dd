import { buildApp } from '../../server/src/app.js';
import type { Database } from '../../server/src/kernel/db/client.js';
import type { Env } from '../../server/src/kernel/env.js';
import { setReadCacheTtl } from '../../server/src/kernel/cache/topic-cache.js';
import { setSessionCacheTtl } from '../../server/src/kernel/auth/session-cache.js';
import { responseSerializer } from '../../server/src/kernel/openapi/serializer.js';
import { peopleResponse } from '../../server/src/kernel/org/people.dto.js';
import { signIn } from '../../test/api-client.js';
import { describe, load } from './load.js';

/**
 * The response schemas' cost on the people list: the same uncached route from a second app on the same database
 * that sends its answers with JSON.stringify, then the serialisation alone, in-process.
 */
export async function schemaCost(o: { database: Database; env: Env; duration: number; connections: number; url: string; body: unknown }) {
  const plain = await buildApp({ database: o.database, env: o.env, logger: false, plainResponses: true });
  setReadCacheTtl(0); // buildApp set them from env again
  setSessionCacheTtl(0);
  await plain.app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const base = `http://127.0.0.1:${(plain.app.server.address() as { port: number }).port}`;
    const { cookie } = await signIn(base, 'admin', o.env.DEMO_PASSWORD);
    const r = await load(base + o.url, { duration: o.duration, connections: o.connections, headers: { cookie } });
    console.log(describe('people, caches off, no response schema', r));
    const viaSchema = responseSerializer('strict', () => {})({ schema: peopleResponse, method: 'GET', url: o.url, httpStatus: '200' } as never);
    const rounds = 2000;
    const time = (fn: () => string) => {
      for (let i = 0; i < 200; i++) fn();
      const t = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) fn();
      return Number(process.hrtime.bigint() - t) / 1000 / rounds;
    };
    const schemaUs = time(() => viaSchema(o.body));
    const plainUs = time(() => JSON.stringify(o.body));
    console.log(`serialising this answer: ${schemaUs.toFixed(1)} µs with its schema, ${plainUs.toFixed(1)} µs with JSON.stringify`);
    return { noSchemaRps: Math.round(r.rps), serialiseSchemaUs: Number(schemaUs.toFixed(1)), serialisePlainUs: Number(plainUs.toFixed(1)) };
  } finally {
    await plain.app.close();
  }
}
