import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext, SeriesBucket } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { bucketsOf } from '../../kernel/figures/buckets.js';
import { childOrgOf, sqlMetric } from '../../kernel/figures/sql-metric.js';

type Paged = MetricQuery & { page: number; pageSize: number };
const under = (col: SQL, q: MetricQuery) => sql`${col} LIKE ${escapeLike(q.orgPath) + '%'}`;
const between = (col: SQL, q: MetricQuery) => {
  const parts: SQL[] = [];
  if (q.from) parts.push(sql`${col} >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`${col} < ${q.to.toISOString()}::timestamptz`);
  return parts.length ? sql` AND ${sql.join(parts, sql` AND `)}` : sql``;
};
const limit = (q: Paged) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
const warningCase = sql`c.category = 'warning_case' AND c.status = 'published'`;

/**
 * Pairs (person of the subtree, warning case made required reading for them in the period — by its first assignment covering
 * them), with whether they have finished it; with `bucket`, the bucket that assignment falls in (column `start`). Open
 * assignments count as soon as they are made, so the figure shows how far this year's required reading has got.
 */
const pairs = (q: MetricQuery, bucket?: SeriesBucket) => {
  const start = bucket ? sql`to_char(date_trunc(${sql.raw(`'${bucket}'`)}, min(a.assigned_at) AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')` : null;
  return sql`SELECT p.id AS person_id, p.name, o.name AS org_name, o.path, c.id AS item_id, c.title, min(a.deadline) AS deadline,
      max(r.completed_at) AS completed_at, max(r.completed_at) IS NOT NULL AS done${start ? sql`, ${start} AS start` : sql``}
    FROM content_assignments a JOIN content_items c ON c.id = a.item_id AND ${warningCase}
    JOIN orgs o ON o.path LIKE a.org_path || '%' JOIN people p ON p.org_id = o.id
    LEFT JOIN content_reads r ON r.item_id = c.id AND r.person_id = p.id
    WHERE ${under(sql`o.path`, q)}${between(sql`a.assigned_at`, q)}
    GROUP BY p.id, p.name, o.name, o.path, c.id, c.title`;
};
const percent = (n: number, done: number) => (n === 0 ? 0 : Math.round((done / n) * 1000) / 10);

/** Completed readings of warning cases that were required reading for the reader, by when they were completed. */
const completions = {
  from: sql`FROM content_reads r JOIN content_items c ON c.id = r.item_id JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = p.org_id`,
  where: (q: MetricQuery) => sql`r.completed_at IS NOT NULL AND ${warningCase} AND ${under(sql`o.path`, q)}${between(sql`r.completed_at`, q)}
    AND EXISTS (SELECT 1 FROM content_assignments a WHERE a.item_id = c.id AND o.path LIKE a.org_path || '%')`,
  time: sql`r.completed_at`,
  orgPath: sql`o.path`,
};

export const warningCaseMetrics: MetricDef[] = [
  {
    name: 'content.warning_case_completion',
    label: { zh: '警示案例必读完成率', en: 'Warning-case required reading completion' },
    unit: '%',
    theme: 'orientations',
    measure: 'none',
    value: async (ctx, q) => {
      const [r] = await rows<{ n: number; done: number }>(ctx.db, sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE x.done)::int AS done FROM (${pairs(q)}) x`);
      return percent(r.n, r.done);
    },
    series: async (ctx, q) => {
      const list = await rows<{ start: string; n: number; done: number }>(
        ctx.db,
        sql`SELECT x.start, count(*)::int AS n, count(*) FILTER (WHERE x.done)::int AS done FROM (${pairs(q, q.bucket)}) x GROUP BY x.start`,
      );
      const got = new Map(list.map((r) => [r.start, percent(r.n, r.done)]));
      return bucketsOf(q.from!, q.to!, q.bucket).map((b) => ({ start: b.start, value: got.get(b.start) ?? 0 }));
    },
    byOrg: async (ctx, q) => {
      const list = await rows<{ id: number; n: number; done: number }>(
        ctx.db,
        sql`SELECT ${childOrgOf(sql`x.path`, q)} AS id, count(*)::int AS n, count(*) FILTER (WHERE x.done)::int AS done FROM (${pairs(q)}) x GROUP BY 1`,
      );
      return list.map((r) => ({ orgId: Number(r.id), value: percent(r.n, r.done) }));
    },
    records: async (ctx, q) => {
      const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM (${pairs(q)}) x`);
      const items = await rows(
        ctx.db,
        sql`SELECT x.person_id AS "personId", x.name, x.org_name AS "orgName", x.item_id AS "contentId", x.title, x.deadline,
                   x.completed_at AS "completedAt", x.done AS completed
              FROM (${pairs(q)}) x ORDER BY x.path, x.person_id, x.item_id ${limit(q)}`,
      );
      return { items, total: n };
    },
  },
  {
    name: 'content.warning_case_reads',
    label: { zh: '警示案例必读完成人次', en: 'Warning cases read as required' },
    unit: '人次',
    theme: 'orientations',
    additive: true,
    ...sqlMetric({ ...completions, value: sql`count(*)` }),
    records: async (ctx, q) => {
      const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${completions.from} WHERE ${completions.where(q)}`);
      const items = await rows(
        ctx.db,
        sql`SELECT c.id AS "contentId", c.title, p.id AS "personId", p.name, o.name AS "orgName", r.seconds, r.completed_at AS "completedAt",
                   r.confirmed_at IS NOT NULL AS confirmed
              ${completions.from} WHERE ${completions.where(q)} ORDER BY r.completed_at DESC, r.item_id, r.person_id ${limit(q)}`,
      );
      return { items, total: n };
    },
  },
];
