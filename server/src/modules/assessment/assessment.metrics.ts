import { sql } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { inPeriod } from '../../kernel/figures/person-metric.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';
import { gradeLabels } from './scoring/grading.js';
import { leavesOf, type TreeNode } from './systems/tree.js';

/**
 * The assessment figures. Rounds: created in the period, by the organisation whose subtree they assess. Targets
 * assessed: the targets of rounds closed (or since confirmed) in the period, by the target's organisation. Results
 * graded: the same targets' results, broken down by grade (the grade distribution). Computed weight share: of the
 * rounds created in the period, the share of the indicator weight computed from records rather than rated. Appeals:
 * filed in the period, by the target's organisation, broken down by status.
 */
type Paged = MetricQuery & { page: number; pageSize: number };
const page = (q: Paged) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
const under = (col: string, q: MetricQuery) => sql`${sql.raw(col)} LIKE ${escapeLike(q.orgPath) + '%'}`;

const roundsFrom = sql`FROM assessment_rounds r`;
const roundsWhere = (q: MetricQuery) => sql`${under('r.scope_org_path', q)}${inPeriod(sql`r.created_at`, q)}`;

const targetsFrom = sql`FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id`;
const targetsWhere = (q: MetricQuery) => sql`r.status IN ('closed', 'confirmed') AND ${under('t.org_path', q)}${inPeriod(sql`r.closed_at`, q)}`;

const gradedFrom = sql`FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id JOIN assessment_rounds r ON r.id = x.round_id`;
const appealsFrom = sql`FROM assessment_appeals a JOIN assessment_targets t ON t.id = a.target_id JOIN assessment_rounds r ON r.id = a.round_id`;
const appealsWhere = (q: MetricQuery) => sql`${under('t.org_path', q)}${inPeriod(sql`a.created_at`, q)}`;
const appealLabels: Record<string, string> = { open: '待答复', upheld: '已改分', rejected: '维持原分' };

/** Each round created in the period in scope, with its leaves' effective weights by source (they add up to 100). */
async function roundWeights(ctx: ModuleContext, q: MetricQuery, paged?: Paged) {
  const list = await rows<{ id: number; name: string; scopeOrgName: string; createdAt: Date; tree: TreeNode[] }>(
    ctx.db,
    sql`SELECT r.id, r.name, o.name AS "scopeOrgName", r.created_at AS "createdAt", v.tree ${roundsFrom} JOIN orgs o ON o.id = r.scope_org_id
          JOIN assessment_system_versions v ON v.id = r.version_id WHERE ${roundsWhere(q)} ORDER BY r.created_at DESC, r.id DESC ${paged ? page(paged) : sql``}`,
  );
  return list.map(({ tree, ...r }) => {
    const w = { computed: 0, rated: 0, evidence: 0 };
    for (const l of leavesOf(tree)) w[l.def.type] += l.weight;
    const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
    return { ...r, computedWeight: r6(w.computed), ratedWeight: r6(w.rated), evidenceWeight: r6(w.evidence), totalWeight: r6(w.computed + w.rated + w.evidence) };
  });
}

