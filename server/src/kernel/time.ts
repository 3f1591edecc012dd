// China has kept UTC+8 all year since 1991, so a fixed offset gives the Asia/Shanghai calendar day.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai calendar day ('2026-07-01') of an instant — the day the city lives in, whatever TZ the server runs in. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole years from `birthDate` to `day` (both YYYY-MM-DD): the age on that calendar day, as PostgreSQL's age() counts it. */
export function ageOn(birthDate: string, day: string): number {
  const age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? age - 1 : age;
}

/** Calendar-day arithmetic on 'YYYY-MM-DD' (in UTC on the date alone): `n` days later. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
}

/** The first day of the month `back` months before the month of `day` ('2026-12-06', 2 → '2026-10-01'). */
export function monthStart(day: string, back = 0): string {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 - back, 1)).toISOString().slice(0, 10);
}

/** The instant of `minutes` after midnight of an Asia/Shanghai calendar day. */
export function shanghaiTime(day: string, minutes = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000);
}
