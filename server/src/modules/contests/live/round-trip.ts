/** A socket's round-trip time from its ping/pong pairs (the last five pings kept), smoothed so one slow round trip does not buy a large grace. */
export class RoundTrip {
  ms: number | null = null;
  private readonly sent = new Map<number, number>();
  private seq = 0;

  /** The id of a new ping, sent now. */
  next(): number {
    const id = ++this.seq;
    this.sent.set(id, performance.now());
    if (this.sent.size > 5) this.sent.delete(Math.min(...this.sent.keys()));
    return id;
  }

  pong(id: unknown) {
    const at = this.sent.get(Number(id));
    if (at === undefined) return;
    this.sent.delete(Number(id));
    const sample = performance.now() - at;
    this.ms = this.ms == null ? sample : 0.7 * this.ms + 0.3 * sample;
  }
}
