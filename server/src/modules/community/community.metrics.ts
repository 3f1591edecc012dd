import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext, SeriesBucket } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { bucketIndex, bucketRows, childOrgOf, fillBuckets, sqlMetric, sqlMetricsSharing } from '../../kernel/figures/sql-metric.js';
import { activityBriefs } from '../activities/index.js';

/**
 * 幸福党建 figures. Only confirmed service hours count (status 'confirmed'): person-times, hours, communities served.
 * A row's time is when it was recorded (the check-out); its organisation is the organiser's (org_path).
 */
type Page = MetricQuery & { page: number; pageSize: number };

const under = (column: SQL, q: MetricQuery) => sql`${column} LIKE ${escapeLike(q.orgPath) + '%'}`;
function period(column: SQL, q: MetricQuery): SQL[] {
  const parts: SQL[] = [];
  if (q.from) parts.push(sql`${column} >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`${column} < ${q.to.toISOString()}::timestamptz`);
  return parts;
}
const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`true`);
const page = (q: Page) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
const num = (v: unknown) => Number(v ?? 0);

// Confirmed service hours.
const hoursFrom = sql`FROM community_service_hours h`;
const confirmedHours = (q: MetricQuery) => and([sql`h.status = 'confirmed'`, under(sql`h.org_path`, q), ...period(sql`h.recorded_at`, q)]);
const hoursSource = sqlMetricsSharing(
  'community.hours',
  { from: hoursFrom, where: confirmedHours, time: sql`h.recorded_at`, orgPath: sql`h.org_path` },
  { 'community.volunteer_person_times': sql`count(*)`, 'community.confirmed_hours': sql`coalesce(sum(h.hours), 0)` },
);

async function hoursRecords(ctx: ModuleContext, q: Page) {
  const where = confirmedHours(q);
  const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${hoursFrom} WHERE ${where}`);
  const list = await rows<{ activityId: number; name: string; community: string; hours: string; recordedAt: string; confirmedAt: string }>(
    ctx.db,
    sql`SELECT h.activity_id AS "activityId", p.name, c.name AS community, h.hours, h.recorded_at AS "recordedAt", h.confirmed_at AS "confirmedAt"
          ${hoursFrom} JOIN people p ON p.id = h.person_id JOIN communities c ON c.id = h.community_id
         WHERE ${where} ORDER BY h.recorded_at DESC, h.id DESC ${page(q)}`,
  );
  const titles = new Map((await activityBriefs(ctx.db, [...new Set(list.map((r) => r.activityId))])).map((b) => [b.id, b.title]));
  return { items: list.map((r) => ({ ...r, activity: titles.get(r.activityId) ?? '', hours: Number(r.hours) })), total: n };
}

// Communities served: a confirmed hours row of a volunteer activity there, or a need there fulfilled by a claimant in scope.
const servedCommunities = (q: MetricQuery) => sql`
  SELECT h.community_id AS id, 'service' AS via ${hoursFrom} WHERE ${confirmedHours(q)}
  UNION
  SELECT n.community_id AS id, 'need' AS via FROM community_needs n
    JOIN community_need_claims k ON k.need_id = n.id AND k.status IN ('claimed', 'scheduled', 'completed')
   WHERE n.status = 'fulfilled' AND ${and([under(sql`k.org_path`, q), ...period(sql`n.ends_at`, q)])}`;

