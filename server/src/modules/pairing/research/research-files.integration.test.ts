import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { zipOf } from '../../../../../test/zip.js';
import { rows } from '../../../kernel/db/client.js';
import { pairingTestApp, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Output = { id: number; status: string; file: { kind: string; mime: string } | null };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const docx = () =>
  zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships/>') },
    { name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>低空物流试点建议</w:t></w:r></w:p></w:body></w:document>') },
  ]);

describe(`pairing: research output files (${dbKind})`, () => {
  let t: TestApp;
  let dataDir: string;
  let orgadmin: Client, orgadmin2: Client, member: Client, founder: Client, stranger: Client, secretary: Client;
  let topic: number, output: number;

  const upload = (client: Client, path: string, file: Buffer, name: string, type: string) => {
    const body = multipartBody(file, name, type);
    return client.request({ method: 'POST', url: `${path}/outputs/${output}/file`, payload: body.payload, headers: body.headers });
  };
  const stored = () =>
    readdirSync(join(dataDir, 'uploads'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name.startsWith('pairing_output'))
      .flatMap((d) => readdirSync(join(dataDir, 'uploads', d.name)).map((f) => `${d.name}/${f}`));
  const fileKey = async () => (await rows<{ k: string | null }>(t.db, sql`SELECT file_key AS k FROM pairing_research_outputs WHERE id = ${output}`))[0].k;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-research-files-'));
    const p = await pairingTestApp({ DATA_DIR: dataDir });
    ({ t, orgadmin, orgadmin2, member } = p);
    secretary = await t.login('secretary');
    const r1 = await registerByStaff(orgadmin, p.orgs.agency1.id, { name: '陈海川', sector: 'low_altitude' });
    const r2 = await registerByStaff(orgadmin, p.orgs.agency1.id, { name: '周启航' });
    founder = await signInIssued(t, r1.account.username, r1.account.initialPassword);
    stranger = await signInIssued(t, r2.account.username, r2.account.initialPassword);
    const created = await orgadmin.post('/api/v1/pairing/research/topics', { title: '低空经济应用场景开放研究', field: 'low_altitude', orgId: p.orgs.agency1.id, startedOn: '2026-03-01' });
    topic = created.json().id;
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/participants`, { side: 'cadre', personId: p.memberPersonId, role: 'lead' })).statusCode).toBe(201);
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/participants`, { side: 'entrepreneur', entrepreneurId: r1.entrepreneur.id })).statusCode).toBe(201);
    output = (await member.post(`/api/v1/me/research/topics/${topic}/outputs`, { kind: 'policy_proposal', title: '关于开放低空物流试点航线的建议' })).json().id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the lead attaches a PDF from the phone; it is stored by its kind and audited', async () => {
    expect((await member.get(`/api/v1/me/research/outputs/${output}`)).json().file).toBeNull();
    const res = await upload(member, '/api/v1/me/research', sampleFiles.pdf(), '建议.pdf', 'application/pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Output).file).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(await fileKey()).toMatch(/^pairing_output_pdf\/[0-9a-f]{32}$/);
    expect(stored()).toEqual([(await fileKey())!]);
    const [a] = await rows<{ action: string; after: { kind: string; size: number } }>(t.db, sql`SELECT action, after FROM audit_log WHERE action = 'pairing.research_output_file_upload'`);
    expect(a.after).toMatchObject({ kind: 'pdf', size: 2048 });
    // the list shows it too
    expect((await orgadmin.get(`/api/v1/pairing/research/outputs?topicId=${topic}`)).json().items[0].file).toEqual({ kind: 'pdf', mime: 'application/pdf' });
  });

  it('participants and admins in scope download it; anyone else gets 404', async () => {
    for (const [who, path] of [
      [member, '/api/v1/me/research'],
      [founder, '/api/v1/me/entrepreneur/research'],
      [orgadmin, '/api/v1/pairing/research'],
    ] as const) {
      const res = await who.get(`${path}/outputs/${output}/file`);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('关于开放低空物流试点航线的建议.pdf'));
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await orgadmin2.get(`/api/v1/pairing/research/outputs/${output}/file`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/me/entrepreneur/research/outputs/${output}/file`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/v1/me/research/outputs/${output}/file`)).statusCode).toBe(404);
    expect((await founder.get(`/api/v1/me/research/outputs/${output}/file`)).statusCode).toBe(403);
    expect((await member.get('/api/v1/me/research/outputs/987654/file')).statusCode).toBe(404);
  });

  it('refuses other types, fakes and oversize files, and writes nothing; only the lead or an admin in scope attaches', async () => {
    const before = await fileKey();
    const refused = async (client: Client, path: string, file: Buffer, name: string, type: string, status: number) => {
      const res = await upload(client, path, file, name, type);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(await fileKey()).toBe(before);
      expect(stored()).toEqual([before]);
    };
    await refused(member, '/api/v1/me/research', sampleFiles.text(), 'x.pdf', 'application/pdf', 400);
    await refused(member, '/api/v1/me/research', sampleFiles.mp4(), 'x.mp4', 'video/mp4', 400);
    await refused(member, '/api/v1/me/research', sampleFiles.corruptPng(), 'x.png', 'image/png', 400);
    // a ZIP that is not a Word document
    await refused(member, '/api/v1/me/research', zipOf([{ name: 'a.txt', data: Buffer.from('hello') }]), 'x.docx', DOCX_MIME, 400);
    await refused(member, '/api/v1/me/research', sampleFiles.pdf(20 * 1024 * 1024 + 10), 'big.pdf', 'application/pdf', 413);
    // a member of the group is not the lead; the other agency does not reach the topic; a stranger is not on it
    await refused(founder, '/api/v1/me/entrepreneur/research', sampleFiles.pdf(), 'x.pdf', 'application/pdf', 403);
    await refused(orgadmin2, '/api/v1/pairing/research', sampleFiles.pdf(), 'x.pdf', 'application/pdf', 404);
    await refused(stranger, '/api/v1/me/entrepreneur/research', sampleFiles.pdf(), 'x.pdf', 'application/pdf', 404);
  });

  it('a Word document or an image replaces the file (the old one removed); an image is shown inline', async () => {
    const old = await fileKey();
    const res = await upload(orgadmin, '/api/v1/pairing/research', docx(), '建议.docx', DOCX_MIME);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Output).file).toEqual({ kind: 'docx', mime: DOCX_MIME });
    expect(existsSync(join(dataDir, 'uploads', old!))).toBe(false);
    expect(stored()).toEqual([(await fileKey())!]);
    const got = await founder.get(`/api/v1/me/entrepreneur/research/outputs/${output}/file`);
    expect(got.headers['content-type']).toBe(DOCX_MIME);
    expect(String(got.headers['content-disposition'])).toContain('.docx');

    expect((await upload(member, '/api/v1/me/research', sampleFiles.png(), '图表.png', 'image/png')).json().file.kind).toBe('png');
    const img = await member.get(`/api/v1/me/research/outputs/${output}/file`);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.headers['content-disposition']).toBe('inline');
    expect(stored()).toHaveLength(1);
  });

  it('the file is fixed once submitted; before that it can be removed', async () => {
    expect((await member.post(`/api/v1/me/research/outputs/${output}/submit`)).statusCode).toBe(200);
    const res = await upload(member, '/api/v1/me/research', sampleFiles.pdf(), 'x.pdf', 'application/pdf');
    expect(res.statusCode).toBe(409);
    expect(stored()).toHaveLength(1);
    expect((await member.delete(`/api/v1/me/research/outputs/${output}/file`)).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/pairing/research/outputs/${output}/return`, { note: '请改为 PDF' })).statusCode).toBe(200);
    const removed = await member.delete(`/api/v1/me/research/outputs/${output}/file`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().file).toBeNull();
    expect(stored()).toHaveLength(0);
    expect((await member.get(`/api/v1/me/research/outputs/${output}/file`)).statusCode).toBe(404);
    expect((await member.delete(`/api/v1/me/research/outputs/${output}/file`)).statusCode).toBe(404);
    const audits = await rows<{ action: string; n: number }>(t.db, sql`SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'pairing.research_output_file%' GROUP BY action ORDER BY action`);
    expect(audits).toEqual([
      { action: 'pairing.research_output_file_remove', n: 1 },
      { action: 'pairing.research_output_file_upload', n: 3 },
    ]);
  });

  it('published, the output reaches the library with a copy of its PDF; a refused publication keeps no copy', async () => {
    const pdf = sampleFiles.pdf(3000);
    expect((await upload(member, '/api/v1/me/research', pdf, '建议.pdf', 'application/pdf')).statusCode).toBe(200);
    expect((await member.post(`/api/v1/me/research/outputs/${output}/submit`)).statusCode).toBe(200);
    expect((await orgadmin.post(`/api/v1/pairing/research/outputs/${output}/approve`, {})).statusCode).toBe(200);
    const library = () => (existsSync(join(dataDir, 'uploads', 'content')) ? readdirSync(join(dataDir, 'uploads', 'content')) : []);
    // Something already published from this output: the publication is refused, and the copy made for it removed.
    const [clash] = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, source) SELECT 'article', 'x', '', '<p>x</p>', 'draft', id, path, ${`pairing_output:${output}`} FROM orgs WHERE parent_id IS NULL LIMIT 1 RETURNING id`,
    );
    expect((await orgadmin.post(`/api/v1/pairing/research/outputs/${output}/publish`)).statusCode).toBe(409);
    expect(library()).toEqual([]);
    await t.db.execute(sql`DELETE FROM content_items WHERE id = ${clash.id}`);

    const published = await orgadmin.post(`/api/v1/pairing/research/outputs/${output}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const [item] = await rows<{ id: number; kind: string }>(t.db, sql`SELECT c.id, c.kind FROM content_items c JOIN pairing_research_outputs o ON o.content_id = c.id WHERE o.id = ${output}`);
    expect(item.kind).toBe('pdf');
    const media = await orgadmin.get(`/api/v1/content/${item.id}/media/pdf`);
    expect(media.statusCode, media.body.slice(0, 200)).toBe(200);
    expect(media.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(media.rawPayload, pdf)).toBe(0);
    // A copy: the output keeps its own file.
    expect(library()).toHaveLength(1);
    expect(stored()).toHaveLength(1);
    expect((await member.get(`/api/v1/me/research/outputs/${output}/file`)).statusCode).toBe(200);
  });

  it('published with a Word file, the output becomes an article whose Word original readers download', async () => {
    output = (await member.post(`/api/v1/me/research/topics/${topic}/outputs`, { kind: 'report', title: '低空物流试点调研报告', summary: '试点航线的需求与建议' })).json().id;
    const word = docx();
    expect((await upload(member, '/api/v1/me/research', word, '调研报告.docx', DOCX_MIME)).statusCode).toBe(200);
    expect((await member.post(`/api/v1/me/research/outputs/${output}/submit`)).statusCode).toBe(200);
    expect((await orgadmin.post(`/api/v1/pairing/research/outputs/${output}/approve`, {})).statusCode).toBe(200);
    const published = await orgadmin.post(`/api/v1/pairing/research/outputs/${output}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const [item] = await rows<{ id: number; kind: string }>(t.db, sql`SELECT c.id, c.kind FROM content_items c JOIN pairing_research_outputs o ON o.content_id = c.id WHERE o.id = ${output}`);
    expect(item.kind).toBe('article');
    expect((await orgadmin.get(`/api/v1/content/${item.id}`)).json().media).toEqual({ document: `/api/v1/content/${item.id}/media/document` });
    const got = await orgadmin.get(`/api/v1/content/${item.id}/media/document`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe(DOCX_MIME);
    expect(String(got.headers['content-disposition'])).toMatch(/^attachment; filename\*=UTF-8''.+\.docx$/);
    expect(Buffer.compare(got.rawPayload, word)).toBe(0);
  });
});
