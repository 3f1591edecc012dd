import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import type { DomainEvents } from '../../../kernel/events.js';
import { audit } from '../../../kernel/audit/audit.js';
import { shanghaiDay } from '../../../kernel/time.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { contestMatches, contestMatchPlayers, type MatchKind } from '../contests.schema.js';
import type { Finished } from './match-game.js';

/**
 * Stores a finished match (one row, one row per player with their place), audits it, and then
 * publishes one event per player for the points rules, with how many matches of this kind the
 * player has finished today (the rules count only the first ones of a day).
 */
export async function storeMatch(ctx: ModuleContext, f: Finished): Promise<number> {
  const finishedAt = new Date();
  const day = shanghaiDay(finishedAt);
  const { id, counts } = await transaction(ctx.db, async (tx) => {
    const [m] = await tx
      .insert(contestMatches)
      .values({ kind: f.kind, questionIds: f.questions.map((q) => q.id), secondsPerQuestion: f.seconds, startedAt: f.startedAt, finishedAt })
      .returning({ id: contestMatches.id });
    await tx.insert(contestMatchPlayers).values(
      f.seats.map((s) => ({
        matchId: m.id,
        personId: s.personId,
        orgPath: s.orgPath,
        name: s.name,
        place: f.places.get(s.personId) ?? f.seats.length,
        score: s.score,
        correct: s.correct,
        answered: s.answered,
        timeMs: s.timeMs,
        leftEarly: s.left,
        day,
      })),
    );
    const ids = f.seats.map((s) => s.personId);
    const counted = await rows<{ person_id: number; n: number }>(
      tx,
      sql`SELECT p.person_id, count(*)::int AS n FROM contest_match_players p JOIN contest_matches m ON m.id = p.match_id
           WHERE p.day = ${day} AND m.kind = ${f.kind} AND p.person_id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) GROUP BY p.person_id`,
    );
    const summary = f.seats.map((s) => `${f.places.get(s.personId)}. ${s.name} ${s.score}`).join('；');
    await audit(tx, null, {
      action: 'contests.match_finished',
      entity: 'contest_match',
      entityId: m.id,
      orgPath: f.seats[0]?.orgPath ?? null,
      summary: `${f.kind === 'duel' ? '双人对战' : '四人赛'}：${summary}`,
      after: { kind: f.kind, questions: f.questions.map((q) => q.id), players: f.seats.map((s) => ({ personId: s.personId, place: f.places.get(s.personId), score: s.score, left: s.left })) },
      actor: { accountId: null, username: 'system' },
    });
    return { id: m.id, counts: new Map(counted.map((c) => [c.person_id, c.n])) };
  });
  for (const s of f.seats) {
    const place = f.places.get(s.personId) ?? f.seats.length;
    const matchOfDay = counts.get(s.personId) ?? 1;
    if (f.kind === 'duel') {
      const e: DomainEvents['contests.duel_finished'] = { matchId: id, personId: s.personId, place, players: f.seats.length, won: place === 1, day, matchOfDay };
      await ctx.events.publish('contests.duel_finished', e);
    } else {
      await ctx.events.publish('contests.four_finished', { matchId: id, personId: s.personId, place, players: f.seats.length, day, matchOfDay });
    }
  }
  return id;
}

export interface MyMatch {
  matchId: number;
  kind: MatchKind;
  place: number;
  players: number;
  score: number;
  correct: number;
  total: number;
  leftEarly: boolean;
  opponents: string[];
  finishedAt: string;
}

/** A member's latest matches, newest first. */
export async function myMatches(db: Db, personId: number, limit = 20): Promise<MyMatch[]> {
  const list = await rows<{ match_id: number; kind: MatchKind; place: number; score: number; correct: number; total: number; left_early: boolean; finished_at: string | Date; players: number; opponents: string[] | null }>(
    db,
    sql`SELECT p.match_id, m.kind, p.place, p.score, p.correct, cardinality(m.question_ids)::int AS total, p.left_early, m.finished_at,
               (SELECT count(*)::int FROM contest_match_players o WHERE o.match_id = p.match_id) AS players,
               (SELECT array_agg(o.name ORDER BY o.place, o.name) FROM contest_match_players o WHERE o.match_id = p.match_id AND o.person_id <> p.person_id) AS opponents
          FROM contest_match_players p JOIN contest_matches m ON m.id = p.match_id
         WHERE p.person_id = ${personId} ORDER BY m.finished_at DESC, p.match_id DESC LIMIT ${limit}`,
  );
  return list.map((r) => ({
    matchId: r.match_id,
    kind: r.kind,
    place: r.place,
    players: r.players,
    score: r.score,
    correct: r.correct,
    total: r.total,
    leftEarly: r.left_early,
    opponents: r.opponents ?? [],
    finishedAt: new Date(r.finished_at).toISOString(),
  }));
}
