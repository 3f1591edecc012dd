import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { departments, lowerDifficulty, routeAllTo, sampleDemand, solvedChallenge } from '../demands.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const { citizenName: _n, ...publicDemand } = sampleDemand;

/** What the web forms send: phone numbers as written, descriptions counted by character, no XML-breaking controls. */
describe(`demand intake text and phone fields (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;

  const submit = async (body: Record<string, unknown>) => t.anonymous().post('/api/v1/public/demands', { ...publicDemand, ...body, challenge: await solvedChallenge(t) });
  const stored = async (trackingCode: string) =>
    (await rows<{ description: string; citizen_phone: string | null }>(t.db, sql`SELECT description, citizen_phone FROM demands WHERE tracking_code = ${trackingCode}`))[0];

  beforeAll(async () => {
    t = await createTestApp();
    await routeAllTo(t.db, (await departments(t.db)).handlerDept.id);
    admin = await t.login('admin');
    await lowerDifficulty(admin);
  });
  afterAll(() => t.close());

  it('citizen form: a phone written with +86, spaces or parentheses is accepted, and counts as one number for the daily limit', async () => {
    await admin.put('/api/v1/demand-settings', { phoneDailyLimit: 1 });
    const first = await submit({ citizenPhone: '+86 136 0000 0009' });
    expect(first.statusCode, first.body).toBe(201);
    expect((await stored(first.json().trackingCode)).citizen_phone).toBe('13600000009');
    const again = await submit({ citizenPhone: '136-0000-0009' });
    expect(again.statusCode).toBe(429);
    const landline = await submit({ citizenPhone: '(0532) 8000-0000' });
    expect(landline.statusCode, landline.body).toBe(201);
    expect((await submit({ citizenPhone: '+86 532 8000 0000' })).statusCode).toBe(429);
    const bad = await submit({ citizenPhone: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.citizenPhone');
    await admin.put('/api/v1/demand-settings', { phoneDailyLimit: 5 });
  });

  it('citizen form: the description is counted in characters — 4,000 emoji pass whole, 4,001 characters are refused', async () => {
    const emoji = '🌊'.repeat(4000);
    const ok = await submit({ description: emoji });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await stored(ok.json().trackingCode)).description).toBe(emoji);
    const long = await submit({ description: '海'.repeat(4001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].field).toBe('body.description');
    expect((await submit({ description: '🌊'.repeat(4001) })).statusCode).toBe(400);
    expect((await submit({ description: '🌊🌊🌊🌊' })).statusCode).toBe(400); // fewer than 5 characters, though 8 UTF-16 units
  });

  it('hotline and citizen intake drop control characters XML cannot carry', async () => {
    const web = await submit({ description: '楼道\u0001灯\u0008坏了\n请修' });
    expect(web.statusCode, web.body).toBe(201);
    expect((await stored(web.json().trackingCode)).description).toBe('楼道灯坏了\n请修');
    const hotline = await admin.post('/api/v1/demands', { ...sampleDemand, description: '井盖\u0002缺失\u001F多日', citizenPhone: '(0532) 8000-0001' });
    expect(hotline.statusCode, hotline.body).toBe(201);
    const row = await stored(hotline.json().trackingCode);
    expect(row).toEqual({ description: '井盖缺失多日', citizen_phone: '053280000001' });
  });
});
