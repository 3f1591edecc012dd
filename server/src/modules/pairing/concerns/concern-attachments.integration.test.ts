import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { rows } from '../../../kernel/db/client.js';
import { departments } from '../../demands/demands.fixtures.js';
import { pairingTestApp, peopleUnder, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type File = { name: string; type: string; bytes: Buffer };
type Attachment = { id: number; mime: string; url: string };
type Concern = { demandId: number; attachments: Attachment[] };

describe(`pairing: concern attachments are the demand's photos and PDF files (${dbKind})`, () => {
  let t: TestApp;
  let base = '';
  let dataDir: string;
  let orgadmin: Client, orgadmin2: Client, member: Client, handler: Client;
  let ent1: Client, ent2: Client;
  let pair1: number;
  let png: Buffer;
  const pdf = sampleFiles.pdf(4096);
  const concern = { category: 'financing', title: '扩建产线资金缺口', description: '企业计划扩建无人机产线，资金缺口约500万元，希望对接银行授信和贴息政策。' };

  /** Real HTTP with a browser-style FormData body: field "data" (JSON text) and file parts "attachments". */
  async function raise(who: Client, url: string, files: File[], data: unknown = concern, field = 'attachments') {
    const form = new FormData();
    form.append('data', JSON.stringify(data));
    for (const f of files) form.append(field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
    const res = await fetch(`${base}${url}`, { method: 'POST', body: form, headers: { cookie: who.cookie!, 'x-csrf-token': who.csrfToken! } });
    return { status: res.status, body: (await res.json()) as Concern & { error?: { code: string; details?: { field: string; message: string }[] } } };
  }
  const fetchAs = (who: Client, url: string) => fetch(`${base}${url}`, { headers: { cookie: who.cookie! } });
  const stored = () => ['demands', 'demand_docs'].flatMap((area) => (existsSync(join(dataDir, 'uploads', area)) ? readdirSync(join(dataDir, 'uploads', area)) : []));
  const written = async () => ({
    ...(await rows<{ demands: number; links: number; files: number }>(t.db, sql`SELECT (SELECT count(*)::int FROM demands) AS demands, (SELECT count(*)::int FROM pairing_concerns) AS links,
      (SELECT count(*)::int FROM demand_photos) AS files`))[0],
    stored: stored().length,
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-concern-files-'));
    const p = await pairingTestApp({ DATA_DIR: dataDir });
    ({ t, orgadmin, orgadmin2, member } = p);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    handler = await t.login('handler');
    const { handlerDept } = await departments(t.db);
    await t.db.execute(sql`INSERT INTO demand_dispatch_rules (category_code, district_code, org_id) VALUES ('concern_financing', '*', ${handlerDept.id})
      ON CONFLICT (category_code, district_code) DO UPDATE SET org_id = excluded.org_id`);
    const r1 = await registerByStaff(orgadmin, p.orgs.agency1.id, { name: '周启航' });
    const r2 = await registerByStaff(orgadmin2, p.orgs.agency2.id, { name: '吴若溪' });
    ent1 = await signInIssued(t, r1.account.username, r1.account.initialPassword);
    ent2 = await signInIssued(t, r2.account.username, r2.account.initialPassword);
    pair1 = (await orgadmin.post('/api/v1/pairing/pairs', { cadrePersonId: p.memberPersonId, entrepreneurId: r1.entrepreneur.id })).json().id;
    const [otherCadre] = await peopleUnder(t, p.orgs.agency2.path, 1);
    expect((await orgadmin2.post('/api/v1/pairing/pairs', { cadrePersonId: otherCadre, entrepreneurId: r2.entrepreneur.id })).statusCode).toBe(201);
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } }).png().toBuffer();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  let raised: Concern;

  it('the entrepreneur raises a concern with a photo and a PDF: written with the demand, audited as theirs', async () => {
    const res = await raise(ent1, '/api/v1/me/concerns', [
      { name: '厂房.png', type: 'image/png', bytes: png },
      { name: '贷款申请.pdf', type: 'application/pdf', bytes: pdf },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    raised = res.body;
    expect(raised.attachments.map((a) => a.mime)).toEqual(['image/webp', 'application/pdf']);
    expect(raised.attachments[0].url).toBe(`/api/v1/me/concerns/${raised.demandId}/attachments/${raised.attachments[0].id}`);
    const [d] = await rows<{ photo_count: number }>(t.db, sql`SELECT photo_count FROM demands WHERE id = ${raised.demandId}`);
    expect(d.photo_count).toBe(2);
    const audits = await rows<{ action: string; actor: string }>(t.db, sql`SELECT action, actor FROM audit_log WHERE action = 'demands.photo_upload' AND entity_id = ${String(raised.demandId)}`);
    expect(audits).toHaveLength(2);
    expect(new Set(audits.map((a) => a.actor)).size).toBe(1);
    expect(audits[0].actor).not.toBe('citizen');
    expect(stored()).toHaveLength(2);
  });

  it('the entrepreneur, their cadre and the admins in scope read them; the department sees them on the demands board', async () => {
    const [photo, doc] = raised.attachments;
    for (const [who, prefix] of [
      [ent1, '/api/v1/me/concerns'],
      [member, '/api/v1/me/followed-concerns'],
      [orgadmin, '/api/v1/pairing/concerns'],
    ] as const) {
      const img = await fetchAs(who, `${prefix}/${raised.demandId}/attachments/${photo.id}?w=320`);
      expect(img.status, prefix).toBe(200);
      expect(img.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(Buffer.from(await img.arrayBuffer())).metadata()).format).toBe('webp');
      const file = await fetchAs(who, `${prefix}/${raised.demandId}/attachments/${doc.id}`);
      expect(file.status, prefix).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    }
    // The lists carry them with the reader's own address.
    const followed = (await member.get('/api/v1/me/followed-concerns')).json().items.find((c: Concern) => c.demandId === raised.demandId);
    expect(followed.attachments[1].url).toBe(`/api/v1/me/followed-concerns/${raised.demandId}/attachments/${doc.id}`);
    const board = (await orgadmin.get('/api/v1/pairing/concerns')).json().items.find((c: Concern) => c.demandId === raised.demandId);
    expect(board.attachments.map((a: Attachment) => a.url)).toEqual(raised.attachments.map((a) => a.url.replace('/api/v1/me/concerns', '/api/v1/pairing/concerns')));
    // The demands board: the same files, the PDF as a PDF.
    const detail = (await handler.get(`/api/v1/demands/${raised.demandId}`)).json();
    expect(detail.photos.map((p: { mime: string }) => p.mime)).toEqual(['image/webp', 'application/pdf']);
    const onBoard = await fetchAs(handler, detail.photos[1].url);
    expect(onBoard.status).toBe(200);
    expect(onBoard.headers.get('content-type')).toBe('application/pdf');
  });

  it('anyone else gets 404: another entrepreneur, another agency, an unknown file, the wrong route for the role', async () => {
    const [photo] = raised.attachments;
    const path = (prefix: string, id = photo.id) => `${prefix}/${raised.demandId}/attachments/${id}`;
    expect((await fetchAs(ent2, path('/api/v1/me/concerns'))).status).toBe(404);
    expect((await fetchAs(orgadmin2, path('/api/v1/pairing/concerns'))).status).toBe(404);
    expect((await fetchAs(ent1, path('/api/v1/me/concerns', photo.id + 1000))).status).toBe(404);
    // another concern's demand with this file id: the file must belong to the concern asked for
    const other = await ent2.post('/api/v1/me/concerns', { category: 'labour', description: '技术工人招聘难，希望对接职业院校。' });
    expect(other.statusCode).toBe(201);
    expect((await fetchAs(ent2, `/api/v1/me/concerns/${other.json().demandId}/attachments/${photo.id}`)).status).toBe(404);
    // roles stay apart
    expect((await fetchAs(member, path('/api/v1/me/concerns'))).status).toBe(403);
    expect((await fetchAs(ent1, path('/api/v1/pairing/concerns'))).status).toBe(403);
    expect((await fetch(`${base}${path('/api/v1/me/concerns')}`)).status).toBe(401);
  });

  it('the cadre attaches files when raising for their pair', async () => {
    const res = await raise(member, `/api/v1/me/pairs/${pair1}/concerns`, [{ name: '批文.pdf', type: 'application/pdf', bytes: pdf }], { category: 'approval', description: '新厂房消防验收排队时间长，影响投产。' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.attachments).toHaveLength(1);
    expect(res.body.attachments[0].url).toMatch(/^\/api\/v1\/me\/followed-concerns\//);
    expect((await fetchAs(ent1, `/api/v1/me/concerns/${res.body.demandId}/attachments/${res.body.attachments[0].id}`)).status).toBe(200);
  });

  it('refuses too many files, another type, a damaged image or a bad body with nothing written', async () => {
    const before = await written();
    const refusals: [File[], unknown, string?][] = [
      [[1, 2, 3, 4].map((i) => ({ name: `${i}.png`, type: 'image/png', bytes: png })), concern],
      [[{ name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('just some text, not a photo') }], concern],
      [[{ name: 'video.mp4', type: 'video/mp4', bytes: sampleFiles.mp4() }], concern],
      [[{ name: 'broken.png', type: 'image/png', bytes: png.subarray(0, 40) }], concern],
      [[{ name: 'ok.png', type: 'image/png', bytes: png }], { ...concern, category: 'bogus' }],
      [[{ name: 'ok.png', type: 'image/png', bytes: png }], concern, 'photos'],
    ];
    for (const [files, data, field] of refusals) {
      const res = await raise(ent1, '/api/v1/me/concerns', files, data, field);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
    }
    const four = await raise(ent1, '/api/v1/me/concerns', [1, 2, 3, 4].map((i) => ({ name: `${i}.png`, type: 'image/png', bytes: png })));
    expect(four.body.error?.details).toEqual([{ field: 'attachments', message: '最多 3 个文件' }]);
    // The demands engine refusing the concern (category switched off) removes the files it had stored.
    await t.db.execute(sql`UPDATE demand_categories SET active = false WHERE code = 'concern_market'`);
    const off = await raise(ent1, '/api/v1/me/concerns', [{ name: 'ok.png', type: 'image/png', bytes: png }], { category: 'market', description: '希望对接海外展会资源。' });
    expect(off.status).toBe(400);
    await t.db.execute(sql`UPDATE demand_categories SET active = true WHERE code = 'concern_market'`);
    expect(await written()).toEqual(before);
  });
});
