import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from './harness.js';
import { getPermission } from '../server/src/kernel/access/permissions.js';
import { roles, type Role } from '../server/src/kernel/access/roles.js';
import type { RouteInfo } from '../server/src/app.js';

/** The demo account holding each role (seed/demo-city.ts). */
const accountOf: Record<Role, string> = {
  committee_admin: 'admin',
  org_admin: 'orgadmin',
  branch_secretary: 'secretary',
  member: 'member',
  community_staff: 'community',
  handler: 'handler',
  entrepreneur: 'entrepreneur',
  reviewer: 'reviewer',
};

// Ids that do not exist, so an allowed request cannot change demo data.
const concreteUrl = (url: string) => url.replace(/:[A-Za-z]+/g, '987654321');

function expectedAllowed(route: RouteInfo, heldRoles: Role[]): boolean {
  if (route.access === 'public' || route.access === 'session') return true;
  if (!route.access) return false;
  const def = getPermission(route.access.permission);
  return heldRoles.some((r) => def.roles.includes(r));
}

/**
 * Every registered API route × every role: the guard must allow exactly the roles
 * the permission registry names. New routes are covered without editing this file.
 */
type Client = ReturnType<TestApp['anonymous']>;

describe(`authorization matrix (${dbKind})`, () => {
  let t: TestApp;
  let apiRoutes: RouteInfo[];
  /** Routes that answer an event stream (it never ends): read up to the status and the first bytes, then hang up. */
  let streaming: Set<string>;
  const keyOf = (r: RouteInfo) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`;

  async function send(client: Client, r: RouteInfo): Promise<{ statusCode: number; body: string }> {
    const opts = { method: r.method as 'GET', url: concreteUrl(r.url), payload: r.method === 'GET' ? undefined : {} };
    if (!streaming.has(keyOf(r))) return client.request(opts);
    const res = await client.request({ ...opts, payloadAsStream: true });
    const stream = res.stream();
    if (res.statusCode === 200) {
      stream.destroy();
      return { statusCode: 200, body: '' };
    }
    let body = '';
    for await (const chunk of stream) body += String(chunk);
    return { statusCode: res.statusCode, body };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.anonymous().get('/api/openapi.json')).json() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
    streaming = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([, op]) => op.responses?.['200']?.content?.['text/event-stream'])
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      ),
    );
    // logout last: it ends the session used for the other routes
    apiRoutes = t.routes
      .filter((r) => r.url.startsWith('/api/v1/'))
      .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
  });
  afterAll(() => t.close());

  it('every API route declares its access rule and appears in the OpenAPI document', async () => {
    const browserRedirects = new Set(['GET /api/v1/auth/oidc/start', 'GET /api/v1/auth/oidc/callback']);
    expect(apiRoutes.length).toBeGreaterThan(3);
    const doc = (await t.anonymous().get('/api/openapi.json')).json();
    for (const r of apiRoutes) {
      expect(r.access, `${r.method} ${r.url} has no access config`).toBeDefined();
      const openApiPath = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
      // The identity provider's redirects are steps of a browser sign-in, not calls a client makes: left out of the document.
      if (browserRedirects.has(`${r.method} ${r.url}`)) {
        expect(doc.paths[openApiPath], `${r.method} ${r.url} is a browser redirect`).toBeUndefined();
        continue;
      }
      expect(doc.paths[openApiPath]?.[r.method.toLowerCase()], `${r.method} ${r.url} missing from OpenAPI`).toBeDefined();
    }
  });

  it('refuses every non-public route without a session', async () => {
    const anon = t.anonymous();
    for (const r of apiRoutes.filter((x) => x.access !== 'public')) {
      const res = await send(anon, r);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  for (const role of roles) {
    it(`${role}: allowed exactly where the registry says`, async () => {
      const client = await t.login(accountOf[role]);
      expect(streaming.size, 'the figures stream is recognised').toBeGreaterThan(0);
      const held = (await client.get('/api/v1/auth/me')).json().roles.map((x: { role: Role }) => x.role) as Role[];
      expect(held).toContain(role);
      const mismatches: string[] = [];
      for (const r of apiRoutes) {
        const res = await send(client, r);
        const denied = res.statusCode === 403 && JSON.parse(res.body).error?.code === 'forbidden';
        const allowed = expectedAllowed(r, held);
        if (allowed === denied) mismatches.push(`${r.method} ${r.url}: expected ${allowed ? 'allow' : 'deny'}, got ${res.statusCode}`);
        if (!allowed) continue;
        expect(res.statusCode, `${r.method} ${r.url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
