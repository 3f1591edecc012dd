import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { pubsubFor } from '../../../kernel/pubsub/index.js';
import { getQuestionsForContest, type BankQuestion } from '../../learning/index.js';
import { loadRound, roundTopic, type RoundState } from '../round-state.js';
import { standings, type Standings } from '../standings.js';
import { AnswerBatcher } from './answer-batcher.js';
import { ScoreTally } from './score-tally.js';
import { optionOrder } from '../option-order.js';
import { answerTexts, bucketCount, bucketsOf, isChoice, correctShown, lobbyMessage, playerQuestion, remaining, screenQuestion, shownChoice, topList, type ServerMessage } from './messages.js';

export interface Conn {
  role: 'player' | 'screen';
  playerId: number | null;
  rttMs: number | null;
  send(m: ServerMessage): void;
  sendRaw(json: string): void;
}

interface StoredAnswer {
  correct: boolean;
  points: number;
  choice: string[] | null;
}

const processId = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * One live round as this process sees it. The database holds the truth; the bus says
 * "something changed" and every process re-reads the round and tells its own sockets.
 */
export class LiveRound {
  readonly conns = new Set<Conn>();
  readonly batcher: AnswerBatcher;
  private readonly tally: ScoreTally;
  /** Who answered which question, so a second answer is refused without a round trip. */
  readonly answered = new Map<number, Set<number>>();
  playerCount = 0;
  private local: number[] = [];
  private localAnswered = 0;
  private remote = new Map<string, { i: number; c: number[]; n: number }>();
  private last: { standings: Standings; answers: Map<number, StoredAnswer>; index: number; counts: number[]; byPlayer: Map<number, Standings['players'][number]>; byTeam: Map<number, Standings['teams'][number]>; screen: ServerMessage | null } | null = null;
  private awards = new Map<number, string>();
  private deadlineTimer: NodeJS.Timeout | null = null;
  private distTimer: NodeJS.Timeout | null = null;
  private lobbyTimer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;

  private constructor(
    readonly ctx: ModuleContext,
    public state: RoundState,
    readonly questions: BankQuestion[],
  ) {
    this.batcher = new AnswerBatcher(ctx.db, state.id);
    this.tally = new ScoreTally(ctx.db, state.id);
  }

