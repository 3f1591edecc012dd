import type { WebSocket } from 'ws';
import type { ServerMessage } from '../live/messages.js';
import type { MatchConn } from './match-game.js';
import type { MatchHub } from './match-hub.js';

const pingEveryMs = 5000;

/** One member's phone on the match socket: `queue`, `cancel`, `answer`, `pong` in; see docs/contests-protocol.md. */
export class MatchSocket implements MatchConn {
  rttMs: number | null = null;
  closed = false;
  private pings = new Map<number, number>();
  private pingSeq = 0;
  private pingTimer: NodeJS.Timeout;

  constructor(
    private readonly socket: WebSocket,
    private readonly hub: MatchHub,
    readonly personId: number,
    readonly name: string,
    readonly orgPath: string,
  ) {
    this.pingTimer = setInterval(() => this.ping(), pingEveryMs);
    this.pingTimer.unref();
    this.ping();
  }

  send(m: ServerMessage) {
    if (this.socket.readyState === 1) this.socket.send(JSON.stringify(m));
  }

  private ping() {
    const id = ++this.pingSeq;
    this.pings.set(id, performance.now());
    if (this.pings.size > 5) this.pings.delete(Math.min(...this.pings.keys()));
    this.send({ t: 'ping', id });
  }

  private pong(id: unknown) {
    const sent = this.pings.get(Number(id));
    if (sent === undefined) return;
    this.pings.delete(Number(id));
    const sample = performance.now() - sent;
    this.rttMs = this.rttMs == null ? sample : 0.7 * this.rttMs + 0.3 * sample;
  }

  receive(raw: string) {
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(raw);
    } catch {
      return this.send({ t: 'error', code: 'bad_message' });
    }
    switch (m?.t) {
      case 'pong':
        return this.pong(m.id);
      case 'queue':
        return this.hub.enqueue(this, m.kind);
      case 'cancel':
        return this.hub.cancel(this);
      case 'answer':
        return this.hub.answer(this, m.index, m.choice);
      default:
        return this.send({ t: 'error', code: 'bad_message' });
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pingTimer);
    this.hub.disconnect(this);
  }
}
