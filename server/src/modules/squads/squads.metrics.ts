import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { bucketRows, childOrgOf, fillBuckets, sqlMetric } from '../../kernel/figures/sql-metric.js';
import { shanghaiDay } from '../../kernel/time.js';
import type { Dimension } from './squad-scoring.schema.js';

/**
 * The squads' own figures (issue 12). Scope: the squad's supervising organisation (`org_path`). Periods: a squad counts
 * in a period it existed in; members, tasks and innovations by when they happened; the dimension averages are those
 * of the last closed scoring period that ended within the period.
 */
type Paged = MetricQuery & { page: number; pageSize: number };
const page = (q: Paged) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
const under = (col: SQL, q: MetricQuery) => sql`${col} LIKE ${escapeLike(q.orgPath) + '%'}`;
const since = (col: SQL, q: MetricQuery) => (q.from ? sql` AND ${col} >= ${q.from.toISOString()}::timestamptz` : sql``);
const until = (col: SQL, q: MetricQuery) => (q.to ? sql` AND ${col} < ${q.to.toISOString()}::timestamptz` : sql``);
/** Last Asia/Shanghai day of the period (`to` is exclusive). */
const lastDay = (to: Date) => shanghaiDay(new Date(to.getTime() - 1));

async function num(ctx: ModuleContext, query: SQL) {
  const [r] = await rows<{ n: number | string | null }>(ctx.db, query);
  return Number(r?.n ?? 0);
}

/** The ranking of the scope's child organisations in one query: `value` over `rest` (FROM … WHERE …), grouped by the child `orgPath` lies in. */
function byChild(value: SQL, orgPath: SQL, rest: (q: MetricQuery) => SQL): NonNullable<MetricDef['byOrg']> {
  return async (ctx, q) => {
    const list = await rows<{ id: number; n: number | string | null }>(ctx.db, sql`SELECT ${childOrgOf(orgPath, q)} AS id, ${value} AS n ${rest(q)} GROUP BY 1`);
    return list.map((r) => ({ orgId: Number(r.id), value: Number(r.n ?? 0) }));
  };
}

/** Squads of the scope that existed in the period (started by its end, not ended before its start); without a period, the active ones. */
const existing = (q: MetricQuery) =>
  sql`${under(sql`s.org_path`, q)}${q.to ? sql` AND s.started_on <= ${lastDay(q.to)}` : sql``}
      AND (s.ended_on IS NULL${q.from ? sql` OR s.ended_on >= ${shanghaiDay(q.from)}` : sql``})`;

/** Memberships of squads in the scope that were active at some time in the period. */
const memberships = (q: MetricQuery, join: SQL = sql``) =>
  sql`FROM squad_members m JOIN squads s ON s.id = m.squad_id ${join}
      WHERE m.status IN ('active', 'left') AND ${under(sql`s.org_path`, q)}${until(sql`m.joined_at`, q)}
        AND (m.left_at IS NULL${q.from ? sql` OR m.left_at >= ${q.from.toISOString()}::timestamptz` : sql``})`;

type SeriesQuery = Parameters<NonNullable<MetricDef['series']>>[1];
/** A whole series in one query: `value` over `rest` (FROM … WHERE …, which may read the bucket b), per bucket. */
function perBucket(value: SQL, rest: (q: SeriesQuery) => SQL): NonNullable<MetricDef['series']> {
  return async (ctx, q) => fillBuckets(q, await rows<{ start: string; n: number | string | null }>(ctx.db, sql`SELECT b.start, ${value} AS n ${rest(q)} GROUP BY b.start`));
}

/** Tasks accepted in the period (done_at), of squads in the scope. */
const accepted = (q: MetricQuery) =>
  sql`FROM squad_tasks t JOIN squads s ON s.id = t.squad_id WHERE t.status = 'accepted' AND ${under(sql`s.org_path`, q)}${since(sql`t.done_at`, q)}${until(sql`t.done_at`, q)}`;

