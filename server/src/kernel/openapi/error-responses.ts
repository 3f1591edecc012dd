import type { RouteOptions } from 'fastify';
import { errorOut } from './responses.js';

type Json = Record<string, unknown>;

/**
 * The error answers every route can give, from what it declares: 400 when it takes input, 401/403 when it needs a
 * session, 404 for a path id, 429 when rate-limited, and any other error as `default`. Each is the shared error body.
 */
export function errorResponses(route: RouteOptions, schema: Json): Record<string, unknown> {
  const access = route.config?.access;
  const codes: string[] = [];
  if (schema.body || schema.querystring || schema.params || schema.consumes) codes.push('400');
  if (access !== 'public') codes.push('401', '403');
  if (schema.params) codes.push('404');
  if (route.config?.rateLimit) codes.push('429');
  codes.push('default');
  return Object.fromEntries(codes.map((code) => [code, errorOut.describe(sharedErrors[code].description)]));
}

/** The shared error answers, by status: each is written once under components.responses and referenced by name. */
export const sharedErrors: Record<string, { name: string; description: string }> = {
  '400': { name: 'BadRequest', description: '请求有误 · Bad request' },
  '401': { name: 'Unauthenticated', description: '未登录或会话已过期 · Not signed in' },
  '403': { name: 'Forbidden', description: '没有权限 · Forbidden' },
  '404': { name: 'NotFound', description: '记录不存在或不在权限范围内 · Not found, or outside the caller’s scope' },
  '429': { name: 'RateLimited', description: '请求过于频繁 · Too many requests' },
  default: { name: 'OtherError', description: '其他错误 · Any other error' },
};

const ERROR_REF = '#/components/schemas/Error';

/** Replaces each operation's copy of a shared error answer by a reference to one entry of components.responses. */
export function referenceSharedErrors(doc: Json & { paths: Record<string, Record<string, Json>>; components?: Json }): void {
  const used = new Set<string>();
  for (const path of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(path)) {
      const responses = op.responses as Record<string, Json> | undefined;
      for (const [code, shared] of Object.entries(sharedErrors)) {
        const r = responses?.[code] as { description?: string; content?: Record<string, { schema?: { allOf?: { $ref?: string }[] } }> } | undefined;
        if (r?.description !== shared.description || r.content?.['application/json']?.schema?.allOf?.[0]?.$ref !== ERROR_REF) continue;
        responses![code] = { $ref: `#/components/responses/${shared.name}` };
        used.add(code);
      }
    }
  }
  const components = (doc.components ??= {}) as Json;
  components.responses = {
    ...(components.responses as Json | undefined),
    ...Object.fromEntries(
      [...used].map((code) => [sharedErrors[code].name, { description: sharedErrors[code].description, content: { 'application/json': { schema: { $ref: ERROR_REF } } } }]),
    ),
  };
}
