import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, DEMO_PASSWORD, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';

describe(`lockout under concurrent guesses (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // Every request below comes from one IP: the per-IP sign-in limit must not be what stops them.
    t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '100', LOGIN_MAX_ATTEMPTS: '5' });
  });
  afterAll(() => t.close());

  const loginRaw = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const lockState = async (username: string) =>
    (await rows<{ locked: boolean; failed_attempts: number }>(
      t.db,
      sql`SELECT coalesce(locked_until > now(), false) AS locked, failed_attempts FROM accounts WHERE username = ${username}`,
    ))[0];
  const auditCount = async (username: string, action: string) =>
    (await rows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM audit_log l JOIN accounts a ON a.id::text = l.entity_id
           WHERE l.entity = 'account' AND a.username = ${username} AND l.action = ${action}`,
    ))[0].n;

  it('20 wrong passwords sent at once lock the account; the right one then gets 423', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => loginRaw('orgadmin', `Wrong#pass${i}`)));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 423)).toHaveLength(16);
    expect((await lockState('orgadmin')).locked).toBe(true);
    // One lock, and the four failures that led to it; guesses that met the lock change nothing.
    expect(await auditCount('orgadmin', 'auth.locked')).toBe(1);
    expect(await auditCount('orgadmin', 'auth.login_failed')).toBe(4);

    const right = await loginRaw('orgadmin', DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it('wrong current passwords on a password change count toward the lockout', async () => {
    const admin = await t.login('admin');
    const change = (currentPassword: string) => admin.post('/api/v1/auth/password', { currentPassword, newPassword: 'Harbour#2031x' });
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => change(`Wrong#pass${i}`)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([...Array(4).fill(401), ...Array(6).fill(423)]);
    expect((await lockState('admin')).locked).toBe(true);
    expect(await auditCount('admin', 'auth.password_failed')).toBe(4);
    expect(await auditCount('admin', 'auth.locked')).toBe(1);

    // Locked: neither the change with the right password nor a new sign-in goes through.
    const right = await change(DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect((await loginRaw('admin', DEMO_PASSWORD)).statusCode).toBe(423);
    expect((await loginRaw('admin', 'Harbour#2031x')).statusCode).toBe(423);
  });

  it('a wrong password mixed with sign-ins counts from the failures that committed before it', async () => {
    for (let i = 0; i < 3; i++) expect((await loginRaw('member', 'Wrong#pass1')).statusCode).toBe(401);
    expect((await lockState('member')).failed_attempts).toBe(3);
    expect((await loginRaw('member', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await lockState('member')).failed_attempts).toBe(0);
  });
});
