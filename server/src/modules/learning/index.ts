import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { usableByExam, visibleToMember } from './learning.access.js';
import { seededRandom, shuffled } from './question-rules.js';
import { pgArray } from './commands/save-question.js';
import { questionsByIds } from './questions.queries.js';
import type { QuestionType } from './learning.schema.js';

/** What other modules may use of the question bank. */
export { canonicalAnswer, isCorrect, seededRandom, shuffled, optionLetters } from './question-rules.js';
export type { QuestionType } from './learning.schema.js';
/** For seeds that put questions of their own in the bank (checked and hashed as the API does). */
export { insertQuestion, prepare, type NewQuestion } from './commands/save-question.js';

export interface BankQuestion {
  id: number;
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
  explanation: string;
}

export interface DrawRule {
  tags: string[];
  minDifficulty: number;
  maxDifficulty: number;
  types?: QuestionType[];
  count: number;
  seed: number;
}

/** A reproducible draw (same seed → same ids) from the bank an organisation at `ownerPath` may use. */
export async function drawQuestions(db: Db, ownerPath: string, rule: DrawRule): Promise<number[]> {
  const conds: SQL[] = [usableByExam(ownerPath), sql`q.difficulty BETWEEN ${rule.minDifficulty} AND ${rule.maxDifficulty}`];
  if (rule.tags.length) conds.push(sql`q.tags && ${pgArray(rule.tags)}::text[]`);
  if (rule.types?.length) conds.push(sql`q.type IN (${sql.join(rule.types.map((t) => sql`${t}`), sql`, `)})`);
  const pool = await rows<{ id: number }>(db, sql`SELECT q.id FROM learning_questions q WHERE ${sql.join(conds, sql` AND `)} ORDER BY q.id`);
  return shuffled(pool.map((r) => r.id), seededRandom(rule.seed)).slice(0, rule.count);
}

/** Which of `ids` an organisation at `ownerPath` may use (unknown, deleted or foreign ids are dropped). */
export async function usableQuestionIds(db: Db, ownerPath: string, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await rows<{ id: number }>(db, sql`SELECT q.id FROM learning_questions q WHERE ${usableByExam(ownerPath)} AND q.id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  const ok = new Set(found.map((r) => r.id));
  return ids.filter((i) => ok.has(i));
}

/** `count` random questions every member of `orgPaths` may be asked (each sees their own organisation's and its ancestors' banks). */
export async function questionsVisibleToAll(db: Db, orgPaths: readonly string[], count: number, types: readonly QuestionType[]): Promise<BankQuestion[]> {
  const conds = [...new Set(orgPaths)].map((p) => visibleToMember(p));
  conds.push(sql`q.type IN (${sql.join(types.map((t) => sql`${t}`), sql`, `)})`);
  const drawn = await rows<{ id: number }>(db, sql`SELECT q.id FROM learning_questions q WHERE ${sql.join(conds, sql` AND `)} ORDER BY random() LIMIT ${count}`);
  return getQuestionsForContest(db, drawn.map((r) => r.id));
}

/** Full questions (with answers, for server-side grading), in the given order. */
export async function getQuestionsForContest(db: Db, ids: readonly number[]): Promise<BankQuestion[]> {
  return (await questionsByIds(db, ids)).map((q) => ({ id: q.id, type: q.type, stem: q.stem, options: q.options, answer: q.answer, explanation: q.explanation }));
}

export { learningGrowth, type GrowthFact } from './learning.growth.js';
