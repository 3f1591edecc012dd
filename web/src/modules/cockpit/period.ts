import dayjs, { type Dayjs } from 'dayjs';
import { bucketForDays } from '../../../../common/figure-buckets.js';
import type { Bucket, FigureQuery } from './cockpit.api.js';

export type PeriodKind = 'year' | 'quarter' | 'month' | 'custom';

/** A period of whole days in Asia/Shanghai: `start` included, `end` excluded (both 'YYYY-MM-DD'). */
export interface Period {
  kind: PeriodKind;
  start: string;
  end: string;
}

const DAY = 'YYYY-MM-DD';

/** Today in Asia/Shanghai, whatever the browser's zone (the figures are counted in Shanghai days). */
export function shanghaiToday(now = new Date()): Dayjs {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return dayjs(parts);
}

/** The year, quarter or month that contains `day`. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, day: Dayjs = shanghaiToday()): Period {
  const start = kind === 'year' ? day.startOf('year') : kind === 'month' ? day.startOf('month') : day.month(Math.floor(day.month() / 3) * 3).startOf('month');
  const end = kind === 'year' ? start.add(1, 'year') : kind === 'month' ? start.add(1, 'month') : start.add(3, 'month');
  return { kind, start: start.format(DAY), end: end.format(DAY) };
}

/** From the first to the last day chosen, both included. */
export function customPeriod(first: Dayjs, last: Dayjs): Period {
  return { kind: 'custom', start: first.format(DAY), end: last.add(1, 'day').format(DAY) };
}

/** The period as the API takes it: instants at Shanghai midnight, `to` exclusive. */
export function periodQuery(p: Period): Required<Pick<FigureQuery, 'from' | 'to'>> {
  return { from: `${p.start}T00:00:00+08:00`, to: `${p.end}T00:00:00+08:00` };
}

/** A bucket that gives a readable number of points for the period. */
export function bucketFor(p: Period): Bucket {
  return bucketForDays(dayjs(p.end).diff(dayjs(p.start), 'day'));
}

/** The last day of the period (for display). */
export const lastDay = (p: Period) => dayjs(p.end).subtract(1, 'day').format(DAY);
