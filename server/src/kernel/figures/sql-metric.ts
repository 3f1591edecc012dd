import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext, SeriesBucket } from '../module.js';
import { rows } from '../db/client.js';
import { bucketsOf } from './buckets.js';
import { shanghaiDay } from '../time.js';

/**
 * A figure that is one aggregate over rows: `SELECT value FROM … WHERE where(q)`, whose period filters `time`
 * and whose scope filters `orgPath`. From it the kernel derives the value, the series (one GROUP BY over
 * Asia/Shanghai buckets) and the ranking of child organisations (one GROUP BY over them) — one query each
 * instead of one per bucket or child, and the same rows in all three.
 */
export interface SqlSource {
  from: SQL;
  where(q: MetricQuery): SQL;
  time: SQL;
  orgPath: SQL;
  value: SQL;
}

const num = (v: number | string | null | undefined) => Number(v ?? 0);

/**
 * The child organisation of the scope `q.orgPath` (whose id is `q.parentId`) that a row's org path lies in, read
 * off the path itself ('/1/7/42/' under '/1/' is in child 7); rows kept at the scope's own organisation give
 * parentId. Integers only are written into the text, so the expression reads the same wherever it is repeated.
 */
export function childOrgOf(orgPath: SQL, q: { orgPath: string; parentId: number }): SQL {
  if (!Number.isSafeInteger(q.parentId)) throw new Error('parentId must be an integer');
  const after = sql.raw(String(q.orgPath.length + 1));
  return sql`coalesce(nullif(split_part(substr(${orgPath}, ${after}), '/', 1), '')::int, ${sql.raw(String(q.parentId))})`;
}

export function sqlMetric(src: SqlSource): Pick<MetricDef, 'value' | 'series' | 'byOrg' | 'overview'> {
  return {
    async value(ctx: ModuleContext, q: MetricQuery) {
      const [r] = await rows<{ n: number | string | null }>(ctx.db, sql`SELECT ${src.value} AS n ${src.from} WHERE ${src.where(q)}`);
      return num(r?.n);
    },
    async series(ctx, q) {
      const { index, labels } = bucketIndex(src.time, q);
      const list = await rows<{ i: number; n: number | string }>(ctx.db, sql`SELECT ${index} AS i, ${src.value} AS n ${src.from} WHERE ${src.where(q)} GROUP BY 1`);
      return labelled(labels, list);
    },
    async byOrg(ctx, q) {
      // Rows in no child subtree are kept at the scope's own organisation: they come back under parentId.
      const list = await rows<{ id: number; n: number | string }>(ctx.db, sql`SELECT ${childOrgOf(src.orgPath, q)} AS id, ${src.value} AS n ${src.from} WHERE ${src.where(q)} GROUP BY 1`);
      return list.map((r) => ({ orgId: Number(r.id), value: num(r.n) }));
    },
    async overview(ctx, q) {
      const [only] = await overviews(ctx, src, [src.value], q);
      return only;
    },
  };
}

type Overview = Awaited<ReturnType<NonNullable<MetricDef['overview']>>>;
type OverviewQuery = Parameters<NonNullable<MetricDef['overview']>>[1];

/**
 * Several aggregates over the same rows in one pass, grouped three ways (the whole, by bucket, by child
 * organisation); the grouped expressions hold no parameters, so they read the same in SELECT and GROUP BY.
 */
async function overviews(ctx: ModuleContext, src: Omit<SqlSource, 'value'>, values: SQL[], q: OverviewQuery): Promise<Overview[]> {
  const { index, labels } = bucketIndex(src.time, q);
  const child = childOrgOf(src.orgPath, q);
  const list = await rows<{ gb: number; gc: number; i: number | null; id: number | null } & Record<string, number | string | null>>(
    ctx.db,
    sql`SELECT grouping(${index}) AS gb, grouping(${child}) AS gc, ${index} AS i, ${child} AS id, ${sql.join(
      values.map((v, k) => sql`${v} AS ${sql.raw(`n${k}`)}`),
      sql`, `,
    )} ${src.from} WHERE ${src.where(q)} GROUP BY GROUPING SETS ((), (${index}), (${child}))`,
  );
  return values.map((_, k) => {
    const n = (r: (typeof list)[number]) => r[`n${k}`];
    let value = 0;
    const inBuckets: { i: number; n: number | string | null }[] = [];
    const byOrg: { orgId: number; value: number }[] = [];
    for (const r of list) {
      if (Number(r.gb) === 1 && Number(r.gc) === 1) value = num(n(r));
      else if (Number(r.gc) === 1) inBuckets.push({ i: Number(r.i), n: n(r) });
      else byOrg.push({ orgId: Number(r.id), value: num(n(r)) });
    }
    return { value, series: labelled(labels, inBuckets), byOrg };
  });
}

