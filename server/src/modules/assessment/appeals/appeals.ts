import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { loadRound, roundColumns, speaksFor, type RoundRow } from '../assessment.access.js';
import { leavesOf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';
import { targetDetail } from '../rounds/rounds.queries.js';
import { regradeFromStored } from '../rounds/compute.js';

interface AppealRow {
  id: number;
  roundId: number;
  roundName: string;
  versionId: number;
  targetId: number;
  targetName: string;
  leafKey: string;
  reason: string;
  status: 'open' | 'upheld' | 'rejected';
  answer: string | null;
  scoreBefore: string | null;
  scoreAfter: string | null;
  createdAt: Date;
  answeredAt: Date | null;
}

const appealSelect = sql`SELECT a.id, a.round_id AS "roundId", r.name AS "roundName", r.version_id AS "versionId", a.target_id AS "targetId", t.name AS "targetName",
  a.leaf_key AS "leafKey", a.reason, a.status, a.answer, a.score_before AS "scoreBefore", a.score_after AS "scoreAfter", a.created_at AS "createdAt", a.answered_at AS "answeredAt"
  FROM assessment_appeals a JOIN assessment_rounds r ON r.id = a.round_id JOIN assessment_targets t ON t.id = a.target_id`;

async function named(db: Db, list: AppealRow[]) {
  const names = new Map<number, Map<string, string>>();
  for (const v of new Set(list.map((a) => a.versionId))) names.set(v, new Map(leavesOf((await versionById(db, v)).tree).map((l) => [l.key, l.name])));
  return list.map(({ versionId, ...a }) => ({ ...a, leafName: names.get(versionId)!.get(a.leafKey) ?? a.leafKey }));
}

const appealOpenSql = sql`(r.status IN ('closed', 'confirmed') AND r.appeal_until IS NOT NULL AND now() <= r.appeal_until)`;

/** My results: the closed and confirmed rounds' targets I speak for (the organisation's secretary or admin, or myself), each drillable. */
export async function myResults(db: Db, accountId: number) {
  const list = await rows<RoundRow & { targetId: number; appealOpen: boolean }>(
    db,
    sql`SELECT ${roundColumns}, t.id AS "targetId", ${appealOpenSql} AS "appealOpen" FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id
         WHERE r.status IN ('closed', 'confirmed') AND ${speaksFor(accountId)} ORDER BY r.period_to DESC, r.id DESC, t.id LIMIT 100`,
  );
  const items = [];
  for (const r of list) items.push({ ...(await targetDetail(db, r, r.targetId)), roundId: r.id, roundName: r.name, roundStatus: r.status, appealUntil: r.appealUntil, appealOpen: r.appealOpen });
  return { items };
}

export async function myAppeals(db: Db, accountId: number) {
  return { items: await named(db, await rows<AppealRow>(db, sql`${appealSelect} WHERE ${speaksFor(accountId)} ORDER BY a.created_at DESC, a.id DESC LIMIT 200`)) };
}

/** A target asks for review of one item, within the round's appeal window after the close; one open appeal per item. */
export async function fileAppeal(db: Db, req: FastifyRequest, accountId: number, b: { targetId: number; leafKey: string; reason: string }) {
  return transaction(db, async (tx) => {
    const [t] = await rows<RoundRow & { targetId: number; targetName: string; orgPath: string; open: boolean }>(
      tx,
      sql`SELECT ${roundColumns}, t.id AS "targetId", t.name AS "targetName", t.org_path AS "orgPath", ${appealOpenSql} AS open
            FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id WHERE t.id = ${b.targetId} AND ${speaksFor(accountId)} FOR UPDATE OF t`,
    );
    if (!t) throw new AppError('not_found', [{ field: 'targetId', message: 'no target you speak for' }]);
    if (!t.open) throw new AppError('invalid_transition', { message: 'appeals are accepted after the close until the round’s appeal deadline' });
    const leaf = leavesOf((await versionById(tx, t.versionId)).tree).find((l) => l.key === b.leafKey);
    if (!leaf) throw new AppError('validation_failed', [{ field: 'leafKey', message: 'no item of this round' }]);
    const [pending] = await rows(tx, sql`SELECT 1 FROM assessment_appeals WHERE target_id = ${t.targetId} AND leaf_key = ${b.leafKey} AND status = 'open'`);
    if (pending) throw new AppError('conflict', [{ field: 'leafKey', message: 'an appeal on this item awaits its answer' }]);
    const [{ score }] = await rows<{ score: string | null }>(tx, sql`SELECT (SELECT score FROM assessment_leaf_scores WHERE target_id = ${t.targetId} AND leaf_key = ${b.leafKey}) AS score`);
    const [a] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO assessment_appeals (round_id, target_id, leaf_key, account_id, reason, score_before) VALUES (${t.id}, ${t.targetId}, ${b.leafKey}, ${accountId}, ${b.reason}, ${score}) RETURNING id`,
    );
    await audit(tx, req, { action: 'assessment.appeal_file', entity: 'assessment_appeal', entityId: a.id, orgId: t.scopeOrgId, orgPath: t.orgPath, summary: `${t.name} · ${t.targetName} · ${leaf.name}` });
    return (await named(tx, await rows<AppealRow>(tx, sql`${appealSelect} WHERE a.id = ${a.id}`)))[0];
  });
}

export async function roundAppeals(db: Db, r: RoundRow, q: { status?: 'open' | 'upheld' | 'rejected'; page: number; pageSize: number }) {
  const where = sql`a.round_id = ${r.id} ${q.status ? sql`AND a.status = ${q.status}` : sql``}`;
  const [[{ n }], list] = await Promise.all([
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM assessment_appeals a WHERE ${where}`),
    rows<AppealRow>(db, sql`${appealSelect} WHERE ${where} ORDER BY a.status = 'open' DESC, a.created_at, a.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`),
  ]);
  return { items: await named(db, list), total: n, page: q.page, pageSize: q.pageSize };
}

