import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, openTestDatabase, testEnv, type TestApp } from './harness.js';
import { homeOrg } from '../server/src/kernel/org/org.test-helpers.js';
import { buildApp } from '../server/src/app.js';
import { rows } from '../server/src/kernel/db/client.js';
import { multipartBody } from './multipart.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

/** Input that validation once let through to the database (500); each answers 400 in the API's error format. */
describe(`bad input answers 400, not 500 (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let rootId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    rootId = (await homeOrg(t.db, 'admin')).id;
  });
  afterAll(() => t.close());

  const expect400 = (res: { statusCode: number; json(): { error?: { code?: string } } }, label: string) => {
    expect(res.statusCode, label).toBe(400);
    expect(res.json().error?.code, label).toMatch(/^(validation_failed|bad_request)$/);
  };

  it('refuses integer ids beyond a PostgreSQL integer, keeps bigint demand ids', async () => {
    for (const id of ['2147483648', '9223372036854775808', '-1', '1e400']) {
      expect400(await admin.get(`/api/v1/orgs/${id}`), `orgs/${id}`);
      expect400(await admin.get(`/api/v1/activities/${id}`), `activities/${id}`);
    }
    expect((await admin.get('/api/v1/orgs/2147483647')).statusCode).toBe(404);
    expect400(await admin.post('/api/v1/accounts/2/roles', { role: 'member', orgId: 2 ** 31 }), 'roles orgId 2^31');
    expect400(await admin.get(`/api/v1/roster/export?orgId=${2 ** 31}`), 'roster export orgId');
    // Demands have bigint ids: 2^31 is a possible id, and simply not found.
    expect((await admin.get('/api/v1/demands/2147483648')).statusCode).toBe(404);
    expect400(await admin.get('/api/v1/demands/9223372036854775808'), 'demand 2^63');
  });

  it('refuses NUL and lone surrogates in params, query and body, on every route — with a schema or not, signed in or not', async () => {
    const anon = t.anonymous();
    expect400(await anon.post('/api/v1/auth/login', { username: 'ad\u0000min', password: 'x' }), 'login username NUL');
    expect400(await anon.post('/api/v1/auth/login', { username: 'admin', password: 'a\ud800' }), 'login password surrogate');
    expect400(await admin.get('/api/v1/content?q=a%00b'), 'content q NUL');
    expect400(await admin.get('/api/v1/audit?action=%00'), 'audit action NUL');
    expect400(await admin.patch(`/api/v1/orgs/${rootId}`, { name: '市委\ud800' }), 'org name surrogate');
    expect400(await admin.patch(`/api/v1/orgs/${rootId}`, { name: '市委\u0000' }), 'org name NUL');
    expect400(await admin.post('/api/v1/learning/courses', { title: '课程', orgId: rootId, kind: 'required', description: '\udc00', lessonIds: [1] }), 'course description surrogate');

    // Open311: no zod schema, form-encoded bodies, no session; errors keep the Open311 format.
    const list = await anon.get('/open311/v2/requests.json?service_request_id=QD%00');
    expect(list.statusCode, list.body).toBe(400);
    expect(list.json()[0].code).toBe(400);
    expect((await anon.get('/open311/v2/requests/a%00b.json')).statusCode).toBe(400);
    const form = await anon.request({ method: 'POST', url: '/open311/v2/requests.json', payload: 'api_key=%00&service_code=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(400);
    const json = (text: string) => anon.request({ method: 'POST', url: '/open311/v2/requests.json', payload: text, headers: { 'content-type': 'application/json' } });
    // Keys count too (they could end up in jsonb), and a value deep in the body is found without recursion.
    expect((await json('{"api\\u0000key":"x"}')).statusCode).toBe(400);
    const deep = (leaf: string) => `{"api_key":"x","attribute":${'['.repeat(50_000)}${leaf}${']'.repeat(50_000)}}`;
    expect((await json(deep('"a\\u0000"'))).statusCode).toBe(400);
    expect((await json(deep('"clean"'))).statusCode).toBe(403);

    // Whatever is refused was not written.
    const [org] = await rows<{ name: string }>(t.db, sql`SELECT name FROM orgs WHERE id = ${rootId}`);
    expect(org!.name).not.toMatch(/\u0000|\ud800/);
  });

  it('still takes well-formed text: emoji (surrogate pairs) and Chinese', async () => {
    const res = await admin.post('/api/v1/practice/projects', { title: '青年先锋 🚩 实践', orgId: rootId });
    expect(res.statusCode).toBe(201);
    expect(res.json().title).toBe('青年先锋 🚩 实践');
  });

  it('leaves multipart alone: a bad multipart submission is still a 400, a clean upload still reaches its handler', async () => {
    const anon = t.anonymous();
    const data = JSON.stringify({ categoryCode: 'x', description: '路灯不亮\u0000了', districtCode: '370202', challenge: { nonce: 'n'.repeat(10), solution: '1' } });
    const { payload, headers } = multipartBody(Buffer.from('not an image'), 'a.jpg', 'image/jpeg', { data }, 'photos');
    const res = await anon.request({ method: 'POST', url: '/api/v1/public/demands', payload, headers });
    // Refused: either the challenge (checked first, on the raw field) or the NUL — never a 500.
    expect(res.statusCode).toBe(400);
    // A multipart upload with clean fields reaches its handler (here: an unknown activity).
    const upload = multipartBody(Buffer.from('x'), 'a.png', 'image/png');
    expect((await admin.request({ method: 'POST', url: '/api/v1/activities/2147483647/photos', ...upload })).statusCode).toBe(404);
  });

  it('refuses renaming a practice project to a title its organisation already has (was a unique-violation 500)', async () => {
    const a = (await admin.post('/api/v1/practice/projects', { title: '重名项目甲', orgId: rootId })).json();
    const b = (await admin.post('/api/v1/practice/projects', { title: '重名项目乙', orgId: rootId })).json();
    const res = await admin.patch(`/api/v1/practice/projects/${b.id}`, { title: a.title });
    expect400(res, 'rename to a taken title');
    expect(res.json().error.details[0].field).toBe('title');
    expect((await admin.patch(`/api/v1/practice/projects/${a.id}`, { title: a.title })).statusCode).toBe(200);
  });

  it('takes only real calendar dates', async () => {
    for (const day of ['2026-02-30', '2026-13-45', '2025-02-29', '0000-01-01']) {
      expect400(await admin.post('/api/v1/practice/projects', { title: '日期', orgId: rootId, startsOn: day }), `startsOn ${day}`);
      expect400(await admin.get(`/api/v1/demand-analytics/trend?from=${day}`), `analytics from ${day}`);
      expect400(await admin.get(`/api/v1/activities/stats?from=${day}`), `activity stats from ${day}`);
    }
    expect400(await admin.get('/api/v1/demand-analytics/monthly-focus?month=0000-01'), 'month 0000-01');
    // z.coerce.date() used to roll 30 February over to 2 March; and took "12" as December 2001.
    const activity = (startsAt: string) => admin.post('/api/v1/activities', { typeCode: 'lecture', title: '日期校验', orgId: rootId, startsAt, endsAt: '2026-12-01T10:00:00+08:00' });
    expect400(await activity('2026-02-30T09:00:00+08:00'), 'activity 30 February');
    expect400(await activity('12'), 'activity "12"');
    expect((await activity('2026-11-30T09:00:00+08:00')).statusCode).toBe(201);
    expect((await admin.post('/api/v1/practice/projects', { title: '闰日', orgId: rootId, startsOn: '2028-02-29' })).statusCode).toBe(201);
  });
});

describe(`database errors caused by input are a 400 safety net (${dbKind})`, () => {
  it('maps invalid text representation, out-of-range numbers and NUL bytes to 400 and logs a warning', async () => {
    const database = await openTestDatabase();
    const { app } = await buildApp({ database, env: testEnv(), logger: false });
    const warnings: unknown[] = [];
    // A route that hands its input to PostgreSQL unchecked, as a forgotten validation would.
    app.get('/api/v1/unchecked', { config: { access: 'public' } }, async (req) => {
      req.log.warn = ((obj: unknown) => void warnings.push(obj)) as typeof req.log.warn;
      const { kind, v } = req.query as { kind: string; v: string };
      if (kind === 'int') return rows(database.db, sql`SELECT ${v}::int AS n`);
      if (kind === 'date') return rows(database.db, sql`SELECT ${v}::date AS d`);
      return rows(database.db, sql`SELECT ${v}::numeric::int AS n`);
    });
    await app.ready();
    try {
      for (const [kind, v, reason] of [
        ['int', 'abc', 'invalid text representation'],
        ['range', '99999999999', 'numeric value out of range'],
        ['date', '2026-02-30', 'datetime field overflow'],
      ]) {
        const res = await app.inject({ method: 'GET', url: `/api/v1/unchecked?kind=${kind}&v=${v}` });
        expect(res.statusCode, `${kind} ${v}`).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'bad_request', details: { reason } });
      }
      expect(warnings).toHaveLength(3);
      const ok = await app.inject({ method: 'GET', url: '/api/v1/unchecked?kind=int&v=42' });
      expect(ok.json()).toEqual([{ n: 42 }]);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
