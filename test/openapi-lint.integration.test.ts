import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from './harness.js';

/**
 * The served OpenAPI document, linted by the pinned Redocly CLI with the committed redocly.yaml (recommended rules):
 * no error allowed. Also the rules the document follows for its clients: security from each route's access rule,
 * the CSRF header with the session on unsafe methods, unique operationIds, instants and days as formatted strings,
 * multipart bodies of upload routes.
 */
type Op = { operationId?: string; security?: Record<string, string[]>[]; requestBody?: { content: Record<string, { schema: Record<string, any> }> }; responses: Record<string, unknown> };
const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];
const root = join(import.meta.dirname, '..');

describe(`OpenAPI document (${dbKind})`, () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Op>>; tags?: { name: string; description?: string }[]; components?: { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> } };
  const ops = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).filter(([m]) => methods.includes(m)).map(([m, op]) => ({ key: `${m.toUpperCase()} ${path}`, method: m, op })));

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.anonymous().get('/api/openapi.json')).json();
  });
  afterAll(() => t.close());

  it('passes redocly lint with no error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vg-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const bin = join(root, 'node_modules', '.bin', 'redocly');
      // Exits non-zero when it finds errors: the report on stdout is what is read either way. No usage report, no update check.
      const out = await promisify(execFile)(bin, ['lint', file, '--config', join(root, 'redocly.yaml'), '--format=json', '--max-problems=100000'], { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } })
        .then((r) => r.stdout)
        .catch((err: { stdout?: string }) => err.stdout ?? '');
      const report = JSON.parse(out) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] };
      const byRule: Record<string, number> = {};
      for (const p of report.problems) byRule[`${p.severity} ${p.ruleId}`] = (byRule[`${p.severity} ${p.ruleId}`] ?? 0) + 1;
      console.log(`redocly lint: ${report.totals.errors} errors, ${report.totals.warnings} warnings`, byRule);
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every operation has a unique module.verbNoun operationId under a described tag', () => {
    const ids = ops().map((o) => o.op.operationId);
    expect(ids.length).toBeGreaterThan(100);
    for (const { key, op } of ops()) expect(op.operationId, key).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
    const seen = new Map<string, string[]>();
    for (const { key, op } of ops()) seen.set(op.operationId!, [...(seen.get(op.operationId!) ?? []), key]);
    expect([...seen].filter(([, keys]) => keys.length > 1)).toEqual([]);
    const described = new Set((doc.tags ?? []).filter((tag) => tag.description).map((tag) => tag.name));
    for (const { key, op } of ops()) for (const tag of (op as { tags?: string[] }).tags ?? []) expect(described.has(tag), `${key}: tag ${tag}`).toBe(true);
  });

  it('security follows each route access rule: the session cookie, with the CSRF header on unsafe methods; the citizen secret where a citizen changes a demand', () => {
    // A citizen's own demand: rating and photos need the secret of the submission; the tracking page reads with or without it.
    const citizenSecret: Record<string, unknown[]> = {
      'GET /api/v1/public/demands/:trackingCode': [{}, { citizenToken: [] }],
      'GET /api/v1/public/demands/:trackingCode/photos/:photoId': [{}, { citizenToken: [] }],
      'POST /api/v1/public/demands/:trackingCode/rating': [{ citizenToken: [] }],
      'POST /api/v1/public/demands/:trackingCode/photos': [{ citizenToken: [] }],
    };
    const api = t.routes.filter((r) => r.url.startsWith('/api/v1/') || r.url.startsWith('/open311/'));
    expect(api.length).toBeGreaterThan(100);
    for (const r of api) {
      const op = doc.paths[r.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[r.method.toLowerCase()];
      if (!op) continue; // hidden from the document
      const safe = ['GET', 'HEAD', 'OPTIONS'].includes(r.method);
      const expected = citizenSecret[`${r.method} ${r.url}`] ?? (r.access === 'public' ? [] : [safe ? { session: [] } : { session: [], csrf: [] }]);
      expect(op.security, `${r.method} ${r.url}`).toEqual(expected);
    }
  });

  it('instants are date-time strings and days are date strings', () => {
    const body = (path: string, method = 'post') => doc.paths[path][method].requestBody!.content['application/json'].schema.properties;
    const activity = body('/api/v1/activities');
    expect(activity.startsAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(activity.startsAt.anyOf).toBeUndefined();
    expect(activity.signupOpensAt).toMatchObject({ type: 'string', format: 'date-time', nullable: true });
    expect(body('/api/v1/contests').rounds.items.properties.opensAt).toMatchObject({ type: 'string', format: 'date-time', nullable: true });
    expect(body('/api/v1/people').birthDate).toMatchObject({ type: 'string', format: 'date' });
  });

  it('upload routes document their multipart body, Open311 its form fields and the 201 it answers', () => {
    const multipart = (path: string) => doc.paths[path].post.requestBody?.content['multipart/form-data']?.schema;
    for (const path of ['/api/v1/activities/{id}/photos', '/api/v1/content/{id}/media/{slot}', '/api/v1/me/practice/reports/{id}/attachments', '/api/v1/public/demands/{trackingCode}/photos', '/api/v1/roster/import', '/api/v1/learning/questions/import']) {
      expect(multipart(path), path).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
    }
    expect(multipart('/api/v1/public/demands')).toMatchObject({ properties: { data: { type: 'string' }, photos: { items: { format: 'binary' } } } });
    expect(doc.paths['/api/v1/public/demands'].post.requestBody!.content['application/json']).toBeDefined();
    const create = doc.paths['/open311/v2/{file}'].post;
    expect(create.requestBody!.content['application/x-www-form-urlencoded'].schema.required).toContain('api_key');
    expect(Object.keys(create.responses)).toContain('201');
    expect(Object.keys(create.responses)).not.toContain('200');
  });

  it('every operation documents its success answer (a JSON schema, or the content type of a file) and the shared error body', () => {
    const missing: string[] = [];
    for (const { key, op } of ops()) {
      const success = Object.entries(op.responses).filter(([code]) => /^2\d\d$/.test(code));
      const documented = success.some(([code, r]) => {
        if (code === '204') return true;
        const content = (r as { content?: Record<string, { schema?: Record<string, unknown> }> }).content ?? {};
        return Object.values(content).some((c) => c.schema && Object.keys(c.schema).length > 0);
      });
      // The live contest's socket answers plain HTTP only with 426 (documented); it speaks over the upgraded connection.
      if (!documented && !key.endsWith('/ws')) missing.push(key);
      // Open311 keeps GeoReport's own error list ([{ code, description }]); every other route the shared body,
      // written once under components.responses.
      if (key.includes(' /open311/')) {
        const own = (op.responses.default as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']?.schema;
        expect(own, key).toMatchObject({ type: 'array' });
      } else {
        const ref = (op.responses.default as { $ref?: string } | undefined)?.$ref ?? '';
        const shared = doc.components?.responses?.[ref.replace('#/components/responses/', '')];
        expect(shared?.content?.['application/json']?.schema?.$ref, key).toBe('#/components/schemas/Error');
      }
    }
    expect(missing).toEqual([]);
    // Documented as what goes over the wire: no marker of a runtime form is left, no JSON Schema `examples` list.
    const text = JSON.stringify(doc);
    expect(text).not.toContain('x-wire-type');
    expect(text).not.toMatch(/"examples":\[/);
  });
});
