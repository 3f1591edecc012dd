import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { shanghaiDay } from '../../../kernel/points/points.service.js';
import type { Learner } from '../learning.access.js';
import { visibleToMember } from '../learning.access.js';
import { isCorrect } from '../question-rules.js';
import { asReviewed, asUnanswered, questionsByIds } from '../questions.queries.js';
import { recordWrong } from './wrong-answers.js';
import { tagsFor } from './tag-assignment.js';
import { pgArray } from './save-question.js';

export const DAILY_QUIZ_SIZE = 5;

interface QuizRow {
  id: number;
  day: string;
  question_ids: number[];
  answers: Record<string, string[]> | null;
  correct: number | null;
  total: number;
  submitted_at: string | null;
}

async function present(db: Db, quiz: QuizRow) {
  const questions = await questionsByIds(db, quiz.question_ids);
  const base = { id: quiz.id, day: quiz.day, total: quiz.total };
  if (!quiz.submitted_at) return { ...base, submitted: false as const, questions: questions.map(asUnanswered) };
  const answers = quiz.answers ?? {};
  return { ...base, submitted: true as const, correct: quiz.correct ?? 0, questions: questions.map((q) => asReviewed(q, answers[q.id] ?? [], isCorrect(q, answers[q.id] ?? []))) };
}

/** Today's quiz (Asia/Shanghai day), drawn on first call from the tags assigned to the member's organisation. */
export async function todaysQuiz(db: Db, learner: Learner, now = new Date()) {
  const day = shanghaiDay(now);
  const find = () => rows<QuizRow>(db, sql`SELECT * FROM learning_daily_quizzes WHERE person_id = ${learner.personId} AND day = ${day}`);
  let [quiz] = await find();
  if (!quiz) {
    const tags = await tagsFor(db, learner.orgPath);
    const tagFilter = tags ? sql`AND q.tags && ${pgArray(tags)}::text[]` : sql``;
    const drawn = await rows<{ id: number }>(db, sql`SELECT q.id FROM learning_questions q WHERE ${visibleToMember(learner.orgPath)} ${tagFilter} ORDER BY random() LIMIT ${DAILY_QUIZ_SIZE}`);
    if (drawn.length === 0) throw new AppError('no_questions');
    const ids = `{${drawn.map((d) => d.id).join(',')}}`;
    // Two tabs opening the quiz at once: the unique (person, day) keeps one.
    await db.execute(sql`INSERT INTO learning_daily_quizzes (person_id, day, question_ids, total) VALUES (${learner.personId}, ${day}, ${ids}::int[], ${drawn.length})
      ON CONFLICT (person_id, day) DO NOTHING`);
    [quiz] = await find();
  }
  return present(db, quiz);
}

/** Grades today's quiz once; wrong answers go to the wrong-answer book. */
export async function submitQuiz(db: Db, learner: Learner, quizId: number, given: { questionId: number; answer: string[] }[], now = new Date()) {
  const graded = await transaction(db, async (tx) => {
    const [quiz] = await rows<QuizRow>(tx, sql`SELECT * FROM learning_daily_quizzes WHERE id = ${quizId} AND person_id = ${learner.personId} FOR UPDATE`);
    if (!quiz) throw new AppError('not_found');
    if (quiz.submitted_at) throw new AppError('quiz_already_submitted');
    if (quiz.day !== shanghaiDay(now)) throw new AppError('quiz_expired');
    const byId = new Map(given.map((g) => [g.questionId, g.answer]));
    const answers: Record<string, string[]> = {};
    let correct = 0;
    for (const q of await questionsByIds(tx, quiz.question_ids)) {
      const answer = byId.get(q.id) ?? [];
      answers[q.id] = answer;
      if (isCorrect(q, answer)) correct++;
      else if (answer.length) await recordWrong(tx, learner.personId, q.id, answer, 'quiz');
    }
    const [saved] = await rows<QuizRow>(
      tx,
      sql`UPDATE learning_daily_quizzes SET answers = ${JSON.stringify(answers)}::jsonb, correct = ${correct}, submitted_at = now() WHERE id = ${quizId} RETURNING *`,
    );
    return saved;
  });
  return { quiz: graded, result: await present(db, graded) };
}
