import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` (and `serial`) column. */
export const INT4_MAX = 2_147_483_647;

/** A row id held in an `integer`/`serial` column, in a JSON body. */
export const rowId = z.number().int().min(1).max(INT4_MAX);
/** The same id from a path or query string. */
export const rowIdParam = z.coerce.number().int().min(1).max(INT4_MAX);
/** A row id held in a `bigint` identity column (kept within JavaScript's exact integers). */
export const bigRowId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const bigRowIdParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** `/:id` of an `integer` id. */
export const idParams = z.object({ id: rowIdParam });

// Years 1–9999: a real calendar date that both JavaScript and PostgreSQL can hold (PostgreSQL has no year 0).
const inYears = (year: number) => year >= 1 && year <= 9999;

/** A real calendar day, YYYY-MM-DD (2026-02-30 and 2026-13-45 are refused). */
export const isoDay = z.iso.date().refine((s) => inYears(Number(s.slice(0, 4))), 'a date between 0001-01-01 and 9999-12-31');

/** A real month, YYYY-MM. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .refine((s) => inYears(Number(s.slice(0, 4))), 'a month between 0001-01 and 9999-12');

/**
 * An instant as an ISO 8601 string — a day (midnight UTC), a date-time with offset, or a local date-time —
 * parsed to a Date. Unlike z.coerce.date(), a date that does not exist (2026-02-30T10:00Z) is refused, not rolled over.
 */
export const isoInstant = z
  .union([isoDay, z.iso.datetime({ offset: true, local: true })])
  .refine((s) => inYears(Number(s.slice(0, 4))), 'a date between 0001-01-01 and 9999-12-31')
  .transform((s) => new Date(s))
  .meta({ format: 'date-time', description: 'ISO 8601：带或不带时区的日期时间，或日期（UTC 零点）· a date-time, with or without offset, or a day (midnight UTC)' });

/** A day or an instant, kept as the string it came as. */
export const dayOrInstant = z
  .union([isoDay, z.iso.datetime({ offset: true }).refine((s) => inYears(Number(s.slice(0, 4))))])
  .meta({ format: 'date-time', description: 'ISO 8601：日期时间或日期 · a date-time or a day (YYYY-MM-DD)' });
