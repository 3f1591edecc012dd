import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../module.js';
import { rows } from '../db/client.js';
import { escapeLike } from '../access/scope.js';
import { bucketIndex, childOrgOf, labelled } from './sql-metric.js';

/**
 * A figure over facts about people (a quiz submitted, an article read) whose organisation is the person's. The
 * facts are first reduced to one row per person (and bucket) without touching people; only those rows are joined
 * to people and orgs for the scope and the ranking. On the city demo that join sees a few thousand rows instead of
 * every fact, which made it most of the cost.
 */
export interface PersonFactSource {
  /** FROM … WHERE … over the facts alone: their own conditions and the period, never the scope. */
  facts(q: MetricQuery): SQL;
  /** The person a fact is about, and when it happened. */
  person: SQL;
  time: SQL;
  /** Count the facts, or the distinct people they are about. */
  count: 'facts' | 'people';
}

const num = (v: number | string | null | undefined) => Number(v ?? 0);

export function personFacts(src: PersonFactSource): Pick<MetricDef, 'value' | 'series' | 'byOrg' | 'overview'> {
  /** Reduced facts `x(k, n[, i])` of people in the scope `o.path`; `i` is the bucket when asked. */
  const reduced = (q: MetricQuery, index?: SQL) => sql`FROM (SELECT ${src.person} AS k${index ? sql`, ${index} AS i` : sql``}, count(*) AS n
      ${src.facts(q)} GROUP BY 1${index ? sql`, 2` : sql``}) x
    JOIN people p ON p.id = x.k JOIN orgs o ON o.id = p.org_id
    WHERE o.path LIKE ${escapeLike(q.orgPath) + '%'}`;
  // Rows are one per person (and bucket): people per bucket or organisation are rows; over several buckets, distinct.
  const perGroup = src.count === 'facts' ? sql`sum(x.n)` : sql`count(*)`;
  const overall = src.count === 'facts' ? sql`sum(x.n)` : sql`count(DISTINCT x.k)`;
  return {
    async value(ctx, q) {
      const [r] = await rows<{ n: string | number | null }>(ctx.db, sql`SELECT ${perGroup} AS n ${reduced(q)}`);
      return num(r?.n);
    },
    async series(ctx, q) {
      const { index, labels } = bucketIndex(src.time, q);
      const list = await rows<{ i: number; n: number | string }>(ctx.db, sql`SELECT x.i, ${perGroup} AS n ${reduced(q, index)} GROUP BY 1`);
      return labelled(labels, list);
    },
    async byOrg(ctx, q) {
      const child = childOrgOf(sql`o.path`, q);
      const list = await rows<{ id: number; n: number | string }>(ctx.db, sql`SELECT ${child} AS id, ${perGroup} AS n ${reduced(q)} GROUP BY 1`);
      return list.map((r) => ({ orgId: Number(r.id), value: num(r.n) }));
    },
    async overview(ctx, q) {
      const { index, labels } = bucketIndex(src.time, q);
      const child = childOrgOf(sql`o.path`, q);
      const list = await rows<{ gb: number; gc: number; i: number | null; id: number | null; n: number | string | null }>(
        ctx.db,
        sql`SELECT grouping(x.i) AS gb, grouping(${child}) AS gc, x.i, ${child} AS id,
                   CASE WHEN grouping(x.i) = 0 THEN ${perGroup} ELSE ${overall} END AS n
              ${reduced(q, index)} GROUP BY GROUPING SETS ((), (x.i), (${child}))`,
      );
      let value = 0;
      const inBuckets: { i: number; n: number | string | null }[] = [];
      const byOrg: { orgId: number; value: number }[] = [];
      for (const r of list) {
        if (Number(r.gb) === 1 && Number(r.gc) === 1) value = num(r.n);
        else if (Number(r.gc) === 1) inBuckets.push({ i: Number(r.i), n: r.n });
        else byOrg.push({ orgId: Number(r.id), value: num(r.n) });
      }
      return { value, series: labelled(labels, inBuckets), byOrg };
    },
  };
}