/**
 * Figures that are different aggregates over the same rows (person-times and hours of the same service records):
 * each is a sqlMetric of its own, and the engine computes their overviews in one shared pass (`pass`).
 */
export function sqlMetricsSharing(key: string, src: Omit<SqlSource, 'value'>, values: Record<string, SQL>) {
  const names = Object.keys(values);
  const pass: NonNullable<MetricDef['pass']> = {
    key,
    async overview(ctx, q) {
      const all = await overviews(ctx, src, Object.values(values), q);
      return Object.fromEntries(names.map((name, k) => [name, all[k]]));
    },
  };
  return (name: string): Pick<MetricDef, 'value' | 'series' | 'byOrg' | 'overview' | 'pass'> => {
    if (!(name in values)) throw new Error(`${name} is not among the metrics of pass ${key}`);
    return { ...sqlMetric({ ...src, value: values[name] }), pass };
  };
}

/**
 * Which bucket of the period a row's time falls in, 1 to n (0 before the period, n + 1 from its end on): a binary
 * search over the buckets' first instants, much cheaper per row than converting every time to Asia/Shanghai. The
 * instants are written into the text (ISO strings of Dates, nothing else), so the expression holds no parameters.
 */
export function bucketIndex(time: SQL, q: MetricQuery & { bucket: SeriesBucket }) {
  // A series is always asked for a period (the engine fills in a default one).
  const buckets = bucketsOf(q.from!, q.to!, q.bucket);
  const bounds = [...buckets.map((b) => b.from), q.to!].map((d) => `'${d.toISOString()}'`).join(',');
  return { index: sql`width_bucket(${time}, ${sql.raw(`ARRAY[${bounds}]::timestamptz[]`)})`, labels: buckets.map((b) => b.start) };
}

/** Every bucket in order with the value found for its index (0 where none). */
export function labelled(labels: string[], found: { i: number | string | null; n: number | string | null }[]) {
  const got = new Map(found.map((r) => [Number(r.i), num(r.n)]));
  return labels.map((start, k) => ({ start, value: got.get(k + 1) ?? 0 }));
}

/**
 * The period's buckets as rows `b(start, lo, hi, first_day, last_day)` — start as the series labels it, the instants
 * [lo, hi) and the Asia/Shanghai days they span — for figures that are no sum over one time column (how many squads
 * existed, the last closed period's average …): such a figure's whole series is one query joining its records to b.
 */
export function bucketRows(q: MetricQuery & { bucket: SeriesBucket }): SQL {
  // A series is always asked for a period (the engine fills in a default one).
  const list = bucketsOf(q.from!, q.to!, q.bucket).map(
    (b) => sql`(${b.start}::text, ${b.from.toISOString()}::timestamptz, ${b.to.toISOString()}::timestamptz, ${shanghaiDay(b.from)}::date, ${shanghaiDay(new Date(b.to.getTime() - 1))}::date)`,
  );
  return sql`(VALUES ${sql.join(list, sql`, `)}) AS b(start, lo, hi, first_day, last_day)`;
}

/** Every bucket of the period in order, with the value found for its start (0 where none). */
export function fillBuckets(q: MetricQuery & { bucket: SeriesBucket }, found: { start: string; n: number | string | null }[]) {
  const got = new Map(found.map((r) => [r.start, num(r.n)]));
  return bucketsOf(q.from!, q.to!, q.bucket).map((b) => ({ start: b.start, value: got.get(b.start) ?? 0 }));
}
