import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

// NUL cannot be stored in PostgreSQL text or jsonb; a lone UTF-16 surrogate is not Unicode text at all.
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path (`body.items.0.name`) of the first string or key holding NUL or a lone surrogate, if any. */
export function unsafeTextField(root: unknown, rootName: string): string | null {
  // Iterative: a deeply nested JSON body must not overflow the stack.
  const stack: Array<[unknown, string]> = [[root, rootName]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (UNSAFE.test(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object') {
      // Bytes, streams and dates are not text (the query parser's objects have a null-prototype prototype: walk them).
      if (ArrayBuffer.isView(value) || value instanceof Date || typeof (value as { pipe?: unknown }).pipe === 'function') continue;
      for (const [k, v] of Object.entries(value)) {
        if (UNSAFE.test(k)) return `${path}.${k.replace(UNSAFE, '?')}`;
        stack.push([v, `${path}.${k}`]);
      }
    }
  }
  return null;
}

/**
 * Global preHandler hook: path parameters, query and body may not hold NUL or lone surrogates.
 * Runs for every route, with or without a schema (form-encoded Open311, sign-in), before any handler sees the text;
 * as a preHandler it also sees a body that a route's own preValidation took from a multipart field. File parts are read
 * later, by the handler, and are not text.
 */
export async function refuseUnsafeText(req: FastifyRequest) {
  for (const [name, value] of [
    ['params', req.params],
    ['querystring', req.query],
    ['body', req.body],
  ] as const) {
    const field = unsafeTextField(value, name);
    if (field) throw new AppError('validation_failed', [{ field, message: 'text must not contain NUL characters or lone surrogates' }]);
  }
}