/** The same rows, each with its time and organisation, for the one-pass value, trend and ranking. */
const servedSource = sqlMetric({
  from: sql`FROM (SELECT h.community_id AS id, h.recorded_at AS at, h.org_path ${hoursFrom} WHERE h.status = 'confirmed'
                  UNION ALL
                  SELECT n.community_id, n.ends_at, k.org_path FROM community_needs n
                    JOIN community_need_claims k ON k.need_id = n.id AND k.status IN ('claimed', 'scheduled', 'completed')
                   WHERE n.status = 'fulfilled') s`,
  where: (q) => and([under(sql`s.org_path`, q), ...period(sql`s.at`, q)]),
  time: sql`s.at`,
  orgPath: sql`s.org_path`,
  value: sql`count(DISTINCT s.id)`,
});
async function communitiesServed(ctx: ModuleContext, q: MetricQuery) {
  const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(DISTINCT id)::int AS n FROM (${servedCommunities(q)}) s`);
  return num(r?.n);
}

// Teams that served in the period: founded by its end and not disbanded before its start (without a period, the active ones).
// A stock, not a flow: a team founded years ago still counts in this year's figure.
const teamsWhere = (q: MetricQuery) =>
  and([
    under(sql`t.org_path`, q),
    ...(q.to ? [sql`t.created_at < ${q.to.toISOString()}::timestamptz`] : []),
    q.from ? sql`(t.disbanded_at IS NULL OR t.disbanded_at >= ${q.from.toISOString()}::timestamptz)` : sql`t.status = 'active'`,
  ]);
const teamsFrom = sql`FROM community_volunteer_teams t`;

// Needs: posted (in communities an organisation of the scope has a confirmed 共建 agreement with; all at the committee root), claimed, fulfilled.
async function isRoot(ctx: ModuleContext, q: MetricQuery) {
  const [r] = await rows<{ root: boolean }>(ctx.db, sql`SELECT parent_id IS NULL AS root FROM orgs WHERE path = ${q.orgPath}`);
  return Boolean(r?.root);
}
async function postedWhere(ctx: ModuleContext, q: MetricQuery) {
  const scope = (await isRoot(ctx, q))
    ? sql`true`
    : sql`n.community_id IN (SELECT r.community_id FROM community_org_registrations r WHERE r.status = 'confirmed' AND ${under(sql`r.org_path`, q)})`;
  return and([scope, ...period(sql`n.created_at`, q)]);
}
const claimsFrom = sql`FROM community_need_claims k JOIN community_needs n ON n.id = k.need_id`;
const liveClaims = (q: MetricQuery) => and([sql`k.status IN ('claimed', 'scheduled', 'completed')`, under(sql`k.org_path`, q), ...period(sql`k.claimed_at`, q)]);
const claimsSource = sqlMetric({ from: claimsFrom, where: liveClaims, time: sql`k.claimed_at`, orgPath: sql`k.org_path`, value: sql`count(*)` });
const fulfilled = (q: MetricQuery) => and([sql`n.status = 'fulfilled'`, sql`k.status IN ('claimed', 'scheduled', 'completed')`, under(sql`k.org_path`, q), ...period(sql`n.ends_at`, q)]);
const fulfilledSource = sqlMetric({ from: claimsFrom, where: fulfilled, time: sql`n.ends_at`, orgPath: sql`k.org_path`, value: sql`count(*)` });

const needColumns = sql`n.id, n.title, c.name AS community, n.type_code AS "typeCode", n.status, n.starts_at AS "startsAt", n.created_at AS "createdAt"`;
function needRecords(where: (q: MetricQuery) => SQL, from: SQL, extra: SQL = sql``) {
  return async (ctx: ModuleContext, q: Page) => {
    const w = where(q);
    const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${from} WHERE ${w}`);
    const items = await rows(ctx.db, sql`SELECT ${needColumns} ${extra} ${from} JOIN communities c ON c.id = n.community_id WHERE ${w} ORDER BY n.created_at DESC, n.id DESC ${page(q)}`);
    return { items, total: n };
  };
}

// 报到 rate: people of the scope with a confirmed registration where they live, of all people of the scope (at the period's end).
const peopleOf = (q: MetricQuery) => and([under(sql`o.path`, q), ...(q.to ? [sql`p.created_at < ${q.to.toISOString()}::timestamptz`] : [])]);
const registeredBy = (q: MetricQuery) =>
  and([sql`r.status = 'confirmed'`, peopleOf(q), ...(q.to ? [sql`r.decided_at < ${q.to.toISOString()}::timestamptz`] : [])]);
