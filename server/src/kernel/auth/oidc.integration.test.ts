import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { accountByClaim, openPending, PENDING_COOKIE, sealPending } from './oidc.js';
import { createSession } from './sessions.js';
import { oidcSettings, parseEnv } from '../env.js';

/**
 * Sign-in through a real OpenID Connect provider (oidc-provider) on loopback, the app on real HTTP, a browser played by
 * fetch with manual redirects and a cookie jar per origin. The provider knows two people: one whose username is an account
 * here, one who has no account here.
 */
const CLIENT_ID = 'vanguard';
const CLIENT_SECRET = 'a-test-client-secret-of-some-length';
const idpUsers: Record<string, { preferred_username: string }> = {
  'sub-admin': { preferred_username: 'admin' },
  'sub-stranger': { preferred_username: 'nobody-here' },
};

/** A free loopback port: the app's callback URL must be known (env) before the app starts. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** A browser: cookies kept per origin, redirects followed by hand. */
class Browser {
  jar = new Map<string, Map<string, string>>();
  cookiesOf(url: string) {
    return this.jar.get(new URL(url).origin) ?? new Map<string, string>();
  }
  async request(url: string, init: RequestInit = {}) {
    const cookies = [...this.cookiesOf(url)].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookies ? { cookie: cookies } : {}) } });
    const jar = this.jar.get(new URL(url).origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const [name, value] = [pair.slice(0, i).trim(), pair.slice(i + 1).trim()];
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(new URL(url).origin, jar);
    const location = res.headers.get('location');
    return { res, location: location ? new URL(location, url).href : null };
  }
}

