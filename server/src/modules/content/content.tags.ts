import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { usableInScope } from './content.access.js';

/** A text[] literal of values already checked by the tag rules (no quotes, commas or spaces can reach here). */
export const pgTextArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;

/** The tags used on items of the caller's scope (or published to it), most used first (for the filters' choices). */
export async function tagsInScope(db: Db, scope: Scope, q?: string) {
  const items = await rows<{ tag: string; count: number }>(
    db,
    sql`SELECT t.tag, count(*)::int AS count FROM content_items c, unnest(c.tags) AS t(tag)
         WHERE (${inScope(sql`c.org_path`, scope)} OR ${usableInScope(scope)})${q ? sql` AND t.tag ILIKE ${'%' + escapeLike(q) + '%'}` : sql``}
         GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 50`,
  );
  return { items };
}
