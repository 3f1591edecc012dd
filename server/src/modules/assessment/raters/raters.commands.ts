import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { idArray } from '../../../kernel/figures/person-metric.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { assertStatus, loadRound } from '../assessment.access.js';
import { leavesOf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';

/** Roles whose accounts may rate: the reviewers (评审专家) and the admins. */
export const raterRoles = ['reviewer', 'committee_admin', 'org_admin'] as const;

/**
 * A rater's own organisations: the organisation of their person and those where they hold a role other than a
 * city-wide one (committee admin, reviewer). A rater and a target conflict when the rater is the target person, or
 * one of the rater's organisations contains the target's organisation or lies inside it (a member of the target
 * organisation, or an admin of the organisation above it): such pairs are never assigned.
 */
const conflict = sql`EXISTS (
  SELECT 1 FROM accounts a LEFT JOIN people p ON p.id = a.person_id
   WHERE a.id = x.account_id AND (t.person_id = a.person_id
     OR EXISTS (SELECT 1 FROM orgs o WHERE (o.id = p.org_id OR o.id IN (SELECT ra.org_id FROM role_assignments ra WHERE ra.account_id = a.id AND ra.role NOT IN ('committee_admin', 'reviewer')))
                  AND (t.org_path LIKE o.path || '%' OR o.path LIKE t.org_path || '%'))))`;

export async function assignRaters(ctx: ModuleContext, req: FastifyRequest, scope: Scope, roundId: number, b: { accountIds: number[]; leafKeys?: string[]; targetIds?: number[] }) {
  return transaction(ctx.db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'draft', 'running');
    const ratable = leavesOf((await versionById(tx, r.versionId)).tree).filter((l) => l.def.type !== 'computed');
    const keys = b.leafKeys ?? ratable.map((l) => l.key);
    const issues: { field: string; message: string }[] = [];
    keys.forEach((k, i) => {
      if (!ratable.some((l) => l.key === k)) issues.push({ field: `leafKeys.${i}`, message: `${k} is no rated or evidence leaf of this round` });
    });
    const ids = [...new Set(b.accountIds)];
    const ok = await rows<{ id: number }>(
      tx,
      sql`SELECT DISTINCT a.id FROM accounts a JOIN role_assignments ra ON ra.account_id = a.id
           WHERE a.id = ANY(${idArray(ids)}) AND NOT a.disabled AND ra.role IN ('reviewer', 'committee_admin', 'org_admin')`,
    );
    const okIds = new Set(ok.map((a) => a.id));
    b.accountIds.forEach((id, i) => {
      if (!okIds.has(id)) issues.push({ field: `accountIds.${i}`, message: 'not an account of a reviewer or an admin' });
    });
    if (b.targetIds) {
      const known = new Set((await rows<{ id: number }>(tx, sql`SELECT id FROM assessment_targets WHERE round_id = ${r.id} AND id = ANY(${idArray(b.targetIds)})`)).map((t) => t.id));
      b.targetIds.forEach((id, i) => {
        if (!known.has(id)) issues.push({ field: `targetIds.${i}`, message: 'not a target of this round' });
      });
    }
    if (issues.length) throw new AppError('validation_failed', issues);
    if (keys.length === 0) return { assigned: 0, excludedConflicts: 0 };

    const pairs = sql`SELECT t.id AS target_id, t.person_id, t.org_path, x.account_id FROM assessment_targets t CROSS JOIN unnest(${idArray(ids)}) AS x(account_id)
                       WHERE t.round_id = ${r.id} ${b.targetIds ? sql`AND t.id = ANY(${idArray(b.targetIds)})` : sql``}`;
    const [{ n: conflicts }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM (${pairs}) x JOIN assessment_targets t ON t.id = x.target_id WHERE ${conflict}`);
    const inserted = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO assessment_rater_tasks (round_id, target_id, leaf_key, rater_account_id, assigned_by)
          SELECT ${r.id}, x.target_id, k.key, x.account_id, ${req.auth?.accountId ?? null}
            FROM (${pairs}) x JOIN assessment_targets t ON t.id = x.target_id CROSS JOIN unnest(${`{${keys.map((k) => `"${k}"`).join(',')}}`}::text[]) AS k(key)
           WHERE NOT ${conflict}
          ON CONFLICT (target_id, leaf_key, rater_account_id) DO NOTHING RETURNING id`,
    );
    await audit(tx, req, {
      action: 'assessment.raters_assign',
      entity: 'assessment_round',
      entityId: r.id,
      orgId: r.scopeOrgId,
      orgPath: r.scopeOrgPath,
      summary: `${ids.length} raters × ${keys.length} leaves: ${inserted.length} tasks, ${conflicts} target pairs excluded`,
      after: { accountIds: ids, leafKeys: keys },
    });
    return { assigned: inserted.length, excludedConflicts: conflicts };
  });
}
