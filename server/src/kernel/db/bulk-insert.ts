import { sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { textArray } from './array-literals.js';

/** Column types a bulk insert carries; jsonb and int[] cannot be nested in an array, so they travel as text and are cast back. */
export type BulkType = 'int' | 'text' | 'numeric' | 'boolean' | 'timestamptz' | 'jsonb' | 'int[]' | 'text[]';
type BulkValue = string | number | boolean | Date | readonly number[] | readonly string[] | Record<string, unknown> | null | undefined;

/** A column of a bulk insert: its name, its PostgreSQL type, and how to read it from a row (and the row's place in `data`). */
export type BulkColumn<T> = [name: string, type: BulkType, value: (row: T, index: number) => BulkValue];

const asText = (v: BulkValue, type: BulkType): string | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (type === 'int[]') return `{${(v as readonly number[]).join(',')}}`;
  if (type === 'text[]') return `{${(v as readonly string[]).map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  if (type === 'jsonb') return JSON.stringify(v);
  return String(v);
};

/**
 * INSERT … SELECT FROM unnest(arrays): one parameter per column instead of one per value, which is what makes
 * tens of thousands of rows take seconds on PGlite.
 */
export async function bulkInsert<T>(tx: Db, table: string, columns: BulkColumn<T>[], data: T[], chunk = 5000) {
  const carried = (type: BulkType) => (type === 'jsonb' || type === 'int[]' || type === 'text[]' ? 'text' : type);
  for (let i = 0; i < data.length; i += chunk) {
    const part = data.slice(i, i + chunk);
    const arrays = columns.map(([, type, value]) => sql`${textArray(part.map((row, k) => asText(value(row, i + k), type)))}::${sql.raw(carried(type))}[]`);
    const names = columns.map((_, k) => `c${k}`);
    const casts = columns.map(([, type], k) => sql.raw(`u.c${k}::${type}`));
    await tx.execute(
      sql`INSERT INTO ${sql.identifier(table)} (${sql.join(columns.map(([name]) => sql.identifier(name)), sql`, `)})
          SELECT ${sql.join(casts, sql`, `)} FROM unnest(${sql.join(arrays, sql`, `)}) AS ${sql.raw(`u(${names.join(', ')})`)}`,
    );
  }
}
