import { sql } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { sqlMetric } from '../../../kernel/figures/sql-metric.js';
import { attendanceOfType, heldOfType } from '../../activities/index.js';
import { period, records, under } from '../pairing.metric-sql.js';
import { CO_STUDY } from './costudy.access.js';

/**
 * 共学 figures, by the session's organiser and its start: sessions held (co_study activities that took place) and
 * their attendees by side — cadres from the engine's attendance, entrepreneurs from pairing's check-ins.
 */
const sessionsFrom = sql`FROM ${heldOfType(CO_STUDY)} a`;
const sessionsIn = (q: MetricQuery) => sql`${under(sql`a.org_path`, q)} AND ${period(sql`a.starts_at`, q)}`;

const attendeesFrom = sql`FROM (
    SELECT 'cadre' AS side, x.activity_id, x.title, x.org_path, x.starts_at, x.checked_in_at, p.name
      FROM ${attendanceOfType(CO_STUDY)} x JOIN people p ON p.id = x.person_id
    UNION ALL
    SELECT 'entrepreneur', a.id, a.title, a.org_path, a.starts_at, s.checked_in_at, e.name
      FROM ${heldOfType(CO_STUDY)} a JOIN pairing_cosession_signups s ON s.activity_id = a.id AND s.checked_in_at IS NOT NULL
      JOIN pairing_entrepreneurs e ON e.id = s.entrepreneur_id
  ) v`;
const attendeesIn = (q: MetricQuery) => sql`${under(sql`v.org_path`, q)} AND ${period(sql`v.starts_at`, q)}`;
const sideNames: Record<string, string> = { cadre: '青年干部', entrepreneur: '青年企业家' };

export const coStudyMetrics: MetricDef[] = [
  {
    name: 'pairing.cosessions',
    label: { zh: '共学活动场次', en: 'Co-study sessions held' },
    unit: '场',
    theme: 'carriers',
    additive: true,
    ...sqlMetric({ from: sessionsFrom, where: sessionsIn, time: sql`a.starts_at`, orgPath: sql`a.org_path`, value: sql`count(*)` }),
    records: (ctx, q) =>
      records(
        ctx,
        q,
        sessionsFrom,
        sessionsIn(q),
        sql`a.id, a.title, a.starts_at AS "startsAt",
            (SELECT count(*)::int FROM ${attendanceOfType(CO_STUDY)} x WHERE x.activity_id = a.id) AS cadres,
            (SELECT count(*)::int FROM pairing_cosession_signups s WHERE s.activity_id = a.id AND s.checked_in_at IS NOT NULL) AS entrepreneurs`,
        sql`a.starts_at DESC, a.id DESC`,
      ),
  },
  {
    name: 'pairing.cosession_attendees',
    label: { zh: '共学参加人次（干部与企业家）', en: 'Co-study attendances (cadres and entrepreneurs)' },
    unit: '人次',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    ...sqlMetric({ from: attendeesFrom, where: attendeesIn, time: sql`v.starts_at`, orgPath: sql`v.org_path`, value: sql`count(*)` }),
    records: (ctx, q) =>
      records(ctx, q, attendeesFrom, attendeesIn(q), sql`v.side, v.activity_id AS "activityId", v.title, v.name, v.checked_in_at AS "checkedInAt"`, sql`v.starts_at DESC, v.activity_id DESC, v.side, v.checked_in_at`),
    // By side: 青年干部 / 青年企业家.
    async breakdown(ctx, q) {
      const list = await rows<{ key: string; value: number }>(ctx.db, sql`SELECT v.side AS key, count(*)::int AS value ${attendeesFrom} WHERE ${attendeesIn(q)} GROUP BY v.side`);
      return list.map((r) => ({ key: r.key, label: sideNames[r.key] ?? r.key, orgId: null, value: Number(r.value) }));
    },
  },
];
