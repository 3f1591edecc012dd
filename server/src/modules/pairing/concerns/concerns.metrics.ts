import { sql, type SQL } from 'drizzle-orm';
import type { BreakdownRow, MetricDef, MetricQuery, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { escapeLike } from '../../../kernel/access/scope.js';
import { sqlMetric, type SqlSource } from '../../../kernel/figures/sql-metric.js';
import { demandRateSql } from '../../demands/index.js';
import { districts } from '../pairing.reference.js';
import { concernCategoryName } from './concern-categories.js';

/*
 * Concern figures (急难愁盼): raised, answered on time, satisfaction — by the organisation in charge of the
 * entrepreneur when raised (pairing_concerns.org_path), in the period the demand was received. The two rates are
 * the demands' own (解决率 and 满意率 as the demand settings define them), over the concerns' demands only.
 */

type Page = MetricQuery & { page: number; pageSize: number };
const from = sql`FROM pairing_concerns c JOIN demands d ON d.district_code = c.district_code AND d.id = c.demand_id`;
const time = sql`d.received_at`;
const where = (q: MetricQuery) =>
  sql.join(
    [
      sql`c.org_path LIKE ${escapeLike(q.orgPath) + '%'}`,
      ...(q.from ? [sql`${time} >= ${q.from.toISOString()}::timestamptz`] : []),
      ...(q.to ? [sql`${time} < ${q.to.toISOString()}::timestamptz`] : []),
    ],
    sql` AND `,
  );
const source = (value: SQL): SqlSource => ({ from, where, time, orgPath: sql`c.org_path`, value });

const districtName = new Map(districts.map((d) => [d.code, d.name]));
const dimension = { category: { key: sql`c.category`, label: concernCategoryName }, district: { key: sql`c.district_code`, label: districtName } };

async function breakdownOf(ctx: ModuleContext, q: MetricQuery & { by: 'district' | 'category' }, value: SQL, extra: SQL = sql`true`): Promise<BreakdownRow[]> {
  const dim = dimension[q.by];
  const list = await rows<{ key: string; n: number | string | null }>(ctx.db, sql`SELECT ${dim.key} AS key, ${value} AS n ${from} WHERE ${where(q)} AND ${extra} GROUP BY 1`);
  return list.map((r) => ({ key: r.key, label: dim.label.get(r.key) ?? r.key, orgId: null, value: Number(r.n ?? 0) }));
}

const columns = sql`c.demand_id AS "demandId", d.tracking_code AS "trackingCode", c.category, c.sector, e.company, d.status, d.received_at AS "receivedAt",
  d.answered_at AS "answeredAt", d.resolution_due_at AS "resolutionDueAt", d.satisfaction`;

async function records(ctx: ModuleContext, q: Page, extra: SQL = sql`true`) {
  const cond = sql`${where(q)} AND ${extra}`;
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${cond}`);
  const items = await rows(
    ctx.db,
    sql`SELECT ${columns} ${from} JOIN pairing_entrepreneurs e ON e.id = c.entrepreneur_id WHERE ${cond}
         ORDER BY d.received_at DESC, c.demand_id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items, total: n };
}

const groupBy = ['org', 'district', 'category'] as const;

/** A share in percent with two decimals, 0 without a base (as the demands' rates round). */
const percent = (hit: SQL, base: SQL) => sql`coalesce(round(100.0 * count(*) FILTER (WHERE ${hit}) / nullif(count(*) FILTER (WHERE ${base}), 0), 2), 0)`;

/** A demands rate over the concerns; its definition is read from the demand settings at each call. */
function rateMetric(name: string, rate: 'resolution' | 'satisfaction', label: MetricDef['label']): MetricDef {
  const def = async (ctx: ModuleContext) => {
    const r = await demandRateSql(ctx.db, rate);
    return { ...r, metric: sqlMetric(source(percent(r.hit, r.base))) };
  };
  return {
    name,
    label,
    unit: '%',
    theme: 'carriers',
    measure: 'none',
    groupBy,
    value: async (ctx, q) => (await def(ctx)).metric.value(ctx, q),
    series: async (ctx, q) => (await def(ctx)).metric.series!(ctx, q),
    byOrg: async (ctx, q) => (await def(ctx)).metric.byOrg!(ctx, q),
    overview: async (ctx, q) => (await def(ctx)).metric.overview!(ctx, q),
    breakdown: async (ctx, q) => {
      const r = await def(ctx);
      return breakdownOf(ctx, q, percent(r.hit, r.base));
    },
    // The records of a rate are its hits.
    records: async (ctx, q) => records(ctx, q, (await def(ctx)).hit),
  };
}

export const concernsMetrics: MetricDef[] = [
  {
    name: 'pairing.concerns_raised',
    label: { zh: '企业家急难愁盼诉求', en: 'Concerns raised by young entrepreneurs' },
    unit: '件',
    theme: 'carriers',
    additive: true,
    groupBy,
    ...sqlMetric(source(sql`count(*)`)),
    breakdown: (ctx, q) => breakdownOf(ctx, q, sql`count(*)`),
    records: (ctx, q) => records(ctx, q),
  },
  rateMetric('pairing.concerns_answered_on_time', 'resolution', { zh: '企业诉求按时答复率（同青诉即办解决率口径）', en: 'Concerns answered on time (as the demands’ resolution rate)' }),
  rateMetric('pairing.concerns_satisfaction', 'satisfaction', { zh: '企业诉求满意率', en: 'Concerns: satisfaction rate' }),
];
