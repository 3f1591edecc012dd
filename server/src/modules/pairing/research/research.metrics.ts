import { sql } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { sqlMetric } from '../../../kernel/figures/sql-metric.js';
import { period, records, under } from '../pairing.metric-sql.js';
import { sectors } from '../pairing.reference.js';

/** 共研成果: outputs approved (and those since published), when approved, by the topic's organisation and field. */
const outputsFrom = sql`FROM pairing_research_outputs r JOIN pairing_research_topics t ON t.id = r.topic_id`;
const approvedIn = (q: MetricQuery) => sql`r.status IN ('approved', 'published') AND ${under(sql`t.org_path`, q)} AND ${period(sql`r.reviewed_at`, q)}`;
const fieldNames = new Map<string, string>(sectors.map((s) => [s.code, s.name]));

export const researchMetrics: MetricDef[] = [
  {
    name: 'pairing.research_outputs',
    label: { zh: '共研成果（审核通过）', en: 'Joint research outputs (approved)' },
    unit: '项',
    theme: 'carriers',
    additive: true,
    groupBy: ['org', 'category'],
    ...sqlMetric({ from: outputsFrom, where: approvedIn, time: sql`r.reviewed_at`, orgPath: sql`t.org_path`, value: sql`count(*)` }),
    records: (ctx, q) =>
      records(ctx, q, outputsFrom, approvedIn(q), sql`r.id, r.title, r.kind, r.status, t.title AS topic, t.field, r.reviewed_at AS "approvedAt", r.published_at AS "publishedAt"`, sql`r.reviewed_at DESC, r.id DESC`),
    async breakdown(ctx, q) {
      const list = await rows<{ key: string; value: number }>(ctx.db, sql`SELECT t.field AS key, count(*)::int AS value ${outputsFrom} WHERE ${approvedIn(q)} GROUP BY t.field`);
      return list.map((r) => ({ key: r.key, label: fieldNames.get(r.key) ?? r.key, orgId: null, value: Number(r.value) }));
    },
  },
];
