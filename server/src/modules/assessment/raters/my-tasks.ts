import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { RoundStatus } from '../assessment.schema.js';
import { leavesOf, type Leaf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';

interface TaskRow {
  id: number;
  roundId: number;
  versionId: number;
  roundName: string;
  roundStatus: RoundStatus;
  periodFrom: string;
  periodTo: string;
  targetId: number;
  targetName: string;
  leafKey: string;
  score: string | null;
  comment: string;
  ratedAt: Date | null;
}

const taskSelect = sql`SELECT k.id, k.round_id AS "roundId", r.version_id AS "versionId", r.name AS "roundName", r.status AS "roundStatus",
  r.period_from::text AS "periodFrom", r.period_to::text AS "periodTo", k.target_id AS "targetId", t.name AS "targetName", k.leaf_key AS "leafKey",
  k.score, k.comment, k.rated_at AS "ratedAt"
  FROM assessment_rater_tasks k JOIN assessment_rounds r ON r.id = k.round_id JOIN assessment_targets t ON t.id = k.target_id`;

async function withLeaves(db: Db, list: TaskRow[]) {
  const versions = new Map<number, Map<string, Leaf>>();
  for (const v of new Set(list.map((k) => k.versionId))) versions.set(v, new Map(leavesOf((await versionById(db, v)).tree).map((l) => [l.key, l])));
  return list.map(({ versionId, ...k }) => {
    const l = versions.get(versionId)!.get(k.leafKey)!;
    const def = l.def.type === 'computed' ? null : l.def;
    return {
      ...k,
      leafName: l.name,
      leafType: (def?.type ?? 'rated') as 'rated' | 'evidence',
      maxScore: def?.maxScore ?? 100,
      guidance: def?.type === 'rated' ? def.rubric : def?.type === 'evidence' ? def.requirement : '',
    };
  });
}

/** The rater's own tasks (by account; nothing else of the round is visible to a rater). Draft rounds' tasks are not shown yet. */
export async function myTasks(db: Db, accountId: number, q: { status?: 'pending' | 'done'; roundId?: number; page: number; pageSize: number }) {
  const where = sql`k.rater_account_id = ${accountId} AND r.status <> 'draft' ${q.roundId ? sql`AND k.round_id = ${q.roundId}` : sql``}
    ${q.status === 'pending' ? sql`AND k.score IS NULL` : q.status === 'done' ? sql`AND k.score IS NOT NULL` : sql``}`;
  const [[{ n }], list] = await Promise.all([
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM assessment_rater_tasks k JOIN assessment_rounds r ON r.id = k.round_id WHERE ${where}`),
    rows<TaskRow>(db, sql`${taskSelect} WHERE ${where} ORDER BY r.period_to DESC, k.round_id, t.name, k.leaf_key, k.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`),
  ]);
  return { items: await withLeaves(db, list), total: n, page: q.page, pageSize: q.pageSize };
}

/** Scores one task of mine while its round runs (a score may be changed until the round closes). */
export async function rateTask(db: Db, req: FastifyRequest, accountId: number, id: number, b: { score: number; comment: string }) {
  return transaction(db, async (tx) => {
    const [k] = await rows<TaskRow>(tx, sql`${taskSelect} WHERE k.id = ${id} AND k.rater_account_id = ${accountId} FOR UPDATE OF k`);
    if (!k) throw new AppError('not_found');
    if (k.roundStatus !== 'running') throw new AppError('invalid_transition', { status: k.roundStatus, message: 'the round is not running' });
    const [task] = await withLeaves(tx, [k]);
    if (b.score > task.maxScore) throw new AppError('validation_failed', [{ field: 'score', message: `at most ${task.maxScore} points` }]);
    await tx.execute(sql`UPDATE assessment_rater_tasks SET score = ${b.score}, comment = ${b.comment}, rated_at = now() WHERE id = ${id}`);
    // The score itself is kept in the task row; the audit records that a rating was given or changed, not its value.
    await audit(tx, req, { action: 'assessment.rate', entity: 'assessment_rater_task', entityId: id, summary: `${k.roundName} · ${task.leafName}${k.score != null ? ' (changed)' : ''}` });
    const [again] = await withLeaves(tx, await rows<TaskRow>(tx, sql`${taskSelect} WHERE k.id = ${id}`));
    return again;
  });
}
