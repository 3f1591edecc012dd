/**
 * Deadlines of the demand workflow, as pure functions. Time is Asia/Shanghai
 * (UTC+8 all year, no daylight saving), so day arithmetic is plain offsets.
 */
import { shanghaiDay } from '../../../kernel/time.js';

export type DeadlineUnit = 'h' | 'wd';
export interface Deadline {
  value: number;
  unit: DeadlineUnit;
}

/** Day → is it a working day, for the days that differ from Monday–Friday (holidays, 调休 workdays). */
export type HolidayCalendar = ReadonlyMap<string, boolean>;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;
/** A working-day deadline ends at the close of business of its last day. */
export const CLOSE_OF_BUSINESS_HOUR = 18;

export { shanghaiDay };

function dayStartUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - OFFSET;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

export function isWorkday(day: string, calendar: HolidayCalendar): boolean {
  const override = calendar.get(day);
  if (override !== undefined) return override;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** 18:00 Asia/Shanghai of the Nth working day after the day of `from` (the day of receipt never counts). */
export function addWorkingDays(from: Date, n: number, calendar: HolidayCalendar): Date {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('working days must be a positive integer');
  let day = shanghaiDay(from);
  let counted = 0;
  // A year of consecutive holidays would be a calendar error, not a deadline.
  for (let guard = 0; counted < n; guard++) {
    if (guard > 3660) throw new RangeError('no working days found in the holiday calendar');
    day = nextDay(day);
    if (isWorkday(day, calendar)) counted++;
  }
  return new Date(dayStartUtc(day) + CLOSE_OF_BUSINESS_HOUR * HOUR);
}

export function addCalendarHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * HOUR);
}

export function dueAt(from: Date, deadline: Deadline, calendar: HolidayCalendar): Date {
  return deadline.unit === 'h' ? addCalendarHours(from, deadline.value) : addWorkingDays(from, deadline.value, calendar);
}

/** '2h' / '24h' / '7wd' (the reference data's notation) → a Deadline. */
export function parseDeadline(text: string): Deadline {
  const m = /^(\d+)(h|wd)$/.exec(text.trim());
  if (!m || Number(m[1]) < 1) throw new RangeError(`bad deadline: ${text}`);
  return { value: Number(m[1]), unit: m[2] as DeadlineUnit };
}

export type Light = 'green' | 'yellow' | 'red';

/** Share of the time window left under which a deadline turns yellow. */
export const YELLOW_SHARE = 0.25;

/** Traffic light of one deadline: red once passed, yellow in the last quarter of its window. */
export function lightOf(now: Date, start: Date, due: Date): Light {
  const left = due.getTime() - now.getTime();
  if (left < 0) return 'red';
  const window = Math.max(due.getTime() - start.getTime(), 1);
  return left <= window * YELLOW_SHARE ? 'yellow' : 'green';
}

const rank: Record<Light, number> = { green: 0, yellow: 1, red: 2 };
export function worstLight(...lights: (Light | null)[]): Light | null {
  let worst: Light | null = null;
  for (const l of lights) if (l && (!worst || rank[l] > rank[worst])) worst = l;
  return worst;
}
