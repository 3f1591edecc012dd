import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from './client.js';

/**
 * A page and the total of its list in one round trip: `page` puts the given column (the count, run once as an
 * uncorrelated sub-select) in its select list, so the total rides on every row; only an empty page (past the end, or
 * nothing to list) asks for the count on its own. `present`, when given, makes each item from its row (which still
 * holds the total's column); otherwise the column is deleted from the rows.
 */
export async function pageWithTotal<T, Item = T>(db: Db, count: SQL, page: (totalColumn: SQL) => SQL, present?: (row: T) => Item): Promise<{ items: Item[]; total: number }> {
  const list = await rows<T & { page_total__: number }>(db, page(sql`(${count}) AS page_total__`));
  if (list.length === 0) {
    const [{ n }] = await rows<{ n: number }>(db, sql`SELECT (${count}) AS n`);
    return { items: [], total: Number(n) };
  }
  const total = Number(list[0].page_total__);
  // Deleting a property turns each row into a slow dictionary object: a presenter that copies what it needs is cheaper.
  if (present) return { items: list.map(present), total };
  for (const r of list) delete (r as Partial<typeof r>).page_total__;
  return { items: list as unknown as Item[], total };
}