const innovationsFrom = sql`FROM squad_innovations i JOIN squads s ON s.id = i.squad_id`;
const innovationsWhere = (q: MetricQuery) => sql`i.status = 'accepted' AND ${under(sql`s.org_path`, q)}${since(sql`i.decided_at`, q)}${until(sql`i.decided_at`, q)}`;

/** The last closed scoring period that ended within the query period (any, without one). */
const lastClosed = (q: MetricQuery) =>
  sql`(SELECT id FROM squad_periods WHERE status = 'closed'${q.to ? sql` AND ends_on <= ${lastDay(q.to)}` : sql``}${q.from ? sql` AND ends_on >= ${shanghaiDay(q.from)}` : sql``}
        ORDER BY ends_on DESC, id DESC LIMIT 1)`;
const snapshots = (q: MetricQuery) => sql`FROM squad_score_snapshots x JOIN squads s ON s.id = x.squad_id WHERE x.period_id = ${lastClosed(q)} AND ${under(sql`x.org_path`, q)}`;

const dimensionLabels: Record<Dimension | 'total', string> = { learning: '比学习', skill: '比本领', innovation: '比创新', duty: '比担当', performance: '比作为', total: '总分' };

function dimensionAverage(d: Dimension | 'total'): MetricDef {
  const col = sql.raw(`x.${d}`);
  return {
    name: `squads.avg_${d}`,
    label: { zh: `尖刀班“${dimensionLabels[d]}”平均分（上一结算周期）`, en: `Squads' average ${d} score (last closed period)` },
    unit: '分',
    theme: 'carriers',
    // An average, not a count: its records are the squads' frozen scores it averages.
    measure: 'none',
    value: async (ctx, q) => num(ctx, sql`SELECT round(avg(${col}), 2) AS n ${snapshots(q)}`),
    // Per bucket: the average of the last period closed within it.
    series: perBucket(
      sql`round(avg(${col}), 2)`,
      (q) => sql`FROM ${bucketRows(q)} JOIN squad_score_snapshots x ON ${under(sql`x.org_path`, q)} AND x.period_id = (
                   SELECT id FROM squad_periods WHERE status = 'closed' AND ends_on <= b.last_day AND ends_on >= b.first_day ORDER BY ends_on DESC, id DESC LIMIT 1)`,
    ),
    byOrg: byChild(sql`round(avg(${col}), 2)`, sql`x.org_path`, snapshots),
    records: async (ctx, q) => ({
      total: await num(ctx, sql`SELECT count(*) AS n ${snapshots(q)}`),
      items: await rows(
        ctx.db,
        sql`SELECT x.squad_id AS "squadId", s.name, x.period_id AS "periodId", ${col} AS score, x.total, x.rank ${snapshots(q)} ORDER BY x.rank, x.squad_id ${page(q)}`,
      ),
    }),
  };
}

