import { sql } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../../../kernel/module.js';
import { sqlMetric } from '../../../kernel/figures/sql-metric.js';
import { period, records, under } from '../metric-helpers.js';

/** 我们的答卷 figures, by the publishing organisation: achievements published (time: publication). */
const publishedFrom = sql`FROM showcase_answers a`;
const published = (q: MetricQuery) => sql`a.status = 'published' AND ${under(sql`a.org_path`, q)} AND ${period(sql`a.published_at`, q)}`;

export const answerMetrics: MetricDef[] = [
  {
    name: 'showcase.answers_published',
    label: { zh: '“我们的答卷”发布实绩', en: 'Achievements published (我们的答卷)' },
    unit: '篇',
    theme: 'orientations',
    additive: true,
    ...sqlMetric({ from: publishedFrom, where: published, time: sql`a.published_at`, orgPath: sql`a.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, publishedFrom, published(q), sql`a.id, a.title, a.category, a.like_count AS likes, a.published_at AS "publishedAt"`, sql`a.published_at DESC, a.id DESC`),
  },
];
