import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { usableByExam } from './learning.access.js';
import type { ExamSection } from './exams.dto.js';
import { seededRandom, shuffled } from './question-rules.js';
import { pgArray } from './commands/save-question.js';

export interface PaperItem {
  questionId: number;
  points: number;
  section: number;
}

function sectionFilter(s: ExamSection): SQL {
  if ('questionIds' in s) return sql`q.id IN (${sql.join(s.questionIds.map((i) => sql`${i}`), sql`, `)})`;
  const conds: SQL[] = [sql`q.difficulty BETWEEN ${s.minDifficulty} AND ${s.maxDifficulty}`];
  if (s.tags.length) conds.push(sql`q.tags && ${pgArray(s.tags)}::text[]`);
  if (s.types.length) conds.push(sql`q.type IN (${sql.join(s.types.map((t) => sql`${t}`), sql`, `)})`);
  return sql.join(conds, sql` AND `);
}

/** Ids a section may use, in id order so a seeded shuffle is reproducible. */
export async function sectionPool(db: Db, examPath: string, s: ExamSection): Promise<number[]> {
  const found = await rows<{ id: number }>(db, sql`SELECT q.id FROM learning_questions q WHERE ${usableByExam(examPath)} AND ${sectionFilter(s)} ORDER BY q.id`);
  return found.map((r) => r.id);
}

/** A member's own paper: a seeded draw per (exam, person), fixed sections kept in their order, no question twice. */
export async function drawPaper(db: Db, exam: { id: number; org_path: string; sections: ExamSection[] }, personId: number): Promise<PaperItem[]> {
  const random = seededRandom(Math.imul(exam.id, 2654435761) ^ Math.imul(personId, 40503));
  const used = new Set<number>();
  const items: PaperItem[] = [];
  for (const [i, s] of exam.sections.entries()) {
    const pool = (await sectionPool(db, exam.org_path, s)).filter((id) => !used.has(id));
    const picked = 'questionIds' in s ? s.questionIds.filter((id) => pool.includes(id)) : shuffled(pool, random).slice(0, s.count);
    for (const questionId of picked) {
      used.add(questionId);
      items.push({ questionId, points: s.points, section: i });
    }
  }
  return items;
}