describe(`OIDC sign-in (${dbKind})`, () => {
  let t: TestApp;
  let idpServer: Server;
  let issuer: string;
  let base: string;

  beforeAll(async () => {
    idpServer = createServer();
    await new Promise<void>((resolve) => idpServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(idpServer.address() as AddressInfo).port}`;
    base = `http://127.0.0.1:${await freePort()}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${base}/api/v1/auth/oidc/callback`],
          post_logout_redirect_uris: [`${base}/login`],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ['sub'], profile: ['preferred_username'] },
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      cookies: { keys: ['a-cookie-signing-key'] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      findAccount: (_ctx, sub) => (idpUsers[sub] ? { accountId: sub, claims: () => ({ sub, ...idpUsers[sub] }) } : undefined),
    });
    idpServer.on('request', provider.callback());
    t = await createTestApp({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_REDIRECT_URL: `${base}/api/v1/auth/oidc/callback`, PASSWORD_LOGIN: 'false' });
    await t.app.listen({ host: '127.0.0.1', port: Number(new URL(base).port) });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => idpServer?.close(resolve));
  });

  /** Starts a sign-in and signs in at the provider as `sub` (login form, then consent); answers the callback URL it sends back. */
  async function throughProvider(browser: Browser, sub: string): Promise<string> {
    let { res, location } = await browser.request(`${base}/api/v1/auth/oidc/start?next=/members`);
    expect(res.status).toBe(302);
    expect(location!.startsWith(`${issuer}/auth?`)).toBe(true);
    const auth = new URL(location!).searchParams;
    expect(auth.get('code_challenge_method')).toBe('S256');
    expect(auth.get('state')).toBeTruthy();
    expect(auth.get('nonce')).toBeTruthy();
    for (let step = 0; step < 12; step++) {
      if (location) {
        if (location.startsWith(`${base}/`)) return location;
        ({ res, location } = await browser.request(location));
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`the provider answered ${res.status}: ${html.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login: sub, password: 'anything' } : { prompt });
      ({ res, location } = await browser.request(new URL(action, issuer).href, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    }
    throw new Error('the provider never sent the browser back');
  }

  const sessionCount = async () => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM sessions WHERE via = 'oidc'`))[0].n;
  const lastRefusal = async () => (await rows<{ summary: string }>(t.db, sql`SELECT summary FROM audit_log WHERE action = 'auth.oidc_refused' ORDER BY id DESC LIMIT 1`))[0]?.summary;
  const me = (browser: Browser) => browser.request(`${base}/api/v1/auth/me`);

  it('tells the login page which sign-in ways are on, and refuses the password route when it is off', async () => {
    const options = await (await fetch(`${base}/api/v1/auth/options`)).json();
    expect(options).toEqual({ passwordLogin: false, oidc: true });
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Vanguard@2026' }) });
    expect(login.status).toBe(403);
    expect((await login.json()).error.code).toBe('password_login_off');
  });

  it('signs in a known user, links the identity, and /auth/me answers; logout ends the session and points at the provider', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, 'sub-admin');
    const { res, location } = await browser.request(callback);
    expect(res.status).toBe(302);
    expect(location).toBe(`${base}/login?next=%2Fmembers`);
    expect(browser.cookiesOf(base).get(PENDING_COOKIE)).toBeUndefined();
    const who = await me(browser);
    expect(who.res.status).toBe(200);
    const body = await who.res.json();
    expect(body.username).toBe('admin');
    expect(body.mustChangePassword).toBe(false);

    const [link] = await rows<{ issuer: string; username: string }>(t.db, sql`SELECT i.issuer, a.username FROM oidc_identities i JOIN accounts a ON a.id = i.account_id WHERE i.subject = 'sub-admin'`);
    expect(link).toEqual({ issuer, username: 'admin' });
    const [entry] = await rows<{ summary: string; actor: string }>(t.db, sql`SELECT summary, actor FROM audit_log WHERE action = 'auth.login' ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({ summary: 'oidc', actor: 'admin' });

    const out = await browser.request(`${base}/api/v1/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': body.csrfToken } });
    expect(out.res.status).toBe(200);
    const { redirectTo } = await out.res.json();
    expect(redirectTo.startsWith(`${issuer}/session/end?`)).toBe(true);
    expect(new URL(redirectTo).searchParams.get('post_logout_redirect_uri')).toBe(`${base}/login`);
    expect((await me(browser)).res.status).toBe(401);
    // The provider takes the sign-out (its confirmation page), for the registered way back.
    const end = await browser.request(redirectTo);
    expect(end.res.status).toBe(200);
    expect(await end.res.text()).toContain('logout');
  });

  it('refuses a provider user with no account here, with a clear code and no session', async () => {
    const before = await sessionCount();
    const browser = new Browser();
    const { res, location } = await browser.request(await throughProvider(browser, 'sub-stranger'));
    expect(res.status).toBe(302);
    expect(location).toBe(`${base}/login?oidc_error=oidc_unknown_user`);
    expect(browser.cookiesOf(base).get('vg_sid')).toBeUndefined();
    expect(await sessionCount()).toBe(before);
    const [link] = await rows(t.db, sql`SELECT 1 FROM oidc_identities WHERE subject = 'sub-stranger'`);
    expect(link).toBeUndefined();
    const [entry] = await rows<{ summary: string }>(t.db, sql`SELECT summary FROM audit_log WHERE action = 'auth.oidc_refused' ORDER BY id DESC LIMIT 1`);
    expect(entry.summary).toMatch(/^oidc_unknown_user/);
    expect(entry.summary).not.toContain('nobody-here');
    const [created] = await rows(t.db, sql`SELECT 1 FROM accounts WHERE username = 'nobody-here'`);
    expect(created).toBeUndefined();
  });

  /** A sign-in that the app refuses: back to the login page with `code`, no session, no cookie. */
  /** `until`: the end of the lock the login page is told about. */
  async function refusedSignIn(sub: string, code: string, until?: Date) {
    const before = await sessionCount();
    const browser = new Browser();
    const { res, location } = await browser.request(await throughProvider(browser, sub));
    expect(res.status).toBe(302);
    expect(location).toBe(`${base}/login?oidc_error=${code}${until ? `&until=${encodeURIComponent(until.toISOString())}` : ''}`);
    expect(browser.cookiesOf(base).get('vg_sid')).toBeUndefined();
    expect(await sessionCount()).toBe(before);
  }
  const linkOf = async (sub: string) => (await rows<{ account_id: number }>(t.db, sql`SELECT account_id FROM oidc_identities WHERE subject = ${sub}`))[0]?.account_id;
  const lastRefusalEntry = async () =>
    (await rows<{ summary: string; entity_id: string | null; actor: string }>(t.db, sql`SELECT summary, entity_id, actor FROM audit_log WHERE action = 'auth.oidc_refused' ORDER BY id DESC LIMIT 1`))[0];

  /** A provider user for an account here other than admin; answers the account. */
  async function otherAccount(sub: string, skip: number) {
    const [account] = await rows<{ id: number; username: string }>(t.db, sql`SELECT id, username FROM accounts WHERE username <> 'admin' AND NOT disabled ORDER BY id OFFSET ${skip} LIMIT 1`);
    idpUsers[sub] = { preferred_username: account.username };
    return account;
  }

  it('refuses a locked account as a password sign-in would, first sign-in or linked, and audits no claim value', async () => {
    const account = await otherAccount('sub-locked', 0);
    const lockUntil = async () => new Date((await rows<{ u: string }>(t.db, sql`SELECT to_char(locked_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS u FROM accounts WHERE id = ${account.id}`))[0].u);
    await t.db.execute(sql`UPDATE accounts SET locked_until = date_trunc('milliseconds', now() + interval '15 minutes') WHERE id = ${account.id}`);
    await refusedSignIn('sub-locked', 'oidc_account_locked', await lockUntil());
    expect(await linkOf('sub-locked')).toBeUndefined();
    const entry = await lastRefusalEntry();
    expect(entry).toEqual({ summary: 'oidc_account_locked: account locked', entity_id: String(account.id), actor: 'oidc' });
    expect(entry.summary).not.toContain(account.username);

    // Once the lock runs out the same person signs in (and is linked); a new lock refuses the linked identity too.
    await t.db.execute(sql`UPDATE accounts SET locked_until = now() - interval '1 minute' WHERE id = ${account.id}`);
    const browser = new Browser();
    expect((await browser.request(await throughProvider(browser, 'sub-locked'))).location).toBe(`${base}/login?next=%2Fmembers`);
    expect(await linkOf('sub-locked')).toBe(account.id);
    await t.db.execute(sql`UPDATE accounts SET locked_until = date_trunc('milliseconds', now() + interval '15 minutes') WHERE id = ${account.id}`);
    await refusedSignIn('sub-locked', 'oidc_account_locked', await lockUntil());
    await t.db.execute(sql`UPDATE accounts SET locked_until = NULL WHERE id = ${account.id}`);
  });

  it('refuses a disabled account without linking it, and a linked one disabled later', async () => {
    const account = await otherAccount('sub-disabled', 1);
    await t.db.execute(sql`UPDATE accounts SET disabled = true WHERE id = ${account.id}`);
    await refusedSignIn('sub-disabled', 'oidc_account_disabled');
    expect(await linkOf('sub-disabled')).toBeUndefined();
    expect(await lastRefusalEntry()).toEqual({ summary: 'oidc_account_disabled: account disabled', entity_id: String(account.id), actor: 'oidc' });

    await t.db.execute(sql`UPDATE accounts SET disabled = false WHERE id = ${account.id}`);
    const browser = new Browser();
    await browser.request(await throughProvider(browser, 'sub-disabled'));
    expect(await linkOf('sub-disabled')).toBe(account.id);
    await t.db.execute(sql`UPDATE accounts SET disabled = true WHERE id = ${account.id}`);
    await refusedSignIn('sub-disabled', 'oidc_account_disabled');
    // The session it had is gone with the disabling too.
    expect((await me(browser)).res.status).toBe(401);
  });

  it('says the session came through the identity provider, and refuses a password change through it', async () => {
    const browser = new Browser();
    await browser.request(await throughProvider(browser, 'sub-admin'));
    const who = await (await me(browser)).res.json();
    expect(who.signedInWith).toBe('oidc');
    const [{ password_hash: before }] = await rows<{ password_hash: string }>(t.db, sql`SELECT password_hash FROM accounts WHERE username = 'admin'`);
    const change = await browser.request(`${base}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': who.csrfToken },
      body: JSON.stringify({ currentPassword: 'Vanguard@2026', newPassword: 'An0ther-Passw0rd!' }),
    });
    expect(change.res.status).toBe(403);
    expect((await change.res.json()).error.code).toBe('password_change_oidc');
    const [{ password_hash: after }] = await rows<{ password_hash: string }>(t.db, sql`SELECT password_hash FROM accounts WHERE username = 'admin'`);
    expect(after).toBe(before);
    expect((await me(browser)).res.status).toBe(200);

    // A session signed in with a password (made here: password sign-in is off in this app) says so, and may change it.
    const [{ id }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'admin'`);
    const session = await createSession(t.db, id, { idleMinutes: 30, absoluteHours: 8 }, {});
    const viaPassword = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: `vg_sid=${session.token}` } });
    expect((await viaPassword.json()).signedInWith).toBe('password');
  });

  it('refuses a tampered state', async () => {
    const before = await sessionCount();
    const browser = new Browser();
    const callback = new URL(await throughProvider(browser, 'sub-admin'));
    callback.searchParams.set('state', callback.searchParams.get('state') + 'x');
    const { location } = await browser.request(callback.href);
    expect(location).toBe(`${base}/login?oidc_error=oidc_failed`);
    expect(browser.cookiesOf(base).get('vg_sid')).toBeUndefined();
    expect(await sessionCount()).toBe(before);
    expect(await lastRefusal()).toMatch(/^oidc_failed: .*"state"/);
  });

  it('refuses a wrong nonce, an altered pending cookie, and a callback without one', async () => {
    const settings = oidcSettings(t.env)!;
    const before = await sessionCount();
    // The pending sign-in resealed with another nonce: the provider's ID token carries the first one.
    const wrongNonce = new Browser();
    const callback = await throughProvider(wrongNonce, 'sub-admin');
    const jar = wrongNonce.cookiesOf(base);
    const pending = openPending(settings, decodeURIComponent(jar.get(PENDING_COOKIE)!))!;
    expect(pending.state).toBe(new URL(callback).searchParams.get('state'));
    jar.set(PENDING_COOKIE, encodeURIComponent(sealPending(settings, { ...pending, nonce: pending.nonce + 'x' })));
    expect((await wrongNonce.request(callback)).location).toBe(`${base}/login?oidc_error=oidc_failed`);
    expect(await lastRefusal()).toMatch(/^oidc_failed: .*"nonce"/);

    const altered = new Browser();
    const callback2 = await throughProvider(altered, 'sub-admin');
    const jar2 = altered.cookiesOf(base);
    const [body, mac] = decodeURIComponent(jar2.get(PENDING_COOKIE)!).split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), nonce: 'chosen' })).toString('base64url');
    jar2.set(PENDING_COOKIE, encodeURIComponent(`${forged}.${mac}`));
    expect((await altered.request(callback2)).location).toBe(`${base}/login?oidc_error=oidc_failed`);
    expect(await lastRefusal()).toBe('oidc_failed: no pending sign-in');

    const none = new Browser();
    const callback3 = await throughProvider(none, 'sub-admin');
    none.cookiesOf(base).delete(PENDING_COOKIE);
    expect((await none.request(callback3)).location).toBe(`${base}/login?oidc_error=oidc_failed`);
    expect(await sessionCount()).toBe(before);
  });

  it('matches a person by the SHA-256 of the ID number, and only a single account', async () => {
    const [person] = await rows<{ id_number: string; username: string }>(
      t.db,
      sql`SELECT p.id_number, a.username FROM accounts a JOIN people p ON p.id = a.person_id
           WHERE (SELECT count(*) FROM accounts b WHERE b.person_id = a.person_id) = 1 ORDER BY a.id LIMIT 1`,
    );
    const hash = createHash('sha256').update(person.id_number.toUpperCase()).digest('hex');
    expect((await accountByClaim(t.db, 'id_number_sha256', hash))?.username).toBe(person.username);
    expect((await accountByClaim(t.db, 'id_number_sha256', hash.toUpperCase()))?.username).toBe(person.username);
    expect(await accountByClaim(t.db, 'id_number_sha256', createHash('sha256').update('110101199001011234').digest('hex'))).toBeNull();
    expect(await accountByClaim(t.db, 'id_number_sha256', person.id_number)).toBeNull();
  });

  it('takes the OIDC settings all together or not at all, and password sign-in off only with them', () => {
    const all = { OIDC_ISSUER: 'https://idp.example.gov.cn', OIDC_CLIENT_ID: 'vanguard', OIDC_CLIENT_SECRET: 's', OIDC_REDIRECT_URL: 'https://vanguard.example.gov.cn/api/v1/auth/oidc/callback' };
    expect(oidcSettings(parseEnv(all))?.claim).toBe('preferred_username');
    expect(oidcSettings(parseEnv({}))).toBeNull();
    expect(() => parseEnv({ ...all, OIDC_CLIENT_SECRET: undefined })).toThrow(/OIDC_CLIENT_SECRET/);
    expect(() => parseEnv({ PASSWORD_LOGIN: 'false' })).toThrow(/PASSWORD_LOGIN/);
    expect(() => parseEnv({ ...all, OIDC_CLAIM: 'email' })).toThrow(/OIDC_CLAIM/);
    expect(parseEnv({ ...all, PASSWORD_LOGIN: 'false' }).PASSWORD_LOGIN).toBe(false);
  });
});
