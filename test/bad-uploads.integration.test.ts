import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from './harness.js';
import { multipartBody } from './multipart.js';
import { sampleFiles } from './sample-files.js';
import { rows } from '../server/src/kernel/db/client.js';
import { contentTestApp, createItem, demoOrgs, type Client } from '../server/src/modules/content/content.fixtures.js';
import { departments, lowerDifficulty, routeAllTo, sampleDemand, solvedChallenge } from '../server/src/modules/demands/demands.fixtures.js';

const { citizenName: _n, ...publicDemand } = sampleDemand;
/** A multipart body cut short: the closing boundary and the end of the file never arrive. */
type Body = ReturnType<typeof multipartBody>;
const truncated = (body: Body): Body => ({ ...body, payload: body.payload.subarray(0, body.payload.length - 60) });

describe(`bad uploads answer 4xx and leave nothing behind (${dbKind})`, () => {
  let t: TestApp;
  let dataDir: string;
  let admin: Client, orgadmin: Client, member: Client;
  let activityId: number;
  let posterUrl: string;
  let attachmentUrl: string;
  let trackingCode: string;
  let citizenToken: string;
  let phones = 0;

  const files = (area: string) => {
    const dir = join(dataDir, 'uploads', area);
    return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')).sort() : [];
  };
  const count = async (table: string) => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))[0].n;
  async function state() {
    return {
      activityPhotos: await count('activity_photos'),
      contentFiles: await count('content_files'),
      attachments: await count('practice_attachments'),
      demands: await count('demands'),
      demandPhotos: await count('demand_photos'),
      files: ['activities', 'content', 'practice', 'demands'].map((a) => files(a).length),
    };
  }
  async function citizenBody(photo: Buffer) {
    const data = JSON.stringify({ ...publicDemand, citizenPhone: `1360000${String(++phones).padStart(4, '0')}`, challenge: await solvedChallenge(t) });
    return multipartBody(photo, 'scene.png', 'image/png', { data }, 'photos');
  }
  const withToken = (b: Body) => ({ ...b, headers: { ...b.headers, 'x-demand-token': citizenToken } });
  /** Each upload route with a body of the given bytes as a PNG. */
  async function everyRoute(png: Buffer, mangle = (b: Body) => b) {
    const body = () => mangle(multipartBody(png, 'photo.png', 'image/png'));
    return {
      activity: await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...body() }),
      poster: await orgadmin.request({ method: 'POST', url: posterUrl, ...body() }),
      attachment: await member.request({ method: 'POST', url: attachmentUrl, ...body() }),
      demandPhoto: await t.anonymous().request({ method: 'POST', url: `/api/v1/public/demands/${trackingCode}/photos`, ...withToken(body()) }),
      citizen: await t.anonymous().request({ method: 'POST', url: '/api/v1/public/demands', ...mangle(await citizenBody(png)) }),
    };
  }

  beforeAll(async () => {
    ({ t, dataDir } = await contentTestApp());
    [admin, orgadmin, member] = await Promise.all(['admin', 'orgadmin', 'member'].map((u) => t.login(u)));
    const orgs = await demoOrgs(t);
    const activity = await admin.post('/api/v1/activities', { typeCode: 'sports_event', title: '趣味运动会', orgId: orgs.root, startsAt: new Date(Date.now() - 7200_000).toISOString(), endsAt: new Date(Date.now() - 3600_000).toISOString() });
    activityId = activity.json().id;
    posterUrl = `/api/v1/content/${(await createItem(orgadmin, { orgId: orgs.agency1 })).id}/media/poster`;
    const report = await member.post('/api/v1/me/practice/reports', { title: '报告', body: '<p>正文</p>' });
    attachmentUrl = `/api/v1/me/practice/reports/${report.json().id}/attachments`;
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    await lowerDifficulty(admin);
    const demand = await t.anonymous().post('/api/v1/public/demands', { ...publicDemand, citizenPhone: null, challenge: await solvedChallenge(t) });
    ({ trackingCode, citizenToken } = demand.json());
  });
  afterAll(() => t.close());

  it('a truncated multipart body is 400 multipart_invalid on every upload route, and nothing is stored', async () => {
    const before = await state();
    const res = await everyRoute(sampleFiles.png(4096), truncated);
    for (const [route, r] of Object.entries(res)) {
      expect(r.statusCode, `${route}: ${r.body}`).toBe(400);
      expect(r.json().error, route).toMatchObject({ code: 'multipart_invalid', message_zh: expect.any(String), message_en: expect.any(String) });
    }
    expect(await state()).toEqual(before);
  });

  it('the roster and question-bank imports answer 400 to a truncated body', async () => {
    const roster = await orgadmin.request({ method: 'POST', url: '/api/v1/roster/import?mode=validate', ...truncated(multipartBody(Buffer.alloc(5000, 1), 'r.xlsx', 'application/octet-stream')) });
    expect(roster.statusCode, roster.body).toBe(400);
    const bank = await orgadmin.request({ method: 'POST', url: '/api/v1/learning/questions/import?mode=dry-run', ...truncated(multipartBody(Buffer.alloc(5000, 1), 'q.json', 'application/json')) });
    expect(bank.statusCode, bank.body).toBe(400);
  });

  it('a body without its boundary, too many files, or a file before "data" is a 4xx, never a 500', async () => {
    const noBoundary = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, payload: Buffer.from('x'), headers: { 'content-type': 'multipart/form-data' } });
    expect(noBoundary.statusCode, noBoundary.body).toBe(400);
    const png = sampleFiles.png();
    const two = multipartBody(png, 'a.png', 'image/png');
    const boundary = two.headers['content-type'].split('boundary=')[1];
    const extra = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.png"\r\nContent-Type: image/png\r\n\r\n`);
    const twoFiles = { ...two, payload: Buffer.concat([two.payload.subarray(0, two.payload.length - boundary.length - 6), Buffer.from('\r\n'), extra, png, Buffer.from(`\r\n--${boundary}--\r\n`)]) };
    const many = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...twoFiles });
    expect(many.statusCode, many.body).toBeLessThan(500);
    const fieldFirst = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...multipartBody(png, 'a.png', 'image/png', { caption: 'x' }) });
    expect(fieldFirst.statusCode, fieldFirst.body).toBeLessThan(500);
    const photoFirst = await t.anonymous().request({ method: 'POST', url: '/api/v1/public/demands', ...multipartBody(png, 'a.png', 'image/png', {}, 'photos') });
    expect(photoFirst.statusCode, photoFirst.body).toBe(400);
  });

  it('an image that starts right but does not decode is 400 everywhere, with no row and no file', async () => {
    const before = await state();
    const res = await everyRoute(sampleFiles.corruptPng());
    for (const [route, r] of Object.entries(res)) {
      expect(r.statusCode, `${route}: ${r.body}`).toBe(400);
      if (route === 'citizen') expect(r.json().error.details[0]).toMatchObject({ field: 'photos', message: expect.stringContaining('图片无法读取') });
      else expect(r.json().error.code, route).toBe('image_unreadable');
    }
    expect(await state()).toEqual(before);
  });

  it('a 20000×20000 image (a few hundred bytes on disk) is 400 everywhere, with no row and no file', async () => {
    const before = await state();
    const huge = sampleFiles.hugePng();
    expect(huge.length).toBeLessThan(1000);
    const res = await everyRoute(huge);
    for (const [route, r] of Object.entries(res)) {
      expect(r.statusCode, `${route}: ${r.body}`).toBe(400);
      if (route === 'citizen') expect(r.json().error.details[0].message).toContain('像素');
      else expect(r.json().error.code, route).toBe('image_too_large');
    }
    expect(await state()).toEqual(before);
  });

  it('a real image is still taken on every route', async () => {
    const res = await everyRoute(sampleFiles.png());
    expect(Object.fromEntries(Object.entries(res).map(([k, r]) => [k, r.statusCode]))).toEqual({ activity: 201, poster: 200, attachment: 201, demandPhoto: 201, citizen: 201 });
  });

  it('a stored image that no longer decodes answers 422 image_damaged, not 500, on activity and demand photos', async () => {
    const key = `activities/${randomBytes(16).toString('hex')}`;
    mkdirSync(join(dataDir, 'uploads', 'activities'), { recursive: true });
    writeFileSync(join(dataDir, 'uploads', key), Buffer.concat([sampleFiles.png().subarray(0, 8), randomBytes(500)]));
    const [photo] = await rows<{ id: number }>(t.db, sql`INSERT INTO activity_photos (activity_id, file_key, caption) VALUES (${activityId}, ${key}, '') RETURNING id`);
    for (const w of [160, 1280, 160]) {
      const res = await admin.get(`/api/v1/activity-photos/${photo.id}?w=${w}`);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.code).toBe('image_damaged');
    }
    expect(readdirSync(join(dataDir, 'uploads', '.resized', 'activities')).filter((f) => f.includes(key.split('/')[1]))).toEqual([]);
    // one cut short shows what can be read of it
    const cutKey = `activities/${randomBytes(16).toString('hex')}`;
    writeFileSync(join(dataDir, 'uploads', cutKey), sampleFiles.corruptPng());
    const [cut] = await rows<{ id: number }>(t.db, sql`INSERT INTO activity_photos (activity_id, file_key, caption) VALUES (${activityId}, ${cutKey}, '') RETURNING id`);
    const partial = await admin.get(`/api/v1/activity-photos/${cut.id}?w=160`);
    expect(partial.statusCode).toBe(200);
    expect(partial.headers['content-type']).toBe('image/webp');

    const [d] = await rows<{ id: number; district_code: string }>(t.db, sql`SELECT id, district_code FROM demands WHERE tracking_code = ${trackingCode}`);
    const demandKey = `demands/${randomBytes(16).toString('hex')}`;
    mkdirSync(join(dataDir, 'uploads', 'demands'), { recursive: true });
    writeFileSync(join(dataDir, 'uploads', demandKey), sampleFiles.hugePng());
    const [dp] = await rows<{ id: number }>(t.db, sql`INSERT INTO demand_photos (district_code, demand_id, file_key) VALUES (${d.district_code}, ${d.id}, ${demandKey}) RETURNING id`);
    const shown = await admin.get(`/api/v1/demands/${d.id}/photos/${dp.id}`);
    expect(shown.statusCode, shown.body).toBe(422);
  });

  it('a photo whose row cannot be written leaves no file behind', async () => {
    await t.db.execute(sql`CREATE FUNCTION test_refuse_photo() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await t.db.execute(sql`CREATE TRIGGER test_refuse_photo BEFORE INSERT ON activity_photos FOR EACH ROW EXECUTE FUNCTION test_refuse_photo()`);
    try {
      const before = files('activities');
      const res = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...multipartBody(sampleFiles.png(), 'a.png', 'image/png') });
      expect(res.statusCode).toBe(500);
      expect(files('activities')).toEqual(before);
    } finally {
      await t.db.execute(sql`DROP TRIGGER test_refuse_photo ON activity_photos`);
      await t.db.execute(sql`DROP FUNCTION test_refuse_photo()`);
    }
  });
});
