import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { dbKind, DEMO_PASSWORD, openTestDatabase, testEnv } from '../../../test/harness.js';
import { multipartBody } from '../../../test/multipart.js';
import { sampleFiles } from '../../../test/sample-files.js';
import { buildApp } from '../app.js';
import type { Database } from './db/client.js';

type Built = Awaited<ReturnType<typeof buildApp>>;

/** The policy's directives by name. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectPageHeaders(res: LightMyRequestResponse, what: string) {
  const policy = csp(res);
  expect(policy.get('default-src'), what).toEqual(["'self'"]);
  expect(policy.get('script-src'), what).toEqual(["'self'"]);
  expect(policy.get('script-src-attr'), what).toEqual(["'none'"]);
  expect(policy.get('object-src'), what).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(policy.get('connect-src'), what).toEqual(["'self'", 'ws://localhost:80', 'wss://localhost:80']);
  expect(policy.get('img-src'), what).toEqual(expect.arrayContaining(["'self'", 'data:']));
  // lessons may point to an https video (content.dto requires https for videoUrl)
  expect(policy.get('media-src'), what).toEqual(expect.arrayContaining(["'self'", 'https:']));
  expect(policy.has('upgrade-insecure-requests'), what).toBe(false); // served over plain http here
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['strict-transport-security'], what).toBeUndefined();
  expect(res.headers['x-powered-by'], what).toBeUndefined();
}

describe(`security headers (${dbKind})`, () => {
  let database: Database;
  let built: Built;
  let webRoot: string;
  let dataDir: string;

  beforeAll(async () => {
    // A small stand-in for web/dist: the tests must not depend on a build being present.
    webRoot = mkdtempSync(join(tmpdir(), 'vg-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("app")');
    dataDir = mkdtempSync(join(tmpdir(), 'vg-data-'));
    database = await openTestDatabase();
    built = await buildApp({ database, env: testEnv({ DATA_DIR: dataDir }), logger: false, webRoot });
    await built.app.ready();
  });
  afterAll(async () => {
    await built.app.close();
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => built.app.inject({ method: 'GET', url, headers });
  async function signIn(username: string) {
    const res = await built.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    expectPageHeaders(res, 'sign-in');
    return { cookie: String(res.headers['set-cookie']).split(';')[0], csrf: res.json().csrfToken as string };
  }

  it('on the web app, its deep links and its static files', async () => {
    for (const url of ['/', '/m', '/contests/1/screen']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expectPageHeaders(res, url);
    }
    const asset = await get('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expectPageHeaders(asset, 'asset');
  });

  it('on API answers, signed in or not, and on errors', async () => {
    const { cookie } = await signIn('member');
    const me = await get('/api/v1/auth/me', { cookie });
    expect(me.statusCode).toBe(200);
    expectPageHeaders(me, 'me');
    const anonymous = await get('/api/v1/auth/me');
    expect(anonymous.statusCode).toBe(401);
    expectPageHeaders(anonymous, 'anonymous');
    const missing = await get('/api/v1/no-such-route');
    expect(missing.statusCode).toBe(404);
    expectPageHeaders(missing, 'missing');
    expectPageHeaders(await get('/healthz'), 'healthz');
  });

  it('keeps the API docs working: the docs page loads scripts from files only', async () => {
    const page = await get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expectPageHeaders(page, 'docs');
    const scripts = [...page.body.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs, 'every script of the docs page is a file').toMatch(/\bsrc="[^"]+"/);
    for (const url of [...page.body.matchAll(/src="([^"]+)"/g)].map((m) => m[1])) {
      expect(url, 'same origin').not.toMatch(/^(https?:)?\/\//);
      const file = await get(new URL(url, 'http://localhost/api/docs/').pathname);
      expect(file.statusCode, url).toBe(200);
    }
    expect((await get('/api/openapi.json')).statusCode).toBe(200);
  });

  it('lets the app frame its own PDFs, and nobody else', async () => {
    const { cookie, csrf } = await signIn('orgadmin');
    const headers = { cookie, 'x-csrf-token': csrf };
    const [{ orgId }] = (await get('/api/v1/auth/me', { cookie })).json().roles as Array<{ orgId: number }>;
    const created = await built.app.inject({ method: 'POST', url: '/api/v1/content', headers, payload: { kind: 'pdf', title: '学习手册', orgId, body: '' } });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/v1/content/${created.json().id}/media/pdf`;
    const { payload, headers: multipart } = multipartBody(sampleFiles.pdf(), 'guide.pdf', 'application/pdf');
    const uploaded = await built.app.inject({ method: 'POST', url, payload, headers: { ...headers, ...multipart } });
    expect(uploaded.statusCode, uploaded.body).toBe(200);

    const pdf = await get(url, { cookie });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    expect(pdf.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(csp(pdf).get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp(pdf).has('object-src')).toBe(false); // would stop the browser's PDF viewer
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(pdf.headers['referrer-policy']).toBe('no-referrer');
    // The route's own headers start from the page's options: no HSTS over plain http.
    expect(pdf.headers['strict-transport-security']).toBeUndefined();
  });
});

describe(`security headers over HTTPS (${dbKind})`, () => {
  it('adds HSTS and upgrade-insecure-requests when COOKIE_SECURE says the site is served over HTTPS', async () => {
    const database = await openTestDatabase();
    const built = await buildApp({ database, env: testEnv({ COOKIE_SECURE: 'true' }), logger: false });
    try {
      const res = await built.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.headers['strict-transport-security']).toBe('max-age=15552000');
      expect(csp(res).has('upgrade-insecure-requests')).toBe(true);
    } finally {
      await built.app.close();
      await database.close();
    }
  });
});
