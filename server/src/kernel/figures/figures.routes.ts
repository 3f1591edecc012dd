import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, MetricDef, MetricQuery, ModuleContext, SeriesBucket } from '../module.js';
import { rows } from '../db/client.js';
import { AppError } from '../errors.js';
import { requireAuth } from '../auth/auth-context.js';
import { pathInScope, scopeFor } from '../access/scope.js';
import { fileOut } from '../openapi/responses.js';
import { XLSX_MIME, attachmentHeader } from '../roster/columns.js';
import { caseFigures } from './case-figures.js';
import { FiguresEngine, groupByOf, kindOf, type Metric } from './figures.engine.js';
import { defaultPeriod } from './buckets.js';
import { exportRecords } from './figures.export.js';
import { figuresStream } from './figures.stream.js';
import {
  breakdownOut,
  breakdownQuery,
  figureOut,
  figureParams,
  figureQuery,
  figuresListQuery,
  figuresOut,
  myFiguresOut,
  recordsOut,
  recordsQuery,
  seriesOut,
  seriesQuery,
  type FigureQuery,
} from './figures.dto.js';

const describe = (m: Metric, value: number | null) => ({
  name: m.def.name,
  label: m.def.label,
  unit: m.def.unit ?? null,
  module: m.module,
  theme: m.def.theme ?? 'carriers',
  kind: kindOf(m.def),
  additive: !!m.def.additive,
  series: kindOf(m.def) === 'org',
  groupBy: groupByOf(m.def),
  drillDown: !!m.def.records,
  caseFigure: m.def.caseFigure ?? null,
  value,
});