const registrationsFrom = sql`FROM community_member_registrations r JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = p.org_id`;
/** Per cent to one decimal. */
const rate = (registered: number, people: number) => (people ? Math.round((registered / people) * 1000) / 10 : 0);

type Counted = { i: number; id: number; n: number };
/**
 * People of the scope and people registered, by the bucket they came in (created; both created and confirmed) and by
 * `group` (a child organisation, or one group): bucket 0 holds those already there when the period began.
 */
async function registrationCounts(ctx: ModuleContext, q: MetricQuery & { bucket: SeriesBucket }, group: SQL) {
  const bucketOf = (at: SQL) => bucketIndex(at, q).index;
  const to = sql`${q.to!.toISOString()}::timestamptz`;
  // One pass over the scope's people, each with when their first confirmed registration held (null: none by the end).
  const list = await rows<{ ip: number; ir: number | null; id: number; n: number }>(
    ctx.db,
    sql`SELECT ${bucketOf(sql`p.created_at`)} AS ip, ${bucketOf(sql`x.at`)} AS ir, ${group} AS id, count(*)::int AS n
          FROM people p JOIN orgs o ON o.id = p.org_id
          LEFT JOIN (SELECT r.person_id, min(r.decided_at) AS at FROM community_member_registrations r
                      WHERE r.status = 'confirmed' AND r.decided_at IS NOT NULL GROUP BY 1) r ON r.person_id = p.id
          CROSS JOIN LATERAL (SELECT CASE WHEN r.at IS NOT NULL AND greatest(r.at, p.created_at) < ${to} THEN greatest(r.at, p.created_at) END AS at) x
         WHERE ${and([under(sql`o.path`, q), sql`p.created_at < ${to}`])} GROUP BY 1, 2, 3`,
  );
  const people = list.map((r) => ({ i: r.ip, id: r.id, n: r.n }));
  const registered = list.filter((r) => r.ir !== null).map((r) => ({ i: Number(r.ir), id: r.id, n: r.n }));
  return { people, registered };
}
/** The rate at the end of each bucket, at the period's end, and per group at the period's end. */
function cumulative(q: MetricQuery & { bucket: SeriesBucket }, c: { people: Counted[]; registered: Counted[] }) {
  const sumBy = <K,>(list: Counted[], key: (r: Counted) => K) => list.reduce((m, r) => m.set(key(r), (m.get(key(r)) ?? 0) + r.n), new Map<K, number>());
  const [p, r] = [sumBy(c.people, (x) => Number(x.i)), sumBy(c.registered, (x) => Number(x.i))];
  let [pSum, rSum] = [p.get(0) ?? 0, r.get(0) ?? 0];
  const series = bucketIndex(sql``, q).labels.map((start, k) => {
    pSum += p.get(k + 1) ?? 0;
    rSum += r.get(k + 1) ?? 0;
    return { start, value: rate(rSum, pSum) };
  });
  const regs = sumBy(c.registered, (x) => Number(x.id));
  const byOrg = [...sumBy(c.people, (x) => Number(x.id))].map(([orgId, people]) => ({ orgId, value: rate(regs.get(orgId) ?? 0, people) }));
  return { value: rate(rSum, pSum), series, byOrg };
}

