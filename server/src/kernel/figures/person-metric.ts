import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../module.js';
import { rows } from '../db/client.js';

/** An int[] literal of ids for `= ANY(...)`. */
export const idArray = (ids: readonly number[]): SQL => sql`${`{${ids.map((i) => Math.trunc(i)).join(',')}}`}::int[]`;

/**
 * A person figure as one grouped query: `grouped(q, people)` selects `id` (a person id) and `n` (the value) for the people
 * whose id is in `people` (an int[] expression), one row per person with records. The same query serves the value
 * for one person (/figures/me) and `byPeople` for many (one query however many people: squads' scoring).
 */
export function personMetric(grouped: (q: MetricQuery, people: SQL) => SQL): Pick<MetricDef, 'value' | 'byPeople'> {
  const byPeople: NonNullable<MetricDef['byPeople']> = async (ctx, q) => {
    if (q.personIds.length === 0) return new Map();
    const list = await rows<{ id: number; n: number | string | null }>(ctx.db, grouped(q, idArray(q.personIds)));
    return new Map(list.map((r) => [Number(r.id), Number(r.n ?? 0)]));
  };
  return {
    byPeople,
    async value(ctx, q) {
      if (!q.personId) return 0;
      return (await byPeople(ctx, { ...q, personIds: [q.personId] })).get(q.personId) ?? 0;
    },
  };
}

/** ` AND col >= from AND col < to` for the parts of the period that are set. */
export function inPeriod(col: SQL, q: MetricQuery): SQL {
  const parts: SQL[] = [];
  if (q.from) parts.push(sql` AND ${col} >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql` AND ${col} < ${q.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql``);
}
