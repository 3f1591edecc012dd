import { AppError } from '../errors.js';
import { shanghaiDay } from '../time.js';
import type { SeriesBucket } from '../module.js';

/** The instant an Asia/Shanghai calendar day begins (China keeps UTC+8 all year). */
export const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

function align(day: string, bucket: SeriesBucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  if (bucket === 'year') return `${day.slice(0, 4)}-01-01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

function next(day: string, bucket: SeriesBucket): string {
  if (bucket === 'day') return addDays(day, 1);
  if (bucket === 'week') return addDays(day, 7);
  const [y, m] = day.split('-').map(Number);
  if (bucket === 'year') return `${String(y + 1).padStart(4, '0')}-01-01`;
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${day.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
}

export const MAX_BUCKETS = 400;

/**
 * The buckets of [from, to): each starts on its Asia/Shanghai day, week (Monday), month or year; the first
 * and last are clipped to the period, so the buckets cover it exactly once. Past MAX_BUCKETS: a 400 error,
 * or no buckets at all when `throwIfTooMany` is false.
 */
export function bucketsOf(from: Date, to: Date, bucket: SeriesBucket, throwIfTooMany = true): { start: string; from: Date; to: Date }[] {
  const out: { start: string; from: Date; to: Date }[] = [];
  for (let start = align(shanghaiDay(from), bucket); shanghaiMidnight(start) < to; start = next(start, bucket)) {
    if (out.length >= MAX_BUCKETS) {
      if (!throwIfTooMany) return [];
      throw new AppError('bad_request', { field: 'bucket', message: `at most ${MAX_BUCKETS} buckets` });
    }
    const a = shanghaiMidnight(start);
    const b = shanghaiMidnight(next(start, bucket));
    out.push({ start, from: a < from ? from : a, to: b > to ? to : b });
  }
  return out;
}

/** A default period for a series when none is given: the last 30 days, 12 weeks, 12 months or 5 years up to tomorrow. */
export function defaultPeriod(bucket: SeriesBucket, now = new Date()): { from: Date; to: Date } {
  const today = shanghaiDay(now);
  const to = shanghaiMidnight(addDays(today, 1));
  const back = { day: () => addDays(today, -29), week: () => addDays(align(today, 'week'), -77), month: () => `${shiftMonths(today, -11)}`, year: () => `${Number(today.slice(0, 4)) - 4}-01-01` }[bucket]();
  return { from: shanghaiMidnight(bucket === 'day' || bucket === 'week' ? back : align(back, bucket)), to };
}

function shiftMonths(day: string, n: number) {
  const [y, m] = day.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${String(Math.floor(t / 12)).padStart(4, '0')}-${String((t % 12) + 1).padStart(2, '0')}-01`;
}
