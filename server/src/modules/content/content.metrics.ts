import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { personFacts } from '../../kernel/figures/person-facts.js';
import { inPeriod, personMetric } from '../../kernel/figures/person-metric.js';

/** Readings completed (article/PDF read, video watched) by people of the subtree in the period. */
function where(q: MetricQuery): SQL {
  const parts = [sql`r.completed_at IS NOT NULL`, sql`o.path LIKE ${escapeLike(q.orgPath) + '%'}`];
  if (q.from) parts.push(sql`r.completed_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`r.completed_at < ${q.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}
const from = sql`FROM content_reads r JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = p.org_id JOIN content_items c ON c.id = r.item_id`;

async function count(ctx: ModuleContext, q: MetricQuery) {
  const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${where(q)}`);
  return r.n;
}

export const contentMetrics: MetricDef[] = [
  {
    name: 'content.reads_completed',
    label: { zh: '完成阅读/观看人次', en: 'Completed reads and views' },
    unit: '人次',
    theme: 'orientations',
    additive: true,
    ...personFacts({ facts: (q) => sql`FROM content_reads r WHERE r.completed_at IS NOT NULL${inPeriod(sql`r.completed_at`, q)}`, person: sql`r.person_id`, time: sql`r.completed_at`, count: 'facts' }),
    records: async (ctx, q) => {
      const items = await rows(
        ctx.db,
        sql`SELECT c.id AS "contentId", c.title, c.kind, p.name, o.name AS "orgName", r.seconds, r.completed_at AS "completedAt"
              ${from} WHERE ${where(q)} ORDER BY r.completed_at DESC, r.item_id, r.person_id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      );
      return { items, total: await count(ctx, q) };
    },
  },
  {
    name: 'content.my_study_hours',
    label: { zh: '我的学习时长', en: 'My study hours' },
    unit: '小时',
    theme: 'courses',
    kind: 'person',
    // Reading time is kept per person and item; a period counts the items last read (or opened) in it.
    ...personMetric(
      (q, people) => sql`SELECT person_id AS id, round(sum(seconds) / 360.0) / 10 AS n FROM content_reads
        WHERE person_id = ANY(${people})${inPeriod(sql`coalesce(last_beat_at, created_at)`, q)} GROUP BY 1`,
    ),
  },
];
