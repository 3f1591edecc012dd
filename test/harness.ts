import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, inject } from 'vitest';
import type { InjectOptions } from 'fastify';
import { openDatabase, type Database } from '../server/src/kernel/db/client.js';
import { parseEnv, type Env } from '../server/src/kernel/env.js';
import { buildApp } from '../server/src/app.js';
import { bumpTopic, cacheTopics } from '../server/src/kernel/cache/topic-cache.js';

export const DEMO_PASSWORD = 'Vanguard@2026';

/** Which database this run tests against, for test names. */
export const dbKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** The PGlite template's bytes, read once per worker process (test files share it: vitest.config.ts `isolate: false`). */
let pgliteTemplate: Blob | undefined;
export function pgliteTemplateBytes(): Blob {
  pgliteTemplate ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
  return pgliteTemplate;
}

/**
 * CI runs only *.integration.test.ts (and no e2e/) on its PostgreSQL pass (.ci/run), so a test file that opens a database
 * under another name would never meet PostgreSQL: it fails here instead, on either pass.
 */
export function assertDatabaseTestFile() {
  const file = expect.getState().testPath ?? '';
  if (file && !/\.(integration|e2e)\.test\.ts$/.test(file)) {
    throw new Error(`${file} opens a database: name it *.integration.test.ts so it also runs on PostgreSQL`);
  }
}

/** A fresh database copied from the seeded template (tiny demo city). */
export async function openTestDatabase(): Promise<Database> {
  assertDatabaseTestFile();
  const template = inject('pgTemplate');
  const url = process.env.TEST_DATABASE_URL;
  if (url && template) {
    const name = `vg_t_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = '/' + name;
    const database = await openDatabase({ url: u.toString(), poolSize: 8 });
    const close = database.close;
    database.close = async () => {
      await close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
    return database;
  }
  return openDatabase({ loadDataDir: pgliteTemplateBytes() });
}

export function testEnv(overrides: Record<string, string> = {}): Env {
  // Caches off by default: tests change rows behind the API's back and expect to see it at once.
  return parseEnv({ LOG_LEVEL: 'silent', NODE_ENV: 'test', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', SESSION_CACHE_SECONDS: '0', READ_CACHE_SECONDS: '0', FIGURES_CACHE_SECONDS: '0', ...overrides });
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The whole app over a fresh copy of the seeded database; requests go through Fastify's inject. */
export async function createTestApp(envOverrides: Record<string, string> = {}, opts: { beforeReady?: (app: Awaited<ReturnType<typeof buildApp>>['app']) => void } = {}) {
  // Reads cached in this process by an earlier app (another database) are retired; the earlier
  // app's processes are not told (`fromRemote`), as its database may be closed.
  for (const topic of cacheTopics) bumpTopic(topic, true);
  const database = await openTestDatabase();
  const env = testEnv(envOverrides);
  const built = await buildApp({ database, env, logger: false });
  opts.beforeReady?.(built.app);
  await built.app.ready();

  async function login(username: string, password = DEMO_PASSWORD) {
    const res = await built.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    return client(cookie, res.json().csrfToken as string);
  }

  function client(cookie: string | null, csrfToken: string | null) {
    const request = (opts: InjectOptions) =>
      built.app.inject({
        ...opts,
        headers: { ...(cookie ? { cookie } : {}), ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}), ...(opts.headers ?? {}) },
      });
    return {
      cookie,
      csrfToken,
      request,
      get: (url: string) => request({ method: 'GET', url }),
      post: (url: string, payload?: unknown) => request({ method: 'POST', url, payload: payload as never }),
      put: (url: string, payload?: unknown) => request({ method: 'PUT', url, payload: payload as never }),
      patch: (url: string, payload?: unknown) => request({ method: 'PATCH', url, payload: payload as never }),
      delete: (url: string) => request({ method: 'DELETE', url }),
    };
  }

  return {
    ...built,
    database,
    db: database.db,
    env,
    login,
    anonymous: () => client(null, null),
    close: async () => {
      await built.app.close();
      await database.close();
    },
  };
}
