import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { addDays, shanghaiTime } from '../../../kernel/time.js';
import { fromRow, review, type CardRow } from '../review-schedule.js';
import { visibleToMember, type Learner } from '../learning.access.js';
import type { Grade } from 'ts-fsrs';

/** Rates the person's card for a question (creating it when missing) and stores the next due date. */
export async function rateCard(tx: Db, personId: number, questionId: number, rating: Grade, now = new Date()) {
  const [row] = await rows<CardRow>(tx, sql`SELECT * FROM learning_review_cards WHERE person_id = ${personId} AND question_id = ${questionId} FOR UPDATE`);
  const c = review(row ? fromRow(row) : null, rating, now);
  const lastReview = c.last_review ? c.last_review.toISOString() : null;
  await tx.execute(sql`
    INSERT INTO learning_review_cards (person_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, updated_at)
    VALUES (${personId}, ${questionId}, ${c.due.toISOString()}::timestamptz, ${c.stability}, ${c.difficulty}, ${c.elapsed_days}, ${c.scheduled_days}, ${c.learning_steps},
            ${c.reps}, ${c.lapses}, ${c.state}, ${lastReview}::timestamptz, now())
    ON CONFLICT (person_id, question_id) DO UPDATE SET due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty,
      elapsed_days = EXCLUDED.elapsed_days, scheduled_days = EXCLUDED.scheduled_days, learning_steps = EXCLUDED.learning_steps, reps = EXCLUDED.reps,
      lapses = EXCLUDED.lapses, state = EXCLUDED.state, last_review = EXCLUDED.last_review, updated_at = now()`);
  return c;
}

/** Cards due on a day fall before the next Asia/Shanghai midnight. */
export const dueBefore = (day: string) => shanghaiTime(addDays(day, 1)).toISOString();

/** How many of the member's reviews are due on the day (questions the daily quiz may still ask). */
export async function dueReviewCount(db: Db, learner: Pick<Learner, 'personId' | 'orgPath'>, day: string) {
  const [r] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM learning_review_cards c JOIN learning_questions q ON q.id = c.question_id
         WHERE c.person_id = ${learner.personId} AND c.due < ${dueBefore(day)}::timestamptz AND ${visibleToMember(learner.orgPath)}`,
  );
  return r.n;
}
