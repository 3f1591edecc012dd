import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { shanghaiDay } from '../../kernel/time.js';

/**
 * Spaced repetition of missed questions (FSRS). The daily quiz is asked once a day, so intervals are whole days
 * (no same-day learning steps) and a card counts as due on the Asia/Shanghai day its due time falls on.
 */
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

export { Rating };
export type ReviewCard = Card;

/** The card after one review: a missing card starts empty (a question met for the first time). */
export function review(card: ReviewCard | null, rating: Grade, now: Date): ReviewCard {
  return scheduler.next(card ?? createEmptyCard(now), now, rating).card;
}

/** Whether the card comes up in the daily quiz of the given day (YYYY-MM-DD, Asia/Shanghai). */
export function isDueOn(card: Pick<ReviewCard, 'due'>, day: string): boolean {
  return shanghaiDay(card.due) <= day;
}

/** The SQL row shape (learning_review_cards) as a ts-fsrs card, and back. */
export interface CardRow {
  due: Date | string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: Date | string | null;
}

export function fromRow(r: CardRow): ReviewCard {
  return {
    due: new Date(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsed_days: r.elapsed_days,
    scheduled_days: r.scheduled_days,
    learning_steps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    last_review: r.last_review ? new Date(r.last_review) : undefined,
  };
}
