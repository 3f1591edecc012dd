import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext, SeriesBucket } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { bucketRows, childOrgOf, fillBuckets, sqlMetric } from '../../../kernel/figures/sql-metric.js';
import { period, records, under, type Page } from '../pairing.metric-sql.js';
import { sectors } from '../pairing.reference.js';

/**
 * Pairs and the entrepreneurs they serve. Active pairs are a stock: a pair counts in a period when it was active at some
 * moment of it (started before its end, not ended before its start); without a period, the pairs active now.
 */
const pairsFrom = sql`FROM pairing_pairs p`;
const activeIn = (q: MetricQuery) =>
  sql.join(
    [
      under(sql`p.org_path`, q),
      ...(q.to ? [sql`p.started_at < ${q.to.toISOString()}::timestamptz`] : []),
      q.from ? sql`(p.ended_at IS NULL OR p.ended_at >= ${q.from.toISOString()}::timestamptz)` : sql`p.ended_at IS NULL`,
    ],
    sql` AND `,
  );
const pairRecords = (ctx: ModuleContext, q: Page) =>
  records(
    ctx,
    q,
    sql`${pairsFrom} JOIN people cp ON cp.id = p.cadre_person_id JOIN pairing_entrepreneurs e ON e.id = p.entrepreneur_id`,
    activeIn(q),
    sql`p.id, cp.name AS cadre, e.name AS entrepreneur, e.company, e.sector, p.started_at AS "startedAt", p.ended_at AS "endedAt"`,
    sql`p.started_at DESC, p.id DESC`,
  );

/**
 * Contacts per active pair per month: contact logs of the period ÷ pair-months, a pair's months being the days it was
 * active within the period ÷ 30. Without a period: from each pair's start until now. A pair counts for at least a
 * month (or the whole period when shorter), so a pair started yesterday with two visits reads 2, not 60.
 */
const perPairMonth = (contacts: number, days: number) => (days > 0 ? Math.round((contacts / (days / 30)) * 100) / 100 : 0);
/** A pair's days in [lo, hi), at least `floor`, for pairs active in it. */
const pairDays = (lo: SQL, hi: SQL, floor: SQL) => {
  const from = sql`greatest(p.started_at, ${lo})`;
  const to = sql`least(coalesce(p.ended_at, now()), ${hi}, now())`;
  return { days: sql`greatest(${floor}, ceil(extract(epoch FROM ${to} - ${from}) / 86400))`, within: sql`${to} > ${from}` };
};

async function contactRate(ctx: ModuleContext, q: MetricQuery) {
  const periodDays = q.from && q.to ? Math.ceil((q.to.getTime() - q.from.getTime()) / 86400_000) : 30;
  const floor = sql.raw(String(Math.max(1, Math.min(30, periodDays))));
  const { days, within } = pairDays(q.from ? sql`${q.from.toISOString()}::timestamptz` : sql`p.started_at`, q.to ? sql`${q.to.toISOString()}::timestamptz` : sql`now()`, floor);
  const [r] = await rows<{ contacts: number; days: number | string | null }>(
    ctx.db,
    sql`SELECT (SELECT count(*)::int ${contactsFrom} WHERE ${contactsIn(q)}) AS contacts,
               (SELECT sum(${days}) ${pairsFrom} WHERE ${activeIn(q)} AND ${within}) AS days`,
  );
  return perPairMonth(Number(r?.contacts ?? 0), Number(r?.days ?? 0));
}

/** The same rate in every bucket of the period: contacts and pair-days per bucket, each bucket's floor its own length. */
async function contactRateSeries(ctx: ModuleContext, q: MetricQuery & { bucket: SeriesBucket }) {
  const b = bucketRows(q);
  const { days, within } = pairDays(sql`b.lo`, sql`b.hi`, sql`least(30, ceil(extract(epoch FROM b.hi - b.lo) / 86400))`);
  const contacts = await rows<{ start: string; n: number }>(
    ctx.db,
    sql`SELECT b.start, count(*)::int AS n FROM ${b} JOIN pairing_contact_logs c ON c.happened_at >= b.lo AND c.happened_at < b.hi
          JOIN pairing_pairs p ON p.id = c.pair_id WHERE ${under(sql`p.org_path`, q)} GROUP BY b.start`,
  );
  const pairs = await rows<{ start: string; n: number | string }>(
    ctx.db,
    sql`SELECT b.start, sum(${days}) AS n FROM ${b} JOIN pairing_pairs p ON p.started_at < b.hi AND (p.ended_at IS NULL OR p.ended_at >= b.lo) AND ${within}
         WHERE ${under(sql`p.org_path`, q)} GROUP BY b.start`,
  );
  const perBucket = new Map(pairs.map((r) => [r.start, Number(r.n)]));
  return fillBuckets(q, contacts.map((r) => ({ start: r.start, n: perPairMonth(r.n, perBucket.get(r.start) ?? 0) })));
}

/** The rate of each child organisation of the scope over the period. */
async function contactRateByOrg(ctx: ModuleContext, q: MetricQuery & { parentId: number }) {
  const periodDays = q.from && q.to ? Math.ceil((q.to.getTime() - q.from.getTime()) / 86400_000) : 30;
  const floor = sql.raw(String(Math.max(1, Math.min(30, periodDays))));
  const { days, within } = pairDays(q.from ? sql`${q.from.toISOString()}::timestamptz` : sql`p.started_at`, q.to ? sql`${q.to.toISOString()}::timestamptz` : sql`now()`, floor);
  const child = childOrgOf(sql`p.org_path`, q);
  const contacts = await rows<{ id: number; n: number }>(ctx.db, sql`SELECT ${child} AS id, count(*)::int AS n ${contactsFrom} WHERE ${contactsIn(q)} GROUP BY 1`);
  const pairs = await rows<{ id: number; n: number | string }>(ctx.db, sql`SELECT ${child} AS id, sum(${days}) AS n ${pairsFrom} WHERE ${activeIn(q)} AND ${within} GROUP BY 1`);
  const found = new Map(contacts.map((r) => [Number(r.id), r.n]));
  return pairs.map((r) => ({ orgId: Number(r.id), value: perPairMonth(found.get(Number(r.id)) ?? 0, Number(r.n)) }));
}
const contactsFrom = sql`FROM pairing_contact_logs c JOIN pairing_pairs p ON p.id = c.pair_id`;
const contactsIn = (q: MetricQuery) => sql`${under(sql`p.org_path`, q)} AND ${period(sql`c.happened_at`, q)}`;

