import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { parseXml, textAt } from '../../../../../test/xml.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, routeAllTo } from '../demands.fixtures.js';
import { w3c } from './open311.format.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe(`Open311 GeoReport v2 conformance (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let key: string;

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const post = (url: string, body: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, payload: form(body), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const valid = () => ({ api_key: key, service_code: 'city_mgmt', lat: '36.0671', long: '120.3826', address_string: '市南区香港中路10号', description: '路边垃圾桶满溢无人清运', 'attribute[district_code]': '370202' });
  const stored = async (code: string) =>
    (await rows<{ description: string; address: string; citizen_phone: string | null; phone_hash: string | null }>(t.db, sql`SELECT description, address, citizen_phone, phone_hash FROM demands WHERE tracking_code = ${code}`))[0];
  const created = async (body: Record<string, string>) => {
    const res = await post('/open311/v2/requests.json', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json()[0].service_request_id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
    ({ key } = (await admin.post('/api/v1/open311-keys', { name: '一致性检查' })).json());
  });
  afterAll(() => t.close());

  it('accepts phone numbers as people write them, stored in one form per number', async () => {
    const intl = await stored(await created({ ...valid(), phone: '+86 532 8000 0000' }));
    const local = await stored(await created({ ...valid(), phone: '(0532) 8000-0000' }));
    expect(intl.citizen_phone).toBe('053280000000');
    expect(local.citizen_phone).toBe('053280000000');
    expect(intl.phone_hash).toBe(local.phone_hash);
    expect((await stored(await created({ ...valid(), phone: '+86 138 0000 0003' }))).citizen_phone).toBe('13800000003');
    const garbage = await post('/open311/v2/requests.json', { ...valid(), phone: 'call me' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()[0].description).toContain('phone');
  });

  it('POST with an unknown service_code is 404, as GET services/{code} is', async () => {
    const json = await post('/open311/v2/requests.json', { ...valid(), service_code: 'nope' });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toEqual([{ code: 404, description: expect.stringContaining('nope') }]);
    const xml = await post('/open311/v2/requests.xml', { ...valid(), service_code: 'nope' });
    expect(xml.statusCode).toBe(404);
    expect(textAt(parseXml(xml.body), 'error/code')).toBe('404');
  });

  it('refuses a description over 4,000 characters counted by code point, and keeps one within in full', async () => {
    const emoji = '🚧'.repeat(3000); // 3,000 characters, 6,000 UTF-16 units
    expect((await stored(await created({ ...valid(), description: emoji }))).description).toBe(emoji);
    const exactly = '井'.repeat(4000);
    expect((await stored(await created({ ...valid(), description: exactly }))).description).toBe(exactly);
    const tooLong = await post('/open311/v2/requests.json', { ...valid(), description: '井'.repeat(4001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()[0].description).toContain('4000');
    expect((await post('/open311/v2/requests.json', { ...valid(), description: '🚧'.repeat(4001) })).statusCode).toBe(400);
  });

  it('strips control characters XML cannot carry at intake', async () => {
    const code = await created({ ...valid(), description: 'a\u0001路灯\u0008不亮\u001F了\tb', address_string: '香港\u000B中路' });
    const row = await stored(code);
    expect(row.description).toBe('a路灯不亮了\tb');
    expect(row.address).toBe('香港中路');
  });

  it('serves well-formed XML for every resource, even for rows holding illegal characters', async () => {
    const code = await created(valid());
    // A row written before intake stripped them.
    await t.db.execute(sql`UPDATE demands SET description = ${'坏\u0001字符\uFFFE'}, address = ${'地址\u0002'}, answer = ${'答复\u0007'} WHERE tracking_code = ${code}`);
    const one = parseXml((await get(`/open311/v2/requests/${code}.xml`)).body);
    expect(one.name).toBe('service_requests');
    expect(textAt(one, 'request/description')).toBe('坏字符');
    expect(textAt(one, 'request/address')).toBe('地址');
    expect(textAt(one, 'request/status_notes')).toBe('答复');
    const list = parseXml((await get('/open311/v2/requests.xml')).body);
    expect(list.children.length).toBeGreaterThan(0);
    expect(list.children.find((r) => textAt(r, 'service_request_id') === code)).toBeDefined();
    expect(parseXml((await get(`/open311/v2/requests.xml?service_request_id=${code}`)).body).children).toHaveLength(1);

    // A category name an admin typed with a control character.
    expect((await admin.put('/api/v1/demand-categories/ctrl_test', { name: '测试\u0003分类', responseValue: 1, responseUnit: 'h', resolutionValue: 1, resolutionUnit: 'wd' })).statusCode).toBe(200);
    const services = parseXml((await get('/open311/v2/services.xml')).body);
    expect(services.children.map((s) => textAt(s, 'service_name'))).toContain('测试分类');
    expect(parseXml((await get('/open311/v2/services/ctrl_test.xml')).body).name).toBe('service_definition');
    expect(parseXml((await get('/open311/v2/discovery.xml')).body).name).toBe('discovery');
    expect(textAt(parseXml((await get(`/open311/v2/tokens/${code}.xml`)).body), 'request/token')).toBe(code);

    const createdXml = parseXml((await post('/open311/v2/requests.xml', { ...valid(), description: 'x\u0001y路面塌陷' })).body);
    expect(textAt(createdXml, 'request/service_request_id')).toMatch(/^QD/);
    // Errors echo what the client sent: still well-formed.
    for (const res of [
      await post('/open311/v2/requests.xml', { ...valid(), service_code: 'bad\u0001code' }),
      await get('/open311/v2/requests/QD\u0001.xml'.replace('\u0001', '%01')),
      await get('/open311/v2/requests.xml?start_date=%01'),
      await post('/open311/v2/requests.xml', { ...valid(), api_key: 'wrong' }),
    ]) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(parseXml(res.body).name).toBe('errors');
    }
  });

  it('dates the discovery document by the last change of the service list', async () => {
    const latest = async () => (await rows<{ at: string }>(t.db, sql`SELECT max(at) AS at FROM audit_log WHERE entity = 'demand_category'`))[0].at;
    const before = (await get('/open311/v2/discovery.json')).json();
    expect(before.changeset).toBe(w3c(await latest()));
    expect(before.endpoints[0].changeset).toBe(before.changeset);
    await new Promise((r) => setTimeout(r, 1100)); // the changeset has whole seconds
    expect((await admin.put('/api/v1/demand-categories/water', { name: '供水', responseValue: 2, responseUnit: 'h', resolutionValue: 5, resolutionUnit: 'wd' })).statusCode).toBe(200);
    const after = (await get('/open311/v2/discovery.json')).json();
    expect(after.changeset > before.changeset).toBe(true);
    expect(after.changeset).toBe(w3c(await latest()));
    expect(textAt(parseXml((await get('/open311/v2/discovery.xml')).body), 'changeset')).toBe(after.changeset);
  });
});