/** Registered metrics of every module, read within the caller's scope; the cockpit is built only from these. */
export function figuresRoutes(engineFor: (ctx: ModuleContext) => FiguresEngine) {
  return (app: App, ctx: ModuleContext) => {
    const engine = engineFor(ctx);
    const streams = new Set<() => void>();
    const tags = ['figures'];
    const access = { permission: 'figures.read' };

    /** The organisation the figures are about: the one asked for if it lies in the caller's scope, else the caller's own. */
    async function scopeOf(req: FastifyRequest, query: FigureQuery) {
      const scope = scopeFor(requireAuth(req.auth), 'figures.read');
      const [org] = query.orgId
        ? await rows<{ id: number; name: string; path: string }>(ctx.db, sql`SELECT id, name, path FROM orgs WHERE id = ${query.orgId}`)
        : await rows<{ id: number; name: string; path: string }>(ctx.db, sql`SELECT id, name, path FROM orgs WHERE path = ${scope.paths[0] ?? ''}`);
      if (!org || !pathInScope(org.path, scope)) throw new AppError('not_found', query.orgId ? { field: 'orgId' } : undefined);
      const q: MetricQuery = { orgPath: org.path, from: query.from?.at, to: query.to?.at };
      return { org, q };
    }

    /** The period a trend covers: the one asked for, else the bucket's default (completed by the bound given). */
    function periodFor(q: MetricQuery, bucket: SeriesBucket) {
      const period = q.from && q.to ? { from: q.from, to: q.to } : { ...defaultPeriod(bucket), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
      if (period.from >= period.to) throw new AppError('bad_request', { field: 'from' });
      return period;
    }

    function orgMetric(name: string): Metric {
      const m = engine.get(name);
      if (!m || kindOf(m.def) !== 'org') throw new AppError('not_found');
      return m;
    }

    app.get(
      '/api/v1/figures',
      { config: { access }, schema: { tags, summary: '指标与案例数字（范围内，一次取多项）', querystring: figuresListQuery, response: { 200: figuresOut } } },
      async (req) => {
        const { org, q } = await scopeOf(req, req.query);
        const all = engine.metrics().filter((m) => kindOf(m.def) === 'org');
        const wanted = req.query.names ? req.query.names.map((n) => all.find((m) => m.def.name === n) ?? null) : all;
        const unknown = req.query.names?.filter((_, i) => !wanted[i]);
        if (unknown?.length) throw new AppError('not_found', { field: 'names', names: unknown });
        const listed = wanted as Metric[];
        const forCase = caseFigures.map((c) => all.find((m) => m.def.caseFigure === c.code) ?? null);
        const values = await engine.values([...new Set([...listed, ...forCase.filter((m): m is Metric => !!m)])], q);
        // The whole dashboard in one answer when asked: each figure's trend and ranking (its value's pass brought most of them).
        const { trend, ranking } = req.query;
        const trendPeriod = trend ? periodFor(q, trend) : null;
        const tree = ranking ? await engine.orgLevel(q.orgPath) : undefined;
        const extras = await Promise.all(
          listed.map(async (m) => ({
            ...(trend ? { trend: await engine.series(m, { ...q, ...trendPeriod! }, trend) } : {}),
            ...(ranking && groupByOf(m.def).includes('org') ? { ranking: await engine.breakdown(m, q, 'org', values.get(m.def.name) ?? 0, tree) } : {}),
          })),
        );
        return {
          scope: { orgId: org.id, orgName: org.name, from: req.query.from?.text ?? null, to: req.query.to?.text ?? null },
          items: listed.map((m, i) => ({ ...describe(m, values.get(m.def.name) ?? null), ...extras[i] })),
          caseFigures: caseFigures.map((c, i) => ({
            code: c.code,
            label: c.label,
            caseValue: c.caseValue,
            unit: c.unit,
            metric: forCase[i]?.def.name ?? null,
            value: forCase[i] ? (values.get(forCase[i].def.name) ?? null) : null,
          })),
        };
      },
    );

    app.get(
      '/api/v1/figures/me',
      { config: { access: 'session' }, schema: { tags, summary: '我的数字（学习积分、学时、参赛）', response: { 200: myFiguresOut } } },
      async (req) => {
        const auth = requireAuth(req.auth);
        if (!auth.personId) throw new AppError('person_required');
        const mine = engine.metrics().filter((m) => kindOf(m.def) === 'person');
        const [me] = await rows<{ path: string }>(ctx.db, sql`SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
        const values = await engine.values(mine, { orgPath: me?.path ?? '/', personId: auth.personId });
        return { items: mine.map((m) => ({ name: m.def.name, label: m.def.label, unit: m.def.unit ?? null, value: values.get(m.def.name) ?? 0 })) };
      },
    );

    app.get(
      '/api/v1/figures/stream',
      { config: { access: 'session' }, schema: { tags, summary: '指标变化推送（SSE）', response: { 200: fileOut('text/event-stream', '事件 figures：{ topics } · event figures: { topics }') } } },
      (req, reply) => figuresStream(req, reply, streams),
    );
    // Open streams would hold the server's close until their clients leave: end them first.
    app.addHook('preClose', async () => {
      for (const end of [...streams]) end();
    });

    app.get(
      '/api/v1/figures/:name',
      { config: { access }, schema: { tags, summary: '指标数值（范围内）', params: figureParams, querystring: figureQuery, response: { 200: figureOut } } },
      async (req) => {
        const m = orgMetric(req.params.name);
        const { q } = await scopeOf(req, req.query);
        return { name: m.def.name, label: m.def.label, unit: m.def.unit ?? null, orgPath: q.orgPath, value: await engine.value(m, q) };
      },
    );

    app.get(
      '/api/v1/figures/:name/series',
      { config: { access }, schema: { tags, summary: '指标趋势（按日/周/月/年，上海时间）', params: figureParams, querystring: seriesQuery, response: { 200: seriesOut } } },
      async (req) => {
        const m = orgMetric(req.params.name);
        const { q } = await scopeOf(req, req.query);
        const bucket = req.query.bucket;
        const pq = { ...q, ...periodFor(q, bucket) };
        const [items, total] = await Promise.all([engine.series(m, pq, bucket), engine.value(m, pq)]);
        return { name: m.def.name, bucket, items, total };
      },
    );

    app.get(
      '/api/v1/figures/:name/breakdown',
      { config: { access }, schema: { tags, summary: '指标分解：下级组织排名、区市、类别', params: figureParams, querystring: breakdownQuery, response: { 200: breakdownOut } } },
      async (req) => {
        const m = orgMetric(req.params.name);
        const { q } = await scopeOf(req, req.query);
        const total = await engine.value(m, q);
        return { name: m.def.name, by: req.query.by, items: await engine.breakdown(m, q, req.query.by, total), total };
      },
    );

    const withRecords = (name: string): Metric & { def: Required<Pick<MetricDef, 'records'>> } => {
      const m = orgMetric(name);
      if (!m.def.records) throw new AppError('not_found');
      return m as never;
    };

    app.get(
      '/api/v1/figures/:name/records',
      { config: { access }, schema: { tags, summary: '指标背后的记录', params: figureParams, querystring: recordsQuery, response: { 200: recordsOut } } },
      async (req) => {
        const m = withRecords(req.params.name);
        const { q } = await scopeOf(req, req.query);
        return m.def.records(ctx, { ...q, page: req.query.page, pageSize: req.query.pageSize });
      },
    );

    app.get(
      '/api/v1/figures/:name/records.xlsx',
      { config: { access }, schema: { tags, summary: '导出指标背后的记录（Excel，范围内）', params: figureParams, querystring: figureQuery, response: { 200: fileOut(XLSX_MIME, '记录表 · the records') } } },
      async (req, reply) => {
        const m = withRecords(req.params.name);
        const { org, q } = await scopeOf(req, req.query);
        const buffer = await exportRecords(ctx, req, m.def, q, org);
        return reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader(`${m.def.label.zh}-${org.name}.xlsx`)).send(buffer as never);
      },
    );
  };
}
