import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { sqlMetric } from '../../kernel/figures/sql-metric.js';
import { inPeriod, personMetric } from '../../kernel/figures/person-metric.js';

/** Finished rounds of contests owned in the subtree, finished in the period. */
function finished(q: MetricQuery): SQL {
  const parts = [sql`r.finished_at IS NOT NULL`, sql`c.org_path LIKE ${escapeLike(q.orgPath) + '%'}`];
  if (q.from) parts.push(sql`r.finished_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`r.finished_at < ${q.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}
const from = sql`FROM contest_rounds r JOIN contests c ON c.id = r.contest_id`;

async function num(ctx: ModuleContext, query: SQL) {
  const [r] = await rows<{ n: number | string | null }>(ctx.db, query);
  return Number(r?.n ?? 0);
}

const players = (ctx: ModuleContext, q: MetricQuery) => num(ctx, sql`SELECT count(*) AS n ${from} JOIN contest_players p ON p.round_id = r.id WHERE ${finished(q)}`);
/**
 * The player holds an award: their own, or their team's in that round (team numbers repeat across rounds). Written
 * as two uncorrelated IN lists, each hashed once, instead of an EXISTS probing the round's awards per player.
 */
const hasAward = sql`(p.id IN (SELECT a.player_id FROM contest_awards a WHERE a.player_id IS NOT NULL)
  OR (p.round_id, p.team_id) IN (SELECT a.round_id, a.team_id FROM contest_awards a WHERE a.team_id IS NOT NULL))`;
/** People holding an award: an individual award, or a player of an awarded team. */
const awarded = (ctx: ModuleContext, q: MetricQuery) =>
  num(
    ctx,
    sql`SELECT count(*) AS n ${from} JOIN contest_players p ON p.round_id = r.id
         WHERE ${finished(q)} AND ${hasAward}`,
  );

const contestSource = (rowsFrom: SQL, where: (q: MetricQuery) => SQL) => sqlMetric({ from: rowsFrom, where, time: sql`r.finished_at`, orgPath: sql`c.org_path`, value: sql`count(*)` });
const withPlayers = sql`${from} JOIN contest_players p ON p.round_id = r.id`;

const playersSource = contestSource(withPlayers, finished);
const awardedSource = contestSource(withPlayers, (q) => sql`${finished(q)} AND ${hasAward}`);

const awardedPlayers = (q: MetricQuery & { page: number; pageSize: number }) => sql`SELECT p.id AS "playerId", p.name, c.name AS "contestName", r.name AS "roundName", aw.name AS award, aw.tier, aw.rank, r.finished_at AS "finishedAt"
  ${from} JOIN contest_players p ON p.round_id = r.id
  JOIN LATERAL (SELECT a.name, a.tier, a.rank FROM contest_awards a WHERE a.round_id = r.id AND (a.player_id = p.id OR a.team_id = p.team_id) ORDER BY a.rank NULLS LAST, a.id LIMIT 1) aw ON true
  WHERE ${finished(q)} ORDER BY r.finished_at DESC, p.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;


export const contestsMetrics: MetricDef[] = [
  {
    name: 'contests.held',
    label: { zh: '举办竞赛场次', en: 'Contest rounds held' },
    unit: '场',
    theme: 'courses',
    additive: true,
    ...contestSource(from, finished),
    async records(ctx, q) {
      const total = await num(ctx, sql`SELECT count(*) AS n ${from} WHERE ${finished(q)}`);
      const items = await rows(
        ctx.db,
        sql`SELECT c.id AS "contestId", c.name AS "contestName", r.id AS "roundId", r.name AS "roundName", r.kind, r.finished_at AS "finishedAt",
                   (SELECT count(*)::int FROM contest_players p WHERE p.round_id = r.id) AS players
              ${from} WHERE ${finished(q)} ORDER BY r.finished_at DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      );
      return { items, total };
    },
  },
  {
    name: 'contests.players',
    label: { zh: '参赛人次', en: 'Players' },
    unit: '人次',
    theme: 'courses',
    additive: true,
    ...playersSource,
    async records(ctx, q) {
      const items = await rows(
        ctx.db,
        sql`SELECT p.id AS "playerId", p.name, c.name AS "contestName", r.name AS "roundName", r.finished_at AS "finishedAt"
              ${from} JOIN contest_players p ON p.round_id = r.id WHERE ${finished(q)}
             ORDER BY r.finished_at DESC, p.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      );
      return { items, total: await players(ctx, q) };
    },
  },
  {
    name: 'contests.awards',
    label: { zh: '获奖人次', en: 'Award winners' },
    unit: '人次',
    theme: 'courses',
    additive: true,
    ...awardedSource,
    records: async (ctx, q) => ({ items: await rows(ctx.db, awardedPlayers(q)), total: await awarded(ctx, q) }),
  },
  {
    name: 'contests.award_ratio',
    label: { zh: '获奖比例', en: 'Award ratio' },
    unit: '%',
    theme: 'courses',
    caseFigure: 'contest_award_ratio',
    measure: 'none',
    // Award winners per 100 players, to one decimal, in every bucket and organisation alike.
    ...sqlMetric({ from: withPlayers, where: finished, time: sql`r.finished_at`, orgPath: sql`c.org_path`, value: sql`coalesce(round(100.0 * count(*) FILTER (WHERE ${hasAward}) / nullif(count(*), 0), 1), 0)` }),
    // The records behind a ratio are its hits: the award winners among the players.
    records: async (ctx, q) => ({ items: await rows(ctx.db, awardedPlayers(q)), total: await awarded(ctx, q) }),
  },
  {
    name: 'contests.my_rounds',
    label: { zh: '我的参赛场次', en: 'My contest rounds' },
    unit: '场',
    theme: 'courses',
    kind: 'person',
    // The caller's own rounds played (finished or not).
    ...personMetric((_q, people) => sql`SELECT person_id AS id, count(*) AS n FROM contest_players WHERE person_id = ANY(${people}) GROUP BY 1`),
  },
  // Per person, over the rounds they played that finished in the period (used by squads' 比本领, one query for all members).
  {
    name: 'contests.my_finished_rounds',
    label: { zh: '我参加的已结束竞赛场次', en: 'My finished contest rounds' },
    unit: '场',
    theme: 'courses',
    kind: 'person',
    ...personMetric(
      (q, people) => sql`SELECT p.person_id AS id, count(*) AS n FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id
        WHERE p.person_id = ANY(${people}) AND r.finished_at IS NOT NULL${inPeriod(sql`r.finished_at`, q)} GROUP BY 1`,
    ),
  },
  {
    name: 'contests.my_accuracy',
    label: { zh: '我的竞赛答题正确率', en: 'My contest accuracy' },
    unit: '%',
    theme: 'courses',
    kind: 'person',
    // Correct answers / questions of the finished rounds played (an unanswered question counts as wrong).
    ...personMetric(
      (q, people) => sql`SELECT p.person_id AS id,
          round(100.0 * sum((SELECT count(*) FROM contest_answers a WHERE a.round_id = r.id AND a.player_id = p.id AND a.correct)) / nullif(sum(cardinality(r.question_ids)), 0), 1) AS n
        FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id
        WHERE p.person_id = ANY(${people}) AND r.finished_at IS NOT NULL${inPeriod(sql`r.finished_at`, q)} GROUP BY 1`,
    ),
  },
  {
    name: 'contests.my_award_points',
    label: { zh: '我的竞赛获奖分', en: 'My contest award points' },
    unit: '分',
    theme: 'courses',
    kind: 'person',
    // The best award of each finished round played: gold 3, silver 2, bronze 1 — an individual award or the award of the
    // team the person played for (an organisation, a roster or a squad: a squad's team award counts for each member who played).
    ...personMetric(
      (q, people) => sql`SELECT p.person_id AS id, sum(best.points) AS n
        FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id
        JOIN LATERAL (SELECT max(CASE a.tier WHEN 'gold' THEN 3 WHEN 'silver' THEN 2 ELSE 1 END) AS points FROM contest_awards a
                       WHERE a.round_id = r.id AND (a.player_id = p.id OR a.team_id = p.team_id)) best ON best.points IS NOT NULL
        WHERE p.person_id = ANY(${people}) AND r.finished_at IS NOT NULL${inPeriod(sql`r.finished_at`, q)} GROUP BY 1`,
    ),
  },
];
