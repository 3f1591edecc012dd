import type { MetricDef, MetricQuery, ModuleContext } from '../../../kernel/module.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { drill, rateParts, ratesBy, ratesByChild, totalsTrendAndChildren, trend, type Filter, type RateName } from './analytics.js';
import { bucketsOf } from '../../../kernel/figures/buckets.js';
import type { SeriesBucket } from '../../../kernel/module.js';
import { getSettings } from '../config/demands.settings.js';
import type { Measure } from './demands.rollup.js';
import { shanghaiDay } from '../../../kernel/time.js';

/*
 * Registered figures, read from demand_daily_rollup (definitions in docs/demands-analytics.md;
 * the rates follow the demand settings). Periods are whole days in Asia/Shanghai.
 */

function filterOf(q: MetricQuery): { scope: Scope; filter: Filter } {
  const filter: Filter = {};
  if (q.from) filter.from = shanghaiDay(q.from);
  // `to` is exclusive: the last whole day is the one before it.
  if (q.to) filter.to = shanghaiDay(new Date(q.to.getTime() - 1));
  return { scope: { permission: 'demands.read', paths: [q.orgPath], personId: null, self: false }, filter };
}

async function totals(ctx: ModuleContext, q: MetricQuery) {
  const { scope, filter } = filterOf(q);
  const [all] = await ratesBy(ctx.db, scope, 'none', filter, await getSettings(ctx.db));
  return all;
}

/** The demands of the scope and period by district or category (the rollup's own dimensions). */
async function grouped(ctx: ModuleContext, q: MetricQuery & { by: 'district' | 'category' }) {
  const { scope, filter } = filterOf(q);
  const list = await ratesBy(ctx.db, scope, q.by, filter, await getSettings(ctx.db));
  return list.map((r) => ({ ...r, key: r.key ?? 'none', label: r.label ?? '未填写' }));
}

type Presented = Awaited<ReturnType<typeof ratesBy>>[number];

/** One figure per Asia/Shanghai bucket, read from the rollup in one query (years bucket by bucket). */
function seriesOf(pick: Pick) {
  return async (ctx: ModuleContext, q: MetricQuery & { bucket: SeriesBucket }) => {
    const defs = await getSettings(ctx.db);
    const buckets = bucketsOf(q.from!, q.to!, q.bucket);
    if (q.bucket === 'year') {
      const out = [];
      for (const b of buckets) {
        const t = await totals(ctx, { ...q, from: b.from, to: b.to });
        out.push({ start: b.start, value: t ? pick(t, defs) : 0 });
      }
      return out;
    }
    const { scope, filter } = filterOf(q);
    const got = new Map((await trend(ctx.db, scope, q.bucket, filter, defs)).map((r) => [r.period, pick(r, defs)]));
    return buckets.map((b) => ({ start: b.start, value: got.get(b.start) ?? 0 }));
  };
}

function byOrgOf(pick: Pick) {
  return async (ctx: ModuleContext, q: MetricQuery & { parentId: number }) => {
    const defs = await getSettings(ctx.db);
    const { scope, filter } = filterOf(q);
    return (await ratesByChild(ctx.db, scope, { orgPath: q.orgPath, parentId: q.parentId }, filter, defs)).map((r) => ({ orgId: r.orgId, value: pick(r, defs) }));
  };
}

type Pick = (p: Omit<Presented, 'key' | 'label'>, defs: Awaited<ReturnType<typeof getSettings>>) => number;

/** Value, series and ranking of children from one rollup query (years: as separate queries, bucket by bucket). */
function overviewOf(pick: Pick): NonNullable<MetricDef['overview']> {
  const series = seriesOf(pick);
  const byOrg = byOrgOf(pick);
  return async (ctx, q) => {
    const defs = await getSettings(ctx.db);
    if (q.bucket === 'year') {
      const t = await totals(ctx, q);
      return { value: t ? pick(t, defs) : 0, series: await series(ctx, q), byOrg: await byOrg(ctx, q) };
    }
    const { scope, filter } = filterOf(q);
    const o = await totalsTrendAndChildren(ctx.db, scope, { orgPath: q.orgPath, parentId: q.parentId }, q.bucket, filter, defs);
    const got = new Map(o.trend.map((r) => [r.period, pick(r, defs)]));
    return {
      value: pick(o.total, defs),
      series: bucketsOf(q.from, q.to, q.bucket).map((b) => ({ start: b.start, value: got.get(b.start) ?? 0 })),
      byOrg: o.byChild.map((r) => ({ orgId: r.orgId, value: pick(r, defs) })),
    };
  };
}

function records(pick: (defs: Awaited<ReturnType<typeof getSettings>>) => Measure[]) {
  return async (ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }) => {
    const { scope, filter } = filterOf(q);
    const { items, total } = await drill(ctx.db, scope, pick(await getSettings(ctx.db)), filter, q);
    return { items, total };
  };
}

const rateMetric = (name: RateName, label: { zh: string; en: string }): MetricDef => ({
  name: `demands.${name}_rate`,
  label,
  unit: '%',
  theme: 'carriers',
  measure: 'none',
  groupBy: ['org', 'district', 'category'],
  value: async (ctx, q) => (await totals(ctx, q))?.[`${name}Rate`] ?? 0,
  breakdown: async (ctx, q) => (await grouped(ctx, q)).map((r) => ({ key: r.key, label: r.label, orgId: null, value: r[`${name}Rate`] ?? 0 })),
  series: seriesOf((p) => p[`${name}Rate`] ?? 0),
  byOrg: byOrgOf((p) => p[`${name}Rate`] ?? 0),
  overview: overviewOf((p) => p[`${name}Rate`] ?? 0),
  records: records((defs) => rateParts(defs)[name].hit),
});

export const demandsMetrics: MetricDef[] = [
  {
    name: 'demands.received',
    label: { zh: '受理诉求件数', en: 'Demands received' },
    unit: '件',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'district', 'category'],
    value: async (ctx, q) => (await totals(ctx, q))?.counts.received ?? 0,
    breakdown: async (ctx, q) => (await grouped(ctx, q)).map((r) => ({ key: r.key, label: r.label, orgId: null, value: r.counts.received })),
    series: seriesOf((p) => p.counts.received),
    byOrg: byOrgOf((p) => p.counts.received),
    overview: overviewOf((p) => p.counts.received),
    records: records(() => ['received']),
  },
  {
    name: 'demands.resolved',
    label: { zh: '办结诉求件数', en: 'Demands resolved' },
    unit: '件',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'district', 'category'],
    caseFigure: 'demands_resolved_per_year',
    series: seriesOf((p, defs) => p.counts[defs.resolutionMeans] ?? 0),
    byOrg: byOrgOf((p, defs) => p.counts[defs.resolutionMeans] ?? 0),
    overview: overviewOf((p, defs) => p.counts[defs.resolutionMeans] ?? 0),
    breakdown: async (ctx, q) => {
      const means = (await getSettings(ctx.db)).resolutionMeans;
      return (await grouped(ctx, q)).map((r) => ({ key: r.key, label: r.label, orgId: null, value: r.counts[means] ?? 0 }));
    },
    value: async (ctx, q) => {
      const t = await totals(ctx, q);
      return t ? (t.counts[(await getSettings(ctx.db)).resolutionMeans] ?? 0) : 0;
    },
    records: records((defs) => [defs.resolutionMeans]),
  },
  rateMetric('response', { zh: '响应率', en: 'Response rate' }),
  rateMetric('resolution', { zh: '解决率', en: 'Resolution rate' }),
  rateMetric('satisfaction', { zh: '满意率', en: 'Satisfaction rate' }),
];
