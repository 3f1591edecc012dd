import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { Learner } from '../learning.access.js';
import { visibleToMember } from '../learning.access.js';
import { isCorrect } from '../question-rules.js';
import { asReviewed, asUnanswered, questionsByIds } from '../questions.queries.js';
import { recordWrong } from './wrong-answers.js';

export type EndReason = 'wrong' | 'cleared' | 'abandoned';

interface RunRow {
  id: number;
  person_id: number;
  question_id: number | null;
  asked_ids: number[];
  streak: number;
  end_reason: EndReason | null;
  started_at: Date | string;
  finished_at: Date | string | null;
}

/** A run that has just ended: what the points event carries. */
export interface FinishedRun {
  runId: number;
  streak: number;
  reason: EndReason;
}

/** A question of the member's bank not yet asked in this run, at random. */
async function draw(tx: Db, learner: Learner, asked: readonly number[]): Promise<number | null> {
  const skip = asked.length ? sql`AND q.id NOT IN (${sql.join(asked.map((i) => sql`${i}`), sql`, `)})` : sql``;
  const [q] = await rows<{ id: number }>(tx, sql`SELECT q.id FROM learning_questions q WHERE ${visibleToMember(learner.orgPath)} ${skip} ORDER BY random() LIMIT 1`);
  return q?.id ?? null;
}

async function bestStreak(db: Db, personId: number): Promise<number> {
  const [b] = await rows<{ best: number }>(db, sql`SELECT coalesce(max(streak), 0)::int AS best FROM learning_challenge_runs WHERE person_id = ${personId} AND finished_at IS NOT NULL`);
  return b.best;
}

async function present(db: Db, run: RunRow | undefined) {
  if (!run) return null;
  const [q] = run.question_id != null && !run.finished_at ? await questionsByIds(db, [run.question_id]) : [];
  return {
    id: run.id,
    streak: run.streak,
    finished: run.finished_at != null,
    endReason: run.end_reason,
    startedAt: new Date(run.started_at).toISOString(),
    question: q ? asUnanswered(q) : null,
  };
}

/** The member's challenge page: their best streak, the open run (its current question without the answer) or the last one. */
export async function challengeState(db: Db, learner: Learner) {
  const [run] = await rows<RunRow>(db, sql`SELECT * FROM learning_challenge_runs WHERE person_id = ${learner.personId} ORDER BY finished_at IS NULL DESC, id DESC LIMIT 1`);
  return { best: await bestStreak(db, learner.personId), run: await present(db, run) };
}

/** Starts a run; an open one is ended first with the streak it had. */
export async function startChallenge(db: Db, learner: Learner) {
  return transaction(db, async (tx) => {
    // Serialise one person's starts and answers on their person row.
    await tx.execute(sql`SELECT 1 FROM people WHERE id = ${learner.personId} FOR UPDATE`);
    const first = await draw(tx, learner, []);
    if (first == null) throw new AppError('no_questions');
    const ended = await rows<RunRow>(
      tx,
      sql`UPDATE learning_challenge_runs SET finished_at = now(), end_reason = 'abandoned', question_id = NULL
           WHERE person_id = ${learner.personId} AND finished_at IS NULL RETURNING *`,
    );
    const [run] = await rows<RunRow>(
      tx,
      sql`INSERT INTO learning_challenge_runs (person_id, question_id, asked_ids) VALUES (${learner.personId}, ${first}, ${`{${first}}`}::int[]) RETURNING *`,
    );
    const abandoned: FinishedRun | null = ended[0] ? { runId: ended[0].id, streak: ended[0].streak, reason: 'abandoned' } : null;
    return { run, abandoned };
  }).then(async ({ run, abandoned }) => ({ state: { best: await bestStreak(db, learner.personId), run: await present(db, run) }, abandoned }));
}

/**
 * Grades the run's current question. Right: the streak grows and the next question is drawn (none left: the run is
 * cleared). Wrong: the run ends at its streak and the question goes to the wrong-answer book.
 */
export async function answerChallenge(db: Db, learner: Learner, runId: number, questionId: number, answer: string[]) {
  const out = await transaction(db, async (tx) => {
    await tx.execute(sql`SELECT 1 FROM people WHERE id = ${learner.personId} FOR UPDATE`);
    const [run] = await rows<RunRow>(tx, sql`SELECT * FROM learning_challenge_runs WHERE id = ${runId} AND person_id = ${learner.personId} FOR UPDATE`);
    if (!run) throw new AppError('not_found');
    if (run.finished_at || run.question_id == null) throw new AppError('challenge_over');
    if (run.question_id !== questionId) throw new AppError('challenge_stale');
    const [q] = await questionsByIds(tx, [questionId]);
    if (!q) throw new AppError('not_found');
    const correct = isCorrect(q, answer);
    let saved: RunRow;
    let finished: FinishedRun | null = null;
    if (!correct) {
      if (answer.length) await recordWrong(tx, learner.personId, q.id, answer, 'challenge');
      [saved] = await rows<RunRow>(tx, sql`UPDATE learning_challenge_runs SET finished_at = now(), end_reason = 'wrong', question_id = NULL WHERE id = ${runId} RETURNING *`);
      finished = { runId, streak: run.streak, reason: 'wrong' };
    } else {
      const next = await draw(tx, learner, run.asked_ids);
      const streak = run.streak + 1;
      if (next == null) {
        [saved] = await rows<RunRow>(tx, sql`UPDATE learning_challenge_runs SET streak = ${streak}, finished_at = now(), end_reason = 'cleared', question_id = NULL WHERE id = ${runId} RETURNING *`);
        finished = { runId, streak, reason: 'cleared' };
      } else {
        [saved] = await rows<RunRow>(
          tx,
          sql`UPDATE learning_challenge_runs SET streak = ${streak}, question_id = ${next}, asked_ids = array_append(asked_ids, ${next}) WHERE id = ${runId} RETURNING *`,
        );
      }
    }
    return { reviewed: asReviewed(q, answer, correct), saved, finished };
  });
  return { result: { answered: out.reviewed, best: await bestStreak(db, learner.personId), run: (await present(db, out.saved))! }, finished: out.finished };
}
