import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { rows } from '../server/src/kernel/db/client.js';

/**
 * With long cache lifetimes, every write the API makes must still show at once:
 * routes declare what they invalidate, and sign-out or role changes drop cached callers.
 */
describe(`in-process caches stay correct (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ READ_CACHE_SECONDS: '60', SESSION_CACHE_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('the member list follows people and org writes at once', async () => {
    const admin = await t.login('admin');
    const total = async () => (await admin.get('/api/v1/people?pageSize=1')).json().total as number;
    const before = await total();
    expect(await total()).toBe(before); // served from the cache
    await t.db.execute(sql`INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status) SELECT org_id, '绕过接口', '男', '1990-01-01', '370202199001010011', '群众' FROM people LIMIT 1`);
    expect(await total()).toBe(before); // a write behind the API's back is not seen until the TTL…
    const [branch] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`);
    const created = await admin.post('/api/v1/people', { orgId: branch.id, name: '缓存测试', gender: '女', birthDate: '1996-05-04', idNumber: '370202199605040020', partyStatus: '群众' });
    expect(created.statusCode, created.body).toBe(201);
    expect(await total()).toBe(before + 2); // …but any write through the API retires the cached pages

    const page = async () => (await admin.get(`/api/v1/people?orgId=${branch.id}&pageSize=100`)).json().items as Array<{ orgName: string }>;
    await page();
    const renamed = await admin.patch(`/api/v1/orgs/${branch.id}`, { name: '改名后的党支部' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await page()).every((p) => p.orgName === '改名后的党支部')).toBe(true);
  });

  it('sign-out and role changes take effect on cached sessions at once', async () => {
    const admin = await t.login('admin');
    const orgadmin = await t.login('orgadmin');
    expect((await orgadmin.get('/api/v1/people?pageSize=1')).statusCode).toBe(200);
    const account = (await admin.get('/api/v1/accounts?q=orgadmin&pageSize=50')).json().items.find((a: { username: string }) => a.username === 'orgadmin');
    const assignment = account.roles.find((r: { role: string }) => r.role === 'org_admin');
    const removed = await admin.delete(`/api/v1/accounts/${account.id}/roles/${assignment.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await orgadmin.get('/api/v1/people?pageSize=1')).statusCode).toBe(403);

    const member = await t.login('member');
    expect((await member.get('/api/v1/auth/me')).statusCode).toBe(200);
    await member.post('/api/v1/auth/logout');
    expect((await member.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
