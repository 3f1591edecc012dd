import { describe, expect, it } from 'vitest';
import { addCalendarHours, addWorkingDays, dueAt, isWorkday, lightOf, parseDeadline, shanghaiDay, worstLight } from './deadlines.js';

// Beijing time → UTC instant.
const bj = (s: string) => new Date(`${s}+08:00`);
const none = new Map<string, boolean>();
// 2026 National Day: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked (调休).
const nationalDay = new Map<string, boolean>([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, false] as [string, boolean]),
  ['2026-09-20', true],
  ['2026-10-10', true],
]);

describe('deadlines', () => {
  it('calendar hours ignore weekends and holidays', () => {
    expect(addCalendarHours(bj('2026-10-01T22:00:00'), 24).toISOString()).toBe(bj('2026-10-02T22:00:00').toISOString());
    expect(dueAt(bj('2026-10-03T23:30:00'), { value: 2, unit: 'h' }, nationalDay).toISOString()).toBe(bj('2026-10-04T01:30:00').toISOString());
  });

  it('working days end at 18:00 Beijing time of the Nth working day after receipt', () => {
    // Monday 2026-11-23 → 1 wd = Tuesday 18:00, even when received late at night
    expect(addWorkingDays(bj('2026-11-23T09:00:00'), 1, none).toISOString()).toBe(bj('2026-11-24T18:00:00').toISOString());
    expect(addWorkingDays(bj('2026-11-23T23:59:00'), 1, none).toISOString()).toBe(bj('2026-11-24T18:00:00').toISOString());
    // just after midnight Beijing time is still the next day there although UTC shows the day before
    expect(shanghaiDay(bj('2026-11-24T00:10:00'))).toBe('2026-11-24');
  });

  it('skips weekends', () => {
    // Friday + 1 wd = Monday; Friday + 5 wd = next Friday
    expect(addWorkingDays(bj('2026-11-27T10:00:00'), 1, none).toISOString()).toBe(bj('2026-11-30T18:00:00').toISOString());
    expect(addWorkingDays(bj('2026-11-27T10:00:00'), 5, none).toISOString()).toBe(bj('2026-12-04T18:00:00').toISOString());
    // received on a Saturday: Monday is the first working day after it
    expect(addWorkingDays(bj('2026-11-28T10:00:00'), 1, none).toISOString()).toBe(bj('2026-11-30T18:00:00').toISOString());
  });

  it('skips holidays and counts adjusted weekend workdays (调休)', () => {
    expect(isWorkday('2026-10-05', nationalDay)).toBe(false); // a Monday off
    expect(isWorkday('2026-10-10', nationalDay)).toBe(true); // a Saturday worked
    expect(isWorkday('2026-09-20', nationalDay)).toBe(true); // a Sunday worked
    // Wednesday 09-30 + 1 wd: 10-01..10-07 off, 10-08 Thursday
    expect(addWorkingDays(bj('2026-09-30T15:00:00'), 1, nationalDay).toISOString()).toBe(bj('2026-10-08T18:00:00').toISOString());
    // + 3 wd: 10-08 Thu, 10-09 Fri, 10-10 Sat (调休)
    expect(addWorkingDays(bj('2026-09-30T15:00:00'), 3, nationalDay).toISOString()).toBe(bj('2026-10-10T18:00:00').toISOString());
    // Saturday 09-19 + 1 wd = Sunday 09-20 (调休)
    expect(addWorkingDays(bj('2026-09-19T08:00:00'), 1, nationalDay).toISOString()).toBe(bj('2026-09-20T18:00:00').toISOString());
    // without the calendar the same request would be due on Thursday 10-01
    expect(addWorkingDays(bj('2026-09-30T15:00:00'), 1, none).toISOString()).toBe(bj('2026-10-01T18:00:00').toISOString());
  });

  it('parses the reference notation and refuses nonsense', () => {
    expect(parseDeadline('2h')).toEqual({ value: 2, unit: 'h' });
    expect(parseDeadline('15wd')).toEqual({ value: 15, unit: 'wd' });
    expect(() => parseDeadline('0h')).toThrow();
    expect(() => parseDeadline('3d')).toThrow();
    expect(() => addWorkingDays(new Date(), 0, none)).toThrow();
  });

  it('lights: green, yellow in the last quarter, red when overdue', () => {
    const start = bj('2026-11-23T08:00:00');
    const due = bj('2026-11-23T12:00:00');
    expect(lightOf(bj('2026-11-23T09:00:00'), start, due)).toBe('green');
    expect(lightOf(bj('2026-11-23T11:30:00'), start, due)).toBe('yellow');
    expect(lightOf(bj('2026-11-23T12:01:00'), start, due)).toBe('red');
    expect(worstLight('green', null, 'yellow')).toBe('yellow');
    expect(worstLight(null)).toBeNull();
  });
});
