import { sql, type SQL } from 'drizzle-orm';
import type { MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';

/** SQL pieces the pairing figures share: scope, period, paging and a page of records with their total. */
export type Page = MetricQuery & { page: number; pageSize: number };
export const under = (col: SQL, q: MetricQuery) => sql`${col} LIKE ${escapeLike(q.orgPath) + '%'}`;
export const period = (col: SQL, q: MetricQuery) =>
  sql.join([sql`true`, ...(q.from ? [sql`${col} >= ${q.from.toISOString()}::timestamptz`] : []), ...(q.to ? [sql`${col} < ${q.to.toISOString()}::timestamptz`] : [])], sql` AND `);
export const page = (q: Page) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;

export async function records(ctx: ModuleContext, q: Page, from: SQL, where: SQL, columns: SQL, order: SQL) {
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`);
  const items = await rows(ctx.db, sql`SELECT ${columns} ${from} WHERE ${where} ORDER BY ${order} ${page(q)}`);
  return { items, total: n };
}

