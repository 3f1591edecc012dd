import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { AppError } from '../../../kernel/errors.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { loadSquad } from '../squads.access.js';
import { rubricOf } from './years.js';
import { getPeriod, periodLabel } from './periods.js';
import { rankingOf } from './service.js';

/** A squad the caller may act on (its supervising organisation in `scope`), else 404. */
export async function squadInScope(ctx: ModuleContext, scope: Scope, squadId: number) {
  const s = await loadSquad(ctx.db, scope, squadId);
  return { id: s.id, name: s.name, orgId: s.org_id, orgPath: s.org_path };
}

async function periodOr404(ctx: ModuleContext, id: number) {
  const p = await getPeriod(ctx.db, id);
  if (!p) throw new AppError('not_found');
  return p;
}

/** The rating form of one squad for one rater: the rubric, the rater's own scores, every rater's count, and the computed four beside it. */
export async function ratingForm(ctx: ModuleContext, scope: Scope, periodId: number, squadId: number, accountId: number) {
  const p = await periodOr404(ctx, periodId);
  const squad = await squadInScope(ctx, scope, squadId);
  const criteria = await rubricOf(ctx.db, p.year);
  const mine = await rows<{ criterionId: number; score: string; comment: string }>(
    ctx.db,
    sql`SELECT criterion_id AS "criterionId", score, comment FROM squad_ratings WHERE period_id = ${p.id} AND squad_id = ${squadId} AND rater_account_id = ${accountId}`,
  );
  const [raters] = await rows<{ n: number }>(ctx.db, sql`SELECT count(DISTINCT rater_account_id)::int AS n FROM squad_ratings WHERE period_id = ${p.id} AND squad_id = ${squadId}`);
  const line = (await rankingOf(ctx, p)).find((r) => r.squadId === squadId);
  return {
    period: { id: p.id, label: periodLabel(p), status: p.status },
    squad: { id: squad.id, name: squad.name },
    criteria: criteria.map((c) => {
      const m = mine.find((r) => r.criterionId === c.id);
      return { id: c.id, name: c.name, description: c.description, weight: c.weight, myScore: m ? Number(m.score) : null, myComment: m?.comment ?? '' };
    }),
    raters: raters.n,
    computed: { learning: line?.learning ?? 0, skill: line?.skill ?? 0, innovation: line?.innovation ?? 0, duty: line?.duty ?? 0 },
    performance: line?.performance ?? 0,
  };
}

/** Saves a rater's scores of a squad (every criterion of the year's rubric, 0–100) while the period is open. */
export async function saveRatings(
  ctx: ModuleContext,
  req: FastifyRequest,
  scope: Scope,
  periodId: number,
  squadId: number,
  accountId: number,
  scores: Array<{ criterionId: number; score: number; comment: string }>,
) {
  const p = await periodOr404(ctx, periodId);
  const squad = await squadInScope(ctx, scope, squadId);
  if (p.status !== 'open') throw new AppError('invalid_transition', { reason: 'the period is closed' });
  const criteria = await rubricOf(ctx.db, p.year);
  if (criteria.length === 0) throw new AppError('conflict', { reason: 'the year has no rubric yet' });
  const known = new Set(criteria.map((c) => c.id));
  const given = new Set(scores.map((s) => s.criterionId));
  scores.forEach((s, i) => {
    if (!known.has(s.criterionId)) throw new AppError('validation_failed', [{ field: `scores.${i}.criterionId`, message: 'not a criterion of this year' }]);
  });
  if (given.size !== scores.length) throw new AppError('validation_failed', [{ field: 'scores', message: 'each criterion once' }]);
  if (given.size !== known.size) throw new AppError('validation_failed', [{ field: 'scores', message: 'score every criterion of the rubric' }]);
  await transaction(ctx.db, async (tx) => {
    for (const s of scores) {
      await tx.execute(sql`INSERT INTO squad_ratings (period_id, squad_id, rater_account_id, criterion_id, score, comment) VALUES (${p.id}, ${squadId}, ${accountId}, ${s.criterionId}, ${s.score}, ${s.comment})
        ON CONFLICT (period_id, squad_id, rater_account_id, criterion_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, updated_at = now()`);
    }
    await audit(tx, req, { action: 'squads.rate', entity: 'squad', entityId: squadId, orgId: squad.orgId, orgPath: squad.orgPath, summary: `${squad.name} · ${periodLabel(p)}`, after: { periodId: p.id, scores } });
  });
}
