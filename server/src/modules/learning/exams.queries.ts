import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { audienceReachesScope, escapeLike, inScope, originOf, ownedAbove, type Scope } from '../../kernel/access/scope.js';
import type { Learner } from './learning.access.js';
import type { ExamSection, examListQuery, notTakenQuery } from './exams.dto.js';
import type { ExamStatus, QuestionType } from './learning.schema.js';
import type { AttemptRow } from './commands/exam-attempt.js';
import { asReviewed, asUnanswered, questionsByIds } from './questions.queries.js';

const columns = sql`e.id, e.title, e.description, e.org_id AS "orgId", o.name AS "orgName", e.audience_paths AS "audiencePaths",
  e.time_limit_minutes AS "timeLimitMinutes", e.opens_at AS "opensAt", e.closes_at AS "closesAt", e.sections,
  e.pass_score::float AS "passScore", e.status, e.created_at AS "createdAt"`;
const from = sql`FROM learning_exams e JOIN orgs o ON o.id = e.org_id`;
const origin = (scope: Scope) => sql`${originOf(sql`e.org_path`, sql`o.parent_id`, scope)} AS origin`;

/**
 * Exams an admin sees: those organised in their scope, and published exams organised above them (by an ancestor
 * organisation) whose audience holds their
 * people or which their people sat (read-only there; results and counts cover their people only).
 */
export function examVisible(scope: Scope): SQL {
  const reached = sql`e.status <> 'draft' AND ${ownedAbove(sql`e.org_path`, scope)} AND (${audienceReachesScope(sql`e.audience_paths`, sql`e.org_path`, scope)}
    OR EXISTS (SELECT 1 FROM learning_exam_attempts t JOIN people p ON p.id = t.person_id JOIN orgs po ON po.id = p.org_id WHERE t.exam_id = e.id AND ${inScope(sql`po.path`, scope)}))`;
  return sql`(${inScope(sql`e.org_path`, scope)} OR (${reached}))`;
}

export interface ExamRow {
  id: number;
  title: string;
  description: string;
  orgId: number;
  orgName: string;
  audiencePaths: string[];
  timeLimitMinutes: number;
  opensAt: Date | null;
  closesAt: Date | null;
  sections: ExamSection[];
  passScore: number | null;
  status: ExamStatus;
  createdAt: Date;
  origin: 'own' | 'city' | 'above';
}

