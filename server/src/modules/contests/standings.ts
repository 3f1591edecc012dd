import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { rankEntrants, teamTotals, type Ranked, type ScoringRule } from './scoring.js';

export interface PlayerScore {
  id: number;
  personId: number;
  name: string;
  orgPath: string;
  teamId: number | null;
  score: number;
  correct: number;
  answered: number;
  /** Time spent on correct answers: the tie-break. */
  timeMs: number;
}

/** Every player of a round with their totals, straight from the acknowledged answers. */
export async function playerScores(db: Db, roundId: number): Promise<PlayerScore[]> {
  const list = await rows<PlayerScore>(
    db,
    sql`SELECT p.id, p.person_id AS "personId", p.name, p.org_path AS "orgPath", p.team_id AS "teamId",
               coalesce(sum(a.points), 0)::int AS score,
               (count(*) FILTER (WHERE a.correct))::int AS correct,
               (count(a.answered_at))::int AS answered,
               coalesce(sum(a.time_ms) FILTER (WHERE a.correct), 0)::int AS "timeMs"
          FROM contest_players p LEFT JOIN contest_answers a ON a.round_id = p.round_id AND a.player_id = p.id
         WHERE p.round_id = ${roundId} GROUP BY p.id`,
  );
  return list;
}

export interface TeamScore {
  id: number;
  name: string;
  score: number;
  timeMs: number;
  players: number;
}

export interface Standings {
  players: Ranked<PlayerScore>[];
  teams: Ranked<TeamScore>[];
}

export async function standings(db: Db, roundId: number, contestId: number, scoring: ScoringRule, scores?: PlayerScore[]): Promise<Standings> {
  const list = scores ?? (await playerScores(db, roundId));
  const teamRows = await rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM contest_teams WHERE contest_id = ${contestId}`);
  const names = new Map(teamRows.map((t) => [t.id, t.name]));
  const totals = teamTotals(
    list.filter((p) => p.teamId != null).map((p) => ({ teamId: p.teamId!, score: p.score, timeMs: p.timeMs })),
    scoring.teamScore,
  ).map((t) => ({ ...t, name: names.get(t.id) ?? '' }));
  return { players: rankEntrants(list), teams: rankEntrants(totals) };
}
