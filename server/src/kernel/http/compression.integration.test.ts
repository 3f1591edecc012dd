import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, openTestDatabase, testEnv } from '../../../../test/harness.js';
import { buildApp, withPreloads } from '../../app.js';
import { memberHomeReads } from '../../../../common/member-home.js';
import type { Database } from '../db/client.js';
import { precompressDir } from '../../../../web/build/precompress.js';

type Built = Awaited<ReturnType<typeof buildApp>>;

/** What a browser gets: assets precompressed at build time and cached for good when hashed, JSON compressed on the fly. */
describe(`compression and asset caching (${dbKind})`, () => {
  let database: Database;
  let built: Built;
  let webRoot: string;
  let dataDir: string;
  const script = `console.log(${JSON.stringify('青春之岛先锋平台 '.repeat(400))});\n`;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'vg-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), `<!doctype html><html><head><script type="module" src="/assets/index-Ab3dE9_x.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`);
    writeFileSync(join(webRoot, 'citizen.html'), `<!doctype html><html><head><script type="module" src="/assets/citizen-Cd4eF6_y.js"></script></head><body>${'<p></p>'.repeat(200)}</body></html>`);
    writeFileSync(join(webRoot, 'assets', 'index-Ab3dE9_x.js'), script);
    writeFileSync(join(webRoot, 'assets', 'tiny-Zz9yY8xX.js'), 'export {};');
    const made = precompressDir(webRoot);
    expect(made.files).toBe(3); // the two pages and the script; the tiny file is not worth it
    expect(existsSync(join(webRoot, 'assets', 'tiny-Zz9yY8xX.js.br'))).toBe(false);
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

  it('sends the brotli or gzip file built beside a hashed asset, cached for a year', async () => {
    const br = await get('/assets/index-Ab3dE9_x.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/index-Ab3dE9_x.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-Ab3dE9_x.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates the pages (a release shows at once), also as the fallback of a client route: citizen.html for a citizen page', async () => {
    const pages: [string, string][] = [
      ['/', 'index.html'],
      ['/m', 'index.html'],
      ['/m/points?x=1', 'index.html'],
      ['/c/submit', 'citizen.html'],
      ['/c/track/AB12CD?lang=en', 'citizen.html'],
      ['/c/other', 'index.html'],
    ];
    for (const [url, page] of pages) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(readFileSync(join(webRoot, page), 'utf8'));
    }
  });

  it("names the member home's first reads in its page for a signed-in phone, after the scripts", async () => {
    const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
    for (const url of ['/m', '/m/']) {
      const res = await get(url, { cookie: 'vg_sid=some-session' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      const html = res.body;
      expect(html, url).toBe(withPreloads(index, memberHomeReads));
      expect(html.indexOf('<link rel="preload" href="/api/v1/points/me?page=1&amp;pageSize=5" as="fetch" crossorigin="anonymous">')).toBeGreaterThan(html.indexOf('<script'));
    }
    // Nobody signed in (the page sends them to sign in), or another page: the plain page.
    expect((await get('/m')).body).toBe(index);
    expect((await get('/m/points', { cookie: 'vg_sid=some-session' })).body).toBe(index);
  });

  it('compresses a large JSON answer for a client that accepts it, and leaves small ones alone', async () => {
    const doc = await get('/api/openapi.json', { 'accept-encoding': 'br, gzip' });
    expect(doc.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(doc.rawPayload).toString()).openapi).toBe('3.0.3');
    const gz = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString()).paths).toBeTypeOf('object');
    const small = await get('/healthz', { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().status).toBe('ok');
  });
});
