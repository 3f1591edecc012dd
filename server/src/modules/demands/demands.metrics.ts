import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';

/*
 * Definitions (scan of the demands table; the analytics work replaces these with rollups):
 * - received: demands received in the period, merged duplicates excluded;
 * - response rate: of those dispatched and accepted or past their response deadline, the share accepted in time;
 * - resolution rate: of those answered or past their resolution deadline, the share answered in time;
 * - satisfaction rate: of those rated, the share satisfied or basically satisfied (last rating counts).
 */
function where(q: MetricQuery, extra?: SQL): SQL {
  const parts = [sql`d.merged_into_id IS NULL`, sql`d.org_path LIKE ${escapeLike(q.orgPath) + '%'}`];
  if (q.from) parts.push(sql`d.received_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`d.received_at < ${q.to.toISOString()}::timestamptz`);
  if (extra) parts.push(extra);
  return sql.join(parts, sql` AND `);
}

async function one(ctx: ModuleContext, query: SQL): Promise<number> {
  const [r] = await rows<{ n: string | number | null }>(ctx.db, query);
  return Number(r?.n ?? 0);
}

const rate = (hit: SQL, base?: SQL) => (ctx: ModuleContext, q: MetricQuery) =>
  one(ctx, sql`SELECT CASE WHEN count(*) = 0 THEN 0 ELSE round(100.0 * count(*) FILTER (WHERE ${hit}) / count(*), 2) END AS n FROM demands d WHERE ${where(q, base)}`);

function records(base?: SQL) {
  return async (ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }) => {
    const total = await one(ctx, sql`SELECT count(*) AS n FROM demands d WHERE ${where(q, base)}`);
    const items = await rows(
      ctx.db,
      sql`SELECT d.id, d.tracking_code AS "trackingCode", d.title, d.status, d.category_code AS "categoryCode", o.name AS "orgName", d.received_at AS "receivedAt",
                 d.accepted_at AS "acceptedAt", d.response_due_at AS "responseDueAt", d.answered_at AS "answeredAt", d.resolution_due_at AS "resolutionDueAt", d.satisfaction
            FROM demands d LEFT JOIN orgs o ON o.id = d.org_id WHERE ${where(q, base)}
           ORDER BY d.received_at DESC, d.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    );
    return { items: items.map((i) => ({ ...i, id: Number(i.id) })), total };
  };
}

const responseBase = sql`d.dispatched_at IS NOT NULL AND (d.accepted_at IS NOT NULL OR d.response_due_at <= now())`;
const resolutionBase = sql`(d.answered_at IS NOT NULL OR d.resolution_due_at <= now())`;

export const demandsMetrics: MetricDef[] = [
  {
    name: 'demands.received',
    label: { zh: '受理诉求件数', en: 'Demands received' },
    unit: '件',
    value: (ctx, q) => one(ctx, sql`SELECT count(*) AS n FROM demands d WHERE ${where(q)}`),
    records: records(),
  },
  {
    name: 'demands.resolved',
    label: { zh: '办结诉求件数', en: 'Demands answered' },
    unit: '件',
    value: (ctx, q) => one(ctx, sql`SELECT count(*) AS n FROM demands d WHERE ${where(q, sql`d.status IN ('answered', 'closed')`)}`),
    records: records(sql`d.status IN ('answered', 'closed')`),
  },
  {
    name: 'demands.response_rate',
    label: { zh: '响应率', en: 'Response rate' },
    unit: '%',
    value: rate(sql`d.accepted_at IS NOT NULL AND d.accepted_at <= d.response_due_at`, responseBase),
    records: records(responseBase),
  },
  {
    name: 'demands.resolution_rate',
    label: { zh: '解决率', en: 'Resolution rate' },
    unit: '%',
    value: rate(sql`d.answered_at IS NOT NULL AND d.answered_at <= d.resolution_due_at`, resolutionBase),
    records: records(resolutionBase),
  },
  {
    name: 'demands.satisfaction_rate',
    label: { zh: '满意率', en: 'Satisfaction rate' },
    unit: '%',
    value: rate(sql`d.satisfaction IN ('satisfied', 'basically_satisfied')`, sql`d.satisfaction IS NOT NULL`),
    records: records(sql`d.satisfaction IS NOT NULL`),
  },
];
