import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, DEMO_PASSWORD, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { tokenHash } from './sessions.js';

describe(`auth security (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const loginRaw = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const sessionIdOf = (cookie: string | null) => tokenHash(String(cookie).split('=')[1]);
  const sessionCount = async (username: string) =>
    (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.username = ${username}`))[0].n;

  it('locks an account after 5 failed attempts, even for the right password, until the lock ends', async () => {
    for (let i = 1; i <= 4; i++) {
      const res = await loginRaw('reviewer', 'Wrong#pass1');
      expect(res.statusCode, `attempt ${i}`).toBe(401);
      expect(res.json().error.code).toBe('invalid_credentials');
    }
    const fifth = await loginRaw('reviewer', 'Wrong#pass1');
    expect(fifth.statusCode).toBe(423);
    const sixth = await loginRaw('reviewer', DEMO_PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().error.code).toBe('account_locked');
    expect(sixth.headers['set-cookie']).toBeUndefined();

    const [acc] = await rows<{ locked_until: string; minutes: number }>(
      t.db,
      sql`SELECT locked_until, extract(epoch FROM locked_until - now()) / 60 AS minutes FROM accounts WHERE username = 'reviewer'`,
    );
    expect(Number(acc.minutes)).toBeGreaterThan(t.env.LOGIN_LOCK_MINUTES - 1);
    expect(Number(acc.minutes)).toBeLessThanOrEqual(t.env.LOGIN_LOCK_MINUTES);
    const [locked] = await rows(t.db, sql`SELECT 1 FROM audit_log WHERE action = 'auth.locked' AND actor = 'reviewer'`);
    expect(locked).toBeDefined();

    // LOGIN_LOCK_MINUTES later:
    await t.db.execute(sql`UPDATE accounts SET locked_until = now() - interval '1 second' WHERE username = 'reviewer'`);
    const after = await loginRaw('reviewer', DEMO_PASSWORD);
    expect(after.statusCode).toBe(200);
    const [reset] = await rows<{ failed_attempts: number }>(t.db, sql`SELECT failed_attempts FROM accounts WHERE username = 'reviewer'`);
    expect(reset.failed_attempts).toBe(0);
  });

  it('an unknown username gets the same answer as a wrong password', async () => {
    const res = await loginRaw('nobody-here', 'Wrong#pass1');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_credentials');
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = await t.login('community');
    await t.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = ${sessionIdOf(idle.cookie)}`);
    expect((await idle.get('/api/v1/auth/me')).statusCode).toBe(200); // still inside, and touched
    await t.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = ${sessionIdOf(idle.cookie)}`);
    const expired = await idle.get('/api/v1/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('session_expired');
    const [gone] = await rows(t.db, sql`SELECT 1 FROM sessions WHERE id = ${sessionIdOf(idle.cookie)}`);
    expect(gone).toBeUndefined();
    expect((await idle.get('/api/v1/auth/me')).json().error.code).toBe('unauthenticated');

    const old = await t.login('community');
    await t.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = ${sessionIdOf(old.cookie)}`);
    const res = await old.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
  });

  it('a disabled account loses its open sessions', async () => {
    const handler = await t.login('handler');
    await t.db.execute(sql`UPDATE accounts SET disabled = true WHERE username = 'handler'`);
    expect((await handler.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await loginRaw('handler', DEMO_PASSWORD)).statusCode).toBe(401);
    await t.db.execute(sql`UPDATE accounts SET disabled = false, failed_attempts = 0 WHERE username = 'handler'`);
  });

  it('refuses unsafe requests without the right CSRF token', async () => {
    const c = await t.login('community');
    const post = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie!, ...headers } });
    for (const headers of [{}, { 'x-csrf-token': 'forged' }, { 'x-csrf-token': '' }] as Array<Record<string, string>>) {
      const res = await post(headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf_failed');
    }
    // Another session's token does not fit this one.
    const other = await t.login('community');
    expect((await post({ 'x-csrf-token': other.csrfToken! })).statusCode).toBe(403);
    // Safe methods need none.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: c.cookie! } })).statusCode).toBe(200);
    expect((await post({ 'x-csrf-token': c.csrfToken! })).statusCode).toBe(200);
  });

  it('enforces the password policy and ends the other sessions on a change', async () => {
    const a = await t.login('entrepreneur');
    const b = await t.login('entrepreneur');
    const change = (newPassword: string, currentPassword = DEMO_PASSWORD) => a.post('/api/v1/auth/password', { currentPassword, newPassword });
    for (const weak of ['Ab1!xyz', 'abcdefgh1234', 'ABCDEFGH!!!!', DEMO_PASSWORD]) {
      const res = await change(weak);
      expect(res.statusCode, weak).toBe(400);
      expect(res.json().error.code).toBe('weak_password');
    }
    expect((await change('Qingdao#2027', 'not-my-password')).statusCode).toBe(401);
    expect((await a.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD })).statusCode).toBe(400);

    expect(await sessionCount('entrepreneur')).toBe(2);
    const ok = await change('Qingdao#2027');
    expect(ok.statusCode).toBe(200);
    expect(await sessionCount('entrepreneur')).toBe(1);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await loginRaw('entrepreneur', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await loginRaw('entrepreneur', 'Qingdao#2027')).statusCode).toBe(200);
  });

  it('refuses a common password and one containing the username, saying why in zh and en', async () => {
    const c = await t.login('community');
    const change = (newPassword: string, lang = 'zh-CN') =>
      c.request({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: DEMO_PASSWORD, newPassword }, headers: { 'accept-language': lang } });
    const common = await change('Password1');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.code).toBe('weak_password');
    expect(common.json().error.details[0]).toMatchObject({ field: 'newPassword', reason: 'common', message: '这是常见密码，容易被猜中' });
    const inEnglish = await change('Password1!', 'en');
    expect(inEnglish.json().error.details[0]).toMatchObject({ reason: 'common', message: 'it is a commonly used password, easy to guess' });
    const named = await change('my-COMMUNITY-2027');
    expect(named.statusCode).toBe(400);
    expect(named.json().error.details[0]).toMatchObject({ reason: 'username', message_zh: '不能包含用户名', message_en: 'it must not contain the username' });
    // Refusals leave the password as it was, and do not count toward the lockout.
    expect((await loginRaw('community', DEMO_PASSWORD)).statusCode).toBe(200);
    const [row] = await rows<{ failed_attempts: number }>(t.db, sql`SELECT failed_attempts FROM accounts WHERE username = 'community'`);
    expect(row.failed_attempts).toBe(0);
  });

  it('an account that must change its password can do only that until it does', async () => {
    const before = await t.login('secretary'); // a session opened before the flag was set is held too
    await t.db.execute(sql`UPDATE accounts SET must_change_password = true WHERE username = 'secretary'`);
    const login = await loginRaw('secretary', DEMO_PASSWORD);
    expect(login.json().mustChangePassword).toBe(true);
    for (const url of ['/api/v1/points/me', '/api/v1/points/leaderboard/orgs']) {
      const res = await before.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('password_change_required');
    }
    const me = await before.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);
    expect((await before.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Branch@2027x' })).statusCode).toBe(200);
    expect((await before.get('/api/v1/points/leaderboard/orgs')).statusCode).toBe(200);
    expect((await before.get('/api/v1/auth/me')).json().mustChangePassword).toBe(false);
  });

  it('logout ends the session on the server', async () => {
    const c = await t.login('orgadmin2');
    const id = sessionIdOf(c.cookie);
    const res = await c.post('/api/v1/auth/logout');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/vg_sid=;/);
    const [row] = await rows(t.db, sql`SELECT 1 FROM sessions WHERE id = ${id}`);
    expect(row).toBeUndefined();
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, and never readable by scripts', async () => {
    const res = await loginRaw('member', DEMO_PASSWORD);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^vg_sid=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).not.toMatch(/;\s*Secure/i); // COOKIE_SECURE defaults to false for http://127.0.0.1
    // The database keeps only a hash of the token.
    const token = cookie.split(';')[0].split('=')[1];
    const [raw] = await rows(t.db, sql`SELECT 1 FROM sessions WHERE id = ${token}`);
    expect(raw).toBeUndefined();
  });
});

describe(`login rate limit (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', COOKIE_SECURE: 'true' });
  });
  afterAll(() => t.close());

  it('answers 429 after LOGIN_RATE_LIMIT_PER_MINUTE attempts a minute', async () => {
    const attempt = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'member', password: DEMO_PASSWORD } });
    const first = await attempt();
    expect(first.statusCode).toBe(200);
    expect(String(first.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect((await attempt()).statusCode).toBe(200);
    expect((await attempt()).statusCode).toBe(200);
    const fourth = await attempt();
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().error.code).toBe('rate_limited');
  });
});
