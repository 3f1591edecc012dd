import { z } from 'zod';

/**
 * The fields of a create body for a PATCH: defaults removed, so a field left out stays as it is (zod applies a
 * default even under `.partial()`, which would silently reset what the caller did not send).
 */
export function patchFields<T extends z.ZodRawShape>(shape: T) {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v])) as { [K in keyof T]: T[K] extends z.ZodDefault<infer I> ? I : T[K] };
}
