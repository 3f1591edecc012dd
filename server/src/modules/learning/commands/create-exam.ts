import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError, langOf } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { CreateExam } from '../exams.dto.js';
import { sectionPool } from '../exam-draw.js';
import { pgArray } from './save-question.js';

/** Owner and audience inside the caller's scope; every section must be able to fill its count; the pass mark within the total. */
export async function createExam(db: Db, req: FastifyRequest, scope: Scope, input: CreateExam): Promise<number> {
  const ids = [input.orgId, ...input.audienceOrgIds];
  const orgRows = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  const pathOf = new Map(orgRows.map((o) => [o.id, o.path]));
  for (const [i, id] of ids.entries()) {
    const path = pathOf.get(id);
    if (!path || !pathInScope(path, scope)) {
      throw new AppError('validation_failed', [{ field: i === 0 ? 'orgId' : `audienceOrgIds.${i - 1}`, message: 'organisation not found in your scope' }]);
    }
  }
  const orgPath = pathOf.get(input.orgId)!;
  // Messages in the caller's language (and both), so the form can show them under the field as they are.
  const problems: { field: string; message: string; message_zh: string; message_en: string }[] = [];
  const problem = (field: string, zh: string, en: string) => problems.push({ field, message: langOf(req) === 'en' ? en : zh, message_zh: zh, message_en: en });
  let totalPoints = 0;
  for (const [i, s] of input.sections.entries()) {
    const pool = await sectionPool(db, orgPath, s);
    if ('questionIds' in s) {
      const missing = s.questionIds.filter((id) => !pool.includes(id));
      if (missing.length) problem(`sections.${i}.questionIds`, `题库中找不到这些题目：${missing.join('、')}`, `Questions not found: ${missing.join(', ')}`);
      totalPoints += new Set(s.questionIds).size * s.points;
    } else if (s.minDifficulty > s.maxDifficulty) {
      problem(`sections.${i}.maxDifficulty`, '最高难度不能低于最低难度', 'The highest difficulty is below the lowest');
    } else if (pool.length < s.count) {
      problem(`sections.${i}.count`, `题库中符合条件的题目只有 ${pool.length} 道，抽题数不能超过 ${pool.length}`, `Only ${pool.length} questions match this section; draw at most ${pool.length}`);
    }
    if (!('questionIds' in s)) totalPoints += s.count * s.points;
  }
  if (input.passScore != null && input.passScore > totalPoints) {
    problem('passScore', `及格分 ${input.passScore} 超过试卷总分 ${totalPoints}`, `The pass score ${input.passScore} is above the paper's total of ${totalPoints}`);
  }
  if (problems.length) throw new AppError('validation_failed', problems);
  return transaction(db, async (tx) => {
    const [created] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO learning_exams (title, description, org_id, org_path, audience_paths, time_limit_minutes, opens_at, closes_at, sections, pass_score, status, created_by)
          VALUES (${input.title}, ${input.description}, ${input.orgId}, ${orgPath}, ${pgArray(input.audienceOrgIds.map((id) => pathOf.get(id)!))}::text[],
                  ${input.timeLimitMinutes}, ${input.opensAt?.toISOString() ?? null}::timestamptz, ${input.closesAt?.toISOString() ?? null}::timestamptz,
                  ${JSON.stringify(input.sections)}::jsonb, ${input.passScore}, ${input.status}, ${req.auth?.accountId ?? null})
          RETURNING id`,
    );
    await audit(tx, req, { action: 'learning.exam_create', entity: 'learning_exam', entityId: created.id, orgId: input.orgId, orgPath, summary: input.title, after: input });
    return created.id;
  });
}
