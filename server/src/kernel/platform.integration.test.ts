import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../test/harness.js';
import { parseEnv } from './env.js';

describe(`platform endpoints (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /healthz answers 200 when the database answers', async () => {
    const res = await t.anonymous().get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('GET /metrics serves Prometheus text with request counters', async () => {
    await t.anonymous().get('/healthz');
    const res = await t.anonymous().get('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
  });

  it('serves the OpenAPI 3 document and the docs UI', async () => {
    const doc = await t.anonymous().get('/api/openapi.json');
    expect(doc.json().openapi).toMatch(/^3\./);
    expect(doc.json().paths['/api/v1/auth/login'].post).toBeDefined();
    const ui = await t.anonymous().get('/api/docs/');
    expect(ui.statusCode).toBe(200);
  });

  it('bad input → 400 naming the field, in Chinese by default and English on request', async () => {
    const zh = await t.anonymous().post('/api/v1/auth/login', { username: 'admin', password: 42 });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('validation_failed');
    expect(zh.json().error.details.map((d: { field: string }) => d.field)).toContain('body.password');
    expect(zh.json().error.message).toBe('输入校验未通过');
    const en = await t.anonymous().request({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin' }, headers: { 'accept-language': 'en-US' } });
    expect(en.json().error.message).toBe('Validation failed');
  });

  it('unknown API path → 404 with the error body', async () => {
    const res = await t.anonymous().get('/api/v1/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('env validation', () => {
  it('applies defaults that make a fresh start work', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
  });

  it('refuses a bad value with the variable name and exits non-zero', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow();
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Invalid environment variable PORT');
  });
});