export const squadsMetrics: MetricDef[] = [
  {
    name: 'squads.active',
    label: { zh: '青年尖刀班', en: 'Youth vanguard squads' },
    unit: '支',
    theme: 'carriers',
    caseFigure: 'squads',
    value: (ctx, q) => num(ctx, sql`SELECT count(*) AS n FROM squads s WHERE ${existing(q)}`),
    series: perBucket(
      sql`count(*)`,
      (q) => sql`FROM ${bucketRows(q)} JOIN squads s ON ${under(sql`s.org_path`, q)} AND s.started_on <= b.last_day AND (s.ended_on IS NULL OR s.ended_on >= b.first_day)`,
    ),
    byOrg: byChild(sql`count(*)`, sql`s.org_path`, (q) => sql`FROM squads s WHERE ${existing(q)}`),
    records: async (ctx, q) => ({
      total: await num(ctx, sql`SELECT count(*) AS n FROM squads s WHERE ${existing(q)}`),
      items: await rows(
        ctx.db,
        sql`SELECT s.id AS "squadId", s.name, o.name AS "orgName", s.field, s.status, s.started_on AS "startedOn", s.ended_on AS "endedOn",
                   (SELECT count(*)::int FROM squad_members m WHERE m.squad_id = s.id AND m.status = 'active') AS members
              FROM squads s JOIN orgs o ON o.id = s.org_id WHERE ${existing(q)} ORDER BY s.org_path, s.id ${page(q)}`,
      ),
    }),
  },
  {
    name: 'squads.members',
    label: { zh: '尖刀班队员', en: 'Squad members' },
    unit: '人',
    theme: 'carriers',
    // Distinct people: someone who moved between two squads in the period counts once.
    value: (ctx, q) => num(ctx, sql`SELECT count(DISTINCT m.person_id) AS n ${memberships(q)}`),
    series: perBucket(
      sql`count(DISTINCT m.person_id)`,
      (q) => sql`FROM ${bucketRows(q)} JOIN squad_members m ON m.status IN ('active', 'left') AND m.joined_at < b.hi AND (m.left_at IS NULL OR m.left_at >= b.lo)
                 JOIN squads s ON s.id = m.squad_id AND ${under(sql`s.org_path`, q)}`,
    ),
    byOrg: byChild(sql`count(DISTINCT m.person_id)`, sql`s.org_path`, memberships),
    records: async (ctx, q) => ({
      total: await num(ctx, sql`SELECT count(DISTINCT m.person_id) AS n ${memberships(q)}`),
      items: await rows(
        ctx.db,
        sql`SELECT m.person_id AS "personId", p.name, string_agg(DISTINCT s.name, '、') AS squads, bool_or(m.role = 'leader') AS leader, min(m.joined_at) AS "joinedAt"
              ${memberships(q, sql`JOIN people p ON p.id = m.person_id`)} GROUP BY m.person_id, p.name ORDER BY m.person_id ${page(q)}`,
      ),
    }),
  },
  {
    name: 'squads.tasks_on_time',
    label: { zh: '攻坚任务按期完成率', en: 'Hard tasks done on time' },
    unit: '%',
    theme: 'carriers',
    measure: 'none',
    // Per 100 tasks accepted, to one decimal, in every bucket and organisation alike.
    ...sqlMetric({
      from: sql`FROM squad_tasks t JOIN squads s ON s.id = t.squad_id`,
      where: (q) => sql`t.status = 'accepted' AND ${under(sql`s.org_path`, q)}${since(sql`t.done_at`, q)}${until(sql`t.done_at`, q)}`,
      time: sql`t.done_at`,
      orgPath: sql`s.org_path`,
      value: sql`coalesce(round(100.0 * count(*) FILTER (WHERE t.on_time) / nullif(count(*), 0), 1), 0)`,
    }),
    // The hits: tasks accepted in the period that were done on time.
    records: async (ctx, q) => ({
      total: await num(ctx, sql`SELECT count(*) AS n ${accepted(q)} AND t.on_time`),
      items: await rows(
        ctx.db,
        sql`SELECT t.id AS "taskId", t.title, s.name AS "squadName", t.difficulty, t.due_on AS "dueOn", t.done_at AS "doneAt" ${accepted(q)} AND t.on_time
             ORDER BY t.done_at DESC, t.id DESC ${page(q)}`,
      ),
    }),
  },
  {
    name: 'squads.innovations_accepted',
    label: { zh: '尖刀班创新成果', en: 'Squad innovations accepted' },
    unit: '项',
    theme: 'carriers',
    additive: true,
    ...sqlMetric({ from: innovationsFrom, where: innovationsWhere, time: sql`i.decided_at`, orgPath: sql`s.org_path`, value: sql`count(*)` }),
    records: async (ctx, q) => ({
      total: await num(ctx, sql`SELECT count(*) AS n ${innovationsFrom} WHERE ${innovationsWhere(q)}`),
      items: await rows(
        ctx.db,
        sql`SELECT i.id AS "innovationId", i.title, i.kind, s.name AS "squadName", i.decided_at AS "decidedAt" ${innovationsFrom} WHERE ${innovationsWhere(q)}
             ORDER BY i.decided_at DESC, i.id DESC ${page(q)}`,
      ),
    }),
  },
  ...(['learning', 'skill', 'innovation', 'duty', 'performance', 'total'] as const).map(dimensionAverage),
];
