import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { shanghaiDay } from '../../../kernel/points/points.service.js';
import type { Learner } from '../learning.access.js';
import { visibleToMember } from '../learning.access.js';
import { isCorrect } from '../question-rules.js';
import { asReviewed, asUnanswered, questionsByIds, type QuestionRow } from '../questions.queries.js';
import { Rating } from '../review-schedule.js';
import { recordWrong } from './wrong-answers.js';
import { dueBefore, rateCard } from './review-cards.js';
import { tagsFor } from './tag-assignment.js';
import { pgArray } from './save-question.js';

export const DAILY_QUIZ_SIZE = 5;
/** At most this many of the day's questions are due reviews of earlier mistakes; the rest are new questions. */
export const DAILY_REVIEWS = 2;

export interface QuizRow {
  id: number;
  day: string;
  question_ids: number[];
  review_ids: number[];
  answers: Record<string, string[]> | null;
  correct: number | null;
  total: number;
  submitted_at: string | null;
}

const given = (quiz: QuizRow, q: QuestionRow) => quiz.answers?.[q.id];

/** Before the end: the questions without answers, plus the ones already answered with their verdicts (a reload continues there). */
async function present(db: Db, quiz: QuizRow) {
  const questions = await questionsByIds(db, quiz.question_ids);
  const base = { id: quiz.id, day: quiz.day, total: quiz.total, reviewIds: quiz.review_ids ?? [] };
  const reviewed = (q: QuestionRow) => asReviewed(q, given(quiz, q) ?? [], isCorrect(q, given(quiz, q) ?? []));
  if (!quiz.submitted_at) {
    return { ...base, submitted: false as const, questions: questions.map(asUnanswered), answered: questions.filter((q) => given(quiz, q) !== undefined).map(reviewed) };
  }
  return { ...base, submitted: true as const, correct: quiz.correct ?? 0, questions: questions.map(reviewed) };
}

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Up to DAILY_REVIEWS due reviews, new questions (never reviewed) from the assigned tags for the rest, more reviews if new ones run out. */
async function draw(db: Db, learner: Learner, day: string) {
  const visible = visibleToMember(learner.orgPath);
  const due = await rows<{ id: number }>(
    db,
    sql`SELECT q.id FROM learning_review_cards c JOIN learning_questions q ON q.id = c.question_id
         WHERE c.person_id = ${learner.personId} AND c.due < ${dueBefore(day)}::timestamptz AND ${visible} ORDER BY c.due, q.id LIMIT ${DAILY_QUIZ_SIZE}`,
  );
  const reviews = due.slice(0, DAILY_REVIEWS).map((d) => d.id);
  const tags = await tagsFor(db, learner.orgPath);
  const tagFilter = tags ? sql`AND q.tags && ${pgArray(tags)}::text[]` : sql``;
  const notReviews = reviews.length ? sql`AND q.id NOT IN (${sql.join(reviews.map((i) => sql`${i}`), sql`, `)})` : sql``;
  const fresh = await rows<{ id: number }>(
    db,
    sql`SELECT q.id FROM learning_questions q WHERE ${visible} ${tagFilter} ${notReviews}
         ORDER BY EXISTS (SELECT 1 FROM learning_review_cards c WHERE c.person_id = ${learner.personId} AND c.question_id = q.id), random()
         LIMIT ${DAILY_QUIZ_SIZE - reviews.length}`,
  );
  const more = due.slice(DAILY_REVIEWS, DAILY_REVIEWS + DAILY_QUIZ_SIZE - reviews.length - fresh.length).map((d) => d.id);
  const reviewIds = [...reviews, ...more];
  return { ids: shuffle([...reviewIds, ...fresh.map((f) => f.id)]), reviewIds };
}

const intArray = (ids: number[]) => `{${ids.join(',')}}`;

/** Today's quiz (Asia/Shanghai day), drawn on first call: due reviews of the member's mistakes and new questions from the organisation's tags. */
export async function todaysQuiz(db: Db, learner: Learner, now = new Date()) {
  const day = shanghaiDay(now);
  const find = () => rows<QuizRow>(db, sql`SELECT * FROM learning_daily_quizzes WHERE person_id = ${learner.personId} AND day = ${day}`);
  let [quiz] = await find();
  if (!quiz) {
    const { ids, reviewIds } = await draw(db, learner, day);
    if (ids.length === 0) throw new AppError('no_questions');
    // Two tabs opening the quiz at once: the unique (person, day) keeps one.
    await db.execute(sql`INSERT INTO learning_daily_quizzes (person_id, day, question_ids, review_ids, total)
      VALUES (${learner.personId}, ${day}, ${intArray(ids)}::int[], ${intArray(reviewIds)}::int[], ${ids.length})
      ON CONFLICT (person_id, day) DO NOTHING`);
    [quiz] = await find();
  }
  return present(db, quiz);
}

