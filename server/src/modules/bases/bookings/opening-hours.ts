import type { OpeningHours } from '../bases.schema.js';

const SHANGHAI_MS = 8 * 3600_000; // Asia/Shanghai keeps UTC+8 all year

/** The local day (YYYY-MM-DD), weekday (1 = Monday … 7 = Sunday) and minute of the day of an instant in Asia/Shanghai. */
export function shanghaiClock(at: Date) {
  const local = new Date(at.getTime() + SHANGHAI_MS);
  return { day: local.toISOString().slice(0, 10), weekday: local.getUTCDay() || 7, minute: local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60 };
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether [start, end) lies within one opening window of the venue: the same local day (an end at midnight belongs
 * to the day before), between an entry's opening and closing times for that weekday. No hours = always open.
 */
export function withinOpeningHours(hours: readonly OpeningHours[], start: Date, end: Date): boolean {
  if (hours.length === 0) return true;
  const s = shanghaiClock(start);
  const e = shanghaiClock(end);
  const endMinute = e.minute === 0 && e.day !== s.day ? 24 * 60 : e.minute;
  const endDay = e.minute === 0 && e.day !== s.day ? shanghaiClock(new Date(end.getTime() - 1)).day : e.day;
  if (endDay !== s.day) return false;
  return hours.some((h) => h.weekday === s.weekday && minutes(h.opens) <= s.minute && endMinute <= minutes(h.closes));
}
