import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { rows } from '../../../kernel/db/client.js';
import { createHandler, departments, hotlineIntake, lowerDifficulty, routeAllTo, sampleDemand, solvedChallenge } from '../demands.fixtures.js';
import { seedDispatchRules } from '../demands.seed.js';
import { redSql, urgencyOrderSql, yellowSql } from './demands.present.js';
import { DEMAND_COUNT_CAP } from './demands.queries.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const ANSWER = '经现场核实，路面破损属实，养护单位已于今日完成修补并清理现场。';

describe(`answers, result photos, reopening, queues and routing (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let handler: Client;
  let dept: { id: number; path: string; name: string };
  let other: { id: number; path: string; name: string };
  let dataDir: string;
  let jpeg: Buffer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-demand-replies-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    ({ handlerDept: dept, otherDept: other } = await departments(t.db));
    await routeAllTo(t.db, dept.id);
    admin = await t.login('admin');
    handler = await t.login('handler');
    await lowerDifficulty(admin);
    jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } }).jpeg().toBuffer();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const accepted = async () => {
    const d = await hotlineIntake(admin, { categoryCode: 'roads' });
    expect((await handler.post(`/api/v1/demands/${d.id}/accept`)).statusCode).toBe(200);
    return d;
  };
  const photo = (c: Client, id: number) => c.request({ method: 'POST', url: `/api/v1/demands/${id}/result-photos`, ...multipartBody(jpeg, '结果.jpg', 'image/jpeg') });

  it('refuses "已处理" and an unfilled template; the category template is offered; a real answer passes', async () => {
    const d = await accepted();
    const short = await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: '已处理' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('body.answer');
    const detail = (await handler.get(`/api/v1/demands/${d.id}`)).json();
    expect(detail.replyTemplate).toContain('【请填写路段】');
    expect((await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: detail.replyTemplate })).statusCode).toBe(400);
    const [{ status }] = await rows<{ status: string }>(t.db, sql`SELECT status FROM demands WHERE id = ${d.id}`);
    expect(status).toBe('accepted');
    expect((await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: ANSWER })).statusCode).toBe(200);
  });

  it('result photos: the handling department only, after acceptance, at most three; the citizen sees them by code', async () => {
    const d = await hotlineIntake(admin, { categoryCode: 'roads' });
    expect((await photo(handler, d.id)).statusCode).toBe(409); // not accepted yet
    await handler.post(`/api/v1/demands/${d.id}/accept`);
    const outsider = await createHandler(t, 'replies_other', other.id);
    expect((await photo(outsider, d.id)).statusCode).toBe(404);
    for (let i = 0; i < 3; i++) expect((await photo(handler, d.id)).statusCode).toBe(201);
    expect((await photo(handler, d.id)).statusCode).toBe(409);
    const [row] = await rows<{ photo_count: number }>(t.db, sql`SELECT photo_count FROM demands WHERE id = ${d.id}`);
    expect(row.photo_count).toBe(0); // the citizen's own photos are counted apart
    const audits = await rows<{ action: string; account_id: number | null }>(t.db, sql`SELECT action, account_id FROM audit_log WHERE entity = 'demand' AND entity_id = ${String(d.id)} AND action = 'demands.result_photo'`);
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.account_id != null)).toBe(true);
    const detail = (await handler.get(`/api/v1/demands/${d.id}`)).json();
    expect(detail.photos.map((p: { kind: string }) => p.kind)).toEqual(['result', 'result', 'result']);
    await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: ANSWER });
    const pub = (await t.anonymous().get(`/api/v1/public/demands/${d.trackingCode}`)).json();
    expect(pub.photos).toHaveLength(3);
    const img = await t.anonymous().get(pub.photos[0].url);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
  });

  it('a citizen’s own photos show only with the submitter’s secret', async () => {
    const form = new FormData();
    form.append('data', JSON.stringify({ ...sampleDemand, citizenName: undefined, citizenPhone: '13700009999', challenge: await solvedChallenge(t) }));
    form.append('photos', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), '现场.jpg');
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${base}/api/v1/public/demands`, { method: 'POST', body: form });
    const { trackingCode, citizenToken } = (await res.json()) as { trackingCode: string; citizenToken: string };
    const anyone = (await t.anonymous().get(`/api/v1/public/demands/${trackingCode}`)).json();
    expect(anyone.photos).toEqual([]);
    const mine = (await t.anonymous().request({ method: 'GET', url: `/api/v1/public/demands/${trackingCode}`, headers: { 'x-demand-token': citizenToken } })).json();
    expect(mine.photos).toHaveLength(1);
    expect(mine.photos[0].kind).toBe('citizen');
    expect((await t.anonymous().get(mine.photos[0].url)).statusCode).toBe(404);
    const own = await t.anonymous().request({ method: 'GET', url: mine.photos[0].url, headers: { 'x-demand-token': citizenToken } });
    expect(own.statusCode).toBe(200);
  });

  it('after 不满意 the trail says 重新交办 and the first answer keeps its date', async () => {
    const d = await accepted();
    await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: ANSWER });
    const first = (await handler.get(`/api/v1/demands/${d.id}`)).json();
    expect(first.firstAnsweredAt).toBe(first.answeredAt);
    expect((await admin.post(`/api/v1/demands/${d.id}/callback`, { result: 'dissatisfied', comment: '路面仍有坑' })).statusCode).toBe(200);
    const reopened = (await handler.get(`/api/v1/demands/${d.id}`)).json();
    expect(reopened).toMatchObject({ status: 'in_progress', answeredAt: null, firstAnsweredAt: first.answeredAt });
    const pub = (await t.anonymous().get(`/api/v1/public/demands/${d.trackingCode}`)).json();
    expect(pub.firstAnsweredAt).toBe(first.answeredAt);
    expect(pub.progress.map((p: { label: { zh: string } }) => p.label.zh)).toContain('不满意，重新交办');
    await handler.post(`/api/v1/demands/${d.id}/answer`, { answer: `${ANSWER}（二次答复）` });
    const again = (await handler.get(`/api/v1/demands/${d.id}`)).json();
    expect(again.firstAnsweredAt).toBe(first.answeredAt);
    expect(again.answeredAt).not.toBe(first.answeredAt);
  });

  it('queues put open emergencies first, then overdue ones; a tracking code finds its demand, in scope only', async () => {
    const plain = await hotlineIntake(admin, { categoryCode: 'roads' });
    const late = await hotlineIntake(admin, { categoryCode: 'roads' });
    await t.db.execute(sql`UPDATE demands SET response_due_at = now() - interval '1 hour', received_at = now() - interval '3 days' WHERE id = ${late.id}`);
    const sos = await hotlineIntake(admin, { categoryCode: 'emergency' });
    await t.db.execute(sql`UPDATE demands SET received_at = now() - interval '10 days' WHERE id = ${sos.id}`);
    const newest = await hotlineIntake(admin, { categoryCode: 'roads' });
    const list = (await handler.get('/api/v1/demands?status=dispatched&pageSize=100')).json();
    const codes = list.items.map((x: { trackingCode: string }) => x.trackingCode);
    // Every open emergency (the seeded ones too) heads the queue, however old.
    const firstPlain = list.items.findIndex((x: { urgent: boolean }) => !x.urgent);
    expect(codes.indexOf(sos.trackingCode)).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf(sos.trackingCode)).toBeLessThan(firstPlain);
    expect(list.items.slice(firstPlain).every((x: { urgent: boolean }) => !x.urgent)).toBe(true);
    expect(codes.indexOf(late.trackingCode)).toBeLessThan(codes.indexOf(newest.trackingCode));
    expect(codes.indexOf(late.trackingCode)).toBeLessThan(codes.indexOf(plain.trackingCode));
    const found = (await admin.get(`/api/v1/demands?code=${plain.trackingCode.slice(-6).toLowerCase()}`)).json();
    expect(found.items.map((x: { trackingCode: string }) => x.trackingCode)).toEqual([plain.trackingCode]);
    const outsider = await t.login('replies_other');
    expect((await outsider.get(`/api/v1/demands?code=${plain.trackingCode}`)).json().total).toBe(0);
    expect((await admin.get('/api/v1/demands?code=QD%25')).statusCode).toBe(400);
  });

  it('pages through the queue in the one urgency order, part by part, as a single ordering of every demand would', async () => {
    /** Tracking codes of `url`, page by page, against one ORDER BY over the demands `where` picks. */
    const walk = async (url: string, where: ReturnType<typeof sql>) => {
      const expected = await rows<{ tracking_code: string }>(
        t.db,
        sql`SELECT d.tracking_code FROM demands d LEFT JOIN demand_categories c ON c.code = d.category_code WHERE ${where} ORDER BY ${sql.raw(urgencyOrderSql)}`,
      );
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        const res = (await admin.get(`${url}${url.includes('?') ? '&' : '?'}pageSize=7&page=${page}`)).json();
        expect(res.total, url).toBe(expected.length);
        if (res.items.length === 0) break;
        seen.push(...res.items.map((x: { trackingCode: string }) => x.trackingCode));
      }
      expect(seen, url).toEqual(expected.map((e) => e.tracking_code));
      return seen.length;
    };
    expect(await walk('/api/v1/demands', sql`true`)).toBeGreaterThan(0);
    expect(await walk('/api/v1/demands?status=closed', sql`d.status = 'closed'`)).toBeGreaterThan(0);
    expect(await walk('/api/v1/demands?status=dispatched', sql`d.status = 'dispatched'`)).toBeGreaterThan(0);
    await walk('/api/v1/demands?light=red', sql.raw(redSql));
    await walk('/api/v1/demands/supervision', sql.raw(`(${redSql} OR ${yellowSql})`));
    // Open and finished demands, emergencies among them: the parts all take part.
    const statuses = await rows<{ open: number; finished: number; urgent: number }>(
      t.db,
      sql`SELECT count(*) FILTER (WHERE d.status IN ('received','dispatched','accepted','in_progress'))::int AS open,
                 count(*) FILTER (WHERE d.status NOT IN ('received','dispatched','accepted','in_progress'))::int AS finished,
                 count(*) FILTER (WHERE c.urgent AND d.status IN ('received','dispatched','accepted','in_progress'))::int AS urgent
            FROM demands d LEFT JOIN demand_categories c ON c.code = d.category_code`,
    );
    expect(statuses[0].open).toBeGreaterThan(0);
    expect(statuses[0].finished).toBeGreaterThan(0);
    expect(statuses[0].urgent).toBeGreaterThan(0);
  });

  it('the demo rules send a 市南区 pothole to a road bureau or the 12345 office, never a party body; the dialog’s suggestion is the rules’ pick', async () => {
    await t.db.execute(sql`DELETE FROM demand_dispatch_rules`);
    const [root] = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    const [roads] = await rows<{ id: number }>(t.db, sql`INSERT INTO orgs (parent_id, name, kind, path) VALUES (${root.id}, '市交通运输局机关党委', 'party_committee', '') RETURNING id`);
    await t.db.execute(sql`UPDATE orgs SET path = ${root.path} || id || '/' WHERE id = ${roads.id}`);
    await seedDispatchRules(t.db);
    const ruled = await rows<{ category_code: string; name: string }>(t.db, sql`SELECT r.category_code, o.name FROM demand_dispatch_rules r JOIN orgs o ON o.id = r.org_id`);
    const ruleOf = new Map(ruled.map((r) => [r.category_code, r.name]));
    expect(ruleOf.get('roads')).toBe('市交通运输局机关党委');
    expect(ruleOf.get('water')).toBe('市政府办公厅机关党委');
    expect(ruled.filter((r) => /市委办公厅|纪委/.test(r.name))).toEqual([]);
    const pothole = await hotlineIntake(admin, { categoryCode: 'roads', description: '市南区香港中路路面出现大坑，车辆通行危险', districtCode: '370202' });
    expect(pothole.orgId).toBe(roads.id);
    await handler.post(`/api/v1/demands/${pothole.id}/accept`).catch(() => {});
    const s = await admin.get(`/api/v1/demands/${pothole.id}/dispatch-suggestion`);
    expect(s.json()).toEqual({ orgId: roads.id, orgName: '市交通运输局机关党委' });
    expect((await handler.get(`/api/v1/demands/${pothole.id}/dispatch-suggestion`)).statusCode).toBe(403);
  });
  // Last: it leaves ten thousand more demands behind.
  it(`counts a list's total up to ${DEMAND_COUNT_CAP} and says when there are more; filtered lists keep their exact total`, async () => {
    await t.db.execute(
      sql`INSERT INTO demands (district_code, tracking_code, channel, category_code, title, description, status, org_path, received_at, response_due_at, resolution_due_at, closed_at)
          SELECT d.district_code, 'QDCAP' || lpad(g::text, 6, '0'), d.channel, d.category_code, d.title, d.description, 'closed', d.org_path,
                 d.received_at - make_interval(days => 400), d.response_due_at - make_interval(days => 400), d.resolution_due_at - make_interval(days => 400), d.received_at - make_interval(days => 399)
            FROM (SELECT * FROM demands ORDER BY id LIMIT 1) d, generate_series(1, ${DEMAND_COUNT_CAP + 1}) g`,
    );
    const all = (await admin.get('/api/v1/demands?pageSize=20')).json();
    expect(all).toMatchObject({ total: DEMAND_COUNT_CAP, totalCapped: true });
    expect((await admin.get(`/api/v1/demands?pageSize=20&page=${DEMAND_COUNT_CAP / 20}`)).json().items).toHaveLength(20);
    const open = (await admin.get('/api/v1/demands?pageSize=20&status=dispatched')).json();
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM demands WHERE status = 'dispatched'`);
    expect(open).toMatchObject({ total: n, totalCapped: false });
    expect(n).toBeGreaterThan(0);
  });
});
