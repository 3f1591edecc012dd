import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import type { RoundRow } from '../assessment.access.js';
import { ratedScore, round2, scoreAll } from '../scoring/functions.js';
import { gradeAll, type Grading } from '../scoring/grading.js';
import { leavesOf, type Leaf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';
import { targetsOf, type TargetRow } from './targets.js';
import { voteLeafScores } from '../votes/tally.js';

/** The round's period as the figures take it: [first day 00:00, day after the last 00:00) in Asia/Shanghai. */
export function roundWindow(r: Pick<RoundRow, 'periodFrom' | 'periodTo'>): { from: Date; to: Date } {
  const to = new Date(`${r.periodTo}T00:00:00+08:00`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: new Date(`${r.periodFrom}T00:00:00+08:00`), to };
}

export interface LeafScore {
  targetId: number;
  leafKey: string;
  source: 'computed' | 'rated' | 'evidence';
  rawValue: number | null;
  score: number;
}

/**
 * The metric values of one computed leaf for every target. Person metrics: one FiguresEngine.byPeople call for all
 * the round's people (one query when the metric has byPeople); with `oneByOne`, one call per target (the bench's
 * baseline). Organisation metrics: the engine's value for each target organisation's subtree.
 */
async function leafValues(ctx: ModuleContext, leaf: Leaf, targets: readonly TargetRow[], window: { from: Date; to: Date }, oneByOne: boolean): Promise<number[]> {
  if (leaf.def.type !== 'computed') return [];
  const engine = figuresFor(ctx);
  const m = engine.get(leaf.def.metric);
  // A metric whose module is no longer installed counts 0 (the frozen version still names it).
  if (!m) return targets.map(() => 0);
  if (targets[0]?.personId != null) {
    const q = { orgPath: '/', ...window };
    if (oneByOne) {
      const out: number[] = [];
      for (const t of targets) out.push((await engine.byPeople(m, q, [t.personId!])).get(t.personId!) ?? 0);
      return out;
    }
    const got = await engine.byPeople(m, q, targets.map((t) => t.personId!));
    return targets.map((t) => got.get(t.personId!) ?? 0);
  }
  return Promise.all(targets.map((t) => engine.value(m, { orgPath: t.orgPath, ...window })));
}

/**
 * The metric values of the computed leaves (one array per leaf, in the order of `targets`): each leaf for all targets
 * at once, or — `oneByOne`, the bench's baseline — target by target, leaf by leaf.
 */
export async function computedValues(ctx: ModuleContext, computed: readonly Leaf[], targets: readonly TargetRow[], window: { from: Date; to: Date }, oneByOne: boolean): Promise<number[][]> {
  if (!oneByOne) return Promise.all(computed.map((l) => leafValues(ctx, l, targets, window, false)));
  const perLeaf = computed.map(() => [] as number[]);
  for (const t of targets) for (const [k, l] of computed.entries()) perLeaf[k].push((await leafValues(ctx, l, [t], window, true))[0]);
  return perLeaf;
}

/** Every leaf score of the round: computed leaves from the metrics, rated and evidence leaves from the submitted ratings. */
export async function leafScores(ctx: ModuleContext, r: RoundRow, opts: { oneByOne?: boolean } = {}): Promise<{ leaves: Leaf[]; targets: TargetRow[]; scores: LeafScore[] }> {
  const version = await versionById(ctx.db, r.versionId);
  const leaves = leavesOf(version.tree);
  const targets = await targetsOf(ctx.db, r.id);
  const window = roundWindow(r);
  const scores: LeafScore[] = [];

  const computed = leaves.filter((l) => l.def.type === 'computed');
  const values = await computedValues(ctx, computed, targets, window, opts.oneByOne ?? false);
  computed.forEach((l, k) => {
    if (l.def.type !== 'computed') return;
    const s = scoreAll(l.def.scoring, values[k]);
    targets.forEach((t, i) => scores.push({ targetId: t.id, leafKey: l.key, source: 'computed', rawValue: values[k][i], score: s[i] }));
  });

  const rated = leaves.filter((l) => l.def.type !== 'computed');
  if (rated.length) {
    const given = await rows<{ targetId: number; leafKey: string; scores: number[] }>(
      ctx.db,
      sql`SELECT target_id AS "targetId", leaf_key AS "leafKey", json_agg(score::float8 ORDER BY id) AS scores FROM assessment_rater_tasks WHERE round_id = ${r.id} AND score IS NOT NULL GROUP BY 1, 2`,
    );
    const byKey = new Map(given.map((g) => [`${g.targetId}:${g.leafKey}`, g.scores.map(Number)]));
    const votes = await voteLeafScores(ctx.db, r.id, targets.map((t) => t.id));
    for (const l of rated) {
      if (l.def.type === 'computed') continue;
      if (votes.leaves.has(l.key)) {
        // 述职评议: the vote groups' weighted score (0–100) is the leaf's value and score.
        for (const t of targets) {
          const v = votes.scores.get(`${t.id}:${l.key}`) ?? null;
          scores.push({ targetId: t.id, leafKey: l.key, source: 'rated', rawValue: v, score: v ?? 0 });
        }
        continue;
      }
      for (const t of targets) {
        const { mean, score } = ratedScore(byKey.get(`${t.id}:${l.key}`) ?? [], l.def.maxScore);
        scores.push({ targetId: t.id, leafKey: l.key, source: l.def.type, rawValue: mean, score });
      }
    }
  }
  return { leaves, targets, scores };
}

/** Total = Σ effective weight × score / 100 per target, in the order of `targets`. */
export function totals(leaves: readonly Leaf[], targets: readonly TargetRow[], scores: readonly LeafScore[]): number[] {
  const weight = new Map(leaves.map((l) => [l.key, l.weight]));
  const sum = new Map<number, number>(targets.map((t) => [t.id, 0]));
  for (const s of scores) sum.set(s.targetId, sum.get(s.targetId)! + ((weight.get(s.leafKey) ?? 0) * s.score) / 100);
  return targets.map((t) => round2(sum.get(t.id)!));
}

const CHUNK = 20_000;
const arr = (list: readonly (number | string | null)[], type: string) => sql`${`{${list.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? `"${v.replace(/["\\]/g, (c) => '\\' + c)}"` : String(v))).join(',')}}`}::${sql.raw(type)}[]`;

