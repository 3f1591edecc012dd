import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, hotlineIntake, routeAllTo } from '../demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe(`Open311 GeoReport v2 (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let key: string;
  let keyId: number;

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const post = (url: string, body: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, payload: form(body), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const valid = () => ({ api_key: key, service_code: 'city_mgmt', lat: '36.0671', long: '120.3826', address_string: '市南区香港中路10号', description: '路边垃圾桶满溢无人清运', 'attribute[district_code]': '370202', first_name: '三', last_name: '张', phone: '13800000003' });

  beforeAll(async () => {
    t = await createTestApp();
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
    const created = await admin.post('/api/v1/open311-keys', { name: '第三方随手拍' });
    expect(created.statusCode).toBe(201);
    ({ key, id: keyId } = created.json());
  });
  afterAll(() => t.close());

  it('lists services in JSON and XML', async () => {
    const json = await get('/open311/v2/services.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    const services = json.json();
    expect(services).toHaveLength(25); // the hotline's categories; pairing's concern categories are for enterprises only
    expect(services[0]).toMatchObject({ service_code: 'emergency', service_name: '紧急求助', metadata: true, type: 'realtime' });
    for (const f of ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']) expect(services[0]).toHaveProperty(f);
    const xml = await get('/open311/v2/services.xml');
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<services><service><service_code>emergency<\/service_code><service_name>紧急求助<\/service_name>/);
    expect(xml.body.match(/<service>/g)).toHaveLength(25);
  });

  it('defines a service’s attributes; an unknown service is 404', async () => {
    const def = (await get('/open311/v2/services/water.json')).json();
    expect(def.service_code).toBe('water');
    const district = def.attributes.find((a: { code: string }) => a.code === 'district_code');
    expect(district).toMatchObject({ variable: true, datatype: 'singlevaluelist', required: true, order: 1 });
    expect(district.values).toContainEqual({ key: '370202', name: '市南区' });
    const xml = await get('/open311/v2/services/water.xml');
    expect(xml.body).toContain('<service_definition><service_code>water</service_code><attributes><attribute><variable>true</variable>');
    expect(xml.body).toContain('<values><value><key>370202</key><name>市南区</name></value>');
    const missing = await get('/open311/v2/services/nope.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.stringContaining('nope') }]);
  });

  it('POST requests needs a valid api_key (403 in the specification’s error format)', async () => {
    const { api_key: _k, ...noKey } = valid();
    const none = await post('/open311/v2/requests.json', noKey);
    expect(none.statusCode).toBe(403);
    expect(none.json()).toEqual([{ code: 403, description: expect.any(String) }]);
    const wrong = await post('/open311/v2/requests.xml', { ...valid(), api_key: 'o311_wrong' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.headers['content-type']).toContain('text/xml');
    expect(wrong.body).toMatch(/<errors><error><code>403<\/code><description>[^<]+<\/description><\/error><\/errors>$/);
  });

  it('POST requests creates a demand and returns its id; missing fields are 400', async () => {
    const res = await post('/open311/v2/requests.json', valid());
    expect(res.statusCode).toBe(201);
    const [created] = res.json();
    expect(created.service_request_id).toMatch(/^QD/);
    expect(created).toHaveProperty('service_notice');
    expect(created).toHaveProperty('account_id');
    const [row] = await rows<{ channel: string; client_key: string; citizen_name: string }>(t.db, sql`SELECT channel, client_key, citizen_name FROM demands WHERE tracking_code = ${created.service_request_id}`);
    expect(row).toEqual({ channel: 'open311', client_key: `key:${keyId}`, citizen_name: '张三' });
    const xml = await post('/open311/v2/requests.xml', valid());
    expect(xml.body).toMatch(/<service_requests><request><service_request_id>QD\w+<\/service_request_id><service_notice>[^<]*<\/service_notice><account_id\/><\/request><\/service_requests>$/);

    const { lat: _a, long: _b, address_string: _c, ...noPlace } = valid();
    const place = await post('/open311/v2/requests.json', noPlace);
    expect(place.statusCode).toBe(400);
    expect(place.json()[0]).toMatchObject({ code: 400, description: expect.stringContaining('location') });
    const badCode = await post('/open311/v2/requests.json', { ...valid(), service_code: 'nope' });
    expect(badCode.statusCode).toBe(404);
    const noDistrict = await post('/open311/v2/requests.json', { ...valid(), 'attribute[district_code]': '' });
    expect(noDistrict.json()[0].description).toContain('district_code');
    const badDistrict = await post('/open311/v2/requests.json', { ...valid(), 'attribute[district_code]': '999999' });
    expect(badDistrict.statusCode).toBe(400);
    expect(badDistrict.json()[0].description).toContain('districtCode');
  });

  it('GET requests by id (JSON and XML), via token, and 404 for unknown ids', async () => {
    const [created] = (await post('/open311/v2/requests.json', valid())).json();
    const id = created.service_request_id;
    const [one] = (await get(`/open311/v2/requests/${id}.json`)).json();
    expect(one).toMatchObject({ service_request_id: id, status: 'open', service_code: 'city_mgmt', service_name: '市容环卫', description: '路边垃圾桶满溢无人清运', address: '市南区香港中路10号', lat: 36.0671, long: 120.3826 });
    expect(one.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(one.expected_datetime).toMatch(/\+08:00$/);
    expect(one.agency_responsible).not.toContain('机关党委');
    expect(JSON.stringify(one)).not.toContain('13800000003');
    const xml = await get(`/open311/v2/requests/${id}.xml`);
    expect(xml.body).toContain(`<service_requests><request><service_request_id>${id}</service_request_id><status>open</status>`);
    expect((await get(`/open311/v2/tokens/${id}.json`)).json()).toEqual([{ service_request_id: id, token: id }]);
    const missing = await get('/open311/v2/requests/QD000000AAAAAA.xml');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<errors><error><code>404</code>');
    expect((await get('/open311/v2/tokens/QD000000AAAAAA.json')).statusCode).toBe(404);
  });

  it('GET requests filters by ids, service_code, status and a date window of at most 90 days', async () => {
    const since = encodeURIComponent(new Date(Date.now() - 2000).toISOString());
    const a = (await post('/open311/v2/requests.json', { ...valid(), service_code: 'water' })).json()[0].service_request_id;
    const b = (await post('/open311/v2/requests.json', { ...valid(), service_code: 'gas' })).json()[0].service_request_id;
    const old = await hotlineIntake(admin, { categoryCode: 'water' });
    await t.db.execute(sql`UPDATE demands SET received_at = now() - interval '120 days' WHERE id = ${old.id}`);
    const closed = await hotlineIntake(admin, { categoryCode: 'water' });
    await t.db.execute(sql`UPDATE demands SET status = 'closed', closed_at = now() WHERE id = ${closed.id}`);

    const byIds = (await get(`/open311/v2/requests.json?service_request_id=${a},${b}&service_code=power`)).json();
    expect(byIds.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual([a, b].sort());
    const water = (await get('/open311/v2/requests.json?service_code=water')).json() as { service_request_id: string; status: string }[];
    const codes = water.map((r) => r.service_request_id);
    expect(codes).toContain(a);
    expect(codes).toContain(closed.trackingCode);
    expect(codes).not.toContain(old.trackingCode); // older than the default 90 days
    expect(codes).not.toContain(b);
    const open = (await get('/open311/v2/requests.json?service_code=water&status=open')).json() as { status: string; service_request_id: string }[];
    expect(open.every((r) => r.status === 'open')).toBe(true);
    expect(open.map((r) => r.service_request_id)).not.toContain(closed.trackingCode);
    const shut = (await get(`/open311/v2/requests.json?service_code=water,gas&status=closed&start_date=${since}`)).json() as { service_request_id: string }[];
    expect(shut.map((r) => r.service_request_id)).toEqual([closed.trackingCode]);

    const start = new Date(Date.now() - 130 * 86400_000).toISOString();
    const end = new Date(Date.now() - 100 * 86400_000).toISOString();
    const window = (await get(`/open311/v2/requests.json?service_code=water&start_date=${encodeURIComponent(start)}&end_date=${encodeURIComponent(end)}`)).json();
    expect(window.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([old.trackingCode]);
    const tooWide = await get(`/open311/v2/requests.json?start_date=${encodeURIComponent(start)}&end_date=${encodeURIComponent(new Date().toISOString())}`);
    expect(tooWide.statusCode).toBe(400);
    expect(tooWide.json()[0].description).toContain('90 days');
    const badDate = await get('/open311/v2/requests.xml?start_date=yesterday');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('<errors><error><code>400</code>');
    expect((await get('/open311/v2/requests.json?status=pending')).statusCode).toBe(400);
  });

  it('returns at most 1,000 requests', async () => {
    await t.db.execute(sql`INSERT INTO demands (district_code, tracking_code, channel, category_code, title, description, org_path, response_due_at, resolution_due_at, received_at)
      SELECT '370203', 'QDLOAD' || lpad(g::text, 8, '0'), 'api', 'parking', '停车', '停车问题', '/1/', now(), now(), now() - (g || ' seconds')::interval FROM generate_series(1, 1100) g`);
    const list = (await get('/open311/v2/requests.json')).json();
    expect(list).toHaveLength(1000);
  });

  it('revoked keys stop working', async () => {
    expect((await admin.post(`/api/v1/open311-keys/${keyId}/revoke`, {})).statusCode).toBe(200);
    expect((await post('/open311/v2/requests.json', valid())).statusCode).toBe(403);
    const keys = (await admin.get('/api/v1/open311-keys')).json().items;
    expect(JSON.stringify(keys)).not.toContain(key);
    expect((await (await t.login('orgadmin')).post('/api/v1/open311-keys', { name: 'x1' })).statusCode).toBe(403);
  });
});
