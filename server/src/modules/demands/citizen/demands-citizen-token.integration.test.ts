import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, openTestDatabase, testEnv, type TestApp } from '../../../../../test/harness.js';
import { buildApp } from '../../../app.js';
import { solveChallenge } from '../intake/challenge.js';
import { putSettings } from '../config/demands.settings.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, hotlineIntake, lowerDifficulty, routeAllTo, sampleDemand, solvedChallenge } from '../demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const { citizenName: _n, ...publicDemand } = sampleDemand;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The tracking code is public; what a citizen changes needs the secret only the submitter got. */
describe(`citizen secret of a demand (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let handler: Client;
  let dataDir: string;
  let png: Buffer;
  let phones = 0;

  const anon = () => t.anonymous();
  const withToken = (token: string | undefined) => (token === undefined ? {} : { 'x-demand-token': token });
  const track = (code: string, token?: string) => anon().request({ method: 'GET', url: `/api/v1/public/demands/${code}`, headers: withToken(token) });
  const rate = (code: string, token?: string, result = 'dissatisfied') =>
    anon().request({ method: 'POST', url: `/api/v1/public/demands/${code}/rating`, payload: { result, comment: '没解决' }, headers: withToken(token) });
  const addPhoto = (code: string, token?: string) => {
    const up = multipartBody(png, 'scene.png', 'image/png');
    return anon().request({ method: 'POST', url: `/api/v1/public/demands/${code}/photos`, payload: up.payload, headers: { ...up.headers, ...withToken(token) } });
  };
  const uploaded = () => {
    const dir = join(dataDir, 'uploads', 'demands');
    return existsSync(dir) ? readdirSync(dir).length : 0;
  };

  async function submit() {
    const res = await anon().post('/api/v1/public/demands', { ...publicDemand, citizenPhone: `1350000${String(++phones).padStart(4, '0')}`, challenge: await solvedChallenge(t) });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { trackingCode: string; citizenToken: string; trackingPath: string };
    const [{ id }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM demands WHERE tracking_code = ${body.trackingCode}`);
    return { ...body, id: Number(id) };
  }
  async function answer(id: number) {
    expect((await handler.post(`/api/v1/demands/${id}/accept`, {})).statusCode).toBe(200);
    expect((await handler.post(`/api/v1/demands/${id}/answer`, { answer: '经现场核实，已派人修复路面并清理现场。' })).statusCode).toBe(200);
  }
  const status = async (id: number) => (await rows<{ status: string; satisfaction: string | null }>(t.db, sql`SELECT status, satisfaction FROM demands WHERE id = ${id}`))[0];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-demand-token-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
    handler = await t.login('handler');
    await lowerDifficulty(admin);
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } }).png().toBuffer();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives the submitter a random secret once, in a #fragment link, and keeps only its SHA-256', async () => {
    const a = await submit();
    const b = await submit();
    expect(a.citizenToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.citizenToken).not.toBe(b.citizenToken);
    // After '#': browsers never send it, so it is in no request line or server log.
    expect(a.trackingPath).toBe(`/c/track/${a.trackingCode}#t=${a.citizenToken}`);
    const [stored] = await rows<{ citizen_token_hash: string }>(t.db, sql`SELECT citizen_token_hash FROM demand_tracking WHERE tracking_code = ${a.trackingCode}`);
    expect(stored.citizen_token_hash).toBe(sha256(a.citizenToken));
    const [anywhere] = await rows<{ n: number }>(
      t.db,
      sql`SELECT (SELECT count(*) FROM demands d WHERE strpos(to_jsonb(d)::text, ${a.citizenToken}) > 0) + (SELECT count(*) FROM demand_tracking x WHERE strpos(to_jsonb(x)::text, ${a.citizenToken}) > 0) AS n`,
    );
    expect(Number(anywhere.n)).toBe(0);
  });

  it('rating needs the secret: the public code alone, a wrong secret or another demand’s secret are refused and change nothing', async () => {
    const mine = await submit();
    const other = await submit();
    await answer(mine.id);
    const forged = randomBytes(32).toString('base64url');
    for (const token of [undefined, '', forged, other.citizenToken, mine.citizenToken.slice(1), `${mine.citizenToken}x`, sha256(mine.citizenToken)]) {
      const res = await rate(mine.trackingCode, token);
      expect(res.statusCode, String(token)).toBe(403);
      expect(res.json().error.code).toBe('citizen_token_invalid');
    }
    // Nor in the query string (which would end up in logs): only the header counts.
    const inQuery = await anon().post(`/api/v1/public/demands/${mine.trackingCode}/rating?t=${mine.citizenToken}`, { result: 'dissatisfied' });
    expect(inQuery.statusCode).toBe(403);
    expect(await status(mine.id)).toEqual({ status: 'answered', satisfaction: null });
    const [cb] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demand_callbacks WHERE demand_id = ${mine.id}`);
    expect(cb.n).toBe(0);

    const ok = await rate(mine.trackingCode, mine.citizenToken, 'satisfied');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ trackingCode: mine.trackingCode, status: 'closed', satisfaction: 'satisfied' });
    expect(JSON.stringify(ok.json())).not.toContain(mine.citizenToken);
  });

  it('photos need the secret, checked before any byte is stored', async () => {
    const mine = await submit();
    const other = await submit();
    const files = uploaded();
    for (const token of [undefined, randomBytes(32).toString('base64url'), other.citizenToken]) {
      const res = await addPhoto(mine.trackingCode, token);
      expect(res.statusCode, String(token)).toBe(403);
      expect(res.json().error.code).toBe('citizen_token_invalid');
    }
    expect(uploaded()).toBe(files);
    const [before] = await rows<{ photo_count: number }>(t.db, sql`SELECT photo_count FROM demands WHERE id = ${mine.id}`);
    expect(before.photo_count).toBe(0);
    const ok = await addPhoto(mine.trackingCode, mine.citizenToken);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(uploaded()).toBe(files + 1);
    expect((await handler.get(`/api/v1/demands/${mine.id}`)).json().photos).toHaveLength(1);
  });

  it('anyone reads the tracking page by code; only the secret’s holder is offered the rating', async () => {
    const mine = await submit();
    await answer(mine.id);
    const pub = await track(mine.trackingCode);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ trackingCode: mine.trackingCode, status: 'answered', answer: '经现场核实，已派人修复路面并清理现场。', holder: false, canRate: false });
    expect((await track(mine.trackingCode, randomBytes(32).toString('base64url'))).json()).toMatchObject({ holder: false, canRate: false });
    expect((await track(mine.trackingCode, mine.citizenToken)).json()).toMatchObject({ status: 'answered', holder: true, canRate: true });
    expect(pub.body).not.toContain(mine.citizenToken);
    expect(pub.body).not.toContain(sha256(mine.citizenToken));
  });

  it('a demand with no secret (hotline, or received before secrets existed) reads by code, but no citizen can change it', async () => {
    const hot = await hotlineIntake(admin);
    const [h] = await rows<{ citizen_token_hash: string | null }>(t.db, sql`SELECT citizen_token_hash FROM demand_tracking WHERE tracking_code = ${hot.trackingCode}`);
    expect(h.citizen_token_hash).toBeNull();
    // An older web demand, as the migration leaves it: the column added empty.
    const old = await submit();
    await t.db.execute(sql`UPDATE demand_tracking SET citizen_token_hash = NULL WHERE tracking_code = ${old.trackingCode}`);
    for (const d of [{ id: hot.id, code: hot.trackingCode, token: undefined }, { id: old.id, code: old.trackingCode, token: old.citizenToken }]) {
      await answer(d.id);
      const read = await track(d.code, d.token);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ trackingCode: d.code, status: 'answered', holder: false, canRate: false });
      for (const token of [undefined, d.token ?? randomBytes(32).toString('base64url')]) {
        expect((await rate(d.code, token)).statusCode).toBe(403);
      }
      expect(await status(d.id)).toEqual({ status: 'answered', satisfaction: null });
    }
    // Staff still record the citizen's verdict by a callback call.
    const cb = await admin.post(`/api/v1/demands/${hot.id}/callback`, { result: 'satisfied' });
    expect(cb.statusCode, cb.body).toBe(200);
    expect(await status(hot.id)).toEqual({ status: 'closed', satisfaction: 'satisfied' });
  });

  it('Open311 lists the tracking code but never the secret; an Open311 intake gets none', async () => {
    const mine = await submit();
    const open311 = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      return res.body;
    };
    for (const body of [await open311('/open311/v2/requests.json'), await open311('/open311/v2/requests.xml'), await open311(`/open311/v2/requests/${mine.trackingCode}.json`), await open311(`/open311/v2/tokens/${mine.trackingCode}.json`)]) {
      expect(body).toContain(mine.trackingCode);
      expect(body).not.toContain(mine.citizenToken);
      expect(body).not.toContain(sha256(mine.citizenToken));
    }
    const key = (await admin.post('/api/v1/open311-keys', { name: '随手拍' })).json().key as string;
    const created = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: new URLSearchParams({ api_key: key, service_code: 'city_mgmt', address_string: '市南区香港中路10号', description: '路边垃圾桶满溢无人清运', 'attribute[district_code]': '370202' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const [{ service_request_id: code }] = created.json() as { service_request_id: string }[];
    expect(Object.keys(created.json()[0]).sort()).toEqual(['account_id', 'service_notice', 'service_request_id']);
    const [row] = await rows<{ citizen_token_hash: string | null }>(t.db, sql`SELECT citizen_token_hash FROM demand_tracking WHERE tracking_code = ${code}`);
    expect(row.citizen_token_hash).toBeNull();
  });

  it('the secret is in no audit entry, trail or staff view', async () => {
    const mine = await submit();
    expect((await addPhoto(mine.trackingCode, mine.citizenToken)).statusCode).toBe(201);
    await answer(mine.id);
    expect((await rate(mine.trackingCode, mine.citizenToken)).statusCode).toBe(200);
    const secret = [mine.citizenToken, sha256(mine.citizenToken)];
    const [audits] = await rows<{ n: number; text: string }>(
      t.db,
      sql`SELECT count(*)::int AS n, coalesce(string_agg(to_jsonb(a)::text, ' '), '') AS text FROM audit_log a WHERE a.entity = 'demand' AND a.entity_id = ${String(mine.id)}`,
    );
    expect(audits.n).toBeGreaterThanOrEqual(5); // intake, photo, accept, answer, citizen rating
    const [trail] = await rows<{ text: string }>(
      t.db,
      sql`SELECT coalesce(string_agg(x, ' '), '') AS text FROM (SELECT to_jsonb(e)::text AS x FROM demand_events e WHERE demand_id = ${mine.id}
            UNION ALL SELECT to_jsonb(c)::text FROM demand_callbacks c WHERE demand_id = ${mine.id}) s`,
    );
    const views = [
      (await admin.get(`/api/v1/demands/${mine.id}`)).body,
      (await admin.get('/api/v1/demands?pageSize=100')).body,
      (await admin.get(`/api/v1/audit?entity=demand&entityId=${mine.id}`)).body,
      (await track(mine.trackingCode, mine.citizenToken)).body,
    ];
    for (const text of [audits.text, trail.text, ...views]) for (const s of secret) expect(text).not.toContain(s);
  });
});

describe(`the citizen secret in the server log (${dbKind})`, () => {
  it('is in no log line of a submission, a tracking read, a refused and a taken change, even at trace level', async () => {
    const lines: string[] = [];
    const database = await openTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'vg-demand-log-'));
    const { app } = await buildApp({ database, env: testEnv({ LOG_LEVEL: 'trace', DATA_DIR: dataDir }), logStream: { write: (l) => void lines.push(l) } });
    try {
      await app.ready();
      await putSettings(database.db, { powDifficulty: 6 });
      const ch = (await app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json() as { nonce: string; difficulty: number };
      const challenge = { nonce: ch.nonce, solution: solveChallenge(ch.nonce, ch.difficulty) };
      const res = await app.inject({ method: 'POST', url: '/api/v1/public/demands', payload: { ...publicDemand, challenge } });
      expect(res.statusCode, res.body).toBe(201);
      const { trackingCode: code, citizenToken: token } = res.json() as { trackingCode: string; citizenToken: string };
      const headers = { 'x-demand-token': token };
      expect((await app.inject({ method: 'GET', url: `/api/v1/public/demands/${code}`, headers })).json().holder).toBe(true);
      expect((await app.inject({ method: 'POST', url: `/api/v1/public/demands/${code}/rating`, payload: { result: 'satisfied' }, headers })).statusCode).toBe(409);
      expect((await app.inject({ method: 'POST', url: `/api/v1/public/demands/${code}/rating`, payload: { result: 'satisfied' }, headers: { 'x-demand-token': `${token.slice(1)}A` } })).statusCode).toBe(403);
      const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer();
      const up = multipartBody(png, 'p.png', 'image/png');
      expect((await app.inject({ method: 'POST', url: `/api/v1/public/demands/${code}/photos`, payload: up.payload, headers: { ...up.headers, ...headers } })).statusCode).toBe(201);
      const log = lines.join('');
      expect(log).toContain(`/api/v1/public/demands/${code}/photos`); // the requests were logged
      expect(log).not.toContain(token);
      expect(log).not.toContain(sha256(token));
    } finally {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
