import type { Random } from '../../../seed/random.js';
import { addDays, minDay, officeTime } from './calendar.js';
import type { PlannedSquad } from './roster.js';
import { ratingComments } from './texts.js';

export interface RatingRow {
  periodId: number;
  squadIndex: number;
  raterAccountId: number;
  criterionId: number;
  score: string;
  comment: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface RatingInput {
  r: Random;
  today: string;
  periods: Array<{ id: number; year: number; startsOn: string; endsOn: string }>;
  /** The rubric's criteria of each year. */
  criteria: Map<number, Array<{ id: number }>>;
  /** Raters of every squad (committee admin, reviewer). */
  raters: number[];
}

/**
 * 比作为 scores: every rater scores every criterion of every squad for each quarter that has
 * ended (a squad's form follows its strength, with a quarter's ups and downs); in the running
 * quarter the raters have only begun. Squads founded after a quarter are not rated for it.
 */
export function planRatings(input: RatingInput, squads: PlannedSquad[]): RatingRow[] {
  const { r, today } = input;
  const lastDay = addDays(today, -1);
  const out: RatingRow[] = [];
  for (const period of input.periods) {
    if (period.startsOn > lastDay) continue;
    const ended = period.endsOn < today;
    squads.forEach((squad, squadIndex) => {
      if (squad.row.startedOn > period.endsOn) return;
      if (!ended && !r.chance(0.35)) return;
      const form = Math.min(1, Math.max(0, squad.quality + (r.next() - 0.5) * 0.25));
      const raters = [...new Set([...input.raters, squad.agency.actor])];
      for (const rater of ended ? raters : raters.slice(0, 1)) {
        const day = ended ? minDay(addDays(period.endsOn, r.int(1, 8)), lastDay) : addDays(lastDay, -r.int(0, 5));
        const at = officeTime(r, day < period.startsOn ? period.startsOn : day);
        for (const c of input.criteria.get(period.year) ?? []) {
          const score = Math.min(100, Math.max(40, 58 + 38 * form + r.int(-5, 5)));
          out.push({ periodId: period.id, squadIndex, raterAccountId: rater, criterionId: c.id, score: score.toFixed(2), comment: r.chance(0.2) ? r.pick(ratingComments) : '', createdAt: at, updatedAt: at });
        }
      }
    });
  }
  return out;
}