export const communityMetrics: MetricDef[] = [
  {
    name: 'community.volunteer_person_times',
    label: { zh: '志愿服务人次（社区确认）', en: 'Volunteer service person-times (confirmed)' },
    unit: '人次',
    theme: 'carriers',
    additive: true,
    caseFigure: 'volunteer_person_times',
    ...hoursSource('community.volunteer_person_times'),
    records: hoursRecords,
  },
  {
    name: 'community.confirmed_hours',
    label: { zh: '志愿服务时长（社区确认）', en: 'Volunteer service hours (confirmed)' },
    unit: '小时',
    theme: 'carriers',
    additive: true,
    measure: { sum: 'hours' },
    ...hoursSource('community.confirmed_hours'),
    records: hoursRecords,
  },
  {
    name: 'community.communities_served',
    label: { zh: '服务社区数', en: 'Communities served' },
    unit: '个',
    theme: 'carriers',
    caseFigure: 'communities_served',
    ...servedSource,
    async records(ctx, q) {
      const items = await rows(
        ctx.db,
        sql`SELECT c.id, c.name, c.district_code AS "districtCode", c.street_code AS "streetCode", string_agg(DISTINCT s.via, ',' ORDER BY s.via) AS via
              FROM (${servedCommunities(q)}) s JOIN communities c ON c.id = s.id GROUP BY c.id ORDER BY c.district_code, c.street_code, c.name ${page(q)}`,
      );
      return { items, total: await communitiesServed(ctx, q) };
    },
  },
  {
    name: 'community.volunteer_teams',
    label: { zh: '红色志愿服务队', en: 'Red volunteer service teams' },
    unit: '支',
    theme: 'carriers',
    caseFigure: 'volunteer_teams',
    async value(ctx, q) {
      const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${teamsFrom} WHERE ${teamsWhere(q)}`);
      return num(r?.n);
    },
    async series(ctx, q) {
      const found = await rows<{ start: string; n: number }>(
        ctx.db,
        sql`SELECT b.start, count(*)::int AS n FROM ${bucketRows(q)}
              JOIN community_volunteer_teams t ON ${under(sql`t.org_path`, q)} AND t.created_at < b.hi AND (t.disbanded_at IS NULL OR t.disbanded_at >= b.lo)
             GROUP BY b.start`,
      );
      return fillBuckets(q, found);
    },
    async byOrg(ctx, q) {
      const list = await rows<{ id: number; n: number }>(ctx.db, sql`SELECT ${childOrgOf(sql`t.org_path`, q)} AS id, count(*)::int AS n ${teamsFrom} WHERE ${teamsWhere(q)} GROUP BY 1`);
      return list.map((r) => ({ orgId: Number(r.id), value: num(r.n) }));
    },
    async records(ctx, q) {
      const where = teamsWhere(q);
      const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${teamsFrom} WHERE ${where}`);
      const items = await rows(
        ctx.db,
        sql`SELECT t.id, t.name, o.name AS "orgName", t.status, t.created_at AS "createdAt", t.disbanded_at AS "disbandedAt",
                   (SELECT count(*)::int FROM community_team_members m WHERE m.team_id = t.id AND m.left_at IS NULL) AS members
              ${teamsFrom} JOIN orgs o ON o.id = t.org_id WHERE ${where} ORDER BY t.created_at DESC, t.id DESC ${page(q)}`,
      );
      return { items, total: n };
    },
  },
  {
    name: 'community.needs_posted',
    label: { zh: '社区发布需求', en: 'Community needs posted' },
    unit: '项',
    theme: 'carriers',
    async value(ctx, q) {
      const [r] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM community_needs n WHERE ${await postedWhere(ctx, q)}`);
      return num(r?.n);
    },
    async series(ctx, q) {
      const { index, labels } = bucketIndex(sql`n.created_at`, q);
      const found = await rows<{ i: number; n: number }>(ctx.db, sql`SELECT ${index} AS i, count(*)::int AS n FROM community_needs n WHERE ${await postedWhere(ctx, q)} GROUP BY 1`);
      const got = new Map(found.map((r) => [Number(r.i), r.n]));
      return labels.map((start, k) => ({ start, value: got.get(k + 1) ?? 0 }));
    },
    // Each child organisation: the needs of the communities its subtree has a confirmed 共建 agreement with.
    async byOrg(ctx, q) {
      const list = await rows<{ id: number; n: number }>(
        ctx.db,
        sql`SELECT ${childOrgOf(sql`r.org_path`, q)} AS id, count(DISTINCT n.id)::int AS n FROM community_needs n
              JOIN community_org_registrations r ON r.community_id = n.community_id AND r.status = 'confirmed' AND ${under(sql`r.org_path`, q)}
             WHERE ${and(period(sql`n.created_at`, q))} GROUP BY 1`,
      );
      return list.map((r) => ({ orgId: Number(r.id), value: num(r.n) }));
    },
    async records(ctx, q) {
      const w = await postedWhere(ctx, q);
      return needRecords(() => w, sql`FROM community_needs n`)(ctx, q);
    },
  },
  {
    name: 'community.needs_claimed',
    label: { zh: '认领需求', en: 'Needs claimed' },
    unit: '项',
    theme: 'carriers',
    additive: true,
    ...claimsSource,
    records: needRecords(liveClaims, claimsFrom, sql`, k.claimed_at AS "claimedAt"`),
  },
  {
    name: 'community.needs_fulfilled',
    label: { zh: '完成需求', en: 'Needs fulfilled' },
    unit: '项',
    theme: 'carriers',
    additive: true,
    ...fulfilledSource,
    records: needRecords(fulfilled, claimsFrom, sql`, k.claimed_at AS "claimedAt"`),
  },
  {
    name: 'community.hours_to_claim',
    label: { zh: '需求平均认领用时', en: 'Average time to claim a need' },
    unit: '小时',
    theme: 'carriers',
    // An average: no records add up to it.
    measure: 'none',
    // Hours to one decimal, in every bucket and organisation alike.
    ...sqlMetric({
      from: claimsFrom,
      where: liveClaims,
      time: sql`k.claimed_at`,
      orgPath: sql`k.org_path`,
      value: sql`round((avg(extract(epoch FROM k.claimed_at - n.created_at)) / 3600)::numeric, 1)`,
    }),
  },
  {
    name: 'community.member_registration_rate',
    label: { zh: '党员到社区报到率', en: 'Members registered with their community' },
    unit: '%',
    theme: 'carriers',
    measure: 'none',
    async value(ctx, q) {
      const [r] = await rows<{ people: number; registered: number }>(
        ctx.db,
        sql`SELECT (SELECT count(*)::int FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${peopleOf(q)}) AS people,
                   (SELECT count(DISTINCT r.person_id)::int ${registrationsFrom} WHERE ${registeredBy(q)}) AS registered`,
      );
      return rate(r.registered, r.people);
    },
    // At the end of each bucket: people then in the scope, and those of them then registered — counted once per
    // person at the time both held (created and confirmed), added up bucket after bucket.
    async series(ctx, q) {
      const counts = await registrationCounts(ctx, q, sql`0`);
      return cumulative(q, counts).series;
    },
    // The same two passes split by child organisation give the value (the last bucket) and the ranking too.
    async overview(ctx, q) {
      return cumulative(q, await registrationCounts(ctx, q, childOrgOf(sql`o.path`, q)));
    },
    async byOrg(ctx, q) {
      const list = await rows<{ id: number; people: number; registered: number }>(
        ctx.db,
        sql`SELECT ${childOrgOf(sql`o.path`, q)} AS id, count(*)::int AS people,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM community_member_registrations r WHERE r.person_id = p.id AND ${registeredBy(q)}))::int AS registered
              FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${peopleOf(q)} GROUP BY 1`,
      );
      return list.map((r) => ({ orgId: Number(r.id), value: rate(r.registered, r.people) }));
    },
    // The hits: people of the scope registered with a community.
    async records(ctx, q) {
      const w = registeredBy(q);
      const [{ n }] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n ${registrationsFrom} WHERE ${w}`);
      const items = await rows(
        ctx.db,
        sql`SELECT p.name, o.name AS "orgName", c.name AS community, r.decided_at AS "confirmedAt"
              ${registrationsFrom} JOIN communities c ON c.id = r.community_id WHERE ${w} ORDER BY r.decided_at DESC, r.id DESC ${page(q)}`,
      );
      return { items, total: n };
    },
  },
];
