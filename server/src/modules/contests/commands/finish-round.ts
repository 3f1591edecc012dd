import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { assignTiers } from '../scoring.js';
import { loadRound } from '../round-state.js';
import { standings } from '../standings.js';

/**
 * Ranks the round from its stored answers, writes the award list once, marks the round
 * ended and tells the platform (points, metrics). Calling it again changes nothing.
 */
export async function finishRound(ctx: ModuleContext, roundId: number, opts: { deferEvents?: boolean } = {}): Promise<{ awards: number; players: number; events?: () => Promise<void> } | null> {
  const done = await transaction(ctx.db, async (tx) => {
    const round = await loadRound(tx, { id: roundId }, true);
    if (!round || round.finishedAt) return null;
    const st = await standings(tx, roundId, round.contestId, round.scoring);
    type Awardable = { id: number; name: string; score: number; timeMs: number; personId?: number };
    const ranked: Array<{ entrant: Awardable; rank: number }> = round.entrantKind === 'team' ? st.teams : st.players;
    const tiers = assignTiers(ranked, round.awardRule);
    const team = round.entrantKind === 'team';
    // Multi-row INSERTs (a hall of 10,000 players has about a thousand winners), under the bind-parameter limit.
    const inserted: Array<{ id: number }> = [];
    for (let i = 0; i < tiers.length; i += 2000) {
      const values = tiers.slice(i, i + 2000).map((t) => {
        const certificateNo = `VG-${round.contestId}-${roundId}-${randomBytes(3).toString('hex').toUpperCase()}`;
        return sql`(${round.contestId}, ${roundId}, ${t.tier}, ${t.rank}, ${t.entrant.score}, ${team ? null : t.entrant.id}, ${team ? null : (t.entrant.personId ?? null)},
                    ${team ? t.entrant.id : null}, ${t.entrant.name}, ${certificateNo})`;
      });
      inserted.push(
        ...(await rows<{ id: number }>(
          tx,
          sql`INSERT INTO contest_awards (contest_id, round_id, tier, rank, score, player_id, person_id, team_id, name, certificate_no) VALUES ${sql.join(values, sql`, `)} RETURNING id`,
        )),
      );
    }
    const awards: Array<{ id: number; personId: number | null; teamId: number | null; tier: 'gold' | 'silver' | 'bronze'; rank: number }> = [];
    tiers.forEach((t, i) => {
      const id = inserted[i].id;
      if (!team) awards.push({ id, personId: t.entrant.personId ?? null, teamId: null, tier: t.tier, rank: t.rank });
      else for (const p of st.players.filter((p) => p.entrant.teamId === t.entrant.id)) awards.push({ id, personId: p.entrant.personId, teamId: t.entrant.id, tier: t.tier, rank: t.rank });
    });
    await tx.execute(sql`UPDATE contest_rounds SET phase = 'ended', finished_at = now(), version = version + 1 WHERE id = ${roundId}`);
    return { round, awards, players: st.players.length, awardRows: tiers.length };
  });
  if (!done) return null;
  const { round, awards } = done;
  const announce = async () => {
    await ctx.events.publish('contests.finished', { contestId: round.contestId, roundId, players: done.players, awards: done.awardRows });
    for (const a of awards) await ctx.events.publish('contests.awarded', { contestId: round.contestId, roundId, awardId: a.id, personId: a.personId, teamId: a.teamId, tier: a.tier, rank: a.rank });
  };
  // A live final shows its ranking first and hands the events back to publish afterwards.
  if (opts.deferEvents) return { awards: done.awardRows, players: done.players, events: () => announce().then(() => publishCorrectAnswers(ctx, round.contestId, roundId)) };
  await announce();
  void publishCorrectAnswers(ctx, round.contestId, roundId);
  return { awards: done.awardRows, players: done.players };
}

/** One event per correct answer, after the round, so points never slow the live game down. */
async function publishCorrectAnswers(ctx: ModuleContext, contestId: number, roundId: number) {
  const list = await rows<{ person_id: number; question_index: number; question_id: number; points: number }>(
    ctx.db,
    sql`SELECT p.person_id, a.question_index, a.question_id, a.points FROM contest_answers a JOIN contest_players p ON p.id = a.player_id
         WHERE a.round_id = ${roundId} AND a.correct ORDER BY a.player_id, a.question_index`,
  ).catch(() => []);
  for (const a of list) {
    await ctx.events.publish('contests.answer_correct', { contestId, roundId, personId: a.person_id, questionIndex: a.question_index, questionId: a.question_id, points: a.points });
  }
}
