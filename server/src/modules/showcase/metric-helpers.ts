import { sql, type SQL } from 'drizzle-orm';
import type { MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';

/** Shared by the showcase figures: subtree and period conditions, and a page of records. */
export type Page = MetricQuery & { page: number; pageSize: number };
export const under = (col: SQL, q: MetricQuery) => sql`${col} LIKE ${escapeLike(q.orgPath) + '%'}`;
export const period = (col: SQL, q: MetricQuery) =>
  sql.join([sql`true`, ...(q.from ? [sql`${col} >= ${q.from.toISOString()}::timestamptz`] : []), ...(q.to ? [sql`${col} < ${q.to.toISOString()}::timestamptz`] : [])], sql` AND `);

export async function records(ctx: ModuleContext, q: Page, from: SQL, where: SQL, columns: SQL, order: SQL) {
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`);
  const items = await rows(ctx.db, sql`SELECT ${columns} ${from} WHERE ${where} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total: n };
}