export async function listExams(db: Db, scope: Scope, q: z.infer<typeof examListQuery>) {
  const conds: SQL[] = [examVisible(scope)];
  if (q.status) conds.push(sql`e.status = ${q.status}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${where}`);
  const items = await rows<ExamRow & { attempts: number }>(db, sql`SELECT ${columns}, ${origin(scope)}, (SELECT count(*)::int FROM learning_exam_attempts t JOIN people p ON p.id = t.person_id JOIN orgs po ON po.id = p.org_id
      WHERE t.exam_id = e.id AND ${inScope(sql`po.path`, scope)}) AS "attempts"
    ${from} WHERE ${where} ORDER BY e.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** An exam the admin sees (own or reached, see `examVisible`); `origin` says whether they may change it. */
export async function getExam(db: Db, scope: Scope, id: number) {
  const [e] = await rows<ExamRow & { orgPath: string }>(db, sql`SELECT ${columns}, ${origin(scope)}, e.org_path AS "orgPath" ${from} WHERE e.id = ${id} AND ${examVisible(scope)}`);
  return e ?? null;
}

/** Passed: the score reaches the pass mark; null while unsubmitted or when the exam has no pass mark. */
const passedSql = sql`CASE WHEN e.pass_score IS NULL OR t.submitted_at IS NULL THEN NULL ELSE t.score >= e.pass_score END`;

/** Sittings of people in the caller's scope. */
export function examResults(db: Db, scope: Scope, examId: number) {
  return rows<{
    attemptId: number;
    personId: number;
    name: string;
    orgName: string;
    startedAt: Date;
    submittedAt: Date | null;
    autoSubmitted: boolean;
    score: number | null;
    totalPoints: number;
    passed: boolean | null;
  }>(
    db,
    sql`SELECT t.id AS "attemptId", t.person_id AS "personId", p.name, o.name AS "orgName", t.started_at AS "startedAt", t.submitted_at AS "submittedAt",
               t.auto_submitted AS "autoSubmitted", t.score::float AS score, t.total_points::float AS "totalPoints", ${passedSql} AS passed
          FROM learning_exam_attempts t JOIN learning_exams e ON e.id = t.exam_id JOIN people p ON p.id = t.person_id JOIN orgs o ON o.id = p.org_id
         WHERE t.exam_id = ${examId} AND ${inScope(sql`o.path`, scope)} ORDER BY t.score DESC NULLS LAST, t.submitted_at, t.id`,
  );
}

/**
 * People in the caller's scope who may sit exam `examId` (under its audience, or under its owner when it names none)
 * and have no sitting yet (alias s: id, name, org_id, path).
 */
function notTakenPeople(examId: number, scope: Scope, q?: string): SQL {
  return sql`SELECT p.id, p.name, p.org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id JOIN learning_exams e ON e.id = ${examId}
    WHERE ${inScope(sql`o.path`, scope)}
      AND EXISTS (SELECT 1 FROM unnest(CASE WHEN cardinality(e.audience_paths) = 0 THEN ARRAY[e.org_path] ELSE e.audience_paths END) ap WHERE o.path LIKE ap || '%')
      AND NOT EXISTS (SELECT 1 FROM learning_exam_attempts t WHERE t.exam_id = e.id AND t.person_id = p.id)
      ${q ? sql`AND p.name LIKE ${'%' + escapeLike(q) + '%'}` : sql``}`;
}

/** The "not taken" list: eligible people in scope without a sitting, by organisation then id. */
export async function examNotTaken(db: Db, scope: Scope, examId: number, p: z.infer<typeof notTakenQuery>) {
  const people = notTakenPeople(examId, scope, p.q);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM (${people}) s`);
  const items = await rows<{ personId: number; name: string; orgName: string }>(
    db,
    sql`SELECT s.id AS "personId", s.name, o.name AS "orgName" FROM (${people}) s JOIN orgs o ON o.id = s.org_id
         ORDER BY s.path, s.id LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/** Per question: how many papers carried it, how many answered, how many right; plus score summary. */
export async function examStatistics(db: Db, scope: Scope, examId: number) {
  const inScopeAttempts = sql`SELECT t.id FROM learning_exam_attempts t JOIN people p ON p.id = t.person_id JOIN orgs o ON o.id = p.org_id
    WHERE t.exam_id = ${examId} AND t.submitted_at IS NOT NULL AND ${inScope(sql`o.path`, scope)}`;
  const passMark = sql`(SELECT pass_score FROM learning_exams WHERE id = ${examId})`;
  const [summary] = await rows<{
    started: number;
    submitted: number;
    autoSubmitted: number;
    averageScore: number | null;
    maxScore: number | null;
    minScore: number | null;
    passed: number | null;
    notTaken: number;
  }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM learning_exam_attempts t JOIN people p ON p.id = t.person_id JOIN orgs o ON o.id = p.org_id
                 WHERE t.exam_id = ${examId} AND ${inScope(sql`o.path`, scope)}) AS started,
               count(*)::int AS submitted, count(*) FILTER (WHERE t.auto_submitted)::int AS "autoSubmitted",
               round(avg(t.score), 2)::float AS "averageScore", max(t.score)::float AS "maxScore", min(t.score)::float AS "minScore",
               CASE WHEN ${passMark} IS NULL THEN NULL ELSE count(*) FILTER (WHERE t.score >= ${passMark})::int END AS passed,
               (SELECT count(*)::int FROM (${notTakenPeople(examId, scope)}) s) AS "notTaken"
          FROM learning_exam_attempts t WHERE t.id IN (${inScopeAttempts})`,
  );
  const questions = await rows<{ questionId: number; type: QuestionType; stem: string; count: number; answered: number; correct: number; correctRate: number }>(
    db,
    sql`SELECT a.question_id AS "questionId", q.type, q.stem, count(*)::int AS count,
               count(*) FILTER (WHERE cardinality(a.answer) > 0)::int AS answered, count(*) FILTER (WHERE a.correct)::int AS correct,
               round(count(*) FILTER (WHERE a.correct)::numeric / count(*), 4)::float AS "correctRate"
          FROM learning_exam_answers a JOIN learning_questions q ON q.id = a.question_id
         WHERE a.attempt_id IN (${inScopeAttempts}) GROUP BY a.question_id, q.type, q.stem ORDER BY "correctRate", a.question_id`,
  );
  return { ...summary, questions };
}

