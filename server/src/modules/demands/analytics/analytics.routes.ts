import { z } from 'zod';
import { INT4_MAX, isoDay, isoMonth } from '../../../kernel/dto.js';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { requireAuth } from '../../../kernel/auth/auth-context.js';
import { scopeFor } from '../../../kernel/access/scope.js';
import { transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { drill, hotTopics, monthlyFocus, rateParts, ratesBy, trend, type Filter } from './analytics.js';
import { measureNames, rebuildRollup, type Measure } from './demands.rollup.js';
import { getSettings } from '../config/demands.settings.js';
import { searchDemands } from '../intake/demands.search.js';
import { districtsOut, drillOut, hotTopicsOut, monthlyFocusOut, ratesOut, rebuildOut, searchOut, trendOut } from './analytics.responses.js';

const tags = ['demand-analytics'];
const read = { access: { permission: 'demands.read' } } as const;
const day = isoDay;

const filter = z.object({
  from: day.optional(),
  to: day.optional(),
  orgId: z.coerce.number().int().min(0).max(INT4_MAX).optional(),
  categoryCode: z.string().min(1).max(40).optional(),
  districtCode: z.string().min(1).max(20).optional(),
});
const ratesQuery = filter.extend({ by: z.enum(['org', 'category', 'district', 'none']).default('org') });
const trendQuery = filter.extend({ interval: z.enum(['day', 'week', 'month']).default('day') });
const hotQuery = filter.extend({ limit: z.coerce.number().int().min(1).max(50).default(10) });
const focusQuery = z.object({ month: isoMonth });
const drillQuery = filter.extend({
  /** A rollup count (received, responded_in_time, …) … */
  measure: z.enum(measureNames as [Measure, ...Measure[]]).optional(),
  /** … or a rate's numerator (part=hit) or denominator (part=base) under the current definitions. */
  rate: z.enum(['response', 'resolution', 'satisfaction']).optional(),
  part: z.enum(['hit', 'base']).default('hit'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const searchQuery = z.object({ q: z.string().trim().min(1).max(100) });
const rebuildBody = z.object({ from: day, to: day });

const pick = (q: z.infer<typeof filter>): Filter => ({ from: q.from, to: q.to, orgId: q.orgId, categoryCode: q.categoryCode, districtCode: q.districtCode });

/** 三率 and analytics over demand_daily_rollup; every figure is scoped to the caller's subtree. */
export function demandAnalyticsRoutes(app: App, ctx: ModuleContext) {
  const { db } = ctx;
  const scope = (req: { auth?: unknown }) => scopeFor(requireAuth(req.auth as never), 'demands.read');

  app.get('/api/v1/demand-analytics/rates', { config: read, schema: { tags, summary: '三率（响应率、解决率、满意率）按部门/分类/区市', querystring: ratesQuery, response: { 200: ratesOut } } }, async (req) => {
    const defs = await getSettings(db);
    return { definitions: rateParts(defs), items: await ratesBy(db, scope(req), req.query.by, pick(req.query), defs) };
  });

  app.get('/api/v1/demand-analytics/trend', { config: read, schema: { tags, summary: '按日/周/月的件数与三率趋势', querystring: trendQuery, response: { 200: trendOut } } }, async (req) => {
    const defs = await getSettings(db);
    return { interval: req.query.interval, items: await trend(db, scope(req), req.query.interval, pick(req.query), defs) };
  });

  app.get('/api/v1/demand-analytics/districts', { config: read, schema: { tags, summary: '区市热力（件数与三率）', querystring: filter, response: { 200: districtsOut } } }, async (req) => {
    const defs = await getSettings(db);
    return { items: await ratesBy(db, scope(req), 'district', pick(req.query), defs) };
  });

  app.get('/api/v1/demand-analytics/hot-topics', { config: read, schema: { tags, summary: '热点：高频分类与关键词', querystring: hotQuery, response: { 200: hotTopicsOut } } }, async (req) =>
    hotTopics(db, scope(req), pick(req.query), req.query.limit),
  );

  app.get('/api/v1/demand-analytics/monthly-focus', { config: read, schema: { tags, summary: '每月一题：当月诉求最多的分类及环比', querystring: focusQuery, response: { 200: monthlyFocusOut } } }, async (req) =>
    monthlyFocus(db, scope(req), req.query.month),
  );

  app.get('/api/v1/demand-analytics/drill', { config: read, schema: { tags, summary: '下钻：某个数字背后的诉求（脱敏、分页）', querystring: drillQuery, response: { 200: drillOut } } }, async (req) => {
    const q = req.query;
    let list: Measure[];
    if (q.measure) list = [q.measure];
    else if (q.rate) {
      const part = rateParts(await getSettings(db))[q.rate];
      list = q.part === 'hit' ? part.hit : [part.base];
    } else throw new AppError('validation_failed', [{ field: 'measure', message: 'measure or rate required' }]);
    return { measures: list, ...(await drill(db, scope(req), list, pick(q), q)) };
  });

  app.get('/api/v1/demand-analytics/search', { config: read, schema: { tags, summary: '诉求关键词检索（中文分词，最近 50 件）', querystring: searchQuery, response: { 200: searchOut } } }, async (req) =>
    searchDemands(db, scope(req), req.query.q),
  );

  app.post('/api/v1/demand-analytics/rollup/rebuild', { config: { access: { permission: 'demands.configure' } }, schema: { tags, summary: '按日期范围重算统计汇总', body: rebuildBody, response: { 200: rebuildOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    scopeFor(auth, 'demands.configure');
    const rowsWritten = await rebuildRollup(db, req.body.from, req.body.to);
    await transaction(db, (tx) => audit(tx, req, { action: 'demands.rollup_rebuild', entity: 'demand_daily_rollup', summary: `重算 ${req.body.from} 至 ${req.body.to} 统计汇总（${rowsWritten} 行）` }));
    return { from: req.body.from, to: req.body.to, rows: rowsWritten };
  });
}
