import type { ModuleContext } from '../../../kernel/module.js';
import { questionsVisibleToAll } from '../../learning/index.js';
import type { MatchKind } from '../contests.schema.js';
import { Match, type MatchConn } from './match-game.js';
import { matchSize, matchTiming } from './match-rules.js';
import { storeMatch } from './match-store.js';

interface Waiting {
  conn: MatchConn;
  kind: MatchKind;
  since: number;
  timer: NodeJS.Timeout;
}

/**
 * The queues of 双人对战 and 四人赛 and the matches in play, in this process's memory (as the
 * sockets are): a member waits in one queue at a time; as soon as a queue holds enough members
 * the first of them are matched, on questions every one of them may be asked.
 */
export class MatchHub {
  private readonly waiting = new Map<number, Waiting>();
  private readonly playing = new Map<number, Match>();
  /** Taken from a queue, their questions being drawn. */
  private readonly starting = new Set<number>();
  private closed = false;

  constructor(
    private readonly ctx: ModuleContext,
    private readonly log: (err: unknown) => void,
  ) {}

  private queue(kind: MatchKind): Waiting[] {
    return [...this.waiting.values()].filter((w) => w.kind === kind).sort((a, b) => a.since - b.since);
  }

  /** Tells everyone waiting for `kind` who is waiting, and how long they may still wait. */
  private announce(kind: MatchKind) {
    const list = this.queue(kind);
    const names = list.map((w) => w.conn.name);
    const now = Date.now();
    for (const w of list) w.conn.send({ t: 'queued', kind, size: matchSize[kind], waiting: names, remainingMs: Math.max(0, w.since + matchTiming.queueMs - now) });
  }

  enqueue(conn: MatchConn, kind: unknown) {
    if (this.closed) return;
    if (kind !== 'duel' && kind !== 'four') return conn.send({ t: 'error', code: 'bad_message' });
    const current = this.playing.get(conn.personId);
    if ((current && !current.ended) || this.starting.has(conn.personId)) return conn.send({ t: 'error', code: 'in_match' });
    const before = this.waiting.get(conn.personId);
    if (before) {
      this.drop(before);
      // One queue at a time: a second phone (or the other kind) takes the member's place.
      if (before.conn !== conn) before.conn.send({ t: 'left', reason: 'elsewhere' });
      if (before.kind !== kind) this.announce(before.kind);
    }
    const timer = setTimeout(() => {
      const w = this.waiting.get(conn.personId);
      if (w?.conn !== conn) return;
      this.drop(w);
      conn.send({ t: 'left', reason: 'timeout' });
      this.announce(kind);
    }, matchTiming.queueMs);
    timer.unref();
    this.waiting.set(conn.personId, { conn, kind, since: Date.now(), timer });
    this.announce(kind);
    void this.tryMatch(kind).catch(this.log);
  }

  private drop(w: Waiting) {
    clearTimeout(w.timer);
    if (this.waiting.get(w.conn.personId) === w) this.waiting.delete(w.conn.personId);
  }

  cancel(conn: MatchConn) {
    const w = this.waiting.get(conn.personId);
    if (!w || w.conn !== conn) return;
    this.drop(w);
    conn.send({ t: 'left', reason: 'cancelled' });
    this.announce(w.kind);
  }

  answer(conn: MatchConn, index: unknown, choice: unknown) {
    const m = this.playing.get(conn.personId);
    if (!m || m.ended) return conn.send({ t: 'ack', index, ok: false, reason: 'not_joined' });
    m.answer(conn.personId, index, choice);
  }

  /** A socket closed: out of the queue, or out of its match (which goes on for the others). */
  disconnect(conn: MatchConn) {
    const w = this.waiting.get(conn.personId);
    if (w?.conn === conn) {
      this.drop(w);
      this.announce(w.kind);
    }
    const m = this.playing.get(conn.personId);
    if (m && m.seats.some((s) => s.conn === conn)) m.leave(conn.personId);
  }

  private async tryMatch(kind: MatchKind) {
    const size = matchSize[kind];
    const list = this.queue(kind);
    if (list.length < size) return;
    const picked = list.slice(0, size);
    for (const w of picked) this.drop(w);
    this.announce(kind);
    const conns = picked.map((w) => w.conn);
    for (const c of conns) this.starting.add(c.personId);
    const questions = await questionsVisibleToAll(this.ctx.db, conns.map((c) => c.orgPath), matchTiming.questions, ['single', 'multiple', 'judge']).finally(() => {
      for (const c of conns) this.starting.delete(c.personId);
    });
    if (questions.length === 0) {
      for (const c of conns) c.send({ t: 'error', code: 'no_questions' });
      return;
    }
    const match = new Match(
      kind,
      conns,
      questions,
      async (f) => {
        await storeMatch(this.ctx, f);
      },
      this.log,
    );
    for (const c of conns) this.playing.set(c.personId, match);
    match.start();
    for (const c of conns) if (c.closed) match.leave(c.personId);
    if (this.queue(kind).length >= size) await this.tryMatch(kind);
  }

  close() {
    this.closed = true;
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    this.waiting.clear();
    for (const m of new Set(this.playing.values())) m.stop();
    this.playing.clear();
  }
}
