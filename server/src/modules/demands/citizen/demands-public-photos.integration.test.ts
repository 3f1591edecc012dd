import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, lowerDifficulty, routeAllTo, sampleDemand, solvedChallenge } from '../demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Photo = { name: string; type: string; bytes: Buffer };
const { citizenName: _n, ...publicDemand } = sampleDemand;

describe(`citizen photos sent with the submission (${dbKind})`, () => {
  let t: TestApp;
  let base = '';
  let admin: Client;
  let handler: Client;
  let dataDir: string;
  let png: Buffer;
  let jpeg: Buffer;
  let webp: Buffer;
  let phones = 0;

  /** A real HTTP request with a browser-style FormData body: field "data" (JSON text) and file parts "photos". */
  async function submit(photos: Photo[], data?: unknown, extra: (form: FormData) => void = () => {}) {
    const form = new FormData();
    const body = data ?? { ...publicDemand, citizenPhone: `1370000${String(++phones).padStart(4, '0')}`, challenge: await solvedChallenge(t) };
    form.append('data', typeof body === 'string' ? body : JSON.stringify(body));
    for (const p of photos) form.append('photos', new Blob([new Uint8Array(p.bytes)], { type: p.type }), p.name);
    extra(form);
    const res = await fetch(`${base}/api/v1/public/demands`, { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as { trackingCode?: string; citizenToken?: string; error?: { code: string; details: { field: string; message: string }[] } } };
  }

  const uploaded = () => {
    const dir = join(dataDir, 'uploads', 'demands');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  };
  async function counts() {
    const [c] = await rows<{ demands: number; photos: number; audit: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM demands) AS demands, (SELECT count(*)::int FROM demand_photos) AS photos, (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    return { ...c, files: uploaded() };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-demand-photos-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
    handler = await t.login('handler');
    await lowerDifficulty(admin);
    const scene = sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } });
    [png, jpeg, webp] = await Promise.all([scene.clone().png().toBuffer(), scene.clone().jpeg().toBuffer(), scene.clone().webp().toBuffer()]);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the demand, its photos and one audit entry per photo together; staff see the photos', async () => {
    const before = await counts();
    const res = await submit([
      { name: '现场1.png', type: 'image/png', bytes: png },
      { name: '现场2.jpg', type: 'image/jpeg', bytes: jpeg },
      { name: '现场3.webp', type: 'image/webp', bytes: webp },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [d] = await rows<{ id: number; photo_count: number }>(t.db, sql`SELECT id, photo_count FROM demands WHERE tracking_code = ${res.body.trackingCode!}`);
    expect(d.photo_count).toBe(3);
    const audits = await rows<{ action: string; summary: string; actor: string }>(t.db, sql`SELECT action, summary, actor FROM audit_log WHERE entity = 'demand' AND entity_id = ${String(d.id)} ORDER BY id`);
    expect(audits.map((a) => a.action)).toEqual(['demands.intake', 'demands.photo_upload', 'demands.photo_upload', 'demands.photo_upload']);
    expect(audits.slice(1).map((a) => a.summary.split(' ')[0])).toEqual(['image/png', 'image/jpeg', 'image/webp']);
    expect(audits[1].actor).toBe('citizen');
    expect(await counts()).toMatchObject({ demands: before.demands + 1, photos: before.photos + 3, audit: before.audit + 4 });
    expect(uploaded()).toHaveLength(before.files.length + 3);

    const detail = (await handler.get(`/api/v1/demands/${d.id}`)).json() as { photos: { url: string }[] };
    expect(detail.photos).toHaveLength(3);
    for (const p of detail.photos) expect((await handler.get(p.url)).statusCode).toBe(200);
    // the separate photo route still counts them: three is the most
    const up = multipartBody(png, 'later.png', 'image/png');
    const later = await t.anonymous().request({ method: 'POST', url: `/api/v1/public/demands/${res.body.trackingCode}/photos`, payload: up.payload, headers: { ...up.headers, 'x-demand-token': res.body.citizenToken! } });
    expect(later.statusCode).toBe(409);
  });

  it('refuses the whole submission when one photo is not an image, and writes nothing', async () => {
    const before = await counts();
    const res = await submit([
      { name: 'good.png', type: 'image/png', bytes: png },
      { name: 'fake.jpg', type: 'image/jpeg', bytes: sampleFiles.text() },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('validation_failed');
    expect(res.body.error?.details).toEqual([{ field: 'photos', message: 'fake.jpg：只收 jpg、png、webp 照片，每张不超过 8MB' }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a photo over 8 MB, a GIF, and a fourth photo, writing nothing', async () => {
    const before = await counts();
    const big = await submit([{ name: 'big.png', type: 'image/png', bytes: sampleFiles.png(8 * 1024 * 1024 + 1) }]);
    expect(big.status).toBe(400);
    expect(big.body.error?.details[0]).toMatchObject({ field: 'photos', message: expect.stringContaining('big.png') });
    const gif = await submit([{ name: 'anim.gif', type: 'image/gif', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') }]);
    expect(gif.status).toBe(400);
    const four = await submit([1, 2, 3, 4].map((i) => ({ name: `p${i}.png`, type: 'image/png', bytes: png })));
    expect(four.status).toBe(400);
    expect(four.body.error?.details).toEqual([{ field: 'photos', message: '最多 3 张照片' }]);
    const five = await submit([1, 2, 3, 4, 5].map((i) => ({ name: `p${i}.png`, type: 'image/png', bytes: png })));
    expect(five.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('judges the challenge in "data" before reading any photo, and wants "data" first', async () => {
    const before = await counts();
    const fake = { name: 'fake.png', type: 'image/png', bytes: Buffer.from('not a photo') };
    // Were the photo read first, its refusal (validation_failed) would answer; the unsolved challenge does.
    const unsolved = await submit([fake], { ...publicDemand, challenge: { nonce: 'a.b.c.d', solution: '1' } });
    expect(unsolved.status).toBe(400);
    expect(unsolved.body.error?.code).toBe('challenge_failed');
    const photoFirst = new FormData();
    photoFirst.append('photos', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'a.png');
    photoFirst.append('data', JSON.stringify({ ...publicDemand, challenge: await solvedChallenge(t) }));
    const res = await fetch(`${base}/api/v1/public/demands`, { method: 'POST', body: photoFirst });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { details: { field: string; message: string }[] } }).error.details[0]).toMatchObject({ field: 'data', message: 'data 字段应放在照片之前' });
    expect(await counts()).toEqual(before);
  });

  it('validates the "data" field like the JSON body', async () => {
    const before = await counts();
    const notJson = await submit([{ name: 'a.png', type: 'image/png', bytes: png }], '{"categoryCode":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toMatchObject({ code: 'validation_failed', details: [{ field: 'data' }] });
    const short = await submit([{ name: 'a.png', type: 'image/png', bytes: png }], { ...publicDemand, description: '短', challenge: await solvedChallenge(t) });
    expect(short.status).toBe(400);
    expect(short.body.error?.code).toBe('validation_failed');
    expect(short.body.error?.details.map((d) => d.field)).toContain('body.description');
    const noData = await fetch(`${base}/api/v1/public/demands`, { method: 'POST', body: (() => { const f = new FormData(); f.append('photos', new Blob([new Uint8Array(png)]), 'a.png'); return f; })() });
    expect(noData.status).toBe(400);
    expect(((await noData.json()) as { error: { details: { field: string }[] } }).error.details[0].field).toBe('data');
    const stray = await submit([], undefined, (f) => f.append('note', 'x'));
    expect(stray.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('removes the stored photos when the demand is refused inside its transaction (per-phone daily limit)', async () => {
    await admin.put('/api/v1/demand-settings', { phoneDailyLimit: 1 });
    const data = async () => ({ ...publicDemand, citizenPhone: '13699990000', challenge: await solvedChallenge(t) });
    expect((await submit([], await data())).status).toBe(201);
    const before = await counts();
    const refused = await submit([{ name: 'a.png', type: 'image/png', bytes: png }], await data());
    expect(refused.status).toBe(429);
    expect(await counts()).toMatchObject({ demands: before.demands, photos: before.photos, files: before.files });
    await admin.put('/api/v1/demand-settings', { phoneDailyLimit: 5 });
  });

  it('takes a multipart submission without photos, and keeps the JSON form', async () => {
    const res = await submit([]);
    expect(res.status).toBe(201);
    const json = await t.anonymous().post('/api/v1/public/demands', { ...publicDemand, citizenPhone: null, challenge: await solvedChallenge(t) });
    expect(json.statusCode).toBe(201);
    const [d] = await rows<{ photo_count: number }>(t.db, sql`SELECT photo_count FROM demands WHERE tracking_code = ${res.body.trackingCode!}`);
    expect(d.photo_count).toBe(0);
  });
});
