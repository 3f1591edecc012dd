import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { managedCompetition } from '../showcase.access.js';

/**
 * 入围复评: the first `size` cases of a round-1 run (default: the two tiers' quotas) go to the second-round expert
 * panel. Round 1 closes (its scores stay, no more changes), provisional awards from round 1 are cleared, and the
 * competition is back in review for round 2, whose run decides the awards.
 */
export async function shortlistForRound2(db: Db, req: FastifyRequest, scope: Scope, id: number, input: { runId: number; size?: number }) {
  return transaction(db, async (tx) => {
    const c = await managedCompetition(tx, scope, id, { lock: true });
    if (c.status !== 'reviewing' && c.status !== 'decided') throw new AppError('invalid_transition', { status: c.status });
    if (c.reviewRound !== 1) throw new AppError('invalid_transition', { reviewRound: c.reviewRound, message: 'the shortlist is already in round 2' });
    const [run] = await rows<{ round: number }>(tx, sql`SELECT round FROM showcase_result_runs WHERE id = ${input.runId} AND competition_id = ${id}`);
    if (!run) throw new AppError('not_found', [{ field: 'runId', message: 'no such run' }]);
    if (run.round !== 1) throw new AppError('validation_failed', [{ field: 'runId', message: 'the shortlist comes from a round-1 run' }]);
    const size = input.size ?? c.demonstrationQuota + c.excellentQuota;
    if (size < 1) throw new AppError('validation_failed', [{ field: 'size', message: 'give the shortlist size (the quotas are 0)' }]);
    const picked = await rows<{ id: number }>(
      tx,
      sql`SELECT r.submission_id AS id FROM showcase_results r JOIN showcase_submissions s ON s.id = r.submission_id
           WHERE r.run_id = ${input.runId} AND s.status = 'submitted' ORDER BY r.rank, r.submission_id LIMIT ${size}`,
    );
    const ids = picked.map((p) => Number(p.id));
    await tx.execute(sql`UPDATE showcase_submissions SET shortlisted = (id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})) WHERE competition_id = ${id}`);
    const cleared = await rows<{ id: number }>(tx, sql`DELETE FROM showcase_decisions WHERE competition_id = ${id} RETURNING id`);
    await tx.execute(sql`UPDATE showcase_competitions SET review_round = 2, status = 'reviewing', updated_at = now() WHERE id = ${id}`);
    const summary = { runId: input.runId, shortlisted: ids.length, decisionsCleared: cleared.length };
    await audit(tx, req, { action: 'showcase.round2', entity: 'showcase_competition', entityId: id, orgId: c.orgId, orgPath: c.orgPath, summary: `${c.title}：${ids.length} 个案例入围复评`, before: { status: c.status, reviewRound: 1 }, after: { ...summary, submissionIds: ids } });
    return { ...summary, submissionIds: ids };
  });
}
