import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { addDays, monthStart, shanghaiDay, shanghaiTime } from '../../kernel/time.js';
import { makeRandom, type Random } from '../../seed/random.js';
import { completedReads } from '../content/index.js';
import { optionLetters } from './question-rules.js';
import type { QuestionType } from './learning.schema.js';
import { DAILY_QUIZ_SIZE } from './commands/daily-quiz.js';

export interface BankQuestion {
  id: number;
  type: QuestionType;
  options: string[];
  answer: string[];
}

const MONTHS = 15;

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/** What a member answers: the right answer with their accuracy, else a plausible wrong one. */
export function answerOf(r: Random, q: BankQuestion, right: boolean): string[] {
  if (right) return q.answer;
  if (q.type === 'judge') return [q.answer[0] === 'true' ? 'false' : 'true'];
  if (q.type === 'fill') return ['不清楚'];
  const wrong = [...optionLetters.slice(0, q.options.length)].filter((l) => !q.answer.includes(l));
  if (q.type === 'multiple') return q.answer.length > 1 ? q.answer.slice(0, 1) : [q.answer[0], r.pick(wrong)].sort();
  return [r.pick(wrong)];
}

/**
 * A year and a quarter of the members' own study (small and city scales), up to yesterday: daily quizzes answered
 * (most young cadres and some of the others, some days a month as diligent as they are, right as often as they know),
 * and the lessons of the demo courses finished where content says the reading was finished, with the courses
 * completed by those who finished all their lessons. `today` (Asia/Shanghai) fixes the calendar, for tests.
 */
export async function seedStudy(ctx: ModuleContext, opts: SeedOptions, bank: BankQuestion[], today = shanghaiDay(new Date())) {
  const { db } = ctx;
  const r = makeRandom(opts.seed + 505);
  const lastDay = addDays(today, -1);
  const people = await rows<{ id: number; birth: string }>(db, sql`SELECT id, birth_date::text AS birth FROM people ORDER BY id`);

  type Quiz = { personId: number; day: string; questionIds: number[]; answers: Record<string, string[]>; correct: number; createdAt: Date; submittedAt: Date };
  const quizzes: Quiz[] = [];
  if (bank.length >= DAILY_QUIZ_SIZE) {
    for (const p of people) {
      if (!r.chance(ageOn(p.birth, today) <= 35 ? 0.6 : 0.08)) continue;
      const diligence = r.next();
      const accuracy = 0.45 + 0.3 * r.next() + 0.2 * diligence;
      for (let back = MONTHS - 1; back >= 0; back--) {
        const first = monthStart(today, back);
        const days = new Set<string>();
        for (let k = r.int(0, Math.round(4 * diligence)); k > 0; k--) days.add(addDays(first, r.int(0, 27)));
        for (const day of [...days].sort()) {
          if (day > lastDay) continue;
          const drawn = [...bank].sort(() => r.next() - 0.5).slice(0, DAILY_QUIZ_SIZE);
          const answers: Record<string, string[]> = {};
          let correct = 0;
          for (const q of drawn) {
            const right = r.chance(accuracy);
            answers[q.id] = answerOf(r, q, right);
            if (right) correct++;
          }
          const submittedAt = shanghaiTime(day, r.int(7 * 60, 23 * 60));
          quizzes.push({ personId: p.id, day, questionIds: drawn.map((q) => q.id), answers, correct, createdAt: new Date(submittedAt.getTime() - r.int(40, 300) * 1000), submittedAt });
        }
      }
    }
  }

  // Lessons finished where the reading of their content item was (content's seed reads first: modules/index.ts order).
  const lessons = await rows<{ courseId: number; contentId: number }>(db, sql`SELECT course_id AS "courseId", content_id AS "contentId" FROM learning_course_lessons ORDER BY course_id, position`);
  const finished = await completedReads(db, [...new Set(lessons.map((l) => l.contentId))]);
  const doneBy = new Map<string, Date>(finished.map((f) => [`${f.personId}:${f.contentId}`, f.completedAt]));
  const courses = new Map<number, number[]>();
  for (const l of lessons) courses.set(l.courseId, [...(courses.get(l.courseId) ?? []), l.contentId]);
  const completions: Array<{ personId: number; courseId: number; completedAt: Date }> = [];
  for (const personId of new Set(finished.map((f) => f.personId))) {
    for (const [courseId, items] of courses) {
      const at = items.map((c) => doneBy.get(`${personId}:${c}`));
      if (at.every((d) => d !== undefined)) completions.push({ personId, courseId, completedAt: new Date(Math.max(...at.map((d) => d!.getTime()))) });
    }
  }

  await transaction(db, async (tx) => {
    await bulkInsert(tx, 'learning_daily_quizzes', [
      ['person_id', 'int', (q) => q.personId],
      ['day', 'text', (q) => q.day],
      ['question_ids', 'int[]', (q) => q.questionIds],
      ['answers', 'jsonb', (q) => q.answers],
      ['correct', 'int', (q) => q.correct],
      ['total', 'int', (q) => q.questionIds.length],
      ['created_at', 'timestamptz', (q) => q.createdAt],
      ['submitted_at', 'timestamptz', (q) => q.submittedAt],
    ], quizzes);
    await bulkInsert(tx, 'learning_lesson_completions', [
      ['person_id', 'int', (f) => f.personId],
      ['content_id', 'int', (f) => f.contentId],
      ['completed_at', 'timestamptz', (f) => f.completedAt],
    ], finished);
    await bulkInsert(tx, 'learning_course_completions', [
      ['person_id', 'int', (c) => c.personId],
      ['course_id', 'int', (c) => c.courseId],
      ['completed_at', 'timestamptz', (c) => c.completedAt],
    ], completions);
  });
  opts.log(`学习记录: 每日答题 ${quizzes.length} 次（${new Set(quizzes.map((q) => q.personId)).size} 人）, 完成课时 ${finished.length} 个, 完成课程 ${completions.length} 门次`);
}