/** Published exams open to the member, with their own sitting if any. */
export function examsForLearner(db: Db, learner: Learner) {
  return rows<{
    id: number;
    title: string;
    description: string;
    timeLimitMinutes: number;
    opensAt: Date | null;
    closesAt: Date | null;
    status: ExamStatus;
    attemptId: number | null;
    startedAt: Date | null;
    submittedAt: Date | null;
    score: number | null;
    totalPoints: number | null;
    passScore: number | null;
    passed: boolean | null;
  }>(
    db,
    sql`SELECT e.id, e.title, e.description, e.time_limit_minutes AS "timeLimitMinutes", e.opens_at AS "opensAt", e.closes_at AS "closesAt", e.status,
               t.id AS "attemptId", t.started_at AS "startedAt", t.submitted_at AS "submittedAt", t.score::float AS score, t.total_points::float AS "totalPoints",
               e.pass_score::float AS "passScore", ${passedSql} AS passed
          FROM learning_exams e LEFT JOIN learning_exam_attempts t ON t.exam_id = e.id AND t.person_id = ${learner.personId}
         WHERE e.status IN ('published', 'closed')
           AND ((cardinality(e.audience_paths) = 0 AND ${learner.orgPath} LIKE e.org_path || '%')
                OR EXISTS (SELECT 1 FROM unnest(e.audience_paths) ap WHERE ${learner.orgPath} LIKE ap || '%'))
         ORDER BY e.id DESC`,
  );
}

/** The member's paper: questions without answers while running; answers, explanations and score once submitted. */
export async function attemptView(db: Db, a: AttemptRow) {
  const questions = new Map((await questionsByIds(db, a.items.map((i) => i.questionId))).map((q) => [q.id, q]));
  const saved = await rows<{ question_id: number; answer: string[]; correct: boolean | null; points: string | null }>(
    db,
    sql`SELECT question_id, answer, correct, points FROM learning_exam_answers WHERE attempt_id = ${a.id}`,
  );
  const byId = new Map(saved.map((s) => [s.question_id, s]));
  const deadline = new Date(a.deadline);
  const base = { attemptId: a.id, examId: a.exam_id, startedAt: a.started_at, deadline: deadline.toISOString(), totalPoints: Number(a.total_points) };
  const paper = a.items.filter((i) => questions.has(i.questionId));
  if (!a.submitted_at) {
    return {
      ...base,
      submitted: false as const,
      remainingSeconds: Math.max(0, Math.floor((deadline.getTime() - Date.now()) / 1000)),
      questions: paper.map((i) => ({ ...asUnanswered(questions.get(i.questionId)!), points: i.points, section: i.section, savedAnswer: byId.get(i.questionId)?.answer ?? [] })),
    };
  }
  const [{ passScore }] = await rows<{ passScore: number | null }>(db, sql`SELECT pass_score::float AS "passScore" FROM learning_exams WHERE id = ${a.exam_id}`);
  const score = Number(a.score);
  return {
    ...base,
    submitted: true as const,
    submittedAt: a.submitted_at,
    autoSubmitted: a.auto_submitted,
    score,
    passScore,
    passed: passScore == null ? null : score >= passScore,
    questions: paper.map((i) => {
      const s = byId.get(i.questionId);
      return { ...asReviewed(questions.get(i.questionId)!, s?.answer ?? [], !!s?.correct), points: i.points, section: i.section, earned: Number(s?.points ?? 0) };
    }),
  };
}