/**
 * Grades one question: a miss goes to the wrong-answer book and rates its review card Again; a right answer to a
 * question with a card (a due review) rates it Good, which pushes the card further out.
 */
async function grade(tx: Db, personId: number, q: QuestionRow, answer: string[], missCounts: boolean, now: Date) {
  const correct = isCorrect(q, answer);
  if (!correct && (missCounts || answer.length)) await recordWrong(tx, personId, q.id, answer, 'quiz', now);
  if (correct) {
    const [card] = await rows<{ n: number }>(tx, sql`SELECT 1 AS n FROM learning_review_cards WHERE person_id = ${personId} AND question_id = ${q.id}`);
    if (card) await rateCard(tx, personId, q.id, Rating.Good, now);
  }
  return correct;
}

async function lockToday(tx: Db, learner: Learner, quizId: number, now: Date) {
  const [quiz] = await rows<QuizRow>(tx, sql`SELECT * FROM learning_daily_quizzes WHERE id = ${quizId} AND person_id = ${learner.personId} FOR UPDATE`);
  if (!quiz) throw new AppError('not_found');
  if (quiz.submitted_at) throw new AppError('quiz_already_submitted');
  if (quiz.day !== shanghaiDay(now)) throw new AppError('quiz_expired');
  return quiz;
}

/** Stores the answers and, once every question has one, the score and the end of the quiz. */
async function save(tx: Db, quiz: QuizRow, answers: Record<string, string[]>, questions: QuestionRow[]) {
  const finished = questions.every((q) => answers[q.id] !== undefined);
  const correct = questions.filter((q) => answers[q.id] !== undefined && isCorrect(q, answers[q.id])).length;
  const [saved] = await rows<QuizRow>(
    tx,
    sql`UPDATE learning_daily_quizzes SET answers = ${JSON.stringify(answers)}::jsonb,
          correct = ${finished ? correct : null}, submitted_at = ${finished ? sql`now()` : null} WHERE id = ${quiz.id} RETURNING *`,
  );
  return saved;
}

/**
 * One answer of today's quiz, checked at once (an empty answer is a timed-out question and counts as wrong).
 * A question answered before is refused; the answer that completes the quiz finishes it (`finished`).
 */
export async function answerQuestion(db: Db, learner: Learner, quizId: number, questionId: number, answer: string[], now = new Date()) {
  const { quiz, question, correct } = await transaction(db, async (tx) => {
    const locked = await lockToday(tx, learner, quizId, now);
    if (!locked.question_ids.includes(questionId)) throw new AppError('not_found');
    if (locked.answers?.[questionId] !== undefined) throw new AppError('question_already_answered');
    const questions = await questionsByIds(tx, locked.question_ids);
    const q = questions.find((x) => x.id === questionId);
    if (!q) throw new AppError('not_found');
    const ok = await grade(tx, learner.personId, q, answer, true, now);
    return { quiz: await save(tx, locked, { ...(locked.answers ?? {}), [questionId]: answer }, questions), question: q, correct: ok };
  });
  return { quiz, finished: !!quiz.submitted_at, result: asReviewed(question, answer, correct), view: await present(db, quiz) };
}

/** Grades every question not answered yet in one go (questions answered one at a time keep their answers). */
export async function submitQuiz(db: Db, learner: Learner, quizId: number, givenAnswers: { questionId: number; answer: string[] }[], now = new Date()) {
  const graded = await transaction(db, async (tx) => {
    const quiz = await lockToday(tx, learner, quizId, now);
    const byId = new Map(givenAnswers.map((g) => [g.questionId, g.answer]));
    const answers: Record<string, string[]> = { ...(quiz.answers ?? {}) };
    const questions = await questionsByIds(tx, quiz.question_ids);
    for (const q of questions) {
      if (answers[q.id] !== undefined) continue;
      answers[q.id] = byId.get(q.id) ?? [];
      await grade(tx, learner.personId, q, answers[q.id], false, now);
    }
    return save(tx, quiz, answers, questions);
  });
  return { quiz: graded, result: await present(db, graded) };
}
