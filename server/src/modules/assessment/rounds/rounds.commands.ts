import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { ModuleContext } from '../../../kernel/module.js';
import type { z } from 'zod';
import { assertStatus, loadRound, loadSystem, orgInScope, type RoundRow } from '../assessment.access.js';
import type { RoundStatus } from '../assessment.schema.js';
import type { roundCreateBody } from './rounds.dto.js';
import { insertTargets } from './targets.js';
import { computeRound } from './compute.js';

type CreateBody = z.infer<typeof roundCreateBody>;

/** A draft round over a frozen version and the targets of the scope (chosen now, kept for the round's life). */
export async function createRound(ctx: ModuleContext, req: FastifyRequest, scope: Scope, b: CreateBody): Promise<number> {
  const s = await loadSystem(ctx.db, scope, b.systemId).catch(() => {
    throw new AppError('not_found', [{ field: 'systemId', message: 'system not found' }]);
  });
  const wanted = b.version ?? s.latestVersion;
  const [v] = await rows<{ id: number }>(ctx.db, sql`SELECT id FROM assessment_system_versions WHERE system_id = ${s.id} AND version = ${wanted}`);
  if (!v) throw new AppError(b.version ? 'not_found' : 'invalid_transition', [{ field: 'version', message: b.version ? 'no such version' : 'the system has no published version yet' }]);
  if (s.targetKind === 'org' && !b.targetOrgKind) throw new AppError('validation_failed', [{ field: 'targetOrgKind', message: 'required for an organisation system' }]);
  const scopeOrg = b.scopeOrgId ? await orgInScope(ctx.db, scope, b.scopeOrgId, 'scopeOrgId') : await orgInScope(ctx.db, scope, await rootId(ctx, scope), 'scopeOrgId');
  return transaction(ctx.db, async (tx) => {
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO assessment_rounds (system_id, version_id, name, kind, target_kind, period_from, period_to, scope_org_id, scope_org_path, target_org_kind, young_max_age, grading, min_votes, created_by)
          VALUES (${s.id}, ${v.id}, ${b.name}, ${b.kind}, ${s.targetKind}, ${b.periodFrom}, ${b.periodTo}, ${scopeOrg.id}, ${scopeOrg.path},
                  ${s.targetKind === 'org' ? b.targetOrgKind! : null}, ${s.targetKind === 'person' ? b.youngMaxAge : null}, ${JSON.stringify(b.grading)}::jsonb, ${b.minVotes}, ${req.auth?.accountId ?? null})
          RETURNING id`,
    );
    const n = await insertTargets(tx, {
      id: r.id,
      targetKind: s.targetKind,
      scopeOrgId: scopeOrg.id,
      scopeOrgPath: scopeOrg.path,
      targetOrgKind: b.targetOrgKind ?? null,
      youngMaxAge: b.youngMaxAge,
      periodTo: b.periodTo,
    });
    if (n === 0) throw new AppError('conflict', [{ field: s.targetKind === 'org' ? 'targetOrgKind' : 'scopeOrgId', message: 'no targets in the scope' }]);
    await audit(tx, req, { action: 'assessment.round_create', entity: 'assessment_round', entityId: r.id, orgId: scopeOrg.id, orgPath: scopeOrg.path, summary: `${b.name}: ${n} targets, ${s.name} v${wanted}` });
    return r.id;
  });
}

async function rootId(ctx: ModuleContext, scope: Scope): Promise<number> {
  const [o] = await rows<{ id: number }>(ctx.db, sql`SELECT id FROM orgs WHERE path = ${scope.paths[0] ?? ''}`);
  if (!o) throw new AppError('forbidden');
  return o.id;
}

const transitions: Record<'start' | 'close' | 'confirm', { from: RoundStatus; to: Exclude<RoundStatus, 'draft'>; stamp: string }> = {
  start: { from: 'draft', to: 'running', stamp: 'started_at' },
  close: { from: 'running', to: 'closed', stamp: 'closed_at' },
  confirm: { from: 'closed', to: 'confirmed', stamp: 'confirmed_at' },
};

/**
 * draft → running → closed → confirmed. Closing computes the final scores and results; confirming (the committee's
 * step) freezes them and is audited with the grade distribution.
 */
export async function moveRound(ctx: ModuleContext, req: FastifyRequest, scope: Scope, id: number, step: keyof typeof transitions): Promise<RoundRow> {
  const t = transitions[step];
  if (step === 'close') {
    // Computed before the lock: computing reads many figures; the final state is checked again under the lock.
    assertStatus(await loadRound(ctx.db, scope, id), 'running');
    await computeRound(ctx, await loadRound(ctx.db, scope, id));
  }
  await transaction(ctx.db, async (tx) => {
    const r = await loadRound(tx, scope, id, { lock: true });
    assertStatus(r, t.from);
    if (step === 'confirm' && !r.computedAt) throw new AppError('invalid_transition', { message: 'the round has no results yet' });
    await tx.execute(sql`UPDATE assessment_rounds SET status = ${t.to}, ${sql.raw(t.stamp)} = now() ${step === 'confirm' ? sql`, confirmed_by = ${req.auth?.accountId ?? null}` : sql``} WHERE id = ${id}`);
    const [dist] = await rows<Record<string, number>>(
      tx,
      sql`SELECT count(*) FILTER (WHERE grade = 'excellent')::int AS excellent, count(*) FILTER (WHERE grade = 'good')::int AS good,
                 count(*) FILTER (WHERE grade = 'fair')::int AS fair, count(*) FILTER (WHERE grade = 'poor')::int AS poor FROM assessment_results WHERE round_id = ${id}`,
    );
    await audit(tx, req, {
      action: `assessment.round_${step}`,
      entity: 'assessment_round',
      entityId: id,
      orgId: r.scopeOrgId,
      orgPath: r.scopeOrgPath,
      summary: `${r.name}: ${t.from} → ${t.to}`,
      before: { status: r.status },
      after: { status: t.to, grades: dist },
    });
  });
  await ctx.events.publish('assessment.round_changed', { roundId: id, change: t.to });
  return loadRound(ctx.db, scope, id);
}
