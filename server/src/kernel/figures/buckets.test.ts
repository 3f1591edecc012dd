import { describe, expect, it } from 'vitest';
import { bucketsOf, defaultPeriod, shanghaiMidnight } from './buckets.js';

describe('series buckets (Asia/Shanghai)', () => {
  it('cover the period exactly once, the first and last clipped to it', () => {
    const from = new Date('2026-01-15T10:00:00+08:00');
    const to = shanghaiMidnight('2026-04-10');
    const b = bucketsOf(from, to, 'month');
    expect(b.map((x) => x.start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']);
    expect(b[0].from).toEqual(from);
    expect(b.at(-1)!.to).toEqual(to);
    for (let i = 1; i < b.length; i++) expect(b[i].from).toEqual(b[i - 1].to);
    expect(b[1].from.toISOString()).toBe('2026-01-31T16:00:00.000Z');
  });

  it('weeks start on Monday, years on 1 January, days at Shanghai midnight', () => {
    const weeks = bucketsOf(shanghaiMidnight('2026-12-02'), shanghaiMidnight('2026-12-20'), 'week');
    expect(weeks.map((w) => w.start)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    const years = bucketsOf(shanghaiMidnight('2024-06-01'), shanghaiMidnight('2026-03-01'), 'year');
    expect(years.map((y) => y.start)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
    const days = bucketsOf(new Date('2026-12-05T17:00:00Z'), new Date('2026-12-07T16:00:00Z'), 'day');
    expect(days.map((d) => d.start)).toEqual(['2026-12-06', '2026-12-07']);
    const decToJan = bucketsOf(shanghaiMidnight('2026-12-01'), shanghaiMidnight('2027-02-01'), 'month');
    expect(decToJan.map((m) => m.start)).toEqual(['2026-12-01', '2027-01-01']);
  });

  it('refuses more than 400 buckets', () => {
    expect(() => bucketsOf(shanghaiMidnight('2000-01-01'), shanghaiMidnight('2026-01-01'), 'day')).toThrow();
  });

  it('defaults: the last 30 days, 12 weeks, 12 months or 5 years up to tomorrow', () => {
    const now = new Date('2026-12-06T05:00:00Z');
    expect(bucketsOf(...Object.values(defaultPeriod('day', now)) as [Date, Date], 'day')).toHaveLength(30);
    expect(bucketsOf(...Object.values(defaultPeriod('week', now)) as [Date, Date], 'week')).toHaveLength(12);
    expect(bucketsOf(...Object.values(defaultPeriod('month', now)) as [Date, Date], 'month')).toHaveLength(12);
    expect(bucketsOf(...Object.values(defaultPeriod('year', now)) as [Date, Date], 'year')).toHaveLength(5);
    expect(defaultPeriod('month', now).to.toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });
});
