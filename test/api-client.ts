import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../web/src/api/openapi.js';

/**
 * The API as the web app sees it (types generated from the OpenAPI document), for code running in Node against a
 * real server: e2e journeys and benches setting up data or reading answers. `tsc` checks every path, parameter,
 * body and answer against the server's schemas, as it does for the pages.
 */
export type ApiClient = Client<paths>;

/** A signed-in client and what a raw request needs to act as the same user (load tools, uploads). */
export interface Session {
  api: ApiClient;
  cookie: string;
  csrfToken: string;
}

/** A client of `base` (`http://127.0.0.1:3000`); with a session, its cookie and CSRF header go on every request. */
export function apiClient(base: string, session?: { cookie: string; csrfToken: string }): ApiClient {
  return createClient<paths>({ baseUrl: base, headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {} });
}

/** Signs in through /api/v1/auth/login (a failed sign-in throws, with the server's answer). */
export async function signIn(base: string, username: string, password = 'Vanguard@2026'): Promise<Session> {
  const { data, error, response } = await apiClient(base).POST('/api/v1/auth/login', { body: { username, password } });
  if (!response.ok || !data) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(error)}`);
  const { csrfToken } = data;
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return { api: apiClient(base, { cookie, csrfToken }), cookie, csrfToken };
}

/**
 * The answer of a call that must succeed, with `status` when given: `await ok(api.GET('/api/v1/auth/me'))`.
 * Anything else throws with the path, status and the server's error.
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, status?: number): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok || (status !== undefined && response.status !== status)) {
    const where = `${new URL(response.url).pathname}`;
    throw new Error(`${where}: ${response.status}${status ? ` (expected ${status})` : ''} ${JSON.stringify(error)}`);
  }
  return data as T;
}
