import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { multipartBody } from '../../../../test/multipart.js';
import { rows } from '../../kernel/db/client.js';

describe(`activity photos (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let activityId: number;
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: mkdtempSync(join(tmpdir(), 'vg-photos-')) });
    admin = await t.login('admin');
    const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const res = await admin.post('/api/v1/activities', {
      typeCode: 'sports_event',
      title: '机关职工趣味运动会',
      orgId: root.id,
      startsAt: new Date(Date.now() - 7200_000).toISOString(),
      endsAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    activityId = res.json().id;
  });
  afterAll(() => t.close());

  it('stores an image, lists it and serves it resized as WebP', async () => {
    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c8161d' } }).jpeg().toBuffer();
    const body = multipartBody(jpeg, '合影.jpg', 'image/jpeg');
    const up = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos?caption=${encodeURIComponent('集体合影')}`, ...body });
    expect(up.statusCode, up.body).toBe(201);
    const list = (await admin.get(`/api/v1/activities/${activityId}/photos`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].caption).toBe('集体合影');
    const img = await admin.request({ method: 'GET', url: `${list[0].url}?w=300` });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    const meta = await sharp(img.rawPayload).metadata();
    expect(meta.width).toBe(320);
    const member = await t.login('member');
    expect((await member.request({ method: 'GET', url: list[0].url })).statusCode).toBe(200);
  });

  it('refuses a file whose bytes are not an image, whatever its name, and one over the size limit', async () => {
    const fake = multipartBody(Buffer.from('<script>alert(1)</script>'.repeat(10)), 'photo.jpg', 'image/jpeg');
    const res = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...fake });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('file');
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(11 * 1024 * 1024)]);
    const big = await admin.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...multipartBody(huge, 'big.jpg', 'image/jpeg') });
    expect(big.statusCode).toBe(413);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM activity_photos WHERE activity_id = ${activityId}`);
    expect(n).toBe(1);
  });

  it("another agency's admin cannot upload to or see the photos", async () => {
    const other = await t.login('orgadmin2');
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer();
    const res = await other.request({ method: 'POST', url: `/api/v1/activities/${activityId}/photos`, ...multipartBody(png, 'x.png', 'image/png') });
    expect(res.statusCode).toBe(404);
  });
});
