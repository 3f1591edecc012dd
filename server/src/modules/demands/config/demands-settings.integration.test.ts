import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`demand settings pages' routes (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  /** A committee admin of one unit only (not of the city): holds demands.configure, but below the root. */
  let unitCommittee: Client;

  const auditCount = async (action: string) => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`))[0].n;
  const holidays = async (year: number) => rows<{ day: string; is_workday: boolean; name: string }>(t.db, sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, is_workday, name FROM demand_holidays WHERE extract(year FROM day) = ${year} ORDER BY day`);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    orgadmin = await t.login('orgadmin');
    const [acc] = await rows<{ id: number; org_id: number }>(t.db, sql`SELECT a.id, r.org_id FROM accounts a JOIN role_assignments r ON r.account_id = a.id WHERE a.username = 'orgadmin' LIMIT 1`);
    await t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${acc.id}, 'committee_admin', ${acc.org_id})`);
    unitCommittee = await t.login('orgadmin');
  });
  afterAll(() => t.close());

  it('previews the State Council notice with row errors, refuses a table with a bad row and writes nothing', async () => {
    const text = '2031-01-01 休 元旦\n2031-02-07 班 春节调休\n2031-13-01 休\n2031-02-08 放\n2031-01-01 休';
    const preview = await admin.post('/api/v1/demand-holidays/import', { text, dryRun: true });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.rows.map((r: { day: string; isWorkday: boolean }) => [r.day, r.isWorkday])).toEqual([['2031-01-01', false], ['2031-02-07', true]]);
    expect(body.errors.map((e: { line: number; problem: string }) => [e.line, e.problem])).toEqual([[3, 'date'], [4, 'mark'], [5, 'duplicate']]);
    expect(body.imported).toBe(0);

    const refused = await admin.post('/api/v1/demand-holidays/import', { text });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('import_invalid');
    expect(refused.json().error.details.errors).toHaveLength(3);
    expect(await holidays(2031)).toEqual([]);
    expect(await auditCount('demands.holiday_import')).toBe(0);
  });

  it('imports a clean table in one go, audited, and lists it by year; a row is deleted again', async () => {
    const res = await admin.post('/api/v1/demand-holidays/import', { text: '2031-01-01\t休\t元旦\n2031/2/7 班 春节调休\n' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toBe(2);
    expect(await holidays(2031)).toEqual([{ day: '2031-01-01', is_workday: false, name: '元旦' }, { day: '2031-02-07', is_workday: true, name: '春节调休' }]);
    expect(await auditCount('demands.holiday_import')).toBe(1);
    const listed = (await admin.get('/api/v1/demand-holidays?year=2031')).json().items;
    expect(listed.map((h: { day: string }) => h.day)).toEqual(['2031-01-01', '2031-02-07']);
    expect((await admin.delete('/api/v1/demand-holidays/2031-02-07')).statusCode).toBe(200);
    expect((await holidays(2031)).map((h) => h.day)).toEqual(['2031-01-01']);
  });

  it('edits and deactivates a category with audit; a bad deadline is refused and nothing changes', async () => {
    const [water] = (await admin.get('/api/v1/demand-categories')).json().items.filter((c: { code: string }) => c.code === 'water');
    const body = { name: water.name, nameEn: water.nameEn, defaultOrgId: water.defaultOrgId, responseValue: 2, responseUnit: 'h', resolutionValue: 5, resolutionUnit: 'wd', active: false };
    const bad = await admin.put('/api/v1/demand-categories/water', { ...body, responseValue: 0 });
    expect(bad.statusCode).toBe(400);
    const before = await auditCount('demands.category_put');
    const [still] = await rows<{ active: boolean; response_value: number }>(t.db, sql`SELECT active, response_value FROM demand_categories WHERE code = 'water'`);
    expect(still).toEqual({ active: water.active, response_value: water.responseValue });
    const ok = await admin.put('/api/v1/demand-categories/water', body);
    expect(ok.statusCode, ok.body).toBe(200);
    const [now] = await rows<{ active: boolean; response_value: number }>(t.db, sql`SELECT active, response_value FROM demand_categories WHERE code = 'water'`);
    expect(now).toEqual({ active: false, response_value: 2 });
    expect(await auditCount('demands.category_put')).toBe(before + 1);
    expect((await admin.put('/api/v1/demand-categories/water', { ...body, active: true })).statusCode).toBe(200);
  });

  it('changes the rates’ definitions and the retention years, audited; out-of-range values are refused', async () => {
    expect((await admin.put('/api/v1/demand-settings', { retentionYears: 0 })).statusCode).toBe(400);
    expect((await admin.get('/api/v1/demand-settings')).json().retentionYears).toBe(3);
    const before = await auditCount('demands.settings_put');
    const res = await admin.put('/api/v1/demand-settings', { retentionYears: 5, resolutionMeans: 'closed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ retentionYears: 5, resolutionMeans: 'closed' });
    expect(await auditCount('demands.settings_put')).toBe(before + 1);
    await admin.put('/api/v1/demand-settings', { retentionYears: 3, resolutionMeans: 'answered' });
  });

  it('issues an Open311 key shown once, lists it without the secret, revokes it; both audited', async () => {
    const created = await admin.post('/api/v1/open311-keys', { name: '区网格平台' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, key } = created.json();
    expect(key).toMatch(/^o311_/);
    const listed = (await admin.get('/api/v1/open311-keys')).json().items.find((k: { id: number }) => k.id === id);
    expect(listed).toMatchObject({ name: '区网格平台', keyPrefix: key.slice(0, 9), revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key);
    expect((await admin.post(`/api/v1/open311-keys/${id}/revoke`, {})).statusCode).toBe(200);
    expect((await admin.get('/api/v1/open311-keys')).json().items.find((k: { id: number }) => k.id === id).revokedAt).not.toBeNull();
    const [r] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'open311_api_key' AND entity_id = ${String(id)} AND action IN ('demands.api_key_create', 'demands.api_key_revoke')`);
    expect(r.n).toBe(2);
  });

  it('an org admin, and a committee admin of one unit, cannot change the city’s settings', async () => {
    const [cat] = await rows<{ name: string }>(t.db, sql`SELECT name FROM demand_categories WHERE code = 'water'`);
    const body = { name: '改名', responseValue: 1, responseUnit: 'h', resolutionValue: 1, resolutionUnit: 'wd' };
    for (const who of [orgadmin, unitCommittee]) {
      expect((await who.put('/api/v1/demand-categories/water', body)).statusCode).toBe(403);
      expect((await who.post('/api/v1/demand-holidays/import', { text: '2032-01-01 休' })).statusCode).toBe(403);
      expect((await who.put('/api/v1/demand-settings', { retentionYears: 9 })).statusCode).toBe(403);
      expect((await who.post('/api/v1/open311-keys', { name: '越权密钥' })).statusCode).toBe(403);
    }
    expect((await rows<{ name: string }>(t.db, sql`SELECT name FROM demand_categories WHERE code = 'water'`))[0]).toEqual(cat);
    expect(await holidays(2032)).toEqual([]);
    expect((await admin.get('/api/v1/demand-settings')).json().retentionYears).toBe(3);
    expect((await rows(t.db, sql`SELECT 1 FROM open311_api_keys WHERE name = '越权密钥'`)).length).toBe(0);
  });
});
