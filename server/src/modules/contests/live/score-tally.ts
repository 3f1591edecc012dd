import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { playerScores, type PlayerScore } from '../standings.js';

export interface QuestionAnswer {
  player_id: number;
  correct: boolean;
  points: number;
  time_ms: number | null;
  answered: boolean;
}

/**
 * Running totals of a live round, so a reveal adds one question's stored answers instead of
 * summing every answer of the round again. Exact: after a reveal commits, no answer to that
 * question can still be stored (the batcher reads the round FOR SHARE), whichever process took it.
 * Anything unexpected (a restart, a missed reveal) falls back to the full sum.
 */
export class ScoreTally {
  private scores = new Map<number, PlayerScore>();
  private through = -1;
  private lastPlayerId = 0;

  constructor(
    private readonly db: Db,
    private readonly roundId: number,
  ) {}

  private queue: Promise<unknown> = Promise.resolve();

  /** Totals including question `index`, whose stored answers are `answers`; one call at a time. */
  upTo(index: number, answers: QuestionAnswer[]): Promise<PlayerScore[]> {
    const run = this.queue.then(() => this.add(index, answers));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async add(index: number, answers: QuestionAnswer[]): Promise<PlayerScore[]> {
    if (index !== this.through && index !== this.through + 1) return this.full(index);
    if (!(await this.newPlayers())) return this.full(index);
    if (index === this.through + 1) {
      for (const a of answers) {
        const p = this.scores.get(a.player_id);
        if (!p) return this.full(index);
        p.score += a.points;
        if (a.correct) (p.correct += 1), (p.timeMs += a.time_ms ?? 0);
        if (a.answered) p.answered += 1;
      }
      this.through = index;
    }
    return [...this.scores.values()];
  }

  private async full(index: number): Promise<PlayerScore[]> {
    const list = await playerScores(this.db, this.roundId);
    this.scores = new Map(list.map((p) => [p.id, { ...p }]));
    this.lastPlayerId = list.reduce((m, p) => Math.max(m, p.id), 0);
    this.through = index;
    return list;
  }

  private async newPlayers(): Promise<boolean> {
    const added = await rows<PlayerScore>(
      this.db,
      sql`SELECT id, person_id AS "personId", name, org_path AS "orgPath", team_id AS "teamId", 0 AS score, 0 AS correct, 0 AS answered, 0 AS "timeMs"
            FROM contest_players WHERE round_id = ${this.roundId} AND id > ${this.lastPlayerId} ORDER BY id`,
    );
    for (const p of added) {
      this.scores.set(p.id, p);
      this.lastPlayerId = Math.max(this.lastPlayerId, p.id);
    }
    // Ids may commit out of order under concurrent joins; a count that does not add up means start over.
    const [{ n }] = await rows<{ n: number }>(this.db, sql`SELECT count(*)::int AS n FROM contest_players WHERE round_id = ${this.roundId}`);
    return n === this.scores.size;
  }
}
