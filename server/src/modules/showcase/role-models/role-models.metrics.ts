import { sql } from 'drizzle-orm';
import type { MetricDef, MetricQuery } from '../../../kernel/module.js';
import { sqlMetric } from '../../../kernel/figures/sql-metric.js';
import { period, records, under } from '../metric-helpers.js';

/**
 * 树典型 figures, by the nominating organisation: role models chosen (winners of closed rounds; time: the close of
 * voting) and votes cast for its nominees (time: the vote).
 */
const winnersFrom = sql`FROM showcase_nominations n JOIN showcase_vote_rounds r ON r.id = n.round_id JOIN showcase_exemplars e ON e.id = n.exemplar_id`;
const winners = (q: MetricQuery) => sql`n.winner AND r.status = 'closed' AND ${under(sql`n.org_path`, q)} AND ${period(sql`r.voting_closes_at`, q)}`;
const votesFrom = sql`FROM showcase_votes v JOIN showcase_nominations n ON n.id = v.nomination_id JOIN showcase_exemplars e ON e.id = n.exemplar_id`;
const votes = (q: MetricQuery) => sql`${under(sql`n.org_path`, q)} AND ${period(sql`v.cast_at`, q)}`;

export const roleModelMetrics: MetricDef[] = [
  {
    name: 'showcase.role_models',
    label: { zh: '评选产生的先进典型', en: 'Role models chosen by vote' },
    unit: '个',
    theme: 'orientations',
    additive: true,
    ...sqlMetric({ from: winnersFrom, where: winners, time: sql`r.voting_closes_at`, orgPath: sql`n.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, winnersFrom, winners(q), sql`n.id, e.name, e.category, r.title AS round, n.vote_count AS votes, r.voting_closes_at AS "closedAt"`, sql`r.voting_closes_at DESC, n.id`),
  },
  {
    name: 'showcase.votes',
    label: { zh: '典型评选投票', en: 'Votes for role models' },
    unit: '票',
    theme: 'orientations',
    additive: true,
    ...sqlMetric({ from: votesFrom, where: votes, time: sql`v.cast_at`, orgPath: sql`n.org_path`, value: sql`count(*)` }),
    records: (ctx, q) => records(ctx, q, votesFrom, votes(q), sql`v.id, e.name, v.cast_at AS "castAt"`, sql`v.cast_at DESC, v.id DESC`),
  },
];
