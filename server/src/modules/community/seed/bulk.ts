import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';

/** A column of a bulk insert: its name, its PostgreSQL type, and how to read it from a row. */
export type BulkColumn<T> = [name: string, type: 'int' | 'text' | 'numeric' | 'timestamptz', value: (row: T) => string | number | Date | null | undefined];

function arrayLiteral(values: Array<string | number | Date | null | undefined>): string {
  const items = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${(v instanceof Date ? v.toISOString() : String(v)).replace(/[\\"]/g, (m) => `\\${m}`)}"`));
  return `{${items.join(',')}}`;
}

/**
 * INSERT … SELECT FROM unnest(arrays): one parameter per column instead of one per value, which is what makes
 * tens of thousands of rows take seconds on PGlite. Scalar columns only.
 */
export async function bulkInsert<T>(tx: Db, table: string, columns: BulkColumn<T>[], data: T[], chunk = 5000) {
  for (let i = 0; i < data.length; i += chunk) {
    const part = data.slice(i, i + chunk);
    const arrays = columns.map(([, type, value]) => sql`${arrayLiteral(part.map(value))}::${sql.raw(type)}[]`);
    await tx.execute(
      sql`INSERT INTO ${sql.identifier(table)} (${sql.join(columns.map(([name]) => sql.identifier(name)), sql`, `)}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)})`,
    );
  }
}
