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
/** Polls until `ok` holds or 2 s pass (well under the 30 s cache TTL), returning the last value. */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean = () => true): Promise<T> {
  let v = await read();
  for (let i = 0; i < 40 && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

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
    // Long cache TTLs: what the other process sees at once must come from invalidation, not expiry.
    const env = { DATABASE_URL: u.toString(), SESSION_CACHE_SECONDS: '30', READ_CACHE_SECONDS: '30' };
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
    const [a, b] = servers;

    const check = new pg.Client({ connectionString: u.toString() });
    await check.connect();
    const { rows } = await check.query(`SELECT count(*)::int AS n FROM accounts WHERE username = 'admin'`);
    await check.end();
    expect(rows[0].n).toBe(1);

    const onA = await httpLogin(a.url, 'admin');
    expect((await onA.call('/api/v1/auth/me')).status).toBe(200); // now cached on A
    const meOnB = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie: onA.cookie } });
    expect(meOnB.status).toBe(200);
    expect(((await meOnB.json()) as { username: string }).username).toBe('admin');

    const logoutOnB = await fetch(`${b.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: onA.cookie, 'x-csrf-token': onA.csrfToken } });
    expect(logoutOnB.status).toBe(200);
    expect(await eventually(async () => (await onA.call('/api/v1/auth/me')).status, (s) => s === 401)).toBe(401);
  });

  it('a member list cached on one process follows a write made on the other', async () => {
    const [a, b] = servers;
    const onA = await httpLogin(a.url, 'admin');
    const onB = await httpLogin(b.url, 'admin');
    const total = async () => ((await (await onA.call('/api/v1/people?pageSize=1')).json()) as { total: number }).total;
    const before = await total();
    const branch = ((await (await onB.call('/api/v1/orgs/tree')).json()) as { nodes: Array<{ id: number; kind: string }> }).nodes.find((n) => n.kind === 'branch')!;
    const created = await onB.call('/api/v1/people', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orgId: branch.id, name: '跨进程', gender: '女', birthDate: '1996-05-04', idNumber: '370202199605040020', partyStatus: '群众' }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    expect(await eventually(total, (n) => n === before + 1)).toBe(before + 1);
  });
});
