import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { lowerDifficulty, sampleDemand, solvedChallenge } from '../../demands/demands.fixtures.js';
import { pairingModule } from '../module.js';
import { pairingTestApp, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const isConcern = (code: string) => code.startsWith('concern_');

describe(`pairing: the concern categories are for enterprises only (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, ent: Client;
  let key: string;
  const open311 = (body: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form(body), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const viaOpen311 = (code: string) => ({ api_key: key, service_code: code, address_string: '市南区香港中路10号', description: '路边垃圾桶满溢无人清运', 'attribute[district_code]': '370202' });
  const written = async () =>
    (await rows<{ demands: number; links: number }>(t.db, sql`SELECT (SELECT count(*)::int FROM demands) AS demands, (SELECT count(*)::int FROM pairing_concerns) AS links`))[0];

  beforeAll(async () => {
    const p = await pairingTestApp();
    ({ t, admin } = p);
    await lowerDifficulty(admin);
    key = (await admin.post('/api/v1/open311-keys', { name: '第三方随手拍' })).json().key;
    const r = await registerByStaff(p.orgadmin, p.orgs.agency1.id, { name: '周启航' });
    ent = await signInIssued(t, r.account.username, r.account.initialPassword);
  });
  afterAll(() => t.close());

  it('the public lists leave them out; the staff configuration lists them with their audience', async () => {
    const options = (await t.anonymous().get('/api/v1/public/demand-options')).json();
    expect(options.categories.length).toBeGreaterThan(10);
    expect(options.categories.filter((c: { code: string }) => isConcern(c.code))).toEqual([]);
    const services = (await t.app.inject({ method: 'GET', url: '/open311/v2/services.json' })).json();
    expect(services.filter((s: { service_code: string }) => isConcern(s.service_code))).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/open311/v2/services/concern_financing.json' })).statusCode).toBe(404);

    const staff = (await admin.get('/api/v1/demand-categories')).json().items as { code: string; audience: string }[];
    const concerns = staff.filter((c) => isConcern(c.code));
    expect(concerns).toHaveLength(8);
    expect(concerns.every((c) => c.audience === 'enterprise')).toBe(true);
    expect(staff.filter((c) => !isConcern(c.code)).every((c) => c.audience === 'public')).toBe(true);
  });

  it('the citizen form and Open311 refuse them with 400 and write nothing; concerns still raise', async () => {
    const before = await written();
    const { citizenName: _n, ...publicDemand } = sampleDemand;
    const citizen = await t.anonymous().post('/api/v1/public/demands', { ...publicDemand, categoryCode: 'concern_financing', citizenPhone: '13700000001', challenge: await solvedChallenge(t) });
    expect(citizen.statusCode, citizen.body).toBe(400);
    expect(citizen.json().error).toMatchObject({ code: 'validation_failed', details: [{ field: 'categoryCode', message: expect.any(String) }] });
    const viaKey = await open311(viaOpen311('concern_land'));
    expect(viaKey.statusCode).toBe(400);
    expect(viaKey.json()).toEqual([{ code: 400, description: expect.stringContaining('concern_land') }]);
    expect(await written()).toEqual(before);

    // the same channels still take a public category
    expect((await t.anonymous().post('/api/v1/public/demands', { ...publicDemand, citizenPhone: '13700000002', challenge: await solvedChallenge(t) })).statusCode).toBe(201);
    expect((await open311(viaOpen311('city_mgmt'))).statusCode).toBe(201);
    const raised = await ent.post('/api/v1/me/concerns', { category: 'financing', description: '企业计划扩建产线，资金缺口约500万元。' });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(await written()).toEqual({ demands: before.demands + 3, links: before.links + 1 });
  });

  it('Open311 does not publish concerns among the service requests', async () => {
    const [concern] = await rows<{ tracking_code: string }>(t.db, sql`SELECT d.tracking_code FROM pairing_concerns c JOIN demands d ON d.district_code = c.district_code AND d.id = c.demand_id LIMIT 1`);
    const list = (await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json' })).json() as { service_request_id: string; service_code: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((r) => isConcern(r.service_code))).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${concern.tracking_code}.json` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/open311/v2/requests.json?service_request_id=${concern.tracking_code}` })).json()).toEqual([]);
  });

  it('an installation upgraded from before the audience gets them set right at boot, keeping committee edits', async () => {
    // As a database migrated from before: the column defaulted every row to public.
    await t.db.execute(sql`UPDATE demand_categories SET audience = 'public', name = '企业诉求·融资对接' WHERE code = 'concern_financing'`);
    await t.db.execute(sql`UPDATE demand_categories SET audience = 'public' WHERE code LIKE 'concern\\_%'`);
    expect((await t.anonymous().get('/api/v1/public/demand-options')).json().categories.some((c: { code: string }) => isConcern(c.code))).toBe(true);
    await pairingModule.reference!(t.ctx);
    const cats = await rows<{ code: string; name: string; audience: string }>(t.db, sql`SELECT code, name, audience FROM demand_categories WHERE code LIKE 'concern\\_%' ORDER BY code`);
    expect(cats).toHaveLength(8);
    expect(cats.every((c) => c.audience === 'enterprise')).toBe(true);
    expect(cats.find((c) => c.code === 'concern_financing')!.name).toBe('企业诉求·融资对接');
    const audits = async () => rows<{ summary: string }>(t.db, sql`SELECT summary FROM audit_log WHERE action = 'demands.category_audience'`);
    expect(await audits()).toHaveLength(1);
    expect((await audits())[0].summary).toContain('concern_financing→enterprise');
    // a committee edit on the configuration page keeps the audience; another boot changes nothing
    const edit = await admin.put('/api/v1/demand-categories/concern_land', { name: '企业诉求·用地', responseValue: 2, responseUnit: 'wd', resolutionValue: 15, resolutionUnit: 'wd' });
    expect(edit.statusCode, edit.body).toBe(200);
    await pairingModule.reference!(t.ctx);
    expect(await audits()).toHaveLength(1);
    expect((await rows<{ audience: string }>(t.db, sql`SELECT audience FROM demand_categories WHERE code = 'concern_land'`))[0].audience).toBe('enterprise');
    expect((await t.anonymous().get('/api/v1/public/demand-options')).json().categories.some((c: { code: string }) => isConcern(c.code))).toBe(false);
  });
});
