import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { count, homeOrg } from '../org/org.test-helpers.js';

/**
 * The committee admin's person sits in the first agency, so the agency's org_admin sees the account —
 * but holds no power over its committee_admin role, and so may change nothing about the account.
 */
describe(`account changes need authority over every role the account holds (${dbKind})`, () => {
  let t: TestApp;
  let adminId: number;
  let first: { id: number; path: string };
  const roleCount = (accountId: number) => count(t.db, sql`SELECT count(*)::int AS n FROM role_assignments WHERE account_id = ${accountId}`);

  beforeAll(async () => {
    t = await createTestApp();
    first = await homeOrg(t.db, 'orgadmin');
    [{ id: adminId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'admin'`);
    const [person] = await rows<{ id: number }>(
      t.db,
      sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
           WHERE o.path LIKE ${first.path + '%'} AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id) ORDER BY p.id LIMIT 1`,
    );
    await t.db.execute(sql`UPDATE accounts SET person_id = ${person.id} WHERE id = ${adminId}`);
  });
  afterAll(() => t.close());

  it('the org admin sees the committee admin’s account', async () => {
    const orgadmin = await t.login('orgadmin');
    const list = (await orgadmin.get('/api/v1/accounts?q=admin&pageSize=100')).json();
    expect(list.items.map((a: { id: number }) => a.id)).toContain(adminId);
  });

  it('refuses to unlock it', async () => {
    await t.db.execute(sql`UPDATE accounts SET locked_until = now() + interval '1 hour', failed_attempts = 0 WHERE id = ${adminId}`);
    const orgadmin = await t.login('orgadmin');
    const res = await orgadmin.post(`/api/v1/accounts/${adminId}/unlock`);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM accounts WHERE id = ${adminId} AND locked_until > now()`)).toBe(1);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'accounts.unlock' AND entity_id = ${String(adminId)}`)).toBe(0);
    await t.db.execute(sql`UPDATE accounts SET locked_until = NULL WHERE id = ${adminId}`);
  });

  it('refuses to add a role to it', async () => {
    const orgadmin = await t.login('orgadmin');
    const before = await roleCount(adminId);
    const res = await orgadmin.post(`/api/v1/accounts/${adminId}/roles`, { role: 'org_admin', orgId: first.id });
    expect(res.statusCode, res.body).toBe(403);
    expect(await roleCount(adminId)).toBe(before);
  });

  it('refuses to remove a role from it, even one inside the agency', async () => {
    const [inside] = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${adminId}, 'member', ${first.id}) RETURNING id`,
    );
    const orgadmin = await t.login('orgadmin');
    const res = await orgadmin.delete(`/api/v1/accounts/${adminId}/roles/${inside.id}`);
    expect(res.statusCode, res.body).toBe(403);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM role_assignments WHERE id = ${inside.id}`)).toBe(1);
  });

  it('refuses to reset its password', async () => {
    const orgadmin = await t.login('orgadmin');
    expect((await orgadmin.post(`/api/v1/accounts/${adminId}/reset-password`)).statusCode).toBe(403);
  });

  it('an account within the caller’s authority is still changed as before', async () => {
    const orgadmin = await t.login('orgadmin');
    const [member] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'member'`);
    await t.db.execute(sql`UPDATE accounts SET locked_until = now() + interval '1 hour' WHERE id = ${member.id}`);
    expect((await orgadmin.post(`/api/v1/accounts/${member.id}/unlock`)).statusCode).toBe(200);
    const added = await orgadmin.post(`/api/v1/accounts/${member.id}/roles`, { role: 'community_staff', orgId: first.id });
    expect(added.statusCode, added.body).toBe(200);
    const role = added.json().roles.find((r: { role: string }) => r.role === 'community_staff');
    expect((await orgadmin.delete(`/api/v1/accounts/${member.id}/roles/${role.id}`)).statusCode).toBe(200);
    // The committee admin holds power over its own roles.
    const admin = await t.login('admin');
    expect((await admin.post(`/api/v1/accounts/${adminId}/unlock`)).statusCode).toBe(200);
  });
});
