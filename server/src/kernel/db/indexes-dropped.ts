import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from './client.js';
import { textArray } from './array-literals.js';

/**
 * Runs a bulk load with the named indexes dropped and builds them again from their own definitions afterwards, all in
 * one transaction: one sorted build per index instead of an index insert per row. For loads into a table nobody reads
 * meanwhile (the first seed); a failure leaves the indexes as they were.
 */
export async function withIndexesDropped<T>(db: Db, indexes: string[], work: (tx: Db) => Promise<T>): Promise<T> {
  return transaction(db, async (tx) => {
    const defs = await rows<{ name: string; def: string }>(
      tx,
      sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY(${textArray(indexes)}::text[])`,
    );
    const missing = indexes.filter((n) => !defs.some((d) => d.name === n));
    if (missing.length) throw new Error(`no such index: ${missing.join(', ')}`);
    for (const d of defs) await tx.execute(sql`DROP INDEX ${sql.identifier(d.name)}`);
    const out = await work(tx);
    for (const d of defs) await tx.execute(sql.raw(d.def));
    return out;
  });
}
