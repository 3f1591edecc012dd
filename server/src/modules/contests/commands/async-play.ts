import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { canonicalAnswer, getQuestionsForContest, isCorrect } from '../../learning/index.js';
import { loadRound, type RoundState } from '../round-state.js';
import { answerPoints } from '../scoring.js';
import { joinRound } from '../live/live-player.js';
import { isChoice, playerQuestion } from '../live/messages.js';
import { optionOrder, toOriginalLetters } from '../option-order.js';

// An HTTP answer has no measured round trip; this covers a slow phone network.
const httpGraceMs = 1000;

async function openRound(db: Db, roundId: number, now: number): Promise<RoundState> {
  const s = await loadRound(db, { id: roundId });
  if (!s || s.kind !== 'async') throw new AppError('not_found');
  if (s.phase !== 'open' || (s.opensAt && now < s.opensAt) || (s.closesAt && now > s.closesAt)) throw new AppError('contest_not_open', { opensAt: s.opensAt, closesAt: s.closesAt });
  return s;
}

async function playerId(db: Db, s: RoundState, auth: AuthContext): Promise<number> {
  const [p] = await rows<{ id: number }>(db, sql`SELECT id FROM contest_players WHERE round_id = ${s.id} AND person_id = ${auth.personId}`);
  if (p) return p.id;
  const joined = await joinRound(db, s, auth);
  if (!joined) throw new AppError('contest_not_entrant');
  return joined.player.id;
}

/**
 * The member's current question of an online round, timed from the moment it is first
 * served. A question left past its time counts as unanswered and the next one is served.
 */
export async function nextQuestion(db: Db, auth: AuthContext, roundId: number) {
  const now = Date.now();
  const s = await openRound(db, roundId, now);
  if (!auth.personId) throw new AppError('person_required');
  const pid = await playerId(db, s, auth);
  const limit = s.secondsPerQuestion * 1000;
  return transaction(db, async (tx) => {
    await tx.execute(sql`SELECT id FROM contest_players WHERE id = ${pid} FOR UPDATE`);
    await tx.execute(sql`UPDATE contest_answers SET answered_at = served_at + make_interval(secs => ${limit / 1000}), time_ms = ${limit}, choice = '{}'
                          WHERE round_id = ${s.id} AND player_id = ${pid} AND answered_at IS NULL AND served_at < ${new Date(now - limit - httpGraceMs).toISOString()}::timestamptz`);
    const [open] = await rows<{ question_index: number; served_at: string }>(tx, sql`SELECT question_index, served_at FROM contest_answers WHERE round_id = ${s.id} AND player_id = ${pid} AND answered_at IS NULL`);
    const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM contest_answers WHERE round_id = ${s.id} AND player_id = ${pid}`);
    let index = open?.question_index;
    let servedAt = open ? new Date(open.served_at).getTime() : now;
    if (index === undefined) {
      if (n >= s.questionIds.length) {
        const [t] = await rows<{ score: number }>(tx, sql`SELECT coalesce(sum(points), 0)::int AS score FROM contest_answers WHERE round_id = ${s.id} AND player_id = ${pid}`);
        return { done: true as const, answered: n, total: s.questionIds.length, score: t.score };
      }
      index = n;
      servedAt = now;
      await tx.execute(sql`INSERT INTO contest_answers (round_id, player_id, question_index, question_id, served_at)
                           VALUES (${s.id}, ${pid}, ${index}, ${s.questionIds[index]}, ${new Date(now).toISOString()}::timestamptz)`);
    }
    const [q] = await getQuestionsForContest(tx, [s.questionIds[index]]);
    const view = { ...s, phase: 'question' as const, currentIndex: index, questionDeadline: servedAt + limit };
    const { t: _t, ...question } = playerQuestion(view, q, pid, false, now);
    return { done: false as const, ...question };
  });
}

/** One answer per question; late answers are stored as unanswered and refused. */
export async function answerAsync(db: Db, auth: AuthContext, roundId: number, index: number, choice: string[]) {
  const now = Date.now();
  const s = await openRound(db, roundId, now);
  const [p] = await rows<{ id: number }>(db, sql`SELECT id FROM contest_players WHERE round_id = ${s.id} AND person_id = ${auth.personId ?? 0}`);
  if (!p) throw new AppError('contest_not_entrant');
  const limit = s.secondsPerQuestion * 1000;
  return transaction(db, async (tx) => {
    const [a] = await rows<{ served_at: string; answered_at: string | null }>(
      tx,
      sql`SELECT served_at, answered_at FROM contest_answers WHERE round_id = ${s.id} AND player_id = ${p.id} AND question_index = ${index} FOR UPDATE`,
    );
    if (!a) throw new AppError('validation_failed', [{ field: 'index', message: 'question not served yet' }]);
    if (a.answered_at) throw new AppError('contest_already_answered');
    const elapsed = now - new Date(a.served_at).getTime();
    if (elapsed > limit + httpGraceMs) {
      await tx.execute(sql`UPDATE contest_answers SET answered_at = now(), time_ms = ${limit}, choice = '{}' WHERE round_id = ${s.id} AND player_id = ${p.id} AND question_index = ${index}`);
      return { late: true as const };
    }
    const [q] = await getQuestionsForContest(tx, [s.questionIds[index]]);
    const original = isChoice(q) ? toOriginalLetters(choice, optionOrder(s.shuffleSeed, p.id, q.id, q.options.length)) : canonicalAnswer(q.type, choice);
    const correct = original.length > 0 && isCorrect(q, original);
    const timeMs = Math.min(limit, elapsed);
    const points = answerPoints(s.scoring, correct, timeMs, limit);
    await tx.execute(sql`UPDATE contest_answers SET answered_at = now(), choice = ${`{${original.map((o) => `"${o.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[],
                           correct = ${correct}, time_ms = ${timeMs}, points = ${points}
                         WHERE round_id = ${s.id} AND player_id = ${p.id} AND question_index = ${index}`);
    return { late: false as const, accepted: true as const, index, timeMs };
  });
}
