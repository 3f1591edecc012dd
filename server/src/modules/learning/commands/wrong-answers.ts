import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { isCorrect } from '../question-rules.js';
import { asReviewed, questionsByIds } from '../questions.queries.js';
import { pgArray } from './save-question.js';
import { rateCard } from './review-cards.js';
import { Rating } from '../review-schedule.js';
import type { QuestionType, WrongAnswerSource } from '../learning.schema.js';

/** Correct practice answers in a row that take a question out of the book. */
export const STREAK_TO_CLEAR = 2;

/** Adds (or re-adds) a wrongly answered question to the person's book, resets its streak and rates its review card Again. */
export async function recordWrong(tx: Db, personId: number, questionId: number, answer: string[], source: WrongAnswerSource, now = new Date()) {
  await rateCard(tx, personId, questionId, Rating.Again, now);
  await tx.execute(sql`
    INSERT INTO learning_wrong_answers (person_id, question_id, last_answer, source) VALUES (${personId}, ${questionId}, ${pgArray(answer)}::text[], ${source})
    ON CONFLICT (person_id, question_id) DO UPDATE SET wrong_count = learning_wrong_answers.wrong_count + 1, correct_streak = 0,
      last_answer = EXCLUDED.last_answer, source = EXCLUDED.source, last_wrong_at = now()`);
}

/** One practice answer: wrong resets the streak, STREAK_TO_CLEAR right in a row removes the question. */
export async function practise(db: Db, personId: number, questionId: number, answer: string[]) {
  return transaction(db, async (tx) => {
    const [entry] = await rows<{ correct_streak: number }>(
      tx,
      sql`SELECT correct_streak FROM learning_wrong_answers WHERE person_id = ${personId} AND question_id = ${questionId} FOR UPDATE`,
    );
    if (!entry) throw new AppError('not_found');
    const [q] = await questionsByIds(tx, [questionId]);
    if (!q) throw new AppError('not_found');
    const correct = isCorrect(q, answer);
    let streak = 0;
    let removed = false;
    if (!correct) await recordWrong(tx, personId, questionId, answer, 'practice');
    else {
      streak = entry.correct_streak + 1;
      removed = streak >= STREAK_TO_CLEAR;
      await tx.execute(
        removed
          ? sql`DELETE FROM learning_wrong_answers WHERE person_id = ${personId} AND question_id = ${questionId}`
          : sql`UPDATE learning_wrong_answers SET correct_streak = ${streak} WHERE person_id = ${personId} AND question_id = ${questionId}`,
      );
    }
    return { ...asReviewed(q, answer, correct), streak, removed };
  });
}

/** The book with answers and explanations (it only holds questions already answered). */
export function wrongAnswerBook(db: Db, personId: number, p: { page: number; pageSize: number }) {
  return rows<{
    id: number;
    type: QuestionType;
    stem: string;
    options: string[];
    correctAnswer: string[];
    explanation: string;
    tags: string[];
    yourAnswer: string[];
    wrongCount: number;
    correctStreak: number;
    source: WrongAnswerSource;
    lastWrongAt: Date;
    total: number;
  }>(
    db,
    sql`SELECT q.id, q.type, q.stem, q.options, q.answer AS "correctAnswer", q.explanation, q.tags, w.last_answer AS "yourAnswer",
               w.wrong_count AS "wrongCount", w.correct_streak AS "correctStreak", w.source, w.last_wrong_at AS "lastWrongAt", count(*) OVER ()::int AS total
          FROM learning_wrong_answers w JOIN learning_questions q ON q.id = w.question_id
         WHERE w.person_id = ${personId} ORDER BY w.last_wrong_at DESC, q.id LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  ).then((items) => ({ items: items.map(({ total: _t, ...x }) => x), total: Number(items[0]?.total ?? 0), page: p.page, pageSize: p.pageSize }));
}

/** Questions to practise, without their answers; the least recently practised mistakes first. */
export async function practiceSet(db: Db, personId: number, limit: number) {
  const ids = await rows<{ question_id: number }>(
    db,
    sql`SELECT question_id FROM learning_wrong_answers WHERE person_id = ${personId} ORDER BY correct_streak, last_wrong_at LIMIT ${limit}`,
  );
  return (await questionsByIds(db, ids.map((r) => r.question_id))).map((q) => ({ id: q.id, type: q.type, stem: q.stem, options: q.options }));
}
