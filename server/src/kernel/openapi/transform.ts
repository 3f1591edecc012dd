import type { FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { errorResponses, referenceSharedErrors } from './error-responses.js';
import { WIRE_TYPE } from './responses.js';
import { operationIdOf } from './operation-id.js';
import { openapiTags } from './tags.js';

type Json = Record<string, unknown>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The multipart/form-data fields of an upload route, for the OpenAPI document only (default: one file in "file"). */
    multipartDoc?: Json;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const MULTIPART_KEY = 'x-multipart-body';

/** One file in field "file": what kernel/files/uploads.ts and the import routes read. */
const oneFile = { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } };

export const securitySchemes = {
  session: { type: 'apiKey' as const, in: 'cookie', name: 'vg_sid', description: '会话 Cookie，由 POST /api/v1/auth/login 设置 · Session cookie set by POST /api/v1/auth/login' },
  csrf: {
    type: 'apiKey' as const,
    in: 'header',
    name: 'x-csrf-token',
    description: '登录时返回的 csrfToken；已登录的非 GET 请求必须携带 · The csrfToken the login returns; required with the session on every unsafe request',
  },
  citizenToken: {
    type: 'apiKey' as const,
    in: 'header',
    name: 'x-demand-token',
    description: '网上提交诉求时仅返回一次的市民凭证（citizenToken），评价答复、补充照片时携带 · The citizen secret a web submission returns once; rating the answer and adding photos need it',
  },
};

/**
 * The route schema as the document shows it: zod converted by fastify-type-provider-zod, then the rules every
 * route follows, derived here rather than written route by route: security from `config.access` (the session
 * cookie, with the CSRF header on unsafe methods), an operationId, and the multipart body of upload routes.
 */
export function openapiTransform(input: Parameters<typeof jsonSchemaTransform>[0]) {
  const route = input.route as RouteOptions;
  const given = input.schema as (FastifySchema & Json) | undefined;
  if (given && !given.hide) input = { ...input, schema: { ...given, response: { ...errorResponses(route, given), ...(given.response as Json | undefined) } } };
  const out = jsonSchemaTransform(input) as { schema: FastifySchema & Json; url: string };
  const schema = out.schema;
  if (!schema || schema.hide) return out;
  const method = (Array.isArray(route.method) ? route.method[0] : route.method).toUpperCase();
  const access = route.config?.access;
  if (!schema.security) schema.security = access === 'public' ? [] : [SAFE.has(method) ? { session: [] } : { session: [], csrf: [] }];
  const tag = (schema.tags as string[] | undefined)?.[0] ?? 'default';
  if (!schema.operationId) schema.operationId = operationIdOf(tag, method, route.url);
  const consumes = schema.consumes as string[] | undefined;
  if (consumes?.includes('multipart/form-data') || route.config?.multipartDoc) {
    schema[MULTIPART_KEY] = route.config?.multipartDoc ?? oneFile;
    if (!schema.body) delete schema.consumes;
  }
  return out;
}

/** An instant documented by kernel/dto.ts's `.meta({ format })`: zod emits it as anyOf of string forms; show one string. */
function collapseStringForms(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(collapseStringForms);
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  if (typeof o[WIRE_TYPE] === 'string') {
    o.type = o[WIRE_TYPE];
    delete o[WIRE_TYPE];
    delete o.anyOf;
    return;
  }
  // zod's .meta({ examples: [...] }) is JSON Schema; OpenAPI 3.0 schemas take one `example`.
  if (Array.isArray(o.examples)) {
    if (o.example === undefined && o.examples.length) o.example = o.examples[0];
    delete o.examples;
  }
  const anyOf = o.anyOf as Json[] | undefined;
  if (typeof o.format === 'string' && Array.isArray(anyOf) && anyOf.every((b) => b.type === 'string')) {
    delete o.anyOf;
    o.type = 'string';
  }
  Object.values(o).forEach(collapseStringForms);
}

/** OpenAPI 3.0: `nullable` does not widen an `enum`, so a nullable enum lists null itself (else null breaks its own schema, examples included). */
function nullInEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullInEnums);
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null];
  Object.values(o).forEach(nullInEnums);
}

/** OpenAPI 3.0: a nullable named schema (`nullable` beside `allOf: [{ $ref }]`) carries its type beside it. */
function typeNullableRefs(node: unknown, schemas: Json): void {
  if (Array.isArray(node)) return node.forEach((n) => typeNullableRefs(n, schemas));
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  const ref = (o.allOf as Json[] | undefined)?.[0]?.$ref;
  if (o.nullable === true && o.type === undefined && typeof ref === 'string') {
    const target = schemas[ref.replace('#/components/schemas/', '')] as Json | undefined;
    if (typeof target?.type === 'string') o.type = target.type;
  }
  Object.values(o).forEach((v) => typeNullableRefs(v, schemas));
}

/** Document-wide: tags with descriptions, the multipart bodies carried by openapiTransform, one string per instant, null in nullable enums. */
export function openapiTransformObject(input: { openapiObject: Json }) {
  // Schemas named with .meta({ id }) become components (fastify-type-provider-zod's registry).
  const doc = jsonSchemaTransformObject(input as never) as unknown as Json & { paths: Record<string, Record<string, Json>> };
  for (const path of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(path)) {
      const multipart = op[MULTIPART_KEY] as Json | undefined;
      if (!multipart) continue;
      delete op[MULTIPART_KEY];
      const body = (op.requestBody as { content: Json } | undefined) ?? { required: true, content: {} as Json };
      body.content['multipart/form-data'] = { schema: multipart };
      op.requestBody = body;
    }
  }
  collapseStringForms(doc.paths);
  collapseStringForms(doc.components);
  nullInEnums(doc.paths);
  nullInEnums(doc.components);
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  typeNullableRefs(doc.paths, schemas);
  typeNullableRefs(doc.components, schemas);
  referenceSharedErrors(doc);
  dropUnusedSchemas(doc);
  return { ...doc, tags: openapiTags.map((t) => ({ ...t })) };
}

/** The registry also emits an input form of every named schema (e.g. ErrorInput); keep only the referenced ones. */
function dropUnusedSchemas(doc: Json & { components?: { schemas?: Json } }): void {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const used = new Set<string>();
  const visit = (node: unknown) => {
    const text = JSON.stringify(node);
    for (const m of text.matchAll(/#\/components\/schemas\/([^"]+)"/g)) {
      if (used.has(m[1])) continue;
      used.add(m[1]);
      visit(schemas[m[1]]);
    }
  };
  visit(doc.paths);
  visit((doc.components as Json).responses);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
