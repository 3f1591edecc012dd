import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import type { Learner } from '../learning.access.js';
import { drawPaper, type PaperItem } from '../exam-draw.js';
import type { ExamSection } from '../exams.dto.js';
import { canonicalAnswer, isCorrect } from '../question-rules.js';
import { questionsByIds } from '../questions.queries.js';
import { pgArray } from './save-question.js';
import { recordWrong } from './wrong-answers.js';

export interface AttemptRow {
  id: number;
  exam_id: number;
  person_id: number;
  items: PaperItem[];
  started_at: string;
  deadline: string | Date;
  overdue: boolean;
  submitted_at: string | null;
  auto_submitted: boolean;
  score: string | null;
  total_points: string;
}

/** The deadline is computed from started_at every time: the time limit, cut short by the exam's closing time. */
const attemptColumns = sql`t.*, least(t.started_at + make_interval(mins => e.time_limit_minutes), coalesce(e.closes_at, 'infinity'::timestamptz)) AS deadline`;

export async function lockAttempt(tx: Db, attemptId: number, personId: number | null): Promise<AttemptRow | null> {
  const [a] = await rows<AttemptRow>(
    tx,
    sql`SELECT *, deadline <= now() AS overdue FROM (
          SELECT ${attemptColumns} FROM learning_exam_attempts t JOIN learning_exams e ON e.id = t.exam_id
           WHERE t.id = ${attemptId} ${personId == null ? sql`` : sql`AND t.person_id = ${personId}`} FOR UPDATE OF t) x`,
  );
  return a ?? null;
}

interface ExamRow {
  id: number;
  org_path: string;
  audience_paths: string[];
  status: string;
  opens_at: string | null;
  closes_at: string | null;
  sections: ExamSection[];
}

/** Starts (or resumes) the member's one sitting; the drawn paper is stored with it. */
export async function startExam(db: Db, examId: number, learner: Learner): Promise<number> {
  return transaction(db, async (tx) => {
    const [exam] = await rows<ExamRow & { open: boolean }>(
      tx,
      sql`SELECT *, (coalesce(opens_at, '-infinity') <= now() AND coalesce(closes_at, 'infinity') > now()) AS open FROM learning_exams WHERE id = ${examId}`,
    );
    const audience = exam && (exam.audience_paths.length ? exam.audience_paths : [exam.org_path]);
    if (!exam || exam.status === 'draft' || !audience.some((p) => learner.orgPath.startsWith(p))) throw new AppError('not_found');
    const [existing] = await rows<{ id: number }>(tx, sql`SELECT id FROM learning_exam_attempts WHERE exam_id = ${examId} AND person_id = ${learner.personId}`);
    if (existing) return existing.id;
    if (exam.status !== 'published' || !exam.open) throw new AppError('exam_not_open', { opensAt: exam.opens_at, closesAt: exam.closes_at });
    const items = await drawPaper(tx, exam, learner.personId);
    if (items.length === 0) throw new AppError('no_questions');
    const total = items.reduce((s, i) => s + i.points, 0);
    await tx.execute(sql`INSERT INTO learning_exam_attempts (exam_id, person_id, items, total_points) VALUES (${examId}, ${learner.personId}, ${JSON.stringify(items)}::jsonb, ${total})
      ON CONFLICT (exam_id, person_id) DO NOTHING`);
    const [row] = await rows<{ id: number }>(tx, sql`SELECT id FROM learning_exam_attempts WHERE exam_id = ${examId} AND person_id = ${learner.personId}`);
    return row.id;
  });
}

