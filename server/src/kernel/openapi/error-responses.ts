import type { RouteOptions } from 'fastify';
import { errorOut } from './responses.js';

type Json = Record<string, unknown>;

/**
 * The error answers every route can give, from what it declares: 400 when it takes input, 401/403 when it needs a
 * session, 404 for a path id, 429 when rate-limited, and any other error as `default`. Each is the shared error body.
 */
export function errorResponses(route: RouteOptions, schema: Json): Record<string, unknown> {
  const access = route.config?.access;
  const out: Record<string, unknown> = {};
  if (schema.body || schema.querystring || schema.params || schema.consumes) out[400] = errorOut.describe('请求有误 · Bad request');
  if (access !== 'public') {
    out[401] = errorOut.describe('未登录或会话已过期 · Not signed in');
    out[403] = errorOut.describe('没有权限 · Forbidden');
  }
  if (schema.params) out[404] = errorOut.describe('记录不存在或不在权限范围内 · Not found, or outside the caller’s scope');
  if (route.config?.rateLimit) out[429] = errorOut.describe('请求过于频繁 · Too many requests');
  out.default = errorOut.describe('其他错误 · Any other error');
  return out;
}