/**
 * The committee's answer. Upheld: the item gets the new score, the round's totals, grades and ranks are computed
 * again from the stored scores (previous ranks and uses kept); the change is audited with both scores and the
 * target's result before and after. Rejected: the reason is the answer.
 */
export async function answerAppeal(db: Db, req: FastifyRequest, scope: Scope, roundId: number, appealId: number, b: { decision: 'upheld' | 'rejected'; answer: string; score?: number }) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    const [a] = await rows<AppealRow>(tx, sql`${appealSelect} WHERE a.id = ${appealId} AND a.round_id = ${r.id} FOR UPDATE OF a`);
    if (!a) throw new AppError('not_found');
    if (a.status !== 'open') throw new AppError('invalid_transition', { status: a.status, message: 'the appeal has been answered' });
    const resultOf = async () =>
      (await rows<{ total: string; grade: string; rank: number }>(tx, sql`SELECT total, grade, rank FROM assessment_results WHERE target_id = ${a.targetId}`))[0] ?? null;
    const before = await resultOf();
    const [current] = await rows<{ score: string }>(tx, sql`SELECT score FROM assessment_leaf_scores WHERE target_id = ${a.targetId} AND leaf_key = ${a.leafKey}`);
    if (b.decision === 'upheld') {
      if (!current) throw new AppError('invalid_transition', { message: 'the item has no score to change' });
      await tx.execute(sql`UPDATE assessment_leaf_scores SET score = ${b.score!}, updated_at = now() WHERE target_id = ${a.targetId} AND leaf_key = ${a.leafKey}`);
      await regradeFromStored(tx, r);
    }
    await tx.execute(sql`UPDATE assessment_appeals SET status = ${b.decision}, answer = ${b.answer}, score_before = ${current?.score ?? null},
      score_after = ${b.decision === 'upheld' ? b.score! : null}, answered_by = ${req.auth?.accountId ?? null}, answered_at = now() WHERE id = ${a.id}`);
    await audit(tx, req, {
      action: `assessment.appeal_${b.decision === 'upheld' ? 'uphold' : 'reject'}`,
      entity: 'assessment_appeal',
      entityId: a.id,
      orgId: r.scopeOrgId,
      orgPath: r.scopeOrgPath,
      summary: `${r.name} · ${a.targetName} · ${a.leafKey}: ${b.decision}`,
      before: { score: current?.score ?? null, result: before },
      after: { score: b.decision === 'upheld' ? b.score : (current?.score ?? null), result: await resultOf() },
    });
    return (await named(tx, await rows<AppealRow>(tx, sql`${appealSelect} WHERE a.id = ${a.id}`)))[0];
  });
}
