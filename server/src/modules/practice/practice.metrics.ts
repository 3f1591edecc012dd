import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';

type Which = 'submitted' | 'approved';

/** Reports in the subtree that were submitted (ever sent for review), or approved, in the period. */
function where(which: Which, q: MetricQuery): SQL {
  const at = which === 'submitted' ? sql`r.submitted_at` : sql`r.approved_at`;
  const parts = [sql`${at} IS NOT NULL`, sql`r.org_path LIKE ${escapeLike(q.orgPath) + '%'}`];
  if (q.from) parts.push(sql`${at} >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`${at} < ${q.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

async function count(ctx: ModuleContext, which: Which, q: MetricQuery) {
  const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM practice_reports r WHERE ${where(which, q)}`);
  return r.n;
}

function records(which: Which) {
  return async (ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }) => {
    const items = await rows(
      ctx.db,
      sql`SELECT r.id, r.title, r.status, p.name AS "authorName", o.name AS "orgName", r.submitted_at AS "submittedAt", r.approved_at AS "approvedAt"
            FROM practice_reports r JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = r.org_id
           WHERE ${where(which, q)} ORDER BY r.submitted_at DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    );
    return { items, total: await count(ctx, which, q) };
  };
}

const reports = (which: Which) =>
  sqlMetric({ from: sql`FROM practice_reports r`, where: (q) => where(which, q), time: which === 'submitted' ? sql`r.submitted_at` : sql`r.approved_at`, orgPath: sql`r.org_path`, value: sql`count(*)::int` });

export const practiceMetrics: MetricDef[] = [
  {
    name: 'practice.reports_submitted',
    label: { zh: '基层报告提交数', en: 'Grassroots reports submitted' },
    unit: '篇',
    theme: 'courses',
    additive: true,
    ...reports('submitted'),
    records: records('submitted'),
  },
  {
    name: 'practice.reports_approved',
    label: { zh: '基层报告通过数', en: 'Grassroots reports approved' },
    unit: '篇',
    theme: 'courses',
    additive: true,
    ...reports('approved'),
    records: records('approved'),
  },
];
