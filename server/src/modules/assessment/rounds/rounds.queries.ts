import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import { AppError } from '../../../kernel/errors.js';
import { roundColumns, votingOf, votingOpen, type RoundRow } from '../assessment.access.js';
import type { Grade, ResultUse, RoundStatus } from '../assessment.schema.js';
import { gradeLabels } from '../scoring/grading.js';
import { leavesOf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';

export type RoundDetail = RoundRow & { systemName: string; version: number; scopeOrgName: string; targets: number; tasks: { assigned: number; done: number } };

const extras = sql`s.name AS "systemName", v.version, o.name AS "scopeOrgName",
  (SELECT count(*)::int FROM assessment_targets t WHERE t.round_id = r.id) AS targets,
  (SELECT json_build_object('assigned', count(*)::int, 'done', count(k.score)::int) FROM assessment_rater_tasks k WHERE k.round_id = r.id) AS tasks`;
const joins = sql`FROM assessment_rounds r JOIN assessment_systems s ON s.id = r.system_id JOIN assessment_system_versions v ON v.id = r.version_id JOIN orgs o ON o.id = r.scope_org_id`;

export async function listRounds(db: Db, scope: Scope, q: { status?: RoundStatus; systemId?: number; page: number; pageSize: number }) {
  const where: SQL = sql`${inScope(sql`r.scope_org_path`, scope)} ${q.status ? sql`AND r.status = ${q.status}` : sql``} ${q.systemId ? sql`AND r.system_id = ${q.systemId}` : sql``}`;
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM assessment_rounds r WHERE ${where}`);
  const items = await rows<RoundDetail>(db, sql`SELECT ${roundColumns}, ${extras} ${joins} WHERE ${where} ORDER BY r.period_to DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items.map(withVoting), total: n, page: q.page, pageSize: q.pageSize };
}

export async function roundDetail(db: Db, id: number) {
  const [r] = await rows<RoundDetail>(db, sql`SELECT ${roundColumns}, ${extras} ${joins} WHERE r.id = ${id}`);
  if (!r) throw new AppError('not_found');
  return withVoting(r);
}

const withVoting = (r: RoundDetail) => ({ ...r, voting: { open: votingOpen(r), ...votingOf(r) } });

interface ResultRow {
  targetId: number;
  name: string;
  orgId: number | null;
  personId: number | null;
  total: string;
  grade: Grade;
  rank: number;
  previousRank: number | null;
  uses: ResultUse[];
}
const present = (x: ResultRow) => ({ ...x, gradeLabel: gradeLabels[x.grade], movement: x.previousRank == null ? null : x.previousRank - x.rank });

export async function roundResults(db: Db, r: RoundRow, q: { grade?: Grade; use?: ResultUse; q?: string; page: number; pageSize: number }) {
  const where = sql`x.round_id = ${r.id} ${q.grade ? sql`AND x.grade = ${q.grade}` : sql``} ${q.use ? sql`AND ${q.use} = ANY(x.uses)` : sql``} ${q.q ? sql`AND t.name LIKE ${'%' + q.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}` : sql``}`;
  const from = sql`FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id`;
  const [[{ n }], items, [dist]] = await Promise.all([
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`),
    rows<ResultRow>(
      db,
      sql`SELECT t.id AS "targetId", t.name, t.org_id AS "orgId", t.person_id AS "personId", x.total, x.grade, x.rank, x.previous_rank AS "previousRank", x.uses
          ${from} WHERE ${where} ORDER BY x.rank, t.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    ),
    rows<Record<Grade, number>>(
      db,
      sql`SELECT count(*) FILTER (WHERE grade = 'excellent')::int AS excellent, count(*) FILTER (WHERE grade = 'good')::int AS good,
                 count(*) FILTER (WHERE grade = 'fair')::int AS fair, count(*) FILTER (WHERE grade = 'poor')::int AS poor FROM assessment_results WHERE round_id = ${r.id}`,
    ),
  ]);
  return { items: items.map(present), total: n, page: q.page, pageSize: q.pageSize, computedAt: r.computedAt, distribution: dist };
}

