import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`activity types and categories are edited on a page (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let unitCommittee: Client;
  let rootId: number;
  const audits = async (action: string, code: string) => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND entity_id = ${code}`))[0].n;
  const typeRow = async (code: string) => (await rows<{ name: string; name_en: string; active: boolean }>(t.db, sql`SELECT name, name_en, active FROM activity_types WHERE code = ${code}`))[0];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    orgadmin = await t.login('orgadmin');
    [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const [acc] = await rows<{ id: number; org_id: number }>(t.db, sql`SELECT a.id, r.org_id FROM accounts a JOIN role_assignments r ON r.account_id = a.id WHERE a.username = 'orgadmin' LIMIT 1`);
    await t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${acc.id}, 'committee_admin', ${acc.org_id})`);
    unitCommittee = await t.login('orgadmin');
  });
  afterAll(() => t.close());

  it('adds a category and a type with names in both languages, audited; a type in an unknown category writes nothing', async () => {
    const cat = await admin.post('/api/v1/activity-categories', { code: 'culture', name: '文化活动', nameEn: 'Culture' });
    expect(cat.statusCode, cat.body).toBe(201);
    expect(cat.json()).toEqual({ code: 'culture', name: '文化活动', nameEn: 'Culture', active: true });
    const bad = await admin.post('/api/v1/activity-types', { code: 'film_night', name: '观影', nameEn: 'Film night', categoryCode: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(await typeRow('film_night')).toBeUndefined();
    expect((await admin.post('/api/v1/activity-types', { code: 'film_night', name: '观影', categoryCode: 'culture' })).statusCode).toBe(400); // English name missing
    const type = await admin.post('/api/v1/activity-types', { code: 'film_night', name: '红色观影', nameEn: 'Red film night', categoryCode: 'culture' });
    expect(type.statusCode, type.body).toBe(201);
    expect((await admin.post('/api/v1/activity-types', { code: 'film_night', name: '重复', nameEn: 'Again', categoryCode: 'culture' })).statusCode).toBe(409);
    expect(await audits('activities.category_create', 'culture')).toBe(1);
    expect(await audits('activities.type_create', 'film_night')).toBe(1);
    const listed = (await admin.get('/api/v1/activity-types')).json();
    expect(listed.types.find((x: { code: string }) => x.code === 'film_night')).toMatchObject({ categoryCode: 'culture', active: true });
  });

  it('renames and deactivates a type: audited, and no new activity of it can be published', async () => {
    const res = await admin.put('/api/v1/activity-types/film_night', { name: '红色电影展映', nameEn: 'Red film screening', categoryCode: 'culture', active: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(await typeRow('film_night')).toEqual({ name: '红色电影展映', name_en: 'Red film screening', active: false });
    expect(await audits('activities.type_update', 'film_night')).toBe(1);
    const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
    const refused = await admin.post('/api/v1/activities', { typeCode: 'film_night', title: '观影', orgId: rootId, startsAt: inMinutes(10), endsAt: inMinutes(60) });
    expect(refused.statusCode).toBe(400);
    expect((await admin.put('/api/v1/activity-categories/culture', { name: '文化', nameEn: 'Culture', active: false })).statusCode).toBe(200);
    expect(await audits('activities.category_update', 'culture')).toBe(1);
    expect((await admin.put('/api/v1/activity-types/nothing_here', { name: '无', nameEn: 'None', categoryCode: 'culture' })).statusCode).toBe(404);
  });

  it('an org admin, and a committee admin of one unit, cannot change the city’s catalogue', async () => {
    for (const who of [orgadmin, unitCommittee]) {
      expect((await who.put('/api/v1/activity-types/lecture', { name: '改名', nameEn: 'Renamed', categoryCode: 'theory' })).statusCode).toBe(403);
      expect((await who.post('/api/v1/activity-categories', { code: 'sneaky', name: '越权', nameEn: 'Sneaky' })).statusCode).toBe(403);
    }
    expect((await typeRow('lecture')).name).toBe('主题宣讲');
    expect((await rows(t.db, sql`SELECT 1 FROM activity_categories WHERE code = 'sneaky'`)).length).toBe(0);
  });
});
