import { z } from 'zod';
import { rowIdParam } from '../dto.js';
import { shanghaiMidnight } from './buckets.js';

const inYears = (s: string) => Number(s.slice(0, 4)) >= 1 && Number(s.slice(0, 4)) <= 9999;

/** A period bound: a day ('2026-01-01', its Asia/Shanghai midnight) or an ISO instant. Kept as given for the answer. */
const periodBound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .refine(inYears, 'a date between 0001-01-01 and 9999-12-31')
  .transform((s) => ({ text: s, at: s.length === 10 ? shanghaiMidnight(s) : new Date(s) }));

export const metricName = z.string().regex(/^[a-z_]+\.[a-z_]+$/).max(80);
export const figureParams = z.object({ name: metricName });

export const figureQuery = z.object({
  orgId: rowIdParam.optional(),
  from: periodBound.optional(),
  to: periodBound.optional(),
});
export type FigureQuery = z.infer<typeof figureQuery>;

export const figuresListQuery = figureQuery.extend({
  names: z
    .string()
    .max(4000)
    .transform((s) => [...new Set(s.split(',').map((n) => n.trim()).filter(Boolean))])
    .pipe(z.array(metricName).max(200))
    .optional(),
  trend: z
    .enum(['day', 'week', 'month', 'year'])
    .optional()
    .meta({ description: '每项指标附带该粒度的趋势（期间缺省时同 series 接口） · each figure with its trend in these buckets' }),
  ranking: z.stringbool().default(false).meta({ description: '每项指标附带下级组织排名 · each figure with the ranking of child organisations' }),
});

export const seriesQuery = figureQuery.extend({ bucket: z.enum(['day', 'week', 'month', 'year']).default('month') });
export const breakdownQuery = figureQuery.extend({ by: z.enum(['org', 'district', 'category']).default('org') });
export const recordsQuery = figureQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const label = z.object({ zh: z.string(), en: z.string() });
const trendPoint = z.object({ start: z.string().meta({ format: 'date' }), value: z.number() });
const breakdownRow = z.object({ key: z.string(), label: z.string(), orgId: z.number().int().nullable(), value: z.number() });
const theme = z.enum(['courses', 'carriers', 'mechanisms', 'orientations']);

export const figureItem = z
  .object({
    name: z.string(),
    label,
    unit: z.string().nullable(),
    module: z.string(),
    theme,
    kind: z.enum(['org', 'person']),
    additive: z.boolean(),
    series: z.boolean(),
    groupBy: z.array(z.enum(['org', 'district', 'category'])),
    drillDown: z.boolean(),
    caseFigure: z.string().nullable(),
    value: z.number().nullable(),
    trend: z.array(trendPoint).optional().meta({ description: '仅当请求 trend 时 · only when trend was asked for' }),
    ranking: z.array(breakdownRow).optional().meta({ description: '仅当请求 ranking 时 · only when ranking was asked for' }),
  })
  .meta({ id: 'FigureItem' });

export const caseFigureItem = z
  .object({
    code: z.string(),
    label,
    caseValue: z.number(),
    unit: z.string().nullable(),
    metric: z.string().nullable().meta({ description: '计算该数字的指标；为空表示模块未启用 · the metric computing it; null = not enabled' }),
    value: z.number().nullable(),
  })
  .meta({ id: 'CaseFigureItem' });

export const figuresOut = z
  .object({
    scope: z.object({ orgId: z.number().int(), orgName: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
    items: z.array(figureItem),
    caseFigures: z.array(caseFigureItem),
  })
  .meta({ id: 'Figures' });

export const figureOut = z.object({ name: z.string(), label, unit: z.string().nullable(), orgPath: z.string(), value: z.number() });

export const seriesOut = z
  .object({
    name: z.string(),
    bucket: z.enum(['day', 'week', 'month', 'year']),
    items: z.array(trendPoint),
    total: z.number(),
  })
  .meta({ id: 'FigureSeries' });

export const breakdownOut = z
  .object({
    name: z.string(),
    by: z.enum(['org', 'district', 'category']),
    items: z.array(breakdownRow),
    total: z.number(),
  })
  .meta({ id: 'FigureBreakdown' });

export const recordsOut = z
  .object({ items: z.array(z.record(z.string(), z.unknown())), total: z.number().int() })
  .meta({ id: 'FigureRecords' });

export const myFiguresOut = z
  .object({ items: z.array(z.object({ name: z.string(), label, unit: z.string().nullable(), value: z.number() })) })
  .meta({ id: 'MyFigures' });
