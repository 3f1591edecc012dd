import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../../kernel/module.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';
import { period, records, under } from './pairing.metric-sql.js';
import { concernsMetrics } from './concerns/concerns.metrics.js';
import { pairMetrics } from './pairs/pairs.metrics.js';
import { researchMetrics } from './research/research.metrics.js';
import { coStudyMetrics } from './costudy/costudy.metrics.js';

/**
 * The pairing figures (issue 14): entrepreneurs approved (scope: the organisation in charge), pairs started and
 * contacts logged (scope: the cadre's organisation when paired); concerns (concerns/concerns.metrics.ts); active
 * pairs, contacts per pair-month, entrepreneurs served, research and co-study figures beside their features.
 */
const approvedFrom = sql`FROM pairing_entrepreneurs e`;
const approved = (q: MetricQuery) => sql`e.status = 'approved' AND ${under(sql`e.org_path`, q)} AND ${period(sql`e.reviewed_at`, q)}`;

const pairsFrom = sql`FROM pairing_pairs p`;
const started = (q: MetricQuery) => sql`${under(sql`p.org_path`, q)} AND ${period(sql`p.started_at`, q)}`;

const contactsFrom = sql`FROM pairing_contact_logs c JOIN pairing_pairs p ON p.id = c.pair_id`;
const contacts = (q: MetricQuery) => sql`${under(sql`p.org_path`, q)} AND ${period(sql`c.happened_at`, q)}`;

export const pairingMetrics: MetricDef[] = [
  {
    name: 'pairing.entrepreneurs_approved',
    label: { zh: '登记青年企业家（审核通过）', en: 'Young entrepreneurs registered (approved)' },
    unit: '人',
    theme: 'carriers',
    additive: true,
    ...sqlMetric({ from: approvedFrom, where: approved, time: sql`e.reviewed_at`, orgPath: sql`e.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, approvedFrom, approved(q), sql`e.id, e.name, e.company, e.sector, e.reviewed_at AS "reviewedAt"`, sql`e.reviewed_at DESC, e.id DESC`),
  },
  {
    name: 'pairing.pairs_started',
    label: { zh: '新结对（青年干部+青年企业家）', en: 'Pairs started (cadre + entrepreneur)' },
    unit: '对',
    theme: 'carriers',
    additive: true,
    ...sqlMetric({ from: pairsFrom, where: started, time: sql`p.started_at`, orgPath: sql`p.org_path`, value: sql`count(*)` }),
    records: (ctx, q) =>
      records(ctx, q, sql`${pairsFrom} JOIN people cp ON cp.id = p.cadre_person_id JOIN pairing_entrepreneurs e ON e.id = p.entrepreneur_id`, started(q), sql`p.id, cp.name AS cadre, e.name AS entrepreneur, e.company, p.started_at AS "startedAt", p.ended_at AS "endedAt"`, sql`p.started_at DESC, p.id DESC`),
  },
  {
    name: 'pairing.contact_logs',
    label: { zh: '结对联系次数', en: 'Contacts logged by paired cadres' },
    unit: '次',
    theme: 'carriers',
    additive: true,
    ...sqlMetric({ from: contactsFrom, where: contacts, time: sql`c.happened_at`, orgPath: sql`p.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, contactsFrom, contacts(q), sql`c.id, c.pair_id AS "pairId", c.kind, c.topic, c.happened_at AS "happenedAt"`, sql`c.happened_at DESC, c.id DESC`),
  },
  ...concernsMetrics,
  ...pairMetrics,
  ...researchMetrics,
  ...coStudyMetrics,
];
