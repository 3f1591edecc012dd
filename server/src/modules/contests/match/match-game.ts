import { canonicalAnswer, isCorrect, type BankQuestion } from '../../learning/index.js';
import type { MatchKind } from '../contests.schema.js';
import { optionOrder, shownOptions, toOriginalLetters } from '../option-order.js';
import { answerPoints, defaultScoring, latencyGrace } from '../scoring.js';
import { answerTexts, correctShown, isChoice, shownChoice, type ServerMessage } from '../live/messages.js';
import { matchTiming, placeEntrants } from './match-rules.js';

/** One member's socket as a match sees it. */
export interface MatchConn {
  personId: number;
  name: string;
  orgPath: string;
  rttMs: number | null;
  /** The socket is gone. */
  closed: boolean;
  send(m: ServerMessage): void;
}

interface Answered {
  choice: string[];
  correct: boolean;
  points: number;
  timeMs: number;
}

export interface Seat {
  /** Also the player id the option order is shuffled with. */
  id: number;
  personId: number;
  name: string;
  orgPath: string;
  conn: MatchConn | null;
  left: boolean;
  score: number;
  correct: number;
  answered: number;
  /** Time of the correct answers; the faster of two equal scores ranks first. */
  timeMs: number;
  answers: Map<number, Answered>;
}

export type Finished = { kind: MatchKind; startedAt: Date; questions: BankQuestion[]; seconds: number; seats: Seat[]; places: Map<number, number> };

/**
 * A 双人对战 or 四人赛 in play: the same questions for every seat, each with a time limit,
 * answers scored as the live contests score them (correct ⇒ base + speed bonus), results and
 * standings after each question, a final ranking. The state lives in this process's memory
 * (the players' sockets are all here: the queue matched them in this process); only the
 * result is stored, by `onFinish`.
 */
export class Match {
  readonly seats: Seat[];
  private index = -1;
  private phase: 'ready' | 'question' | 'result' | 'ended' = 'ready';
  private startedAt = 0;
  private deadline = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly seed = Math.floor(Math.random() * 2 ** 31);
  private readonly began = new Date();

  constructor(
    readonly kind: MatchKind,
    conns: MatchConn[],
    private readonly questions: BankQuestion[],
    private readonly onFinish: (f: Finished) => Promise<void>,
    private readonly onError: (err: unknown) => void,
  ) {
    this.seats = conns.map((c, i) => ({ id: i + 1, personId: c.personId, name: c.name, orgPath: c.orgPath, conn: c, left: false, score: 0, correct: 0, answered: 0, timeMs: 0, answers: new Map() }));
  }

  get ended() {
    return this.phase === 'ended';
  }

  private get limitMs() {
    return matchTiming.questionMs;
  }

  start() {
    const players = this.seats.map((s) => ({ name: s.name }));
    for (const s of this.seats) s.conn?.send({ t: 'matched', kind: this.kind, players, total: this.questions.length, secondsPerQuestion: Math.round(this.limitMs / 1000), startsInMs: matchTiming.readyMs });
    this.later(matchTiming.readyMs, () => this.ask(0));
  }

