import type { Readable } from 'node:stream';
import { z } from 'zod';

/** What a file answer's handler sends. */
type FileBody = Buffer | Readable | string;

/**
 * The vocabulary of response schemas. A route's `schema.response` names what it answers with these and plain zod;
 * the serializer (./serializer.ts) checks every answer against it and strips what it does not name.
 */

/**
 * An instant as the database gives it (a Date, or an ISO string a query built), sent as an ISO 8601 date-time.
 * JSON.stringify turns a Date into its UTC ISO form, so no conversion is needed.
 */
export const instantOut = z.union([z.date(), z.string()]).meta({ format: 'date-time' });

/** A calendar day, YYYY-MM-DD, as the database's `date` columns are read (strings). */
export const dayOut = z.string().meta({ format: 'date' });

/** Marks a schema whose JSON form differs from its runtime form: the document shows this type (see transform.ts). */
export const WIRE_TYPE = 'x-wire-type';

/**
 * A count or sum as the database returns it — a number, or the text of a `bigint`/`numeric` — sent as a number.
 * (A codec: responses are encoded from the runtime value to the wire value.)
 */
export const countOut = z
  .codec(z.number(), z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]), { decode: (n) => n, encode: (v) => Number(v) })
  .meta({ [WIRE_TYPE]: 'number' });

/** A `bigint`/`bigserial` column (an id): a number on PGlite, text from node-postgres; sent as a number. */
export const int8Out = z
  .codec(z.number().int(), z.union([z.number().int(), z.string().regex(/^-?\d+$/)]), { decode: (n) => n, encode: (v) => Number(v) })
  .meta({ [WIRE_TYPE]: 'integer' });

/** One page of a list: what every paginated list answers. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** A list without paging. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** `{ ok: true }` of a command that answers nothing else. */
export const okOut = z.object({ ok: z.literal(true) });

/** The shared error body of every 4xx/5xx answer (kernel/errors.ts errorBody). */
export const errorOut = z
  .object({
    error: z.object({
      code: z.string().meta({ description: '错误码，见 kernel/errors.ts · the error code' }),
      message: z.string().meta({ description: '按 Accept-Language 的说明 · the message in the caller’s language' }),
      message_zh: z.string(),
      message_en: z.string(),
      details: z.unknown().meta({ description: '字段错误 [{ field, message }] 或其他细节，可为 null · field issues or other details, may be null' }),
    }),
  })
  .meta({ id: 'Error', description: '错误 · An error' });

/**
 * A response that is not JSON (a workbook, a calendar, an image): documented with its content type; the route
 * sends a Buffer or a stream, which Fastify does not serialise.
 */
export const fileOut = (contentType: string | string[], description: string) => ({
  description,
  content: Object.fromEntries(
    // Typed as what the handler sends (a Buffer, a stream or text); documented as a binary string.
    (Array.isArray(contentType) ? contentType : [contentType]).map((t) => [t, { schema: z.string().meta({ format: 'binary' }) as unknown as z.ZodType<FileBody> }]),
  ),
});

/** Marks a schema (built by fileOut) as a non-JSON body for the serializer. */
export const isFileResponse = (schema: unknown): boolean =>
  !!schema && typeof schema === 'object' && 'content' in schema && !('_zod' in schema) && !Object.keys((schema as { content: object }).content).some((t) => t.includes('json'));

/** Where a programme an admin sees comes from (kernel/access/scope.ts `originOf`). */
export const originOut = z.enum(['own', 'city', 'above']).meta({
  id: 'ProgrammeOrigin',
  description: 'own：本组织（及下级）组织，可编辑；city：市级；above：上级组织——后两者因本组织人员参与而可见，只读，成绩仅含本组织人员 · own: organised in scope (editable); city / above: organised higher up, shown because own people take part, read-only, results list own people only',
});
