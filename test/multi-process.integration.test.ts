import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { httpLogin, startServer, type ServerProcess } from './server-process.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('SKIPPED multi-process test: it needs a PostgreSQL server; set TEST_DATABASE_URL (PGlite is one process by design).');

/**
 * Two server processes on one PostgreSQL database behave as one: they start at the
 * same time on a fresh database (one migrates and seeds, the other waits), and a
 * session made on one is valid — and ended — on the other.
 */
describe.skipIf(!url)('several server processes on one PostgreSQL database', () => {
  const name = `vg_mp_${randomBytes(4).toString('hex')}`;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('shares migrations, seed and sessions', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url!);
    u.pathname = '/' + name;
    const env = { DATABASE_URL: u.toString() };
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
    const [a, b] = servers;

    const check = new pg.Client({ connectionString: u.toString() });
    await check.connect();
    const { rows } = await check.query(`SELECT count(*)::int AS n FROM accounts WHERE username = 'admin'`);
    await check.end();
    expect(rows[0].n).toBe(1);

    const onA = await httpLogin(a.url, 'admin');
    const meOnB = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie: onA.cookie } });
    expect(meOnB.status).toBe(200);
    expect(((await meOnB.json()) as { username: string }).username).toBe('admin');

    const logoutOnB = await fetch(`${b.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: onA.cookie, 'x-csrf-token': onA.csrfToken } });
    expect(logoutOnB.status).toBe(200);
    const meOnA = await onA.call('/api/v1/auth/me');
    expect(meOnA.status).toBe(401);
  });
});
