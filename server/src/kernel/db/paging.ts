import { sql, type SQL } from 'drizzle-orm';

/**
 * `LIMIT n OFFSET m` of a page. The page size (a validated small number) is written into the text and the first
 * page has no offset: with both in sight PostgreSQL keeps one plan per connection for a list's first page instead
 * of planning it on every request (a parameter limit or offset is costed as a tenth of the table). Later pages send
 * the offset as a parameter.
 */
export function pageClause(pageSize: number, page: number): SQL {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || !Number.isSafeInteger(page) || page < 1) throw new RangeError(`bad page ${page} × ${pageSize}`);
  const limit = sql.raw(`LIMIT ${pageSize}`);
  return page === 1 ? limit : sql`${limit} OFFSET ${(page - 1) * pageSize}`;
}
