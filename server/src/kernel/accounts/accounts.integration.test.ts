import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { count, homeOrg } from '../org/org.test-helpers.js';

type Account = { id: number; username: string; displayName: string; personId: number | null; locked: boolean; mustChangePassword: boolean; roles: Array<{ id: number; role: string; orgId: number; orgName: string }> };

describe(`accounts (${dbKind})`, () => {
  let t: TestApp;
  let first: { id: number; path: string };
  let second: { id: number; path: string };
  const accountsUnder = (path: string) =>
    rows<{ username: string }>(
      t.db,
      sql`SELECT DISTINCT a.username FROM accounts a JOIN role_assignments r ON r.account_id = a.id JOIN orgs o ON o.id = r.org_id
           WHERE o.path LIKE ${path + '%'} ORDER BY a.username`,
    );
  beforeAll(async () => {
    t = await createTestApp();
    first = await homeOrg(t.db, 'orgadmin');
    second = await homeOrg(t.db, 'orgadmin2');
  });
  afterAll(() => t.close());

  it('lists only accounts with a role inside the caller’s scope, with in-scope roles only', async () => {
    const orgadmin = await t.login('orgadmin');
    const res = (await orgadmin.get('/api/v1/accounts?pageSize=100')).json();
    const expected = (await accountsUnder(first.path)).map((a) => a.username);
    expect(res.items.map((a: Account) => a.username).sort()).toEqual(expected);
    expect(res.total).toBe(expected.length);
    const foreign = (await accountsUnder(second.path)).map((a) => a.username);
    expect(foreign.length).toBeGreaterThan(0);
    for (const name of foreign) expect(expected).not.toContain(name);
    for (const a of res.items as Account[]) for (const r of a.roles) expect(r.orgId).not.toBe(second.id);

    const q = (await orgadmin.get(`/api/v1/accounts?q=${encodeURIComponent(foreign[0])}`)).json();
    expect(q.items.map((a: Account) => a.username)).not.toContain(foreign[0]);
    const own = (await orgadmin.get('/api/v1/accounts?q=secret')).json();
    expect(own.items.map((a: Account) => a.username)).toEqual(['secretary']);

    const admin = (await (await t.login('admin')).get('/api/v1/accounts?pageSize=100')).json();
    expect(admin.total).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM accounts`));
  });

  it('opens an account with a generated password that must be changed, and validates input', async () => {
    const orgadmin = await t.login('orgadmin');
    const branch = await homeOrg(t.db, 'secretary');
    const res = await orgadmin.post('/api/v1/accounts', { username: 'new.secretary', displayName: '新书记', role: 'branch_secretary', orgId: branch.id });
    expect(res.statusCode, res.body).toBe(201);
    const { account, initialPassword } = res.json() as { account: Account; initialPassword: string };
    expect(account).toMatchObject({ username: 'new.secretary', mustChangePassword: true, locked: false });
    expect(account.roles).toEqual([expect.objectContaining({ role: 'branch_secretary', orgId: branch.id })]);
    const login = await t.anonymous().post('/api/v1/auth/login', { username: 'new.secretary', password: initialPassword });
    expect(login.json().mustChangePassword).toBe(true);
    const auditText = JSON.stringify(await rows(t.db, sql`SELECT * FROM audit_log WHERE entity = 'account' AND entity_id = ${String(account.id)}`));
    expect(auditText).toContain('accounts.create');
    expect(auditText).not.toContain(initialPassword);

    const bad = await orgadmin.post('/api/v1/accounts', { username: 'a b', displayName: '', role: 'king', orgId: branch.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['body.username', 'body.displayName', 'body.role']));
    const dup = await orgadmin.post('/api/v1/accounts', { username: 'New.Secretary', displayName: 'x', role: 'member', orgId: branch.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0].field).toBe('username');
    const foreign = await orgadmin.post('/api/v1/accounts', { username: 'spy', displayName: 'x', role: 'member', orgId: second.id });
    expect(foreign.statusCode).toBe(404);
    const escalate = await orgadmin.post('/api/v1/accounts', { username: 'boss', displayName: 'x', role: 'committee_admin', orgId: first.id });
    expect(escalate.statusCode).toBe(403);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM accounts WHERE username IN ('spy', 'boss')`)).toBe(0);
  });

  it('adds and removes roles only inside scope', async () => {
    const orgadmin = await t.login('orgadmin');
    const [acc] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'new.secretary'`);
    const added = await orgadmin.post(`/api/v1/accounts/${acc.id}/roles`, { role: 'org_admin', orgId: first.id });
    expect(added.statusCode, added.body).toBe(200);
    const role = (added.json() as Account).roles.find((r) => r.role === 'org_admin')!;
    expect(role.orgId).toBe(first.id);
    expect((await orgadmin.post(`/api/v1/accounts/${acc.id}/roles`, { role: 'org_admin', orgId: first.id })).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/accounts/${acc.id}/roles`, { role: 'member', orgId: second.id })).statusCode).toBe(404);
    expect((await orgadmin.post(`/api/v1/accounts/${acc.id}/roles`, { role: 'committee_admin', orgId: first.id })).statusCode).toBe(403);

    const [foreignAssignment] = await rows<{ id: number; account_id: number }>(
      t.db,
      sql`SELECT r.id, r.account_id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin2'`,
    );
    expect((await orgadmin.delete(`/api/v1/accounts/${acc.id}/roles/${foreignAssignment.id}`)).statusCode).toBe(404);
    expect((await orgadmin.delete(`/api/v1/accounts/${foreignAssignment.account_id}/roles/${foreignAssignment.id}`)).statusCode).toBe(404);
    expect((await orgadmin.post(`/api/v1/accounts/${foreignAssignment.account_id}/roles`, { role: 'member', orgId: first.id })).statusCode).toBe(404);

    const removed = await orgadmin.delete(`/api/v1/accounts/${acc.id}/roles/${role.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().account.roles.map((r: { role: string }) => r.role)).toEqual(['branch_secretary']);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('accounts.role_added', 'accounts.role_removed') AND entity_id = ${String(acc.id)}`)).toBe(2);
  });

  it('resets a password: new one works, old sessions end, nothing secret in the audit', async () => {
    const orgadmin = await t.login('orgadmin');
    const member = await t.login('member');
    const [acc] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'member'`);
    const res = await orgadmin.post(`/api/v1/accounts/${acc.id}/reset-password`);
    expect(res.statusCode, res.body).toBe(200);
    const { initialPassword } = res.json();
    expect((await member.get('/api/v1/auth/me')).statusCode).toBe(401);
    const login = await t.anonymous().post('/api/v1/auth/login', { username: 'member', password: initialPassword });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    const auditText = JSON.stringify(await rows(t.db, sql`SELECT * FROM audit_log WHERE action = 'accounts.password_reset'`));
    expect(auditText).toContain('member');
    expect(auditText).not.toContain(initialPassword);

    for (const username of ['orgadmin2', 'handler', 'admin']) {
      const [other] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = ${username}`);
      expect((await orgadmin.post(`/api/v1/accounts/${other.id}/reset-password`)).statusCode, username).toBe(404);
      expect((await orgadmin.post(`/api/v1/accounts/${other.id}/unlock`)).statusCode, username).toBe(404);
    }
  });

  it('refuses to reset an account holding roles beyond the caller’s authority', async () => {
    const [admin] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'admin'`);
    // The committee admin also sits in the first agency: now in its scope, but not its to take over.
    await t.db.execute(sql`INSERT INTO role_assignments (account_id, role, org_id) VALUES (${admin.id}, 'member', ${first.id})`);
    const orgadmin = await t.login('orgadmin');
    const res = await orgadmin.post(`/api/v1/accounts/${admin.id}/reset-password`);
    expect(res.statusCode).toBe(403);
    expect((await t.anonymous().post('/api/v1/auth/login', { username: 'admin', password: 'Vanguard@2026' })).statusCode).toBe(200);
  });

  it('unlocks a locked account', async () => {
    const [acc] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'secretary'`);
    await t.db.execute(sql`UPDATE accounts SET locked_until = now() + interval '1 hour', failed_attempts = 3 WHERE id = ${acc.id}`);
    const orgadmin = await t.login('orgadmin');
    const listed = (await orgadmin.get('/api/v1/accounts?q=secretary')).json().items.find((a: Account) => a.id === acc.id);
    expect(listed.locked).toBe(true);
    const res = await orgadmin.post(`/api/v1/accounts/${acc.id}/unlock`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().locked).toBe(false);
    const [row] = await rows<{ locked_until: unknown; failed_attempts: number }>(t.db, sql`SELECT locked_until, failed_attempts FROM accounts WHERE id = ${acc.id}`);
    expect(row).toEqual({ locked_until: null, failed_attempts: 0 });
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'accounts.unlock' AND entity_id = ${String(acc.id)}`)).toBe(1);
  });
});
