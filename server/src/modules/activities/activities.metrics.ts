import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';

/** Activities that took place (published, already ended) in the subtree and period, optionally of one category. */
function held(q: MetricQuery, category?: string): SQL {
  const parts = [sql`a.status = 'published'`, sql`a.ends_at <= now()`, sql`a.org_path LIKE ${escapeLike(q.orgPath) + '%'}`];
  if (q.from) parts.push(sql`a.starts_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`a.starts_at < ${q.to.toISOString()}::timestamptz`);
  if (category) parts.push(sql`t.category_code = ${category}`);
  return sql.join(parts, sql` AND `);
}
const from = sql`FROM activities a JOIN activity_types t ON t.code = a.type_code`;

async function count(ctx: ModuleContext, query: SQL) {
  const [r] = await rows<{ n: number | string | null }>(ctx.db, query);
  return Number(r?.n ?? 0);
}

function activityRecords(category?: string) {
  return async (ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }) => {
    const where = held(q, category);
    const total = await count(ctx, sql`SELECT count(*) AS n ${from} WHERE ${where}`);
    const items = await rows(
      ctx.db,
      sql`SELECT a.id, a.title, t.name AS "typeName", a.starts_at AS "startsAt", o.name AS "orgName",
                 (SELECT count(*)::int FROM activity_attendance x WHERE x.activity_id = a.id) AS attendees
            ${from} JOIN orgs o ON o.id = a.org_id WHERE ${where}
           ORDER BY a.starts_at DESC, a.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    );
    return { items, total };
  };
}

function attendanceRecords(category?: string) {
  return async (ctx: ModuleContext, q: MetricQuery & { page: number; pageSize: number }) => {
    const where = held(q, category);
    const total = await count(ctx, sql`SELECT count(*) AS n ${from} JOIN activity_attendance x ON x.activity_id = a.id WHERE ${where}`);
    const items = await rows(
      ctx.db,
      sql`SELECT a.id AS "activityId", a.title, p.name, x.checked_in_at AS "checkedInAt", x.service_hours AS "serviceHours"
            ${from} JOIN activity_attendance x ON x.activity_id = a.id JOIN people p ON p.id = x.person_id WHERE ${where}
           ORDER BY x.checked_in_at DESC, x.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    );
    return { items, total };
  };
}

/** Held activities or attendances (or service hours) by activity category, for the cockpit's breakdown. */
function byCategory(what: 'held' | 'attendees' | 'hours') {
  return async (ctx: ModuleContext, q: MetricQuery) => {
    const value = what === 'held' ? sql`count(*)` : what === 'attendees' ? sql`count(x.id)` : sql`coalesce(sum(x.service_hours), 0)`;
    const join = what === 'held' ? sql`` : sql`JOIN activity_attendance x ON x.activity_id = a.id`;
    const list = await rows<{ key: string; label: string; value: number | string }>(
      ctx.db,
      sql`SELECT c.code AS key, c.name AS label, ${value} AS value ${from} JOIN activity_categories c ON c.code = t.category_code ${join}
           WHERE ${held(q)} GROUP BY c.code, c.name`,
    );
    return list.map((r) => ({ key: r.key, label: r.label, orgId: null, value: Number(r.value) }));
  };
}

const withAttendance = sql`${from} JOIN activity_attendance x ON x.activity_id = a.id`;
const source = (value: SQL, rowsFrom: SQL, category?: string) => sqlMetric({ from: rowsFrom, where: (q) => held(q, category), time: sql`a.starts_at`, orgPath: sql`a.org_path`, value });
const activities = (category?: string) => source(sql`count(*)`, from, category);
const attendances = (category?: string) => source(sql`count(*)`, withAttendance, category);
const hours = (category?: string) => source(sql`coalesce(sum(x.service_hours), 0)`, withAttendance, category);

export const activitiesMetrics: MetricDef[] = [
  {
    name: 'activities.held',
    label: { zh: '开展活动场次', en: 'Activities held' },
    unit: '场',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    ...activities(),
    breakdown: byCategory('held'),
    records: activityRecords(),
  },
  {
    name: 'activities.attendees',
    label: { zh: '参加活动人次', en: 'Attendances' },
    unit: '人次',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    ...attendances(),
    breakdown: byCategory('attendees'),
    records: attendanceRecords(),
  },
  {
    name: 'activities.care_held',
    label: { zh: '关心关爱活动场次', en: 'Care activities held' },
    unit: '场',
    theme: 'mechanisms',
    additive: true,
    caseFigure: 'care_activities',
    ...activities('care'),
    records: activityRecords('care'),
  },
  {
    name: 'activities.care_attendees',
    label: { zh: '关心关爱活动参与人次', en: 'Care activity attendances' },
    unit: '人次',
    theme: 'mechanisms',
    additive: true,
    caseFigure: 'care_attendees',
    ...attendances('care'),
    records: attendanceRecords('care'),
  },
  {
    name: 'activities.volunteer_attendees',
    label: { zh: '志愿服务活动签到人次（未经确认）', en: 'Volunteer activity check-ins (unconfirmed)' },
    unit: '人次',
    theme: 'carriers',
    additive: true,
    // The case's person-times count confirmed service only: community.volunteer_person_times.
    ...attendances('volunteer'),
    records: attendanceRecords('volunteer'),
  },
  {
    name: 'activities.volunteer_hours',
    label: { zh: '志愿服务在场时长（未经确认）', en: 'Volunteer activity presence hours (unconfirmed)' },
    unit: '小时',
    theme: 'carriers',
    additive: true,
    measure: { sum: 'serviceHours' },
    ...hours('volunteer'),
    records: attendanceRecords('volunteer'),
  },
  {
    name: 'activities.service_hours',
    label: { zh: '活动在场时长（签到至签退，全部类别，未经确认）', en: 'Presence hours, all categories (unconfirmed)' },
    unit: '小时',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    measure: { sum: 'serviceHours' },
    ...hours(),
    breakdown: byCategory('hours'),
    records: attendanceRecords(),
  },
];
