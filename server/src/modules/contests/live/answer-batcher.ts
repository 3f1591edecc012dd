import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';

export interface PendingAnswer {
  playerId: number;
  questionIndex: number;
  questionId: number;
  choice: string[];
  correct: boolean;
  timeMs: number;
  graceMs: number;
  points: number;
  servedAt: number;
  answeredAt: number;
}

export type Outcome = 'stored' | 'duplicate' | 'closed' | 'error';

const intArr = (v: number[]) => `{${v.join(',')}}`;
const textArr = (v: string[]) => `{${v.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
const SEP = '\u001f';

/**
 * Collects answers for a few milliseconds and stores them with one INSERT, then
 * settles every waiting acknowledgement. The round row is read FOR SHARE in the same
 * transaction, so a reveal or pause committed first closes the question for the whole
 * batch, and the primary key refuses a second answer even from another process.
 */
export class AnswerBatcher {
  private queue: Array<{ a: PendingAnswer; settle: (o: Outcome) => void }> = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly roundId: number,
    private readonly delayMs = 4,
    private readonly maxBatch = 1000,
  ) {}

  add(a: PendingAnswer): Promise<Outcome> {
    return new Promise((settle) => {
      this.queue.push({ a, settle });
      if (this.queue.length >= this.maxBatch) this.kick(0);
      else this.kick(this.delayMs);
    });
  }

  /** Stores everything queued now; resolves when it is in the database. */
  async flush(): Promise<void> {
    while (this.queue.length || this.running) {
      if (this.running) await this.running;
      else await this.run();
    }
  }

  private kick(delay: number) {
    if (this.running) return; // the running flush picks the queue up when it ends
    if (delay === 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      void this.run();
    } else this.timer ??= setTimeout(() => ((this.timer = null), void this.run()), delay);
  }

  private run(): Promise<void> {
    if (this.running || this.queue.length === 0) return this.running ?? Promise.resolve();
    const batch = this.queue.splice(0, this.maxBatch);
    this.running = this.store(batch.map((b) => b.a))
      .then(
        (outcomes) => batch.forEach((b, i) => b.settle(outcomes[i])),
        () => batch.forEach((b) => b.settle('error')),
      )
      .finally(() => {
        this.running = null;
        if (this.queue.length) this.kick(this.queue.length >= this.maxBatch ? 0 : this.delayMs);
      });
    return this.running;
  }

  private async store(list: PendingAnswer[]): Promise<Outcome[]> {
    return transaction(this.db, async (tx) => {
      const [r] = await rows<{ phase: string; current_index: number }>(tx, sql`SELECT phase, current_index FROM contest_rounds WHERE id = ${this.roundId} FOR SHARE`);
      const open = list.map((a) => r?.phase === 'question' && r.current_index === a.questionIndex);
      const rowsIn = list.filter((_, i) => open[i]);
      const stored = new Set<string>();
      if (rowsIn.length) {
        const col = <T>(f: (a: PendingAnswer) => T) => rowsIn.map(f);
        const inserted = await rows<{ player_id: number; question_index: number }>(
          tx,
          sql`INSERT INTO contest_answers (round_id, player_id, question_index, question_id, choice, correct, time_ms, grace_ms, points, served_at, answered_at)
              SELECT ${this.roundId}, u.p, u.qi, u.q, string_to_array(u.c, ${SEP}), u.ok, u.t, u.g, u.pts, to_timestamp(u.s / 1000.0), to_timestamp(u.at / 1000.0)
                FROM unnest(${intArr(col((a) => a.playerId))}::int[], ${intArr(col((a) => a.questionIndex))}::int[], ${intArr(col((a) => a.questionId))}::int[],
                            ${textArr(col((a) => a.choice.join(SEP)))}::text[], ${`{${col((a) => a.correct).join(',')}}`}::boolean[],
                            ${intArr(col((a) => a.timeMs))}::int[], ${intArr(col((a) => a.graceMs))}::int[], ${intArr(col((a) => a.points))}::int[],
                            ${intArr(col((a) => a.servedAt))}::float8[], ${intArr(col((a) => a.answeredAt))}::float8[])
                     AS u(p, qi, q, c, ok, t, g, pts, s, at)
              ON CONFLICT DO NOTHING RETURNING player_id, question_index`,
        );
        for (const x of inserted) stored.add(`${x.player_id}:${x.question_index}`);
      }
      return list.map((a, i) => (!open[i] ? 'closed' : stored.has(`${a.playerId}:${a.questionIndex}`) ? 'stored' : 'duplicate'));
    });
  }
}
