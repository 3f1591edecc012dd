import type { MatchKind } from '../contests.schema.js';
import { rankEntrants, type Entrant } from '../scoring.js';

/** Players a match needs: 双人对战 two, 四人赛 four. */
export const matchSize: Record<MatchKind, number> = { duel: 2, four: 4 };

/** The clock of a match (tests shorten it). */
export const matchTiming = {
  /** Questions per match. */
  questions: 5,
  /** Time limit of one question. */
  questionMs: 15_000,
  /** From “matched” to the first question. */
  readyMs: 3_000,
  /** From a question's results to the next question. */
  gapMs: 2_500,
  /** How long a member waits in a queue before it gives up. */
  queueMs: 60_000,
};

/** Points units of a 四人赛 place, after 学习强国: first 5, then 3, 2, and 1 for the last. */
export function fourPlacePoints(place: number, players: number): number {
  if (place >= players) return 1;
  return [5, 3, 2][place - 1] ?? 1;
}

export interface MatchEntrant extends Entrant {
  left: boolean;
}

/** Ranks players by score and time; a player who left ranks after everyone who stayed. */
export function placeEntrants<T extends MatchEntrant>(list: readonly T[]): Array<{ entrant: T; rank: number }> {
  const stayed = rankEntrants(list.filter((e) => !e.left));
  const left = rankEntrants(list.filter((e) => e.left)).map((r) => ({ ...r, rank: r.rank + stayed.length }));
  return [...stayed, ...left];
}
