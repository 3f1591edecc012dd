import { sql } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { inPeriod } from '../../kernel/figures/person-metric.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';

/**
 * The assessment figures. Rounds: created in the period, by the organisation whose subtree they assess. Targets
 * assessed: the targets of rounds closed (or since confirmed) in the period, by the target's organisation.
 */
type Paged = MetricQuery & { page: number; pageSize: number };
const page = (q: Paged) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
const under = (col: string, q: MetricQuery) => sql`${sql.raw(col)} LIKE ${escapeLike(q.orgPath) + '%'}`;

const roundsFrom = sql`FROM assessment_rounds r`;
const roundsWhere = (q: MetricQuery) => sql`${under('r.scope_org_path', q)}${inPeriod(sql`r.created_at`, q)}`;

const targetsFrom = sql`FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id`;
const targetsWhere = (q: MetricQuery) => sql`r.status IN ('closed', 'confirmed') AND ${under('t.org_path', q)}${inPeriod(sql`r.closed_at`, q)}`;

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
];
