import { sql } from 'drizzle-orm';
import { rows, type Db } from './client.js';

/**
 * Refreshes planner statistics. PGlite runs no autovacuum, so after a bulk load the planner
 * guesses row counts wildly (joining and sorting every member for one page); PostgreSQL
 * would get there by itself, sooner or later.
 */
export async function analyze(db: Db, table?: 'people' | 'orgs') {
  await db.execute(table ? sql.raw(`ANALYZE ${table}`) : sql`ANALYZE`);
}

/**
 * Vacuums and refreshes statistics. After a bulk load (the demo city) it marks every page all-visible, so counts and
 * lists read indexes alone (an index-only scan) instead of every row; PGlite, which has no autovacuum, also needs it
 * to reuse the space of updated and deleted rows. Table by table, so other queries run between them.
 */
export async function vacuumAnalyze(db: Db) {
  const tables = await rows<{ name: string }>(db, sql`SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables ORDER BY 1`);
  for (const { name } of tables) await db.execute(sql.raw(`VACUUM (ANALYZE) ${name}`));
}
