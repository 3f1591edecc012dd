import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import { countCols, dayExpr, measureNames, measures, type Measure } from './demands.rollup.js';
import type { RateDefinitions } from '../config/demands.settings.js';
import { districtName } from '../config/demands.reference.js';
import type { DemandRow } from '../demands.access.js';
import { childOrgOf } from '../../../kernel/figures/sql-metric.js';

export interface Filter {
  /** Inclusive days, YYYY-MM-DD in Asia/Shanghai. */
  from?: string;
  to?: string;
  orgId?: number;
  categoryCode?: string;
  districtCode?: string;
}

/** The rollup columns each rate adds up, as chosen by the demand settings. */
export function rateParts(defs: RateDefinitions) {
  const resolved: Measure =
    defs.resolutionMeans === 'closed' ? (defs.resolutionInTimeOnly ? 'closed_in_time' : 'closed') : defs.resolutionInTimeOnly ? 'answered_in_time' : 'answered';
  return {
    response: { hit: [defs.responseInTimeOnly ? 'responded_in_time' : 'responded'] as Measure[], base: 'received' as Measure },
    resolution: { hit: [resolved], base: 'received' as Measure },
    satisfaction: { hit: (defs.basicallySatisfiedCounts ? ['satisfied', 'basically_satisfied'] : ['satisfied']) as Measure[], base: 'rated' as Measure },
  };
}
export type RateName = keyof ReturnType<typeof rateParts>;

function keyWhere(scope: Scope, f: Filter): SQL[] {
  const parts = [inScope(sql`r.org_path`, scope)];
  if (f.orgId !== undefined) parts.push(sql`r.org_id = ${f.orgId}`);
  if (f.categoryCode) parts.push(sql`r.category_code = ${f.categoryCode}`);
  if (f.districtCode) parts.push(sql`r.district_code = ${f.districtCode}`);
  return parts;
}

const firstOfNextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
const isLastOfMonth = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86400_000).getUTCDate() === 1;

/** The whole months inside [from, to] as [a, b): read from the monthly rollup. */
function wholeMonths(f: Filter): { a: string; b: string } | null {
  const a = !f.from ? '0001-01-01' : f.from.endsWith('-01') ? f.from : firstOfNextMonth(f.from);
  const b = !f.to ? '9999-12-01' : isLastOfMonth(f.to) ? firstOfNextMonth(f.to) : `${f.to.slice(0, 8)}01`;
  return a < b ? { a, b } : null;
}

const cols = sql.raw(`r.district_code, r.category_code, r.org_id, r.org_path, ${countCols.map((c) => `r.${c}`).join(', ')}`);

/**
 * The rollup rows of the filter, as a subquery `r` with a `day` column: whole months from the
 * monthly table, the days before and after them from the daily one (`byDay` forces daily rows).
 */
function rollupSource(scope: Scope, f: Filter, byDay = false): SQL {
  const span = byDay ? null : wholeMonths(f);
  const daily = keyWhere(scope, f);
  if (f.from) daily.push(sql`r.day >= ${f.from}::date`);
  if (f.to) daily.push(sql`r.day <= ${f.to}::date`);
  if (!span) return sql`(SELECT r.day, ${cols} FROM demand_daily_rollup r WHERE ${sql.join(daily, sql` AND `)}) r`;
  // The days before and after the whole months as two plain ranges (one OR would hide from the planner how few rows they are).
  const head = [...daily, sql`r.day < ${span.a}::date`];
  const tail = [...daily, sql`r.day >= ${span.b}::date`];
  const monthly = [...keyWhere(scope, f), sql`r.month >= ${span.a}::date`, sql`r.month < ${span.b}::date`];
  return sql`(SELECT r.day, ${cols} FROM demand_daily_rollup r WHERE ${sql.join(head, sql` AND `)}
              UNION ALL SELECT r.day, ${cols} FROM demand_daily_rollup r WHERE ${sql.join(tail, sql` AND `)}
              UNION ALL SELECT r.month AS day, ${cols} FROM demand_monthly_rollup r WHERE ${sql.join(monthly, sql` AND `)}) r`;
}