/** Saves answers while the clock runs; after the deadline nothing more is accepted. */
export async function saveAnswers(tx: Db, attempt: AttemptRow, given: { questionId: number; answer: string[] }[]) {
  if (attempt.submitted_at) throw new AppError(attempt.auto_submitted ? 'exam_time_over' : 'exam_already_submitted');
  if (attempt.overdue) throw new AppError('exam_time_over', { deadline: attempt.deadline });
  const onPaper = new Set(attempt.items.map((i) => i.questionId));
  for (const g of given) {
    if (!onPaper.has(g.questionId)) throw new AppError('validation_failed', [{ field: 'answers', message: `question ${g.questionId} is not on this paper` }]);
    await tx.execute(sql`INSERT INTO learning_exam_answers (attempt_id, question_id, answer) VALUES (${attempt.id}, ${g.questionId}, ${pgArray(g.answer)}::text[])
      ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = EXCLUDED.answer, answered_at = now()`);
  }
}

/** Grades every item of the paper from the saved answers; unanswered items score nothing. */
async function grade(tx: Db, attempt: AttemptRow, auto: boolean) {
  const saved = await rows<{ question_id: number; answer: string[] }>(tx, sql`SELECT question_id, answer FROM learning_exam_answers WHERE attempt_id = ${attempt.id}`);
  const answerOf = new Map(saved.map((s) => [s.question_id, s.answer]));
  const questions = new Map((await questionsByIds(tx, attempt.items.map((i) => i.questionId))).map((q) => [q.id, q]));
  let score = 0;
  for (const item of attempt.items) {
    const q = questions.get(item.questionId);
    const answer = answerOf.get(item.questionId) ?? [];
    const correct = !!q && isCorrect(q, answer);
    if (correct) score += item.points;
    else if (q && answer.length && canonicalAnswer(q.type, answer).length) await recordWrong(tx, attempt.person_id, q.id, answer, 'exam');
    await tx.execute(sql`INSERT INTO learning_exam_answers (attempt_id, question_id, answer, correct, points) VALUES (${attempt.id}, ${item.questionId}, ${pgArray(answer)}::text[], ${correct}, ${correct ? item.points : 0})
      ON CONFLICT (attempt_id, question_id) DO UPDATE SET correct = EXCLUDED.correct, points = EXCLUDED.points`);
  }
  await tx.execute(sql`UPDATE learning_exam_attempts SET score = ${score}, auto_submitted = ${auto},
    submitted_at = ${auto ? sql`${new Date(attempt.deadline).toISOString()}::timestamptz` : sql`now()`} WHERE id = ${attempt.id}`);
  return { personId: attempt.person_id, examId: attempt.exam_id, attemptId: attempt.id, score, totalPoints: Number(attempt.total_points), auto };
}

/** Auto-submits a sitting whose time is up (lazily on access, or from the sweep job). */
export async function finishIfOverdue(ctx: ModuleContext, attemptId: number) {
  const done = await transaction(ctx.db, async (tx) => {
    const a = await lockAttempt(tx, attemptId, null);
    return a && !a.submitted_at && a.overdue ? grade(tx, a, true) : null;
  });
  if (done) await ctx.events.publish('learning.exam_submitted', done);
  return done;
}

export async function submitExam(ctx: ModuleContext, attemptId: number, learner: Learner, given: { questionId: number; answer: string[] }[]) {
  await finishIfOverdue(ctx, attemptId);
  const done = await transaction(ctx.db, async (tx) => {
    const a = await lockAttempt(tx, attemptId, learner.personId);
    if (!a) throw new AppError('not_found');
    await saveAnswers(tx, a, given);
    return grade(tx, a, false);
  });
  await ctx.events.publish('learning.exam_submitted', done);
  return done;
}

/** The job: every sitting past its deadline and not yet submitted. */
export async function sweepOverdue(ctx: ModuleContext, limit = 200): Promise<number> {
  const due = await rows<{ id: number }>(
    ctx.db,
    sql`SELECT t.id FROM learning_exam_attempts t JOIN learning_exams e ON e.id = t.exam_id
         WHERE t.submitted_at IS NULL
           AND least(t.started_at + make_interval(mins => e.time_limit_minutes), coalesce(e.closes_at, 'infinity'::timestamptz)) <= now()
         ORDER BY t.id LIMIT ${limit}`,
  );
  for (const d of due) await finishIfOverdue(ctx, d.id);
  return due.length;
}
