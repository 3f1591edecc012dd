import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertStatus, loadRound } from '../assessment.access.js';
import type { ResultUse } from '../assessment.schema.js';
import { resultOf } from '../rounds/rounds.queries.js';

export const useLabels: Record<ResultUse, string> = { award: '评先评优候选', appointment: '调整使用参考' };

/** Marks what a confirmed result is used for (评先评优 candidate, 调整使用 reference); audited with both lists. */
export async function setUses(db: Db, req: FastifyRequest, scope: Scope, roundId: number, targetId: number, uses: ResultUse[]) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'confirmed');
    const [x] = await rows<{ uses: ResultUse[]; name: string; orgPath: string }>(
      tx,
      sql`SELECT x.uses, t.name, t.org_path AS "orgPath" FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id WHERE x.target_id = ${targetId} AND x.round_id = ${r.id} FOR UPDATE OF x`,
    );
    if (!x) throw new AppError('not_found');
    const next = [...new Set(uses)].sort();
    await tx.execute(sql`UPDATE assessment_results SET uses = ${`{${next.join(',')}}`}::text[] WHERE target_id = ${targetId}`);
    await audit(tx, req, {
      action: 'assessment.result_uses',
      entity: 'assessment_target',
      entityId: targetId,
      orgId: r.scopeOrgId,
      orgPath: x.orgPath,
      summary: `${r.name} · ${x.name}: ${next.map((u) => useLabels[u]).join('、') || '—'}`,
      before: { uses: x.uses },
      after: { uses: next },
    });
    return (await resultOf(tx, r.id, targetId))!;
  });
}
