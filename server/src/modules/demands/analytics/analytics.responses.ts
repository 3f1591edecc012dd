import { z } from 'zod';
import { dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { satisfactionOut, statusOut } from '../demands.responses.js';
import { measureNames, type Measure } from './demands.rollup.js';

/** Answers of the 三率 and analytics routes (analytics.ts). */

const measure = z.enum(measureNames as [Measure, ...Measure[]]);
const rate = z.number().nullable().meta({ description: '百分比，两位小数；分母为 0 时为 null · percent, two decimals; null when the base is 0' });

const countsOut = z.object({
  received: z.number().int(),
  responded: z.number().int(),
  respondedInTime: z.number().int(),
  answered: z.number().int(),
  answeredInTime: z.number().int(),
  closed: z.number().int(),
  closedInTime: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  basicallySatisfied: z.number().int(),
  dissatisfied: z.number().int(),
  reopened: z.number().int(),
  overdue: z.number().int(),
  merged: z.number().int(),
});
const figuresOut = { counts: countsOut, responseRate: rate, resolutionRate: rate, satisfactionRate: rate, avgResponseHours: z.number().nullable() };

export const rateRowOut = z.object({ key: z.string(), label: z.string(), ...figuresOut }).meta({ id: 'DemandRateRow' });
const ratePartOut = z.object({ hit: z.array(measure), base: measure });
export const definitionsOut = z.object({ response: ratePartOut, resolution: ratePartOut, satisfaction: ratePartOut });

export const ratesOut = z.object({ definitions: definitionsOut, items: z.array(rateRowOut) });
export const trendOut = z.object({
  interval: z.enum(['day', 'week', 'month']),
  items: z.array(z.object({ period: dayOut.meta({ description: '日、周一或月初 · the day, the Monday or the first of the month' }), ...figuresOut })),
});
export const districtsOut = z.object({ items: z.array(rateRowOut) });

const wordOut = z.object({ word: z.string(), count: z.number().int() });
export const hotTopicsOut = z.object({
  total: z.number().int(),
  categories: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int(), share: rate })),
  keywords: z.array(wordOut),
});

const focusItem = z.object({
  categoryCode: z.string(),
  name: z.string(),
  count: z.number().int(),
  previousCount: z.number().int(),
  change: z.number().int(),
  changeRate: rate,
});
export const monthlyFocusOut = z.object({
  month: z.string().meta({ description: 'YYYY-MM' }),
  focus: focusItem.extend({ keywords: z.array(wordOut) }).nullable(),
  runnersUp: z.array(focusItem),
});

const drillItem = z.object({
  id: z.number().int(),
  trackingCode: z.string(),
  title: z.string(),
  status: statusOut,
  categoryCode: z.string(),
  districtCode: z.string(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  receivedAt: instantOut,
  acceptedAt: instantOut.nullable(),
  responseDueAt: instantOut,
  answeredAt: instantOut.nullable(),
  resolutionDueAt: instantOut,
  closedAt: instantOut.nullable(),
  satisfaction: satisfactionOut.nullable(),
  day: dayOut,
});
export const drillOut = pageOf(drillItem).extend({ measures: z.array(measure) });

export const searchOut = z.object({
  words: z.array(z.string()),
  items: z.array(
    z.object({
      id: z.number().int(),
      trackingCode: z.string(),
      title: z.string(),
      status: statusOut,
      categoryCode: z.string(),
      districtCode: z.string(),
      orgId: z.number().int().nullable(),
      citizenName: z.string().nullable().meta({ description: '脱敏姓名 · masked name' }),
      receivedAt: instantOut,
    }),
  ),
});

export const rebuildOut = z.object({ from: dayOut, to: dayOut, rows: z.number().int() });
