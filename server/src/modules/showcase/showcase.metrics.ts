import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../../kernel/module.js';
import { period, records, under } from './metric-helpers.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';
import { roleModelMetrics } from './role-models/role-models.metrics.js';
import { answerMetrics } from './answers/answers.metrics.js';

/**
 * The showcase figures (issue 17), by the submitting organisation: cases submitted (the case's 769, caseFigure
 * 'cases'), cases fully reviewed (every assigned first-round review scored; time: the last score), cases awarded
 * 示范案例 and 优秀案例 (published decisions; time: publication).
 */
const submittedFrom = sql`FROM showcase_submissions s`;
const submitted = (q: MetricQuery) => sql`s.status = 'submitted' AND ${under(sql`s.org_path`, q)} AND ${period(sql`s.submitted_at`, q)}`;

const reviewedFrom = sql`FROM (SELECT s.id, s.title, s.org_path, max(sc.submitted_at) AS reviewed_at
    FROM showcase_submissions s JOIN showcase_assignments a ON a.submission_id = s.id AND a.round = 1 LEFT JOIN showcase_scores sc ON sc.assignment_id = a.id
   WHERE s.status = 'submitted' GROUP BY s.id, s.title, s.org_path HAVING count(sc.assignment_id) = count(a.id)) r`;
const reviewed = (q: MetricQuery) => sql`${under(sql`r.org_path`, q)} AND ${period(sql`r.reviewed_at`, q)}`;

const awardedFrom = sql`FROM showcase_decisions d JOIN showcase_submissions s ON s.id = d.submission_id JOIN showcase_competitions c ON c.id = d.competition_id`;
const awarded = (tier: string) => (q: MetricQuery) => sql`d.tier = ${tier} AND c.status = 'published' AND ${under(sql`s.org_path`, q)} AND ${period(sql`c.published_at`, q)}`;

const awardMetric = (tier: 'demonstration' | 'excellent', zh: string, en: string): MetricDef => ({
  name: `showcase.cases_${tier}`,
  label: { zh, en },
  unit: '个',
  theme: 'orientations',
  additive: true,
  ...sqlMetric({ from: awardedFrom, where: awarded(tier), time: sql`c.published_at`, orgPath: sql`s.org_path`, value: sql`count(*)` }),
  records: (ctx, q) => records(ctx, q, awardedFrom, awarded(tier)(q), sql`s.id, s.title, c.title AS competition, c.published_at AS "publishedAt"`, sql`c.published_at DESC, s.id`),
});

export const caseMetrics: MetricDef[] = [
  {
    name: 'showcase.cases_submitted',
    label: { zh: '申报创新案例', en: 'Innovation cases submitted' },
    unit: '个',
    theme: 'orientations',
    additive: true,
    caseFigure: 'cases',
    ...sqlMetric({ from: submittedFrom, where: submitted, time: sql`s.submitted_at`, orgPath: sql`s.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, submittedFrom, submitted(q), sql`s.id, s.title, s.category, s.submitted_at AS "submittedAt"`, sql`s.submitted_at DESC, s.id DESC`),
  },
  {
    name: 'showcase.cases_reviewed',
    label: { zh: '完成评审的案例', en: 'Cases fully reviewed' },
    unit: '个',
    theme: 'orientations',
    additive: true,
    ...sqlMetric({ from: reviewedFrom, where: reviewed, time: sql`r.reviewed_at`, orgPath: sql`r.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, reviewedFrom, reviewed(q), sql`r.id, r.title, r.reviewed_at AS "reviewedAt"`, sql`r.reviewed_at DESC, r.id DESC`),
  },
  awardMetric('demonstration', '获评示范案例', 'Cases awarded 示范案例 (demonstration)'),
  awardMetric('excellent', '获评优秀案例', 'Cases awarded 优秀案例 (excellent)'),
];

export const showcaseMetrics: MetricDef[] = [...caseMetrics, ...roleModelMetrics, ...answerMetrics];