const sums = sql.raw([...measureNames.map((m) => `sum(r.${m})::bigint AS ${m}`), 'sum(r.response_minutes)::bigint AS response_minutes'].join(', '));

type Counts = Record<Measure | 'response_minutes', number>;

const pct = (hit: number, base: number) => (base > 0 ? Math.round((10000 * hit) / base) / 100 : null);

/** Counts and the three rates of one group, numbers as JSON numbers. */
export function present(raw: Record<string, unknown>, defs: RateDefinitions) {
  const c = Object.fromEntries([...measureNames, 'response_minutes'].map((m) => [m, Number(raw[m] ?? 0)])) as Counts;
  const p = rateParts(defs);
  const hit = (r: RateName) => p[r].hit.reduce((s, m) => s + c[m], 0);
  return {
    counts: { received: c.received, responded: c.responded, respondedInTime: c.responded_in_time, answered: c.answered, answeredInTime: c.answered_in_time,
      closed: c.closed, closedInTime: c.closed_in_time, rated: c.rated, satisfied: c.satisfied, basicallySatisfied: c.basically_satisfied,
      dissatisfied: c.dissatisfied, reopened: c.reopened, overdue: c.overdue, merged: c.merged },
    responseRate: pct(hit('response'), c[p.response.base]),
    resolutionRate: pct(hit('resolution'), c[p.resolution.base]),
    satisfactionRate: pct(hit('satisfaction'), c[p.satisfaction.base]),
    avgResponseHours: c.responded > 0 ? Math.round((c.response_minutes / c.responded / 60) * 10) / 10 : null,
  };
}

export type Dimension = 'org' | 'category' | 'district' | 'none';
const dimensionKey: Record<Dimension, string> = { org: 'r.org_id::text', category: 'r.category_code', district: 'r.district_code', none: `'all'` };

/** The three rates grouped by department, category or district (or in total) over the rollup. */
export async function ratesBy(db: Db, scope: Scope, by: Dimension, f: Filter, defs: RateDefinitions) {
  const list = await rows<Record<string, unknown> & { key: string }>(
    db,
    sql`SELECT ${sql.raw(dimensionKey[by])} AS key, ${sums} FROM ${rollupSource(scope, f)} GROUP BY 1 ORDER BY sum(r.received) DESC`,
  );
  const labels = await labelsFor(db, by, list.map((r) => r.key));
  return list.map((r) => ({ key: r.key, label: labels.get(r.key) ?? r.key, ...present(r, defs) }));
}

