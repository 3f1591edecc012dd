import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../module.js';
import { rows } from '../db/client.js';
import { bucketsOf } from './buckets.js';

/**
 * A figure that is one aggregate over rows: `SELECT value FROM … WHERE where(q)`, whose period filters `time`
 * and whose scope filters `orgPath`. From it the kernel derives the value, the series (one GROUP BY over
 * Asia/Shanghai buckets) and the ranking of child organisations (one GROUP BY over them) — one query each
 * instead of one per bucket or child, and the same rows in all three.
 */
export interface SqlSource {
  from: SQL;
  where(q: MetricQuery): SQL;
  time: SQL;
  orgPath: SQL;
  value: SQL;
}

const num = (v: number | string | null | undefined) => Number(v ?? 0);

export function sqlMetric(src: SqlSource): Pick<MetricDef, 'value' | 'series' | 'byOrg'> {
  return {
    async value(ctx: ModuleContext, q: MetricQuery) {
      const [r] = await rows<{ n: number | string | null }>(ctx.db, sql`SELECT ${src.value} AS n ${src.from} WHERE ${src.where(q)}`);
      return num(r?.n);
    },
    async series(ctx, q) {
      const buckets = bucketsOf(q.from!, q.to!, q.bucket);
      const unit = sql.raw(`'${q.bucket}'`);
      const list = await rows<{ start: string; n: number | string }>(
        ctx.db,
        sql`SELECT to_char(date_trunc(${unit}, ${src.time} AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS start, ${src.value} AS n
              ${src.from} WHERE ${src.where(q)} GROUP BY 1`,
      );
      const got = new Map(list.map((r) => [r.start, num(r.n)]));
      return buckets.map((b) => ({ start: b.start, value: got.get(b.start) ?? 0 }));
    },
    async byOrg(ctx, q) {
      // Rows in no child subtree are kept at the scope's own organisation: they come back under parentId.
      const list = await rows<{ id: number; n: number | string }>(
        ctx.db,
        sql`SELECT coalesce(child.id, ${q.parentId}) AS id, ${src.value} AS n
              ${src.from} LEFT JOIN orgs child ON child.parent_id = ${q.parentId} AND left(${src.orgPath}, length(child.path)) = child.path
             WHERE ${src.where(q)} GROUP BY 1`,
      );
      return list.map((r) => ({ orgId: Number(r.id), value: num(r.n) }));
    },
  };
}
