import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { rows } from '../../../kernel/db/client.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { addWorkingDays, shanghaiDay } from '../workflow/deadlines.js';
import { solveChallenge, workOf } from './challenge.js';
import { departments, hotlineIntake, lowerDifficulty, routeAllTo, sampleDemand, solvedChallenge } from '../demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const { citizenName: _n, ...publicDemand } = sampleDemand;

describe(`demand intake (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let handler: Client;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-demands-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
    handler = await t.login('handler');
    await lowerDifficulty(admin);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is idempotent by clientRequestId: the same id returns the same demand with 200', async () => {
    const first = await admin.post('/api/v1/demands', { ...sampleDemand, channel: 'api', clientRequestId: 'ext-0001' });
    expect(first.statusCode).toBe(201);
    const again = await admin.post('/api/v1/demands', { ...sampleDemand, channel: 'api', clientRequestId: 'ext-0001' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    // another client may use the same id for its own request
    const other = await (await t.login('orgadmin')).post('/api/v1/demands', { ...sampleDemand, channel: 'api', clientRequestId: 'ext-0001' });
    expect(other.statusCode).toBe(201);
    expect(other.json().id).not.toBe(first.json().id);
    // simultaneous retries still make one demand
    const both = await Promise.all([1, 2].map(() => admin.post('/api/v1/demands', { ...sampleDemand, clientRequestId: 'ext-0002' })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(both[0].json().id).toBe(both[1].json().id);
    const [n] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demands WHERE client_request_id = 'ext-0002'`);
    expect(n.n).toBe(1);
  });

  it('validates the district, the street and the location, naming the field', async () => {
    const bad = await admin.post('/api/v1/demands', { ...sampleDemand, streetCode: '370203001' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('streetCode');
    const noPlace = await admin.post('/api/v1/demands', { ...sampleDemand, address: '' });
    expect(noPlace.json().error.details[0].field).toBe('address');
    const unknown = await admin.post('/api/v1/demands', { ...sampleDemand, categoryCode: 'nope' });
    expect(unknown.json().error.details[0].field).toBe('categoryCode');
  });

  it('counts working-day deadlines from the editable holiday calendar, 调休 included', async () => {
    const now = new Date();
    const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86400_000));
    // the next three days off, the fourth (whatever weekday) worked
    for (const i of [1, 2, 3]) expect((await admin.put(`/api/v1/demand-holidays/${day(i)}`, { isWorkday: false, name: '测试假日' })).statusCode).toBe(200);
    expect((await admin.put(`/api/v1/demand-holidays/${day(4)}`, { isWorkday: true, name: '测试调休' })).statusCode).toBe(200);
    expect((await admin.put('/api/v1/demand-categories/complex', { name: '疑难复杂', responseValue: 2, responseUnit: 'h', resolutionValue: 1, resolutionUnit: 'wd' })).statusCode).toBe(200);
    const d = await hotlineIntake(admin);
    const detail = (await admin.get(`/api/v1/demands/${d.id}`)).json();
    const calendar = new Map(((await admin.get('/api/v1/demand-holidays')).json().items as { day: string; isWorkday: boolean }[]).map((h) => [h.day, h.isWorkday]));
    expect(detail.resolutionDueAt).toBe(addWorkingDays(new Date(detail.receivedAt), 1, calendar).toISOString());
    expect(shanghaiDay(new Date(detail.resolutionDueAt))).toBe(day(4));
    expect(new Date(detail.responseDueAt).getTime() - new Date(detail.receivedAt).getTime()).toBe(2 * 3600_000);
    expect((await admin.delete(`/api/v1/demand-holidays/${day(1)}`)).statusCode).toBe(200);
    expect((await handler.put(`/api/v1/demand-holidays/${day(5)}`, { isWorkday: false })).statusCode).toBe(403);
  });

  it('a citizen submits with a solved challenge, follows the demand and rates the answer', async () => {
    const anon = t.anonymous();
    const options = (await anon.get('/api/v1/public/demand-options')).json();
    expect(options.categories.length).toBe(25); // the hotline's categories; pairing's concern categories are for enterprises only
    expect(options.districts.length).toBe(10);
    const res = await anon.post('/api/v1/public/demands', { ...publicDemand, citizenPhone: '13700000001', challenge: await solvedChallenge(t) });
    expect(res.statusCode).toBe(201);
    const { trackingCode, citizenToken } = res.json();
    expect(trackingCode).toMatch(/^QD\d{6}[2-9A-Z]{6}$/);
    const mine = { 'x-demand-token': citizenToken };

    const tracked = (await anon.get(`/api/v1/public/demands/${trackingCode}`)).json();
    expect(tracked.status).toBe('dispatched');
    expect(tracked.canRate).toBe(false);
    expect(JSON.stringify(tracked)).not.toContain('13700000001');
    expect(tracked).not.toHaveProperty('description');
    expect((await anon.request({ method: 'POST', url: `/api/v1/public/demands/${trackingCode}/rating`, payload: { result: 'satisfied' }, headers: mine })).statusCode).toBe(409);

    const [{ id }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM demands WHERE tracking_code = ${trackingCode}`);
    await handler.post(`/api/v1/demands/${id}/accept`, {});
    await handler.post(`/api/v1/demands/${id}/answer`, { answer: '经现场核实，已派人清理，现场已恢复整洁。' });
    const answered = (await anon.request({ method: 'GET', url: `/api/v1/public/demands/${trackingCode}`, headers: mine })).json();
    expect(answered.answer).toBe('经现场核实，已派人清理，现场已恢复整洁。');
    expect(answered.canRate).toBe(true);
    const rated = await anon.request({ method: 'POST', url: `/api/v1/public/demands/${trackingCode}/rating`, payload: { result: 'basically_satisfied', comment: '谢谢' }, headers: mine });
    expect(rated.statusCode).toBe(200);
    expect(rated.json().status).toBe('closed');
    const [cb] = await rows<{ source: string }>(t.db, sql`SELECT source FROM demand_callbacks WHERE demand_id = ${id}`);
    expect(cb.source).toBe('citizen');
    expect((await anon.get('/api/v1/public/demands/QD000000AAAAAA')).statusCode).toBe(404);
  });

  it('proof of work: a valid solution is accepted once; reused, wrong or forged ones are refused', async () => {
    const anon = t.anonymous();
    const challenge = await solvedChallenge(t);
    expect((await anon.post('/api/v1/public/demands', { ...publicDemand, challenge })).statusCode).toBe(201);
    const reused = await anon.post('/api/v1/public/demands', { ...publicDemand, challenge });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('challenge_failed');
    expect(reused.json().error.details[0].message).toBe('该人机校验已使用过，请重新提交');

    const fresh = (await anon.get('/api/v1/public/challenge')).json();
    expect(fresh.difficulty).toBe(6);
    // a solution that does not meet the difficulty
    let wrong = 0;
    while (workOf(fresh.nonce, String(wrong)) >= 6) wrong++;
    const bad = await anon.post('/api/v1/public/demands', { ...publicDemand, challenge: { nonce: fresh.nonce, solution: String(wrong) } });
    expect(bad.json().error.details[0].message).toBe('insufficient_work');
    const forged = fresh.nonce.replace(/^\d+/, String(Date.now() + 10 * 86400_000));
    const f = await anon.post('/api/v1/public/demands', { ...publicDemand, challenge: { nonce: forged, solution: solveChallenge(forged, 6) } });
    expect(f.json().error.details[0].message).toBe('signature');
    expect((await anon.post('/api/v1/public/demands', publicDemand)).statusCode).toBe(400);
  });

  it('limits submissions per phone per day', async () => {
    await admin.put('/api/v1/demand-settings', { phoneDailyLimit: 2 });
    const anon = t.anonymous();
    const send = async () => anon.post('/api/v1/public/demands', { ...publicDemand, citizenPhone: '13600000002', challenge: await solvedChallenge(t) });
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('rate_limited');
    await admin.put('/api/v1/demand-settings', { phoneDailyLimit: 5 });
  });

  it('takes up to three photos from the citizen, shown to staff who can see the demand', async () => {
    const anon = t.anonymous();
    const { trackingCode, citizenToken } = (await anon.post('/api/v1/public/demands', { ...publicDemand, challenge: await solvedChallenge(t) })).json();
    const photo = (up: ReturnType<typeof multipartBody>) => ({ method: 'POST' as const, url: `/api/v1/public/demands/${trackingCode}/photos`, payload: up.payload, headers: { ...up.headers, 'x-demand-token': citizenToken } });
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } }).png().toBuffer();
    for (let i = 0; i < 3; i++) {
      const up = multipartBody(png, 'scene.png', 'image/png');
      expect((await anon.request(photo(up))).statusCode).toBe(201);
    }
    const fourth = multipartBody(png, 'scene.png', 'image/png');
    expect((await anon.request(photo(fourth))).statusCode).toBe(409);
    const notImage = multipartBody(Buffer.from('hello, not an image'), 'x.png', 'image/png');
    const [{ id }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM demands WHERE tracking_code = ${trackingCode}`);
    await t.db.execute(sql`UPDATE demands SET photo_count = 0 WHERE id = ${id}`);
    expect((await anon.request(photo(notImage))).statusCode).toBe(400);
    const detail = (await handler.get(`/api/v1/demands/${id}`)).json();
    expect(detail.photos).toHaveLength(3);
    const img = await handler.get(detail.photos[0].url);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    const stranger = await t.login('orgadmin');
    expect((await stranger.get(detail.photos[0].url)).statusCode).toBe(404);
  });

  it('rate-limits the public submission route per IP', async () => {
    const anon = t.anonymous();
    let limited = null;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await anon.post('/api/v1/public/demands', {});
      if (res.statusCode === 429) limited = res.json();
    }
    expect(limited?.error.code).toBe('rate_limited');
  });

  it('suggests likely duplicates of the same district and category within 7 days', async () => {
    await hotlineIntake(admin, { categoryCode: 'construction_noise', description: '春风里小区旁边工地夜间施工噪音扰民' });
    await hotlineIntake(admin, { categoryCode: 'construction_noise', description: '黄岛区工地夜间施工', districtCode: '370211', streetCode: null });
    const res = await admin.get(`/api/v1/demands/similar?text=${encodeURIComponent('工地晚上施工噪音太大')}&district=370202&categoryCode=construction_noise`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBe(1);
    expect(body.items[0].title).toContain('春风里');
    expect((await handler.get('/api/v1/demands/similar?text=abc&district=370202')).statusCode).toBe(403);
  });
});
