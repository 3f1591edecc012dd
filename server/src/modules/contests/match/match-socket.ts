import type { WebSocket } from 'ws';
import type { ServerMessage } from '../live/messages.js';
import type { MatchConn } from './match-game.js';
import type { MatchHub } from './match-hub.js';
import { RoundTrip } from '../live/round-trip.js';

const pingEveryMs = 5000;

/** One member's phone on the match socket: `queue`, `cancel`, `answer`, `pong` in; see docs/contests-protocol.md. */
export class MatchSocket implements MatchConn {
  private readonly roundTrip = new RoundTrip();
  closed = false;
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

  get rttMs(): number | null {
    return this.roundTrip.ms;
  }

  private ping() {
    this.send({ t: 'ping', id: this.roundTrip.next() });
  }

  private pong(id: unknown) {
    this.roundTrip.pong(id);
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
