import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { AppError } from '../../../kernel/errors.js';
import type { Dimension } from '../squad-scoring.schema.js';
import { movementOf, scorePeriod, type Indicators, type Scores, type Weights } from './compute.js';
import { gatherInputs, squadsOfPeriod, type SquadInputs } from './inputs.js';
import { getPeriod, previousClosed, yearSettings, type Period } from './periods.js';

/** One squad's line of a period's ranking: computed live for an open period, read from the snapshot for a closed one. */
export interface RankedSquad extends Scores {
  squadId: number;
  name: string;
  orgId: number;
  orgPath: string;
  memberCount: number;
  total: number;
  rank: number;
  previousRank: number | null;
  movement: number | null;
  badge: boolean;
}

export interface ComputedSquad extends RankedSquad {
  inputs: SquadInputs & { mapped: Indicators; weights: Weights; normalisation: string };
}

export const NORMALISATION = 'per-member averages; each indicator 100 × value / best squad of the period; dimension = mean of its indicators; 比作为 = rubric mean';

async function previousRanks(ctx: ModuleContext, p: Period): Promise<Map<number, number>> {
  const prev = await previousClosed(ctx.db, p);
  if (!prev) return new Map();
  const list = await rows<{ squadId: number; rank: number }>(ctx.db, sql`SELECT squad_id AS "squadId", rank FROM squad_score_snapshots WHERE period_id = ${prev.id}`);
  return new Map(list.map((r) => [r.squadId, r.rank]));
}

/**
 * The five scores, total and rank of every squad of the period, computed now from the records (all squads are ranked
 * together; callers filter by scope). Weights: the period's frozen ones once closed, else the year's.
 */
export async function computePeriod(ctx: ModuleContext, p: Period, opts: { oneSquadAtATime?: boolean } = {}): Promise<ComputedSquad[]> {
  const settings = await yearSettings(ctx.db, p.year);
  const weights = p.weights ?? settings.weights;
  const squads = await squadsOfPeriod(ctx, p);
  const gathered = await gatherInputs(ctx, p, squads, opts);
  const scored = scorePeriod(
    gathered.map((g) => g.input),
    weights,
  );
  const previous = await previousRanks(ctx, p);
  const byId = new Map(squads.map((s, i) => [s.squadId, { squad: s, inputs: gathered[i].inputs }]));
  return scored.map((r) => {
    const { squad, inputs } = byId.get(r.squadId)!;
    const previousRank = previous.get(r.squadId) ?? null;
    return {
      squadId: r.squadId,
      name: squad.name,
      orgId: squad.orgId,
      orgPath: squad.orgPath,
      memberCount: squad.memberIds.length,
      ...r.scores,
      total: r.total,
      rank: r.rank,
      previousRank,
      movement: movementOf(r.rank, previousRank),
      badge: r.rank <= settings.badgeTopN,
      inputs: { ...inputs, mapped: r.mapped, weights, normalisation: NORMALISATION },
    };
  });
}

const dims: Dimension[] = ['learning', 'skill', 'innovation', 'duty', 'performance'];

/** The frozen ranking of a closed period (squad names as they are now). */
export async function snapshotsOf(ctx: ModuleContext, periodId: number, opts: { withInputs?: boolean; squadId?: number } = {}): Promise<ComputedSquad[]> {
  const list = await rows<Record<string, unknown>>(
    ctx.db,
    sql`SELECT x.squad_id AS "squadId", s.name, x.org_id AS "orgId", x.org_path AS "orgPath", x.member_count AS "memberCount",
               x.learning, x.skill, x.innovation, x.duty, x.performance, x.total, x.rank, x.previous_rank AS "previousRank", x.movement, x.badge
               ${opts.withInputs ? sql`, x.inputs` : sql``}
          FROM squad_score_snapshots x JOIN squads s ON s.id = x.squad_id
         WHERE x.period_id = ${periodId} ${opts.squadId ? sql`AND x.squad_id = ${opts.squadId}` : sql``} ORDER BY x.rank, x.squad_id`,
  );
  return list.map((r) => {
    const out = { ...r, total: Number(r.total) } as Record<string, unknown>;
    for (const d of dims) out[d] = Number(r[d]);
    return out as unknown as ComputedSquad;
  });
}

/** A period's ranking: the snapshots of a closed period, the live computation of an open one. */
export async function rankingOf(ctx: ModuleContext, p: Period, opts: { withInputs?: boolean } = {}): Promise<ComputedSquad[]> {
  return p.status === 'closed' ? snapshotsOf(ctx, p.id, opts) : computePeriod(ctx, p);
}

/**
 * Closes an open period: the year's weights are frozen on the period and every squad's scores, rank, previous rank,
 * movement, 一做 badge and inputs into squad_score_snapshots — in one transaction; a closed period never changes again.
 */
export async function closePeriod(ctx: ModuleContext, req: FastifyRequest, periodId: number, accountId: number): Promise<number> {
  const p = await getPeriod(ctx.db, periodId);
  if (!p) throw new AppError('not_found');
  if (p.status !== 'open') throw new AppError('invalid_transition', { reason: 'the period is already closed' });
  const computed = await computePeriod(ctx, p);
  const weights = computed[0]?.inputs.weights ?? (await yearSettings(ctx.db, p.year)).weights;
  return transaction(ctx.db, async (tx) => {
    const [done] = await rows<{ id: number }>(
      tx,
      sql`UPDATE squad_periods SET status = 'closed', weights = ${JSON.stringify(weights)}::jsonb, closed_by = ${accountId}, closed_at = now()
           WHERE id = ${periodId} AND status = 'open' RETURNING id`,
    );
    if (!done) throw new AppError('invalid_transition', { reason: 'the period is already closed' });
    for (const r of computed) {
      await tx.execute(sql`INSERT INTO squad_score_snapshots (period_id, squad_id, org_id, org_path, member_count, learning, skill, innovation, duty, performance, total, rank, previous_rank, movement, badge, inputs)
        VALUES (${periodId}, ${r.squadId}, ${r.orgId}, ${r.orgPath}, ${r.memberCount}, ${r.learning}, ${r.skill}, ${r.innovation}, ${r.duty}, ${r.performance}, ${r.total},
                ${r.rank}, ${r.previousRank}, ${r.movement}, ${r.badge}, ${JSON.stringify(r.inputs)}::jsonb)`);
    }
    await audit(tx, req, {
      action: 'squads.period_close',
      entity: 'squad_period',
      entityId: periodId,
      summary: `${p.year} ${p.kind} ${p.seq}: ${computed.length} squads`,
      after: { weights, squads: computed.length, badges: computed.filter((r) => r.badge).map((r) => r.squadId) },
    });
    return computed.length;
  });
}