async function labelsFor(db: Db, by: Dimension, keys: string[]): Promise<Map<string, string>> {
  if (by === 'district') return new Map(keys.map((k) => [k, districtName.get(k) ?? k]));
  if (by === 'category') {
    const cats = await rows<{ code: string; name: string }>(db, sql`SELECT code, name FROM demand_categories`);
    return new Map(cats.map((c) => [c.code, c.name]));
  }
  if (by === 'org') {
    const ids = keys.map(Number).filter((n) => n > 0);
    const orgs = ids.length ? await rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM orgs WHERE id IN ${sql`(${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`}`) : [];
    return new Map([['0', '待派单'], ...orgs.map((o) => [String(o.id), o.name] as [string, string])]);
  }
  return new Map([['all', '合计']]);
}

/** Counts and rates per child organisation of `parent`, each over its whole subtree (the cockpit's ranking); demands kept at the parent itself under `parentId`. */
export async function ratesByChild(db: Db, scope: Scope, parent: { orgPath: string; parentId: number }, f: Filter, defs: RateDefinitions) {
  const list = await rows<Record<string, unknown> & { id: number }>(
    db,
    sql`SELECT ${childOrgOf(sql`r.org_path`, parent)} AS id, ${sums} FROM ${rollupSource(scope, f)} GROUP BY 1`,
  );
  return list.map((r) => ({ orgId: Number(r.id), ...present(r, defs) }));
}

/** The whole, each day, week or month, and each child organisation of `parent`, from one pass over the rollup (the cockpit's overview). */
export async function totalsTrendAndChildren(db: Db, scope: Scope, parent: { orgPath: string; parentId: number }, interval: 'day' | 'week' | 'month', f: Filter, defs: RateDefinitions) {
  const bucket = sql`date_trunc(${sql.raw(`'${interval}'`)}, r.day)`;
  const child = childOrgOf(sql`r.org_path`, parent);
  const list = await rows<Record<string, unknown> & { gb: number; gc: number; period: string | null; id: number | null }>(
    db,
    sql`SELECT grouping(${bucket}) AS gb, grouping(${child}) AS gc, to_char(${bucket}, 'YYYY-MM-DD') AS period, ${child} AS id, ${sums}
          FROM ${rollupSource(scope, f, interval !== 'month')} GROUP BY GROUPING SETS ((), (${bucket}), (${child}))`,
  );
  const whole = list.find((r) => Number(r.gb) === 1 && Number(r.gc) === 1)!;
  return {
    total: present(whole, defs),
    trend: list.filter((r) => Number(r.gb) === 0).map((r) => ({ period: r.period!, ...present(r, defs) })),
    byChild: list.filter((r) => Number(r.gc) === 0).map((r) => ({ orgId: Number(r.id), ...present(r, defs) })),
  };
}

/** Counts and rates per day, ISO week (Monday) or month. */
export async function trend(db: Db, scope: Scope, interval: 'day' | 'week' | 'month', f: Filter, defs: RateDefinitions) {
  const list = await rows<Record<string, unknown> & { period: string }>(
    db,
    sql`SELECT to_char(date_trunc(${interval}, r.day), 'YYYY-MM-DD') AS period, ${sums} FROM ${rollupSource(scope, f, interval !== 'month')} GROUP BY 1 ORDER BY 1`,
  );
  return list.map((r) => ({ period: r.period, ...present(r, defs) }));
}

type Instant = string | Date;
interface DrillRow {
  id: number | string;
  trackingCode: string;
  title: string;
  status: DemandRow['status'];
  categoryCode: string;
  districtCode: string;
  orgId: number | null;
  orgName: string | null;
  receivedAt: Instant;
  acceptedAt: Instant | null;
  responseDueAt: Instant;
  answeredAt: Instant | null;
  resolutionDueAt: Instant;
  closedAt: Instant | null;
  satisfaction: DemandRow['satisfaction'];
  day: string;
}

/** Demands behind a number: the rows whose own columns put them in `measure` (the same expression the rollup sums). */
export async function drill(db: Db, scope: Scope, measureList: Measure[], f: Filter, p: { page: number; pageSize: number }) {
  const parts: SQL[] = [inScope(sql`d.org_path`, scope), sql.raw(`(${measureList.map((m) => `(${measures[m]})`).join(' OR ')})`)];
  if (f.from) parts.push(sql`d.received_at >= (${f.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  if (f.to) parts.push(sql`d.received_at < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  if (f.orgId !== undefined) parts.push(sql`COALESCE(d.org_id, 0) = ${f.orgId}`);
  if (f.categoryCode) parts.push(sql`d.category_code = ${f.categoryCode}`);
  if (f.districtCode) parts.push(sql`d.district_code = ${f.districtCode}`);
  const where = sql.join(parts, sql` AND `);
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM demands d WHERE ${where}`);
  const list = await rows<DrillRow>(
    db,
    sql`SELECT d.id, d.tracking_code AS "trackingCode", d.title, d.status, d.category_code AS "categoryCode", d.district_code AS "districtCode", d.org_id AS "orgId",
               o.name AS "orgName", d.received_at AS "receivedAt", d.accepted_at AS "acceptedAt", d.response_due_at AS "responseDueAt", d.answered_at AS "answeredAt",
               d.resolution_due_at AS "resolutionDueAt", d.closed_at AS "closedAt", d.satisfaction, ${sql.raw(dayExpr)}::text AS day
          FROM demands d LEFT JOIN orgs o ON o.id = d.org_id WHERE ${where}
         ORDER BY d.received_at DESC, d.id DESC LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items: list.map((i) => ({ ...i, id: Number(i.id) })), total: n, page: p.page, pageSize: p.pageSize };
}

/** Top categories from the rollup, and the commonest words of the most recent demands of the period. */
export async function hotTopics(db: Db, scope: Scope, f: Filter, limit: number, sample = 5000) {
  const cats = await rows<{ code: string; name: string; n: string }>(
    db,
    sql`SELECT r.category_code AS code, c.name, sum(r.received)::bigint AS n FROM ${rollupSource(scope, f)} LEFT JOIN demand_categories c ON c.code = r.category_code
         GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT ${limit}`,
  );
  const [{ total }] = await rows<{ total: string | null }>(db, sql`SELECT sum(r.received)::bigint AS total FROM ${rollupSource(scope, f)}`);
  const keywords = await topWords(db, scope, f, limit, sample);
  return {
    total: Number(total ?? 0),
    categories: cats.map((c) => ({ code: c.code, name: c.name ?? c.code, count: Number(c.n), share: pct(Number(c.n), Number(total ?? 0)) })),
    keywords,
  };
}

// Single characters and the most common function words say nothing about the topic.
const stopWords = new Set(['希望', '请', '问题', '有关', '部门', '尽快', '处理', '一直', '没有', '我们', '小区', '影响', '情况', '反映', '相关', '进行']);

async function topWords(db: Db, scope: Scope, f: Filter, limit: number, sample: number) {
  const parts: SQL[] = [inScope(sql`d.org_path`, scope), sql`d.merged_into_id IS NULL`];
  if (f.from) parts.push(sql`d.received_at >= (${f.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  if (f.to) parts.push(sql`d.received_at < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  if (f.categoryCode) parts.push(sql`d.category_code = ${f.categoryCode}`);
  if (f.districtCode) parts.push(sql`d.district_code = ${f.districtCode}`);
  if (f.orgId !== undefined) parts.push(sql`COALESCE(d.org_id, 0) = ${f.orgId}`);
  const words = await rows<{ word: string; n: string }>(
    db,
    sql`SELECT w AS word, count(*) AS n FROM (SELECT d.search_tokens FROM demands d WHERE ${sql.join(parts, sql` AND `)} ORDER BY d.received_at DESC LIMIT ${sample}) s,
          LATERAL unnest(string_to_array(s.search_tokens, ' ')) AS w
         WHERE char_length(w) >= 2 GROUP BY w ORDER BY 2 DESC, 1 LIMIT ${limit * 3}`,
  );
  return words.filter((w) => !stopWords.has(w.word) && !/^[\d\p{P}a-z]+$/u.test(w.word)).slice(0, limit).map((w) => ({ word: w.word, count: Number(w.n) }));
}

/** 每月一题: the month's most frequent category, its count and the change from the month before. */
export async function monthlyFocus(db: Db, scope: Scope, month: string) {
  const first = `${month}-01`;
  const byCat = await rows<{ code: string; name: string; n: string; prev: string }>(
    db,
    sql`SELECT r.category_code AS code, c.name,
               sum(r.received) FILTER (WHERE r.month >= ${first}::date)::bigint AS n,
               sum(r.received) FILTER (WHERE r.month < ${first}::date)::bigint AS prev
          FROM demand_monthly_rollup r LEFT JOIN demand_categories c ON c.code = r.category_code
         WHERE ${inScope(sql`r.org_path`, scope)} AND r.month >= (${first}::date - interval '1 month')::date AND r.month < (${first}::date + interval '1 month')::date
         GROUP BY 1, 2 ORDER BY 3 DESC NULLS LAST, 1 LIMIT 5`,
  );
  const top = byCat[0];
  if (!top || !Number(top.n)) return { month, focus: null, runnersUp: [] };
  const to = await rows<{ d: string }>(db, sql`SELECT to_char((${first}::date + interval '1 month' - interval '1 day')::date, 'YYYY-MM-DD') AS d`);
  const keywords = await topWords(db, scope, { from: first, to: to[0].d, categoryCode: top.code }, 8, 2000);
  const item = (c: (typeof byCat)[number]) => {
    const count = Number(c.n ?? 0);
    const previous = Number(c.prev ?? 0);
    return { categoryCode: c.code, name: c.name ?? c.code, count, previousCount: previous, change: count - previous, changeRate: previous ? pct(count - previous, previous) : null };
  };
  return { month, focus: { ...item(top), keywords }, runnersUp: byCat.slice(1).filter((c) => Number(c.n)).map(item) };
}

export { dayExpr };