  /** Rebuilds the round from the database: state, answers already stored, players. */
  static async open(ctx: ModuleContext, roundId: number): Promise<LiveRound | null> {
    const bus = pubsubFor(ctx.database);
    let round: LiveRound | null = null;
    const early: string[] = [];
    const unsubscribe = await bus.subscribe(roundTopic(roundId), (p) => (round ? round.onBus(p) : early.push(p)));
    const state = await loadRound(ctx.db, { id: roundId });
    if (!state || state.kind !== 'live') {
      unsubscribe();
      return null;
    }
    round = new LiveRound(ctx, state, await getQuestionsForContest(ctx.db, state.questionIds));
    round.unsubscribe = unsubscribe;
    const [n] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM contest_players WHERE round_id = ${roundId}`);
    round.playerCount = n.n;
    for (const a of await rows<{ player_id: number; question_index: number }>(ctx.db, sql`SELECT player_id, question_index FROM contest_answers WHERE round_id = ${roundId}`)) {
      round.markAnswered(a.question_index, a.player_id);
    }
    round.resetDistribution();
    round.armDeadline();
    for (const p of early) round.onBus(p);
    return round;
  }

  get question(): BankQuestion | null {
    return this.questions[this.state.currentIndex] ?? null;
  }

  markAnswered(index: number, playerId: number) {
    let set = this.answered.get(index);
    if (!set) this.answered.set(index, (set = new Set()));
    set.add(playerId);
  }

  hasAnswered(index: number, playerId: number) {
    return this.answered.get(index)?.has(playerId) ?? false;
  }

  onBus(payload: string) {
    const m = JSON.parse(payload) as { e: string; v?: number; p?: string; i?: number; c?: number[]; n?: number };
    if (m.e === 'state' && (m.v ?? 0) > this.state.version) this.serial(() => this.reload());
    else if (m.e === 'joined') {
      this.playerCount += 1;
      // Every lobby update goes to every socket: a larger hall gets fewer of them (10,000 phones: one per 2.3 s).
      const every = 300 + this.conns.size * 0.2;
      this.lobbyTimer ??= setTimeout(() => ((this.lobbyTimer = null), this.state.phase === 'lobby' && void this.broadcast(() => lobbyMessage(this.state, this.playerCount))), every);
    } else if (m.e === 'dist' && m.p && m.p !== processId) {
      this.remote.set(m.p, { i: m.i ?? -1, c: m.c ?? [], n: m.n ?? 0 });
      this.scheduleDistribution(false);
    }
  }

  private serial(fn: () => Promise<void>) {
    this.chain = this.chain.then(fn).catch((err) => this.ctx.events.onError?.('contests.finished', err));
  }

  private async reload() {
    const prev = this.state;
    const next = await loadRound(this.ctx.db, { id: prev.id });
    if (!next || next.version <= prev.version) return;
    this.state = next;
    const now = Date.now();
    if (next.currentIndex !== prev.currentIndex) this.resetDistribution();
    this.armDeadline();
    switch (next.phase) {
      case 'lobby':
        return this.broadcast(() => lobbyMessage(next, this.playerCount));
      case 'question':
        return this.broadcastQuestion(now);
      case 'paused':
        return this.broadcast(() => ({ t: 'paused', index: next.currentIndex, remainingMs: remaining(next, now) }));
      case 'reveal':
      case 'ended':
        await this.batcher.flush();
        await this.computeResults();
        return this.broadcast((c) => this.resultFor(c));
    }
  }

  questionFor(c: Conn, now = Date.now()): ServerMessage {
    const q = this.question!;
    if (c.role === 'screen') return screenQuestion(this.state, q, now);
    return playerQuestion(this.state, q, c.playerId!, this.hasAnswered(this.state.currentIndex, c.playerId!), now);
  }

  /** What a socket should see right now (after join, resume or a screen connecting). */
  async current(c: Conn): Promise<ServerMessage> {
    const s = this.state;
    if (s.phase === 'draft' || s.phase === 'lobby') return lobbyMessage(s, this.playerCount);
    if (s.phase === 'question') return this.questionFor(c);
    if (s.phase === 'paused') return { t: 'paused', index: s.currentIndex, remainingMs: remaining(s, Date.now()) };
    if (!this.last || this.last.index !== s.currentIndex) await this.computeResults();
    return this.resultFor(c);
  }

  private async computeResults() {
    const s = this.state;
    const answers = new Map<number, StoredAnswer>();
    const stored = await rows<{ player_id: number; correct: boolean; points: number; choice: string[] | null; time_ms: number | null; answered: boolean }>(
      this.ctx.db,
      sql`SELECT player_id, correct, points, choice, time_ms, answered_at IS NOT NULL AS answered FROM contest_answers WHERE round_id = ${s.id} AND question_index = ${s.currentIndex}`,
    );
    for (const a of stored) {
      answers.set(a.player_id, a);
      this.markAnswered(s.currentIndex, a.player_id);
    }
    const st = await standings(this.ctx.db, s.id, s.contestId, s.scoring, await this.tally.upTo(s.currentIndex, stored));
    if (s.phase === 'ended') {
      const list = await rows<{ player_id: number | null; team_id: number | null; tier: string }>(this.ctx.db, sql`SELECT player_id, team_id, tier FROM contest_awards WHERE round_id = ${s.id}`);
      this.awards = new Map();
      for (const a of list) {
        if (a.player_id) this.awards.set(a.player_id, a.tier);
        else for (const p of st.players.filter((p) => p.entrant.teamId === a.team_id)) this.awards.set(p.entrant.id, a.tier);
      }
    }
    // At a reveal the distribution comes from the stored answers of every process, not the live counters.
    const q = this.question;
    const counts = new Array(q ? bucketCount(q) : 0).fill(0);
    if (q) for (const a of answers.values()) for (const b of bucketsOf(q, a.choice ?? [], a.correct)) if (b < counts.length) counts[b] += 1;
    // Lookups by id, so building one message per player stays linear in the number of players.
    const byPlayer = new Map(st.players.map((r) => [r.entrant.id, r]));
    const byTeam = new Map(st.teams.map((r) => [r.entrant.id, r]));
    this.last = { standings: st, answers, index: s.currentIndex, counts, byPlayer, byTeam, screen: null };
  }

  private resultFor(c: Conn): ServerMessage {
    const s = this.state;
    const { standings: st, answers, counts } = this.last!;
    const q = this.question;
    if (c.role === 'screen') {
      this.last!.screen ??= { t: s.phase === 'ended' ? 'ended' : 'reveal', index: s.currentIndex, correctAnswer: q?.answer ?? [], counts, answered: answers.size, players: st.players.length, ...topList(st) };
      return this.last!.screen;
    }
    const me = this.last!.byPlayer.get(c.playerId!);
    const team = me?.entrant.teamId != null ? this.last!.byTeam.get(me.entrant.teamId) : undefined;
    const base = { index: s.currentIndex, score: me?.entrant.score ?? 0, rank: me?.rank ?? null, players: st.players.length, teamRank: team?.rank ?? null, teamScore: team?.entrant.score ?? null };
    if (s.phase === 'ended') return { t: 'ended', ...base, correct: me?.entrant.correct ?? 0, award: this.awards.get(c.playerId!) ?? null };
    const a = answers.get(c.playerId!);
    return {
      t: 'result',
      ...base,
      answered: !!a,
      correct: a?.correct ?? false,
      points: a?.points ?? 0,
      yourAnswer: q && a ? shownChoice(q, s.shuffleSeed, c.playerId!, a.choice) : [],
      correctAnswer: q ? correctShown(q, s.shuffleSeed, c.playerId!) : [],
      // Options are shuffled per player: the words, and the big screen's letters, say the answer unambiguously.
      correctText: q ? answerTexts(q, q.answer) : [],
      yourText: q && a ? answerTexts(q, a.choice) : [],
      screenAnswer: q && isChoice(q) ? q.answer : [],
      explanation: q?.explanation ?? '',
    };
  }

  /** Players share a handful of option orders: serialise each (order, answered) once, not once per phone. */
  private broadcastQuestion(now: number) {
    const q = this.question!;
    const i = this.state.currentIndex;
    const made = new Map<string, string>();
    return this.fanOut((c) => {
      const answered = c.role === 'player' && this.hasAnswered(i, c.playerId!);
      const key = c.role === 'screen' ? 'screen' : `${isChoice(q) ? optionOrder(this.state.shuffleSeed, c.playerId!, q.id, q.options.length).join() : ''}|${answered}`;
      let json = made.get(key);
      if (json === undefined) made.set(key, (json = JSON.stringify(this.questionFor(c, now))));
      c.sendRaw(json);
    });
  }

  broadcast(make: (c: Conn) => ServerMessage) {
    return this.fanOut((c) => c.send(make(c)));
  }

  /**
   * Sends to every socket in slices, yielding between them, so answers of the first phones
   * are stored and acknowledged while the rest of the hall is still being served.
   */
  private async fanOut(each: (c: Conn) => void, slice = 500) {
    const all = [...this.conns];
    for (let k = 0; k < all.length; k += slice) {
      if (k > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const c of all.slice(k, k + slice)) each(c);
    }
  }

  private armDeadline() {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    const s = this.state;
    if (s.phase !== 'question' || s.questionDeadline == null) return;
    const index = s.currentIndex;
    this.deadlineTimer = setTimeout(() => void this.broadcast(() => ({ t: 'closed', index })), Math.max(0, s.questionDeadline + 300 - Date.now()));
  }

  private resetDistribution() {
    this.local = new Array(this.question ? bucketCount(this.question) : 0).fill(0);
    this.localAnswered = 0;
    this.remote.clear();
  }

  /** An answer stored by this process: count it, and tell screens here and elsewhere (throttled). */
  countAnswer(index: number, buckets: number[]) {
    if (index !== this.state.currentIndex) return;
    for (const b of buckets) if (b < this.local.length) this.local[b] += 1;
    this.localAnswered += 1;
    this.scheduleDistribution(true);
  }

  private counts() {
    const c = [...this.local];
    let n = this.localAnswered;
    for (const r of this.remote.values()) {
      if (r.i !== this.state.currentIndex) continue;
      r.c.forEach((v, i) => (c[i] = (c[i] ?? 0) + v));
      n += r.n;
    }
    return { c, n };
  }

  private pendingPublish = false;
  private scheduleDistribution(publish: boolean) {
    this.pendingPublish ||= publish;
    this.distTimer ??= setTimeout(() => {
      this.distTimer = null;
      const index = this.state.currentIndex;
      if (this.pendingPublish) {
        this.pendingPublish = false;
        void pubsubFor(this.ctx.database).publish(roundTopic(this.state.id), JSON.stringify({ e: 'dist', p: processId, i: index, c: this.local, n: this.localAnswered })).catch(() => {});
      }
      const { c, n } = this.counts();
      for (const conn of this.conns) if (conn.role === 'screen') conn.send({ t: 'distribution', index, counts: c, answered: n, players: this.playerCount });
    }, 250);
  }

  async close() {
    for (const t of [this.deadlineTimer, this.distTimer, this.lobbyTimer]) if (t) clearTimeout(t);
    this.unsubscribe?.();
    await this.batcher.flush().catch(() => {});
  }
}