/**
 * Entrepreneurs served: distinct entrepreneurs a cadre of the scope contacted (by the pair's organisation), who came to
 * a co-study session (by their organisation in charge) or who joined a research topic (by the topic's organisation).
 */
const servedFrom = sql`FROM (
    SELECT p.entrepreneur_id AS id, c.happened_at AS at, p.org_path, 'contact' AS via FROM pairing_contact_logs c JOIN pairing_pairs p ON p.id = c.pair_id
    UNION ALL
    SELECT s.entrepreneur_id, s.checked_in_at, s.org_path, 'co_study' FROM pairing_cosession_signups s WHERE s.checked_in_at IS NOT NULL
    UNION ALL
    SELECT x.entrepreneur_id, x.joined_at, t.org_path, 'research' FROM pairing_research_participants x JOIN pairing_research_topics t ON t.id = x.topic_id WHERE x.entrepreneur_id IS NOT NULL
  ) s`;
const servedIn = (q: MetricQuery) => sql`${under(sql`s.org_path`, q)} AND ${period(sql`s.at`, q)}`;
const sectorNames = new Map<string, string>(sectors.map((s) => [s.code, s.name]));

async function servedRecords(ctx: ModuleContext, q: Page) {
  const w = servedIn(q);
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(DISTINCT s.id)::int AS n ${servedFrom} WHERE ${w}`);
  const items = await rows(
    ctx.db,
    sql`SELECT e.id, e.name, e.company, e.sector, array_agg(DISTINCT s.via ORDER BY s.via) AS via, max(s.at) AS "lastServedAt"
          ${servedFrom} JOIN pairing_entrepreneurs e ON e.id = s.id WHERE ${w}
         GROUP BY e.id, e.name, e.company, e.sector ORDER BY max(s.at) DESC, e.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items, total: n };
}

async function servedBySector(ctx: ModuleContext, q: MetricQuery) {
  const list = await rows<{ key: string; value: number }>(
    ctx.db,
    sql`SELECT e.sector AS key, count(DISTINCT s.id)::int AS value ${servedFrom} JOIN pairing_entrepreneurs e ON e.id = s.id WHERE ${servedIn(q)} GROUP BY e.sector`,
  );
  return list.map((r) => ({ key: r.key, label: sectorNames.get(r.key) ?? r.key, orgId: null, value: Number(r.value) }));
}

export const pairMetrics: MetricDef[] = [
  {
    name: 'pairing.active_pairs',
    label: { zh: '在结对数（干部+企业家）', en: 'Active pairs (cadre + entrepreneur)' },
    unit: '对',
    theme: 'carriers',
    async value(ctx, q) {
      const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${pairsFrom} WHERE ${activeIn(q)}`);
      return Number(r?.n ?? 0);
    },
    // A stock: each bucket counts the pairs active at some moment of it, in one query for the whole trend.
    async series(ctx, q) {
      const list = await rows<{ start: string; n: number }>(
        ctx.db,
        sql`SELECT b.start, count(*)::int AS n FROM ${bucketRows(q)} JOIN pairing_pairs p ON p.started_at < b.hi AND (p.ended_at IS NULL OR p.ended_at >= b.lo)
             WHERE ${under(sql`p.org_path`, q)} GROUP BY b.start`,
      );
      return fillBuckets(q, list);
    },
    async byOrg(ctx, q) {
      const list = await rows<{ id: number; n: number }>(ctx.db, sql`SELECT ${childOrgOf(sql`p.org_path`, q)} AS id, count(*)::int AS n ${pairsFrom} WHERE ${activeIn(q)} GROUP BY 1`);
      return list.map((r) => ({ orgId: Number(r.id), value: r.n }));
    },
    records: pairRecords,
  },
  {
    name: 'pairing.contacts_per_pair_month',
    label: { zh: '结对月均联系次数', en: 'Contacts per active pair per month' },
    unit: '次/对·月',
    theme: 'carriers',
    // A rate: its records are the contacts it counts, not something adding up to it.
    measure: 'none',
    value: contactRate,
    series: contactRateSeries,
    byOrg: contactRateByOrg,
    records: (ctx, q) => records(ctx, q, contactsFrom, contactsIn(q), sql`c.id, c.pair_id AS "pairId", c.kind, c.topic, c.happened_at AS "happenedAt"`, sql`c.happened_at DESC, c.id DESC`),
  },
  {
    name: 'pairing.entrepreneurs_served',
    label: { zh: '服务青年企业家（联系、共学、共研）', en: 'Young entrepreneurs served (contacts, co-study, research)' },
    unit: '人',
    theme: 'carriers',
    groupBy: ['org', 'category'],
    ...sqlMetric({ from: servedFrom, where: servedIn, time: sql`s.at`, orgPath: sql`s.org_path`, value: sql`count(DISTINCT s.id)` }),
    records: servedRecords,
    breakdown: (ctx, q) => servedBySector(ctx, q),
  },
];