async function count(ctx: ModuleContext, from: ReturnType<typeof sql>, where: ReturnType<typeof sql>) {
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`);
  return n;
}

export const assessmentMetrics: MetricDef[] = [
  {
    name: 'assessment.rounds',
    label: { zh: '考核轮次', en: 'Assessment rounds' },
    unit: '轮',
    theme: 'mechanisms',
    additive: true,
    ...sqlMetric({ from: roundsFrom, where: roundsWhere, time: sql`r.created_at`, orgPath: sql`r.scope_org_path`, value: sql`count(*)` }),
    async records(ctx, q) {
      const items = await rows(
        ctx.db,
        sql`SELECT r.id, r.name, r.kind, r.target_kind AS "targetKind", r.period_from::text AS "periodFrom", r.period_to::text AS "periodTo", r.status, o.name AS "scopeOrgName", r.created_at AS "createdAt"
              ${roundsFrom} JOIN orgs o ON o.id = r.scope_org_id WHERE ${roundsWhere(q)} ORDER BY r.created_at DESC, r.id DESC ${page(q)}`,
      );
      return { items, total: await count(ctx, roundsFrom, roundsWhere(q)) };
    },
  },
  {
    name: 'assessment.targets_assessed',
    label: { zh: '参加考核的对象（人次/单位次）', en: 'Targets assessed' },
    unit: '个',
    theme: 'mechanisms',
    additive: true,
    ...sqlMetric({ from: targetsFrom, where: targetsWhere, time: sql`r.closed_at`, orgPath: sql`t.org_path`, value: sql`count(*)` }),
    async records(ctx, q) {
      // Grades and ranks only: the figure lists who was assessed, not anybody's scores.
      const items = await rows(
        ctx.db,
        sql`SELECT t.id, t.name, r.id AS "roundId", r.name AS "roundName", r.target_kind AS "targetKind", r.closed_at AS "closedAt", x.grade, x.rank
              ${targetsFrom} LEFT JOIN assessment_results x ON x.target_id = t.id WHERE ${targetsWhere(q)} ORDER BY r.closed_at DESC, x.rank NULLS LAST, t.id ${page(q)}`,
      );
      return { items, total: await count(ctx, targetsFrom, targetsWhere(q)) };
    },
  },
  {
    name: 'assessment.results_graded',
    label: { zh: '考核结果（按等次）', en: 'Assessment results by grade' },
    unit: '个',
    theme: 'mechanisms',
    additive: true,
    groupBy: ['org', 'category'],
    ...sqlMetric({ from: gradedFrom, where: targetsWhere, time: sql`r.closed_at`, orgPath: sql`t.org_path`, value: sql`count(*)` }),
    async records(ctx, q) {
      const items = await rows(
        ctx.db,
        sql`SELECT t.id, t.name, r.id AS "roundId", r.name AS "roundName", r.closed_at AS "closedAt", x.grade, x.rank
              ${gradedFrom} WHERE ${targetsWhere(q)} ORDER BY r.closed_at DESC, x.rank, t.id ${page(q)}`,
      );
      return { items, total: await count(ctx, gradedFrom, targetsWhere(q)) };
    },
    async breakdown(ctx, q) {
      const list = await rows<{ key: keyof typeof gradeLabels; value: number }>(ctx.db, sql`SELECT x.grade AS key, count(*)::int AS value ${gradedFrom} WHERE ${targetsWhere(q)} GROUP BY 1`);
      return list.map((r) => ({ key: r.key, label: gradeLabels[r.key] ?? r.key, orgId: null, value: Number(r.value) }));
    },
  },
  {
    name: 'assessment.computed_weight_share',
    label: { zh: '考核指标中数据计算权重占比', en: 'Share of indicator weight computed from records' },
    unit: '%',
    theme: 'mechanisms',
    // A ratio: 100 × Σ computedWeight / Σ totalWeight of its records (the rounds), not their sum.
    measure: 'none',
    async value(ctx, q) {
      const list = await roundWeights(ctx, q);
      const total = list.reduce((s, r) => s + r.totalWeight, 0);
      return total === 0 ? 0 : Math.round((10_000 * list.reduce((s, r) => s + r.computedWeight, 0)) / total) / 100;
    },
    async records(ctx, q) {
      return { items: await roundWeights(ctx, q, q), total: await count(ctx, roundsFrom, roundsWhere(q)) };
    },
  },
  {
    name: 'assessment.appeals',
    label: { zh: '考核申诉', en: 'Assessment appeals' },
    unit: '件',
    theme: 'mechanisms',
    additive: true,
    groupBy: ['org', 'category'],
    ...sqlMetric({ from: appealsFrom, where: appealsWhere, time: sql`a.created_at`, orgPath: sql`t.org_path`, value: sql`count(*)` }),
    async records(ctx, q) {
      // The item and the answer's outcome; the appeal's text stays with the round.
      const items = await rows(
        ctx.db,
        sql`SELECT a.id, r.id AS "roundId", r.name AS "roundName", t.name AS "targetName", a.leaf_key AS "leafKey", a.status, a.created_at AS "createdAt", a.answered_at AS "answeredAt"
              ${appealsFrom} WHERE ${appealsWhere(q)} ORDER BY a.created_at DESC, a.id DESC ${page(q)}`,
      );
      return { items, total: await count(ctx, appealsFrom, appealsWhere(q)) };
    },
    async breakdown(ctx, q) {
      const list = await rows<{ key: string; value: number }>(ctx.db, sql`SELECT a.status AS key, count(*)::int AS value ${appealsFrom} WHERE ${appealsWhere(q)} GROUP BY 1`);
      return list.map((r) => ({ key: r.key, label: appealLabels[r.key] ?? r.key, orgId: null, value: Number(r.value) }));
    },
  },
];
