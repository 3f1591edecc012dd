import { describe, expect, it } from 'vitest';
import { shanghaiDay } from '../../kernel/time.js';
import { isDueOn, Rating, review } from './review-schedule.js';

const DAY = 86400_000;
// 10:00 in Shanghai on 2 March 2026.
const missedAt = new Date('2026-03-02T02:00:00Z');
const dayOf = (d: Date) => shanghaiDay(d);
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY);

describe('spaced repetition of missed questions (FSRS, whole days, Asia/Shanghai)', () => {
  it('a question missed today comes back on its due date and not before', () => {
    const card = review(null, Rating.Again, missedAt);
    const dueDay = dayOf(card.due);
    expect(dueDay > dayOf(missedAt)).toBe(true);
    expect(isDueOn(card, dayOf(missedAt))).toBe(false);
    for (let d = 1; dayOf(new Date(missedAt.getTime() + d * DAY)) < dueDay; d++) expect(isDueOn(card, dayOf(new Date(missedAt.getTime() + d * DAY)))).toBe(false);
    expect(isDueOn(card, dueDay)).toBe(true);
    // Early on the due day (08:00 in Shanghai, before the 10:00 due time) it already counts as due: the quiz is daily.
    expect(isDueOn(card, dayOf(new Date(`${dueDay}T00:00:00Z`)))).toBe(true);
  });

  it('a correct review pushes the due date further than the previous interval; a miss brings it back', () => {
    const first = review(null, Rating.Again, missedAt);
    const firstInterval = daysBetween(missedAt, first.due);
    expect(firstInterval).toBeGreaterThanOrEqual(1);
    const second = review(first, Rating.Good, first.due);
    const secondInterval = daysBetween(first.due, second.due);
    expect(secondInterval).toBeGreaterThan(firstInterval);
    const third = review(second, Rating.Good, second.due);
    expect(daysBetween(second.due, third.due)).toBeGreaterThan(secondInterval);
    expect(third.reps).toBe(3);

    const lapse = review(third, Rating.Again, third.due);
    expect(daysBetween(third.due, lapse.due)).toBeLessThan(daysBetween(second.due, third.due));
    expect(lapse.lapses).toBe(1);
  });
});