/** One target's result line, as the results list shows it. */
export async function resultOf(db: Db, roundId: number, targetId: number) {
  const [x] = await rows<ResultRow>(
    db,
    sql`SELECT t.id AS "targetId", t.name, t.org_id AS "orgId", t.person_id AS "personId", x.total, x.grade, x.rank, x.previous_rank AS "previousRank", x.uses
          FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id WHERE x.round_id = ${roundId} AND x.target_id = ${targetId}`,
  );
  return x ? present(x) : null;
}

/** Every result of the round, best first, with the target's organisation (exports). */
export async function allResults(db: Db, roundId: number, use?: ResultUse) {
  const list = await rows<ResultRow & { orgName: string }>(
    db,
    sql`SELECT t.id AS "targetId", t.name, t.org_id AS "orgId", t.person_id AS "personId", x.total, x.grade, x.rank, x.previous_rank AS "previousRank", x.uses, o.name AS "orgName"
          FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id LEFT JOIN orgs o ON o.path = t.org_path
         WHERE x.round_id = ${roundId} ${use ? sql`AND ${use} = ANY(x.uses)` : sql``} ORDER BY x.rank, t.id`,
  );
  return list.map((x) => ({ ...present(x), orgName: x.orgName ?? '' }));
}

/** One target's drill-down: each leaf with its weight, value, score and contribution; raters as counts only. */
export async function targetDetail(db: Db, r: RoundRow, targetId: number) {
  const [t] = await rows<{ id: number; name: string; orgId: number | null; personId: number | null }>(
    db,
    sql`SELECT id, name, org_id AS "orgId", person_id AS "personId" FROM assessment_targets WHERE id = ${targetId} AND round_id = ${r.id}`,
  );
  if (!t) throw new AppError('not_found');
  const [version, scores, tasks, [result]] = await Promise.all([
    versionById(db, r.versionId),
    rows<{ leafKey: string; rawValue: string | null; score: string }>(db, sql`SELECT leaf_key AS "leafKey", raw_value AS "rawValue", score FROM assessment_leaf_scores WHERE target_id = ${targetId}`),
    rows<{ leafKey: string; assigned: number; done: number }>(
      db,
      sql`SELECT leaf_key AS "leafKey", count(*)::int AS assigned, count(score)::int AS done FROM assessment_rater_tasks WHERE target_id = ${targetId} GROUP BY 1`,
    ),
    rows<ResultRow>(db, sql`SELECT x.total, x.grade, x.rank, x.previous_rank AS "previousRank", x.uses FROM assessment_results x WHERE x.target_id = ${targetId}`),
  ]);
  const byKey = new Map(scores.map((s) => [s.leafKey, s]));
  const taskBy = new Map(tasks.map((k) => [k.leafKey, k]));
  const leaves = leavesOf(version.tree).map((l) => {
    const s = byKey.get(l.key);
    const k = taskBy.get(l.key);
    return {
      key: l.key,
      name: l.name,
      path: l.path,
      weight: l.weight,
      type: l.def.type,
      metric: l.def.type === 'computed' ? l.def.metric : null,
      maxScore: l.def.type === 'computed' ? null : l.def.maxScore,
      rawValue: s?.rawValue ?? null,
      score: s?.score ?? null,
      weighted: s ? Math.round(l.weight * Number(s.score)) / 100 : null,
      raters: l.def.type === 'computed' ? null : { assigned: k?.assigned ?? 0, done: k?.done ?? 0 },
    };
  });
  const { targetId: _t, name: _n, orgId: _o, personId: _p, ...res } = result ? present({ ...result, targetId, name: t.name, orgId: t.orgId, personId: t.personId }) : ({} as ReturnType<typeof present>);
  return { targetId, name: t.name, orgId: t.orgId, personId: t.personId, period: { from: r.periodFrom, to: r.periodTo }, result: result ? res : null, leaves };
}