/** The rank each target had in the last closed or confirmed round of the same system over the same scope, before this one. */
async function previousRanks(db: Db, r: RoundRow): Promise<Map<string, number>> {
  const list = await rows<{ orgId: number | null; personId: number | null; rank: number }>(
    db,
    sql`SELECT t.org_id AS "orgId", t.person_id AS "personId", x.rank FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id
         WHERE x.round_id = (SELECT id FROM assessment_rounds WHERE system_id = ${r.systemId} AND scope_org_path = ${r.scopeOrgPath} AND id <> ${r.id}
                               AND status IN ('closed', 'confirmed') AND period_to < ${r.periodFrom} ORDER BY period_to DESC, id DESC LIMIT 1)`,
  );
  return new Map(list.map((x) => [x.orgId != null ? `o${x.orgId}` : `p${x.personId}`, x.rank]));
}

/**
 * Computes the round: every leaf score, then each target's total, grade, rank and the rank of the previous round.
 * The figures are read first; the round's scores and results are then replaced in one transaction.
 */
export async function computeRound(ctx: ModuleContext, r: RoundRow, opts: { oneByOne?: boolean } = {}) {
  if (r.status !== 'running') throw new AppError('invalid_transition', { status: r.status, message: 'only a running round is computed' });
  const { leaves, targets, scores } = await leafScores(ctx, r, opts);
  const sums = totals(leaves, targets, scores);
  const ranked = gradeAll(sums, r.grading as Grading);
  const previous = await previousRanks(ctx.db, r);
  await transaction(ctx.db, async (tx) => {
    // Taken so a concurrent close or confirm waits for the results it will freeze.
    const [still] = await rows<{ status: string }>(tx, sql`SELECT status FROM assessment_rounds WHERE id = ${r.id} FOR UPDATE`);
    if (still?.status !== 'running') throw new AppError('invalid_transition', { status: still?.status });
    await tx.execute(sql`DELETE FROM assessment_leaf_scores WHERE round_id = ${r.id}`);
    for (let i = 0; i < scores.length; i += CHUNK) {
      const part = scores.slice(i, i + CHUNK);
      await tx.execute(sql`INSERT INTO assessment_leaf_scores (round_id, target_id, leaf_key, source, raw_value, score)
        SELECT ${r.id}, * FROM unnest(${arr(part.map((s) => s.targetId), 'int')}, ${arr(part.map((s) => s.leafKey), 'text')}, ${arr(part.map((s) => s.source), 'text')},
                                      ${arr(part.map((s) => s.rawValue), 'numeric')}, ${arr(part.map((s) => s.score), 'numeric')})`);
    }
    await tx.execute(sql`DELETE FROM assessment_results WHERE round_id = ${r.id}`);
    const prev = targets.map((t) => previous.get(t.orgId != null ? `o${t.orgId}` : `p${t.personId}`) ?? null);
    for (let i = 0; i < targets.length; i += CHUNK) {
      const idx = targets.slice(i, i + CHUNK).map((_, k) => i + k);
      await tx.execute(sql`INSERT INTO assessment_results (round_id, target_id, total, grade, rank, previous_rank)
        SELECT ${r.id}, * FROM unnest(${arr(idx.map((k) => targets[k].id), 'int')}, ${arr(idx.map((k) => ranked[k].total), 'numeric')}, ${arr(idx.map((k) => ranked[k].grade), 'text')},
                                      ${arr(idx.map((k) => ranked[k].rank), 'int')}, ${arr(idx.map((k) => prev[k]), 'int')})`);
    }
    await tx.execute(sql`UPDATE assessment_rounds SET computed_at = now() WHERE id = ${r.id}`);
  });
  return { targets: targets.length, leaves: leaves.length, scores: scores.length };
}

/**
 * Totals, grades and ranks again from the stored leaf scores, without reading the figures (a closed or confirmed
 * round whose leaf score an appeal changed). Previous ranks and uses are kept.
 */
export async function regradeFromStored(tx: Db, r: RoundRow): Promise<void> {
  const leaves = leavesOf((await versionById(tx, r.versionId)).tree);
  const targets = await targetsOf(tx, r.id);
  const stored = await rows<{ targetId: number; leafKey: string; score: string }>(tx, sql`SELECT target_id AS "targetId", leaf_key AS "leafKey", score FROM assessment_leaf_scores WHERE round_id = ${r.id}`);
  const scores = stored.map((s) => ({ targetId: s.targetId, leafKey: s.leafKey, source: 'rated' as const, rawValue: null, score: Number(s.score) }));
  const ranked = gradeAll(totals(leaves, targets, scores), r.grading as Grading);
  await tx.execute(sql`UPDATE assessment_results x SET total = u.total, grade = u.grade, rank = u.rank, computed_at = now()
    FROM unnest(${arr(targets.map((t) => t.id), 'int')}, ${arr(ranked.map((k) => k.total), 'numeric')}, ${arr(ranked.map((k) => k.grade), 'text')}, ${arr(ranked.map((k) => k.rank), 'int')}) AS u(target_id, total, grade, rank)
    WHERE x.target_id = u.target_id AND x.round_id = ${r.id}`);
}