  private later(ms: number, f: () => void) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        f();
      } catch (err) {
        this.onError(err);
      }
    }, ms);
  }

  private ask(i: number) {
    this.index = i;
    this.phase = 'question';
    this.startedAt = Date.now();
    this.deadline = this.startedAt + this.limitMs;
    for (const s of this.seats) this.sendQuestion(s);
    // Answers are taken a moment after the deadline (a slow network's grace), then the question closes.
    this.later(this.limitMs + 300, () => this.close(i));
  }

  /** The question as one seat sees it: their own option order, never the answer. */
  private sendQuestion(s: Seat) {
    const q = this.questions[this.index];
    const now = Date.now();
    const order = isChoice(q) ? optionOrder(this.seed, s.id, q.id, q.options.length) : [];
    s.conn?.send({
      t: 'question',
      index: this.index,
      total: this.questions.length,
      type: q.type,
      stem: q.stem,
      options: isChoice(q) ? shownOptions(q.options, order) : q.type === 'judge' ? ['正确', '错误'] : [],
      durationMs: this.limitMs,
      remainingMs: Math.max(0, this.deadline - now),
      deadline: this.deadline,
      serverTime: now,
      answered: s.answers.has(this.index),
    });
  }

  answer(personId: number, index: unknown, choice: unknown) {
    const now = Date.now();
    const s = this.seats.find((x) => x.personId === personId);
    if (!s || s.left || !s.conn) return;
    const refuse = (reason: string) => s.conn?.send({ t: 'ack', index, ok: false, reason });
    if (!Number.isInteger(index) || !Array.isArray(choice) || choice.length > 10 || !choice.every((c) => typeof c === 'string' && c.length <= 200)) return refuse('bad_message');
    const i = index as number;
    if (this.phase !== 'question' || i !== this.index) return refuse(i < this.index || this.phase === 'result' || this.phase === 'ended' ? 'late' : 'closed');
    const grace = latencyGrace(s.conn.rttMs);
    if (now > this.deadline + grace) return refuse('late');
    if (s.answers.has(i)) return refuse('duplicate');
    const q = this.questions[i];
    const original = isChoice(q) ? toOriginalLetters(choice as string[], optionOrder(this.seed, s.id, q.id, q.options.length)) : canonicalAnswer(q.type, choice as string[]);
    const correct = original.length > 0 && isCorrect(q, original);
    const timeMs = Math.min(this.limitMs, Math.max(0, now - this.startedAt - grace));
    const points = answerPoints(defaultScoring, correct, timeMs, this.limitMs);
    s.answers.set(i, { choice: original, correct, points, timeMs });
    s.score += points;
    s.answered += 1;
    if (correct) (s.correct += 1), (s.timeMs += timeMs);
    s.conn.send({ t: 'ack', index: i, ok: true, timeMs });
    this.closeIfAllAnswered();
  }

  /** Everyone still here has answered: no need to wait for the clock. */
  private closeIfAllAnswered() {
    if (this.phase !== 'question') return;
    const here = this.seats.filter((x) => !x.left);
    if (here.every((x) => x.answers.has(this.index))) this.close(this.index);
  }

  /** The socket of a seat closed: its remaining answers are lost, the match goes on for the others. */
  leave(personId: number) {
    const s = this.seats.find((x) => x.personId === personId);
    if (!s || s.left || this.phase === 'ended') return;
    s.left = true;
    s.conn = null;
    for (const o of this.seats) o.conn?.send({ t: 'opponent_left', name: s.name });
    if (this.seats.every((x) => x.left)) return void this.finish();
    this.closeIfAllAnswered();
  }

  standings() {
    return placeEntrants(this.seats).map((r) => ({ rank: r.rank, name: r.entrant.name, score: r.entrant.score, correct: r.entrant.correct, left: r.entrant.left }));
  }

  private close(i: number) {
    if (this.phase !== 'question' || i !== this.index) return;
    this.phase = 'result';
    const q = this.questions[i];
    const table = this.standings();
    const ranks = new Map(placeEntrants(this.seats).map((r) => [r.entrant.personId, r.rank]));
    for (const s of this.seats) {
      const a = s.answers.get(i);
      s.conn?.send({
        t: 'result',
        index: i,
        answered: !!a,
        correct: a?.correct ?? false,
        points: a?.points ?? 0,
        yourAnswer: a ? shownChoice(q, this.seed, s.id, a.choice) : [],
        correctAnswer: correctShown(q, this.seed, s.id),
        correctText: answerTexts(q, q.answer),
        yourText: a ? answerTexts(q, a.choice) : [],
        explanation: q.explanation ?? '',
        score: s.score,
        rank: ranks.get(s.personId) ?? null,
        players: this.seats.length,
        standings: table,
      });
    }
    if (i + 1 < this.questions.length) this.later(matchTiming.gapMs, () => this.ask(i + 1));
    else this.later(matchTiming.gapMs, () => void this.finish());
  }

  /** Stores the result (and awards points), then tells every seat still here. */
  private async finish() {
    if (this.phase === 'ended') return;
    this.phase = 'ended';
    if (this.timer) clearTimeout(this.timer);
    const placed = placeEntrants(this.seats);
    const places = new Map(placed.map((r) => [r.entrant.personId, r.rank]));
    try {
      await this.onFinish({ kind: this.kind, startedAt: this.began, questions: this.questions, seconds: Math.round(this.limitMs / 1000), seats: this.seats, places });
    } catch (err) {
      this.onError(err);
    }
    const table = this.standings();
    for (const s of this.seats) {
      s.conn?.send({ t: 'ended', kind: this.kind, score: s.score, rank: places.get(s.personId) ?? null, players: this.seats.length, correct: s.correct, total: this.questions.length, standings: table });
    }
  }

  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.phase = 'ended';
  }
}
