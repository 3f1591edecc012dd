import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { safeEncode, $ZodType } from 'zod/v4/core';
import { isFileResponse } from './responses.js';

export type ResponseCheck = 'strict' | 'lenient';

/** A response that does not match its declared schema, in strict mode (tests, development). */
export class ResponseMismatchError extends Error {
  constructor(
    readonly route: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super(`response of ${route} does not match its schema: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

/**
 * Serialises every JSON answer through its zod response schema: fields the schema does not name are dropped (so a
 * query that selects too much cannot leak it) and the answer is checked against the documented contract.
 * `strict` (tests, development) fails the request on a mismatch so drift shows at once; `lenient` (production)
 * logs the mismatch (paths only, never values) and sends the answer as it is, rather than failing a user.
 */
export function responseSerializer(mode: ResponseCheck, warn: (msg: string, route: string, issues: unknown) => void): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    const route = `${method} ${url}`;
    if (!(schema instanceof $ZodType)) {
      if (isFileResponse(schema)) return (data) => JSON.stringify(data);
      throw new Error(`${route}: a response schema must be zod (kernel/openapi/responses.ts) or fileOut(...)`);
    }
    return (data) => {
      const result = safeEncode(schema, data);
      if (!result.error) return JSON.stringify(result.data);
      const issues = result.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }));
      if (mode === 'strict') throw new ResponseMismatchError(route, issues);
      warn('response does not match its schema', route, issues);
      return JSON.stringify(data);
    };
  };
}
