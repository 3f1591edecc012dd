import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';

describe(`auth (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with the demo password and reads /me', async () => {
    const admin = await t.login('admin');
    const me = await admin.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().roles[0].role).toBe('committee_admin');
    expect(me.json().signedInWith).toBe('password');
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong password with 401 and the error body', async () => {
    const res = await t.anonymous().post('/api/v1/auth/login', { username: 'admin', password: 'nope-nope' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_credentials');
  });

  it('offers password sign-in only when OIDC is not configured; the OIDC routes answer 404', async () => {
    const options = await t.anonymous().get('/api/v1/auth/options');
    expect(options.json()).toEqual({ passwordLogin: true, oidc: false });
    for (const url of ['/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y']) {
      const res = await t.anonymous().get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('oidc_not_configured');
    }
    const out = await (await t.login('admin')).post('/api/v1/auth/logout');
    expect(out.json()).toEqual({ ok: true, redirectTo: null });
  });
});
