import type { WebSocket } from 'ws';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { getPermission } from '../../../kernel/access/permissions.js';
import { pathInScope, scopeFor } from '../../../kernel/access/scope.js';
import { pubsubFor } from '../../../kernel/pubsub/index.js';
import { canonicalAnswer, isCorrect } from '../../learning/index.js';
import { optionOrder, toOriginalLetters } from '../option-order.js';
import { answerPoints, latencyGrace } from '../scoring.js';
import { roundTopic } from '../round-state.js';
import type { Conn, LiveRound } from './live-round.js';
import { bucketsOf, isChoice, type ServerMessage } from './messages.js';
import { joinRound, playerByToken } from './live-player.js';
import { RoundTrip } from './round-trip.js';

const pingEveryMs = 5000;

/** One phone or big screen on a live round: the protocol of docs/contests-protocol.md. */
export class LiveConnection implements Conn {
  role: 'player' | 'screen' = 'player';
  playerId: number | null = null;
  private readonly roundTrip = new RoundTrip();
  private pingTimer: NodeJS.Timeout;
  private attached = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly round: LiveRound,
    private readonly auth: AuthContext | null,
  ) {
    this.pingTimer = setInterval(() => this.ping(), pingEveryMs);
    this.pingTimer.unref();
    this.ping();
  }

  send(m: ServerMessage) {
    this.sendRaw(JSON.stringify(m));
  }

  sendRaw(json: string) {
    if (this.socket.readyState === 1) this.socket.send(json);
  }

  close() {
    clearInterval(this.pingTimer);
    this.round.conns.delete(this);
  }

  get rttMs(): number | null {
    return this.roundTrip.ms;
  }

  private ping() {
    this.send({ t: 'ping', id: this.roundTrip.next() });
  }

  private pong(id: unknown) {
    this.roundTrip.pong(id);
  }

  private chain: Promise<void> = Promise.resolve();

  /** Pongs are timed at once; everything else runs in arrival order (a join before its answers). */
  receive(raw: string, onError: (err: unknown) => void) {
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(raw);
    } catch {
      return this.send({ t: 'error', code: 'bad_message' });
    }
    if (m?.t === 'pong') return this.pong(m.id);
    this.chain = this.chain.then(() => this.handle(m)).catch(onError);
  }

  private async handle(m: Record<string, unknown>) {
    switch (m.t) {
      case 'join':
        return this.join();
      case 'resume':
        return this.resume(m.token);
      case 'screen':
        return this.screen();
      case 'answer':
        return this.answer(m.index, m.choice);
      default:
        return this.send({ t: 'error', code: 'bad_message' });
    }
  }

  private async attach(kind: 'player' | 'screen') {
    this.role = kind;
    if (!this.attached) this.round.conns.add(this);
    this.attached = true;
    this.send(await this.round.current(this));
  }

  private async join() {
    if (!this.auth) return this.send({ t: 'error', code: 'unauthenticated' });
    if (this.round.state.phase === 'ended') return this.send({ t: 'error', code: 'contest_not_open' });
    const joined = await joinRound(this.round.ctx.db, this.round.state, this.auth);
    if (!joined) return this.send({ t: 'error', code: 'contest_not_entrant' });
    this.playerId = joined.player.id;
    if (joined.created) await pubsubFor(this.round.ctx.database).publish(roundTopic(this.round.state.id), JSON.stringify({ e: 'joined' }));
    this.send({ t: 'welcome', token: joined.token, player: { id: joined.player.id, name: joined.player.name, teamId: joined.player.teamId } });
    await this.attach('player');
  }

  private async resume(token: unknown) {
    if (typeof token !== 'string' || token.length > 100) return this.send({ t: 'error', code: 'bad_token' });
    const p = await playerByToken(this.round.ctx.db, this.round.state.id, token);
    if (!p) return this.send({ t: 'error', code: 'bad_token' });
    this.playerId = p.id;
    this.send({ t: 'welcome', player: { id: p.id, name: p.name, teamId: p.teamId }, resumed: true });
    await this.attach('player');
  }

  private async screen() {
    const auth = this.auth;
    if (!auth) return this.send({ t: 'error', code: 'unauthenticated' });
    const roles = getPermission('contests.host').roles;
    if (!auth.assignments.some((a) => roles.includes(a.role)) || !pathInScope(this.round.state.contestOrgPath, scopeFor(auth, 'contests.host'))) {
      return this.send({ t: 'error', code: 'forbidden' });
    }
    await this.attach('screen');
  }

  private refuse(index: unknown, reason: string) {
    this.send({ t: 'ack', index, ok: false, reason });
  }

  /** Validate against the round as it is now; the batcher stores it, then (and only then) the ack. */
  private async answer(index: unknown, choice: unknown) {
    const now = Date.now();
    const r = this.round;
    const s = r.state;
    const playerId = this.playerId;
    if (playerId == null || this.role !== 'player') return this.refuse(index, 'not_joined');
    if (!Number.isInteger(index) || !Array.isArray(choice) || choice.length > 10 || !choice.every((c) => typeof c === 'string' && c.length <= 200)) {
      return this.refuse(index, 'bad_message');
    }
    const i = index as number;
    if (s.phase !== 'question' || i !== s.currentIndex || !r.question) return this.refuse(i, i < s.currentIndex || s.phase === 'reveal' ? 'late' : 'closed');
    const grace = latencyGrace(this.rttMs);
    if (now > (s.questionDeadline ?? 0) + grace) return this.refuse(i, 'late');
    if (r.hasAnswered(i, playerId)) return this.refuse(i, 'duplicate');
    r.markAnswered(i, playerId);

    const q = r.question;
    const original = isChoice(q) ? toOriginalLetters(choice as string[], optionOrder(s.shuffleSeed, playerId, q.id, q.options.length)) : canonicalAnswer(q.type, choice as string[]);
    const correct = original.length > 0 && isCorrect(q, original);
    const limit = s.secondsPerQuestion * 1000;
    const timeMs = Math.min(limit, Math.max(0, now - (s.questionStartedAt ?? now) - grace));
    const outcome = await r.batcher.add({
      playerId,
      questionIndex: i,
      questionId: q.id,
      choice: original,
      correct,
      timeMs,
      graceMs: grace,
      points: answerPoints(s.scoring, correct, timeMs, limit),
      servedAt: s.questionStartedAt ?? now,
      answeredAt: now,
    });
    if (outcome === 'stored') {
      r.countAnswer(i, bucketsOf(q, original, correct));
      return this.send({ t: 'ack', index: i, ok: true, timeMs });
    }
    if (outcome === 'error') r.answered.get(i)?.delete(playerId);
    this.refuse(i, outcome);
  }
}
