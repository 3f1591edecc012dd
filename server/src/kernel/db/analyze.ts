import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Refreshes planner statistics. PGlite runs no autovacuum, so after a bulk load the planner
 * guesses row counts wildly (joining and sorting every member for one page); PostgreSQL
 * would get there by itself, sooner or later.
 */
export async function analyze(db: Db, table?: 'people' | 'orgs') {
  await db.execute(table ? sql.raw(`ANALYZE ${table}`) : sql`ANALYZE`);
}
