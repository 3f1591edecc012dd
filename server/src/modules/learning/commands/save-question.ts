import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { QuestionBody } from '../learning.dto.js';
import { canonicalStoredAnswer, contentHash, questionProblem, type QuestionContent } from '../question-rules.js';
import type { QuestionRow } from '../questions.queries.js';

export interface NewQuestion extends QuestionContent {
  tags: string[];
  difficulty: number;
  explanation: string;
}

/** Canonical answer + the first problem found, so the API and importers agree on what is valid. */
export function prepare(q: NewQuestion): { question: NewQuestion; hash: string; problem: string | null } {
  const question = { ...q, tags: [...new Set(q.tags.map((t) => t.trim()).filter(Boolean))], answer: canonicalStoredAnswer(q.type, q.answer) };
  return { question, hash: contentHash(question), problem: questionProblem(question) };
}

export async function orgInScope(db: Db, scope: Scope, orgId: number, field = 'orgId') {
  const [org] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE id = ${orgId}`);
  if (!org || !pathInScope(org.path, scope)) throw new AppError('validation_failed', [{ field, message: 'organisation not found in your scope' }]);
  return org;
}

/** A question with the same hash that members of `orgPath` would already be asked (own org or an ancestor's bank). */
export async function duplicateOf(db: Db, orgPath: string, hash: string, exceptId = 0): Promise<number | null> {
  const [d] = await rows<{ id: number }>(
    db,
    sql`SELECT id FROM learning_questions WHERE content_hash = ${hash} AND deleted_at IS NULL AND id <> ${exceptId} AND ${orgPath} LIKE org_path || '%' ORDER BY id LIMIT 1`,
  );
  return d?.id ?? null;
}

export async function insertQuestion(tx: Db, q: NewQuestion, hash: string, org: { id: number; path: string }, createdBy: number | null, source: string) {
  const [row] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO learning_questions (type, stem, options, answer, tags, difficulty, explanation, org_id, org_path, content_hash, source, created_by)
        VALUES (${q.type}, ${q.stem}, ${pgArray(q.options)}::text[], ${pgArray(q.answer)}::text[], ${pgArray(q.tags)}::text[], ${q.difficulty},
                ${q.explanation}, ${org.id}, ${org.path}, ${hash}, ${source}, ${createdBy})
        RETURNING id`,
  );
  return row.id;
}

/** A text[] literal that survives commas, quotes and braces inside the items. */
export function pgArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function refuse(problem: string): never {
  throw new AppError('validation_failed', [{ field: 'answer', message: problem }]);
}

export async function createQuestion(db: Db, req: FastifyRequest, scope: Scope, body: QuestionBody): Promise<number> {
  const org = await orgInScope(db, scope, body.orgId);
  const { question, hash, problem } = prepare(body);
  if (problem) refuse(problem);
  return transaction(db, async (tx) => {
    const dup = await duplicateOf(tx, org.path, hash);
    if (dup) throw new AppError('conflict', { field: 'stem', duplicateOf: dup, message: 'the question bank already has this question' });
    const id = await insertQuestion(tx, question, hash, org, req.auth?.accountId ?? null, 'manual');
    await audit(tx, req, { action: 'learning.question_create', entity: 'learning_question', entityId: id, orgId: org.id, orgPath: org.path, summary: question.stem, after: question });
    return id;
  });
}

export async function updateQuestion(db: Db, req: FastifyRequest, before: QuestionRow, patch: Partial<NewQuestion>) {
  const merged: NewQuestion = {
    type: patch.type ?? before.type,
    stem: patch.stem ?? before.stem,
    options: patch.options ?? before.options,
    answer: patch.answer ?? before.answer,
    tags: patch.tags ?? before.tags,
    difficulty: patch.difficulty ?? before.difficulty,
    explanation: patch.explanation ?? before.explanation,
  };
  const { question, hash, problem } = prepare(merged);
  if (problem) refuse(problem);
  await transaction(db, async (tx) => {
    const dup = await duplicateOf(tx, before.orgPath, hash, before.id);
    if (dup) throw new AppError('conflict', { field: 'stem', duplicateOf: dup, message: 'the question bank already has this question' });
    await tx.execute(sql`UPDATE learning_questions SET type = ${question.type}, stem = ${question.stem}, options = ${pgArray(question.options)}::text[],
      answer = ${pgArray(question.answer)}::text[], tags = ${pgArray(question.tags)}::text[], difficulty = ${question.difficulty},
      explanation = ${question.explanation}, content_hash = ${hash}, updated_at = now() WHERE id = ${before.id}`);
    const { id: _id, orgName: _n, orgPath: _p, createdAt: _c, updatedAt: _u, source: _s, orgId: _o, ...old } = before;
    await audit(tx, req, { action: 'learning.question_update', entity: 'learning_question', entityId: before.id, orgId: before.orgId, orgPath: before.orgPath, summary: question.stem, before: old, after: question });
  });
}

/** Soft delete: quizzes, exams and wrong-answer books that used the question still show it. */
export async function deleteQuestion(db: Db, req: FastifyRequest, before: QuestionRow) {
  await transaction(db, async (tx) => {
    await tx.execute(sql`UPDATE learning_questions SET deleted_at = now() WHERE id = ${before.id}`);
    await audit(tx, req, { action: 'learning.question_delete', entity: 'learning_question', entityId: before.id, orgId: before.orgId, orgPath: before.orgPath, summary: before.stem });
  });
}
