import type { Random } from '../../../seed/random.js';
import { shanghaiDay } from '../../../kernel/time.js';

/** Calendar days ('2026-03-31') of the demo year: arithmetic in UTC on the date alone. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}

export const minDay = (a: string, b: string) => (a < b ? a : b);
export const maxDay = (a: string, b: string) => (a > b ? a : b);

/** A moment of office hours (09:00–17:59 Asia/Shanghai) on a city day: its Shanghai day is `day`. */
export function officeTime(r: Random, day: string): Date {
  return new Date(Date.parse(`${day}T01:00:00Z`) + r.int(0, 8 * 60 + 59) * 60_000);
}

/** The quarters of a year: [starts_on, ends_on] (inclusive). */
export function quarters(year: number): Array<{ seq: number; startsOn: string; endsOn: string }> {
  return [1, 2, 3, 4].map((seq) => {
    const startsOn = `${year}-${String(seq * 3 - 2).padStart(2, '0')}-01`;
    const endsOn = addDays(seq === 4 ? `${year + 1}-01-01` : `${year}-${String(seq * 3 + 1).padStart(2, '0')}-01`, -1);
    return { seq, startsOn, endsOn };
  });
}

/**
 * The competition year the demo shows: the year of the last quarter that has ended, so at least
 * one quarter can be closed (on 2026-12-06: 2026, Q1–Q3 closed and Q4 running; on 2027-02-01: 2026, all four closed).
 */
export function demoYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 3 ? year - 1 : year;
}

/**
 * The quarters the demo lives through: those of the competition year (demoYear) and, before them, as many of the
 * previous year's last quarters as it takes for four to have ended by `today` (on 2026-12-06: 2025-Q4, 2026-Q1–Q3
 * closed and 2026-Q4 running; on 2026-02-10: the four of 2025).
 */
export function demoQuarters(today: string): Array<{ year: number; seq: number; startsOn: string; endsOn: string }> {
  const year = demoYear(today);
  const these = quarters(year).map((q) => ({ year, ...q }));
  const ended = these.filter((q) => q.endsOn < today).length;
  const before = ended >= 4 ? [] : quarters(year - 1).slice(ended).map((q) => ({ year: year - 1, ...q }));
  return [...before, ...these];
}

export { shanghaiDay };
