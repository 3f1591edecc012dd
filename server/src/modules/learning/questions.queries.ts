import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import type { questionListQuery } from './learning.dto.js';
import type { QuestionType } from './learning.schema.js';

export interface QuestionRow {
  id: number;
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
  tags: string[];
  difficulty: number;
  explanation: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  source: string;
  createdAt: string;
  updatedAt: string;
}

const columns = sql`q.id, q.type, q.stem, q.options, q.answer, q.tags, q.difficulty, q.explanation, q.org_id AS "orgId", o.name AS "orgName",
  q.org_path AS "orgPath", q.source, q.created_at AS "createdAt", q.updated_at AS "updatedAt"`;
const from = sql`FROM learning_questions q JOIN orgs o ON o.id = q.org_id`;

export async function listQuestions(db: Db, scope: Scope, q: z.infer<typeof questionListQuery>) {
  const conds: SQL[] = [sql`q.deleted_at IS NULL`, inScope(sql`q.org_path`, scope)];
  if (q.q) conds.push(sql`q.stem ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  if (q.type) conds.push(sql`q.type = ${q.type}`);
  if (q.tag) conds.push(sql`${q.tag} = ANY(q.tags)`);
  if (q.difficulty) conds.push(sql`q.difficulty = ${q.difficulty}`);
  if (q.orgId) conds.push(sql`q.org_id = ${q.orgId}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${where}`);
  const items = await rows<QuestionRow>(db, sql`SELECT ${columns} ${from} WHERE ${where} ORDER BY q.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getQuestion(db: Db, scope: Scope, id: number): Promise<QuestionRow | null> {
  const [row] = await rows<QuestionRow>(db, sql`SELECT ${columns} ${from} WHERE q.id = ${id} AND q.deleted_at IS NULL AND ${inScope(sql`q.org_path`, scope)}`);
  return row ?? null;
}

/** Tags in use in the caller's scope, with how many questions carry each. */
export function tagsInScope(db: Db, scope: Scope) {
  return rows<{ tag: string; count: number }>(
    db,
    sql`SELECT t AS tag, count(*)::int AS count FROM learning_questions q, unnest(q.tags) t
         WHERE q.deleted_at IS NULL AND ${inScope(sql`q.org_path`, scope)} GROUP BY t ORDER BY count(*) DESC, t`,
  );
}

/** Full questions by id, in the given order (server-side grading and result pages). */
export async function questionsByIds(db: Db, ids: readonly number[]): Promise<QuestionRow[]> {
  if (ids.length === 0) return [];
  const found = await rows<QuestionRow>(db, sql`SELECT ${columns} ${from} WHERE q.id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  const byId = new Map(found.map((q) => [q.id, q]));
  return ids.map((i) => byId.get(i)).filter((q): q is QuestionRow => !!q);
}

/** What a member sees before answering: never the answer or the explanation. */
export function asUnanswered(q: QuestionRow) {
  return { id: q.id, type: q.type, stem: q.stem, options: q.options };
}

export function asReviewed(q: QuestionRow, given: string[] | null, correct: boolean) {
  return { id: q.id, type: q.type, stem: q.stem, options: q.options, yourAnswer: given ?? [], correctAnswer: q.answer, correct, explanation: q.explanation };
}

export async function tagAssignments(db: Db, scope: Scope) {
  return rows<{ orgId: number; orgName: string; tags: string[]; updatedAt: string }>(
    db,
    sql`SELECT a.org_id AS "orgId", o.name AS "orgName", a.tags, a.updated_at AS "updatedAt"
          FROM learning_tag_assignments a JOIN orgs o ON o.id = a.org_id WHERE ${inScope(sql`a.org_path`, scope)} ORDER BY a.org_path`,
  );
}
