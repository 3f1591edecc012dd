import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { childOrgOf, sqlMetric } from '../../kernel/figures/sql-metric.js';

type Page = MetricQuery & { page: number; pageSize: number };
const under = (col: SQL, q: MetricQuery) => sql`${col} LIKE ${escapeLike(q.orgPath) + '%'}`;
const period = (col: SQL, q: MetricQuery) =>
  sql.join([sql`true`, ...(q.from ? [sql`${col} >= ${q.from.toISOString()}::timestamptz`] : []), ...(q.to ? [sql`${col} < ${q.to.toISOString()}::timestamptz`] : [])], sql` AND `);
/** A standing count: what existed by the period's end (its day began before `to`), or now. */
const existedBy = (day: SQL, q: MetricQuery) => (q.to ? sql`(${day}::timestamp AT TIME ZONE 'Asia/Shanghai') < ${q.to.toISOString()}::timestamptz` : sql`true`);

async function records(ctx: ModuleContext, q: Page, from: SQL, where: SQL, columns: SQL, order: SQL) {
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`);
  const items = await rows(ctx.db, sql`SELECT ${columns} ${from} WHERE ${where} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total: n };
}

/** A standing count over one table: value, each child organisation's, and the records. */
function standing(from: SQL, where: (q: MetricQuery) => SQL, orgPath: SQL, columns: SQL, order: SQL): Pick<MetricDef, 'value' | 'byOrg' | 'records'> {
  return {
    async value(ctx, q) {
      const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${where(q)}`);
      return Number(r?.n ?? 0);
    },
    async byOrg(ctx, q) {
      const list = await rows<{ id: number; n: number }>(ctx.db, sql`SELECT ${childOrgOf(orgPath, q)} AS id, count(*)::int AS n ${from} WHERE ${where(q)} GROUP BY 1`);
      return list.map((r) => ({ orgId: Number(r.id), value: r.n }));
    },
    records: (ctx, q) => records(ctx, q, from, where(q), columns, order),
  };
}

const pointsFrom = sql`FROM bases_venues v JOIN orgs o ON o.id = v.org_id`;
const points = (q: MetricQuery) => sql`v.kind = 'demonstration_point' AND v.status = 'active' AND ${under(sql`v.org_path`, q)} AND ${existedBy(sql`v.designated_on`, q)}`;

const projectsFrom = sql`FROM bases_projects p JOIN orgs o ON o.id = p.org_id`;
const projects = (q: MetricQuery) => sql`${under(sql`p.org_path`, q)} AND ${existedBy(sql`p.starts_on`, q)}`;

/** Approved bookings of venues of the scope (usage is the venue owner's figure), by their start. */
const bookingsFrom = sql`FROM bases_bookings b JOIN bases_venues v ON v.id = b.venue_id LEFT JOIN activities a ON a.id = b.activity_id`;
const booked = (q: MetricQuery) => sql`b.status = 'approved' AND ${under(sql`v.org_path`, q)} AND ${period(sql`b.starts_at`, q)}`;
const held = (q: MetricQuery) => sql`${booked(q)} AND b.starts_at <= now()`;
const hours = sql`extract(epoch FROM b.ends_at - b.starts_at) / 3600`;
/** Counted attendees; a booking for an activity without a count takes the activity's attendance. */
const attendees = sql`coalesce(b.attendees, a.attended_count, 0)`;
const bookingColumns = sql`b.id, v.name AS venue, b.title, b.starts_at AS "startsAt", b.ends_at AS "endsAt", round((${hours})::numeric, 2)::float8 AS hours, (${attendees})::int AS attendees`;

async function byVenue(ctx: ModuleContext, q: MetricQuery, value: SQL, where: SQL) {
  const list = await rows<{ key: number; label: string; value: number | string }>(ctx.db, sql`SELECT v.id AS key, v.name AS label, ${value} AS value ${bookingsFrom} WHERE ${where} GROUP BY v.id, v.name ORDER BY 3 DESC, v.id`);
  return list.map((r) => ({ key: String(r.key), label: r.label, orgId: null, value: Number(r.value) }));
}

/** Figures of the position matrix: demonstration points and 第一粒扣子 projects (case figures), venue usage by venue and month. */
export const basesMetrics: MetricDef[] = [
  {
    name: 'bases.demonstration_points',
    label: { zh: '机关党建示范点', en: 'Party-building demonstration points' },
    unit: '个',
    theme: 'carriers',
    caseFigure: 'demonstration_points',
    ...standing(pointsFrom, points, sql`v.org_path`, sql`v.id, v.name, v.theme, o.name AS "orgName", v.district_code AS "districtCode", v.designated_on AS "designatedOn"`, sql`v.designated_on, v.id`),
  },
  {
    name: 'bases.first_button_projects',
    label: { zh: '党建“第一粒扣子”项目', en: '“First button” projects' },
    unit: '个',
    theme: 'mechanisms',
    caseFigure: 'first_button_projects',
    ...standing(projectsFrom, projects, sql`p.org_path`, sql`p.id, p.name, o.name AS "orgName", p.status, p.starts_on AS "startsOn"`, sql`p.starts_on, p.id`),
  },
  {
    name: 'bases.venue_bookings',
    label: { zh: '阵地预约场次', en: 'Venue bookings' },
    unit: '场',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    ...sqlMetric({ from: bookingsFrom, where: booked, time: sql`b.starts_at`, orgPath: sql`v.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, bookingsFrom, booked(q), bookingColumns, sql`b.starts_at DESC, b.id DESC`),
    breakdown: (ctx, q) => byVenue(ctx, q, sql`count(*)`, booked(q)),
  },
  {
    name: 'bases.venue_hours',
    label: { zh: '阵地使用时长', en: 'Venue hours booked' },
    unit: '小时',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    measure: { sum: 'hours' },
    ...sqlMetric({ from: bookingsFrom, where: booked, time: sql`b.starts_at`, orgPath: sql`v.org_path`, value: sql`round(coalesce(sum(${hours}), 0)::numeric, 2)` }),
    records: (ctx, q) => records(ctx, q, bookingsFrom, booked(q), bookingColumns, sql`b.starts_at DESC, b.id DESC`),
    breakdown: (ctx, q) => byVenue(ctx, q, sql`round(coalesce(sum(${hours}), 0)::numeric, 2)`, booked(q)),
  },
  {
    name: 'bases.venue_attendees',
    label: { zh: '阵地活动参加人次', en: 'Attendees at venues' },
    unit: '人次',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    measure: { sum: 'attendees' },
    ...sqlMetric({ from: bookingsFrom, where: held, time: sql`b.starts_at`, orgPath: sql`v.org_path`, value: sql`coalesce(sum(${attendees}), 0)` }),
    records: (ctx, q) => records(ctx, q, bookingsFrom, held(q), bookingColumns, sql`b.starts_at DESC, b.id DESC`),
    breakdown: (ctx, q) => byVenue(ctx, q, sql`coalesce(sum(${attendees}), 0)`, held(q)),
  },
];
