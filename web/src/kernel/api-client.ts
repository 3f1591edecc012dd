import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../api/openapi';
import { common, getLang } from './i18n.js';
import { ApiError, getCsrfToken, notifyUnauthenticated, toError } from './api.js';

/**
 * The API client typed by the generated document (web/src/api/openapi.ts): every path, parameter, body and answer
 * is checked by tsc against the server's schemas. Same rules as api.ts: the caller's language, the CSRF token on
 * unsafe requests, an ApiError on any failure, and a lost session sends the user to sign in.
 */
const conventions: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    request.headers.set('accept-language', getLang() === 'en' ? 'en' : 'zh-CN');
    const token = getCsrfToken();
    if (!['GET', 'HEAD'].includes(request.method) && token) request.headers.set('x-csrf-token', token);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const err = await toError(response);
    const path = new URL(request.url).pathname;
    if (response.status === 401 && path !== '/api/v1/auth/login' && path !== '/api/v1/auth/me') notifyUnauthenticated();
    throw err;
  },
  onError() {
    return new ApiError(0, 'network', common.networkError, null);
  },
};

export const client = createClient<paths>({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin, credentials: 'same-origin' });
client.use(conventions);

/** The answer of a call whose failures throw (see the middleware): `const d = await unwrap(client.GET(...))`. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data: body } = await call;
  return body as T;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** What an operation answers on success: `Answer<'/api/v1/demands/{id}', 'get'>`. */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? JsonOf<R extends { 200: infer A } ? A : R extends { 201: infer A } ? A : never>
  : never;

/** What an operation takes as its JSON body. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters of an operation. */
export type Query<P extends keyof paths, M extends Method> = paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A schema the server names (`.meta({ id })`). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];
