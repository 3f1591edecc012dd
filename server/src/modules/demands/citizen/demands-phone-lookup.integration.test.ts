import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, hotlineIntake, routeAllTo } from '../demands.fixtures.js';
import { CODES_PER_PHONE_HOUR } from './phone-lookup.js';
import { setLookupCodeSender } from './lookup-sender.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`finding one's demands by phone number (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  const known = '13955550001';

  beforeAll(async () => {
    t = await createTestApp();
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
  });
  afterAll(async () => {
    setLookupCodeSender(null);
    await t.close();
  });

  const ask = (phone: string, ip = '10.0.0.1') => t.app.inject({ method: 'POST', url: '/api/v1/public/demand-lookup/code', payload: { phone }, remoteAddress: ip });
  const look = (phone: string, code: string, ip = '10.0.0.1') => t.app.inject({ method: 'POST', url: '/api/v1/public/demand-lookup', payload: { phone, code }, remoteAddress: ip });

  it('answers a code request alike for a number with demands and one without; the code lists that number’s demands only', async () => {
    const mine = await hotlineIntake(admin, { citizenPhone: '139 5555 0001' });
    await hotlineIntake(admin, { citizenPhone: '13955550002' });
    const a = await ask(known, '10.0.1.1');
    const b = await ask('13955559999', '10.0.1.2');
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(Object.keys(a.json()).sort()).toEqual(Object.keys(b.json()).sort());
    expect(a.json().demoCode).toMatch(/^\d{6}$/);
    const wrong = String((Number(a.json().demoCode) + 1) % 1_000_000).padStart(6, '0');
    const refusedKnown = await look(known, wrong, '10.0.1.3');
    const refusedUnknown = await look('13955559999', wrong === b.json().demoCode ? '000000' : wrong, '10.0.1.3');
    expect(refusedKnown.statusCode).toBe(400);
    expect(refusedUnknown.statusCode).toBe(400);
    expect(refusedKnown.json().error.code).toBe(refusedUnknown.json().error.code);
    const found = await look(known, a.json().demoCode, '10.0.1.4');
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((d: { trackingCode: string }) => d.trackingCode)).toEqual([mine.trackingCode]);
    // One use only.
    expect((await look(known, a.json().demoCode, '10.0.1.4')).statusCode).toBe(400);
    expect((await look('13955559999', b.json().demoCode, '10.0.1.5')).json().items).toEqual([]);
  });

  it('a code dies after five wrong tries; a number gets at most five codes an hour; requests per address are limited', async () => {
    const phone = '13955550003';
    const { demoCode } = (await ask(phone, '10.0.2.1')).json();
    const wrong = demoCode === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) expect((await look(phone, wrong, `10.0.2.${10 + i}`)).statusCode).toBe(400);
    expect((await look(phone, demoCode, '10.0.2.20')).statusCode).toBe(400);
    for (let i = 1; i < CODES_PER_PHONE_HOUR; i++) expect((await ask(phone, `10.0.3.${i}`)).statusCode).toBe(200);
    expect((await ask(phone, '10.0.3.99')).statusCode).toBe(429);
    const burst = [];
    for (let i = 0; i < 6; i++) burst.push((await ask(`1395555100${i}`, '10.0.4.1')).statusCode);
    expect(burst.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(burst[5]).toBe(429);
  });

  it('keeps no full phone number in the audit log or the code table', async () => {
    const audits = await rows<{ summary: string; before: unknown; after: unknown }>(t.db, sql`SELECT summary, before, after FROM audit_log WHERE action LIKE 'demands.lookup%'`);
    expect(audits.length).toBeGreaterThan(3);
    expect(JSON.stringify(audits)).not.toMatch(/1395555\d{4}/);
    expect(audits.some((a) => a.summary.includes('139****0001'))).toBe(true);
    expect(JSON.stringify(await rows(t.db, sql`SELECT * FROM demand_lookup_codes`))).not.toMatch(/1395555\d{4}/);
  });

  it('sends the code through a plugged sender (SMS) and then no longer shows it', async () => {
    const sent: { phone: string; text: string }[] = [];
    setLookupCodeSender({ showsCode: false, send: async (phone, text) => void sent.push({ phone, text }) });
    const res = await ask('13955550005', '10.0.5.1');
    expect(res.json().demoCode).toBeUndefined();
    expect(sent).toHaveLength(1);
    const code = /(\d{6})/.exec(sent[0].text)![1];
    expect((await look('13955550005', code, '10.0.5.2')).statusCode).toBe(200);
    setLookupCodeSender(null);
  });
});
