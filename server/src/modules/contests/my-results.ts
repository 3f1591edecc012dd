import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import type { MyResultOut } from './contests.responses.js';

/**
 * The rounds a person played, with their score and rank among all players of each round
 * (ranked as standings.ts does: score, then time on correct answers) and their award.
 * Only the caller's own rows: the person is the filter, organisations do not widen it.
 */
export async function myResults(db: Db, personId: number, roundId?: number): Promise<MyResultOut[]> {
  return rows<MyResultOut>(
    db,
    sql`WITH mine AS (
          SELECT round_id FROM contest_players WHERE person_id = ${personId} ${roundId ? sql`AND round_id = ${roundId}` : sql``} ORDER BY round_id DESC LIMIT 50
        ), scored AS (
          SELECT p.id, p.round_id, p.person_id, p.team_id,
                 coalesce(sum(a.points), 0)::int AS score,
                 (count(*) FILTER (WHERE a.correct))::int AS correct,
                 (count(a.answered_at))::int AS answered,
                 coalesce(sum(a.time_ms) FILTER (WHERE a.correct), 0)::int AS time_ms
            FROM contest_players p LEFT JOIN contest_answers a ON a.round_id = p.round_id AND a.player_id = p.id
           WHERE p.round_id IN (SELECT round_id FROM mine) GROUP BY p.id
        ), ranked AS (
          SELECT s.*, rank() OVER (PARTITION BY s.round_id ORDER BY s.score DESC, s.time_ms ASC)::int AS rank,
                 (count(*) OVER (PARTITION BY s.round_id))::int AS players
            FROM scored s
        )
        SELECT r.id AS "roundId", r.name AS "roundName", r.kind, r.code, r.phase, (r.phase = 'ended') AS final,
               c.id AS "contestId", c.name AS "contestName", k.score, k.correct, k.answered,
               cardinality(r.question_ids) AS total, (k.answered >= cardinality(r.question_ids)) AS done,
               k.rank, k.players, aw.id AS "awardId", aw.tier, r.finished_at AS "finishedAt"
          FROM ranked k JOIN contest_rounds r ON r.id = k.round_id JOIN contests c ON c.id = r.contest_id
          LEFT JOIN LATERAL (
            SELECT id, tier FROM contest_awards w
             WHERE w.round_id = r.id AND (w.player_id = k.id OR (w.player_id IS NULL AND w.team_id IS NOT NULL AND w.team_id = k.team_id))
             ORDER BY w.id LIMIT 1
          ) aw ON true
         WHERE k.person_id = ${personId}
         ORDER BY r.id DESC`,
  );
}
