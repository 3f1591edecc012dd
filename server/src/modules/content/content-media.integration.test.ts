import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { zipOf } from '../../../../test/zip.js';
import { contentTestApp, createItem, demoOrgs, files, move, upload, type Client } from './content.fixtures.js';

describe(`content uploads and media (${dbKind})`, () => {
  let t: TestApp;
  let dataDir: string;
  let orgadmin: Client, orgadmin2: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof demoOrgs>>;
  const stored = () => readdirSync(join(dataDir, 'uploads', 'content'));

  beforeAll(async () => {
    ({ t, dataDir } = await contentTestApp());
    [orgadmin, orgadmin2, member] = await Promise.all(['orgadmin', 'orgadmin2', 'member'].map((u) => t.login(u)));
    orgs = await demoOrgs(t);
  });
  afterAll(() => t.close());

  it('accepts an mp4 and a poster, serves them with Range, only to those who may see the item', async () => {
    const video = await createItem(orgadmin, { kind: 'video', orgId: orgs.agency1, title: '微视频《青年显担当》', body: '', durationSeconds: 120 });
    const mp4 = files.mp4(10_000);
    const up = await upload(orgadmin, `/api/v1/content/${video.id}/media/video`, mp4, 'clip.mp4', 'video/mp4');
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ slot: 'video', mime: 'video/mp4', size: 10_000 });
    expect((await upload(orgadmin, `/api/v1/content/${video.id}/media/poster`, files.png(), 'p.png', 'image/png')).statusCode).toBe(200);
    expect(stored()).toHaveLength(2);

    const url = `/api/v1/content/${video.id}/media/video`;
    expect((await member.get(url)).statusCode).toBe(404); // still a draft
    await move(orgadmin, video.id, 'submit');
    await move(orgadmin, video.id, 'publish');

    const full = await member.get(url);
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('video/mp4');
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.rawPayload.equals(mp4)).toBe(true);
    const part = await member.request({ method: 'GET', url, headers: { range: 'bytes=100-199' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/10000');
    expect(part.rawPayload.equals(mp4.subarray(100, 200))).toBe(true);
    const tail = await member.request({ method: 'GET', url, headers: { range: 'bytes=-16' } });
    expect(tail.rawPayload.equals(mp4.subarray(-16))).toBe(true);
    const beyond = await member.request({ method: 'GET', url, headers: { range: 'bytes=20000-' } });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe('bytes */10000');

    expect((await orgadmin2.get(url)).statusCode).toBe(404); // another agency
    expect((await t.anonymous().get(url)).statusCode).toBe(401);
    expect((await orgadmin.get(`/api/v1/content/${video.id}`)).json().media).toEqual({ poster: `/api/v1/content/${video.id}/media/poster`, video: url });
  });

  it('refuses files whose bytes are not what the slot takes, leaving nothing on disk', async () => {
    const before = stored().length;
    const video = await createItem(orgadmin, { kind: 'video', orgId: orgs.agency1, title: '假视频', body: '' });
    const pdf = await createItem(orgadmin, { kind: 'pdf', orgId: orgs.agency1, title: '学习手册' });
    const cases: Array<[number, string, Buffer, string, string]> = [
      [video.id, 'video', files.text(), 'evil.mp4', 'video/mp4'],
      [video.id, 'video', files.pdf(), 'doc.mp4', 'video/mp4'],
      [pdf.id, 'pdf', files.png(), 'image.pdf', 'application/pdf'],
      [pdf.id, 'pdf', Buffer.from('%PD'), 'short.pdf', 'application/pdf'],
      [pdf.id, 'poster', Buffer.from('<svg onload="alert(1)"></svg>'.repeat(4)), 'p.svg', 'image/svg+xml'],
      [pdf.id, 'poster', Buffer.alloc(0), 'empty.png', 'image/png'],
    ];
    for (const [id, slot, bytes, name, mime] of cases) {
      const res = await upload(orgadmin, `/api/v1/content/${id}/media/${slot}`, bytes, name, mime);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json().error.details[0].field).toBe('file');
    }
    expect((await upload(orgadmin, `/api/v1/content/${pdf.id}/media/video`, files.mp4(), 'v.mp4', 'video/mp4')).json().error.details[0].field).toBe('slot');
    expect((await upload(orgadmin, `/api/v1/content/${pdf.id}/media/pdf`, files.pdf(), 'ok.pdf', 'application/pdf')).statusCode).toBe(200);
    expect(stored()).toHaveLength(before + 1);
  });

  it('refuses an image over 10 MB while streaming, and uploads by members or to published items', async () => {
    const before = stored().length;
    const article = await createItem(orgadmin, { orgId: orgs.agency1, title: '带封面的文章' });
    const big = await upload(orgadmin, `/api/v1/content/${article.id}/media/poster`, files.png(10 * 1024 * 1024 + 1), 'big.png', 'image/png');
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'payload_too_large', details: { field: 'file', maxBytes: 10 * 1024 * 1024 } });
    expect(stored()).toHaveLength(before);
    const exact = await upload(orgadmin, `/api/v1/content/${article.id}/media/poster`, files.png(10 * 1024 * 1024), 'max.png', 'image/png');
    expect(exact.statusCode).toBe(200);
    const replaced = await upload(orgadmin, `/api/v1/content/${article.id}/media/poster`, files.png(2048), 'small.png', 'image/png');
    expect(replaced.json().size).toBe(2048);
    expect(stored()).toHaveLength(before + 1); // the replaced poster's bytes are gone

    expect((await upload(member, `/api/v1/content/${article.id}/media/poster`, files.png(), 'm.png', 'image/png')).statusCode).toBe(403);
    await move(orgadmin, article.id, 'submit');
    const late = await upload(orgadmin, `/api/v1/content/${article.id}/media/poster`, files.png(), 'late.png', 'image/png');
    expect(late.statusCode).toBe(409);
  });

  it('takes a Word original on an article or a PDF document; readers download it under its own name', async () => {
    const before = stored().length;
    const word = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships/>') },
      { name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>调研报告</w:t></w:r></w:p></w:body></w:document>') },
    ]);
    const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const article = await createItem(orgadmin, { orgId: orgs.agency1, title: '关于社区养老服务的调研报告' });
    const up = await upload(orgadmin, `/api/v1/content/${article.id}/media/document`, word, '调研报告.docx', docxMime);
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ slot: 'document', mime: docxMime, url: `/api/v1/content/${article.id}/media/document` });
    // A PDF is no Word document, and a video has no place for one.
    expect((await upload(orgadmin, `/api/v1/content/${article.id}/media/document`, files.pdf(), 'x.docx', docxMime)).statusCode).toBe(400);
    const video = await createItem(orgadmin, { kind: 'video', orgId: orgs.agency1, title: '微视频', body: '' });
    const onVideo = await upload(orgadmin, `/api/v1/content/${video.id}/media/document`, word, 'v.docx', docxMime);
    expect(onVideo.json().error.details[0]).toMatchObject({ field: 'slot', message: '视频不能上传Word 原文' });
    expect(stored()).toHaveLength(before + 1);

    await move(orgadmin, article.id, 'submit');
    await move(orgadmin, article.id, 'publish');
    expect((await member.get(`/api/v1/me/content/${article.id}`)).json().media).toEqual({ document: `/api/v1/content/${article.id}/media/document` });
    const got = await member.get(`/api/v1/content/${article.id}/media/document`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe(docxMime);
    expect(got.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('调研报告.docx')}`);
    expect(got.rawPayload.equals(word)).toBe(true);
  });
});
