import pg from 'pg';

/** A lane with statements in flight and no answer back for this long is passed over. */
const STUCK_MS = 50;

type Stream = { cork(): void; uncork(): void };
type Lane = { client: pg.Client; stream: Stream; ready: Promise<void>; inFlight: number; lastProgressAt: number; corked: boolean; dead: boolean };

/**
 * A pool whose single statements outside transactions travel on a few pipelined connections (`lanes`): a statement is
 * written without waiting for the answers to those ahead of it on its connection, and the statements of one turn of
 * the event loop leave in one socket write, their answers coming back in as few reads. Each round trip costs the
 * server and the database system calls and a wake-up of the other side; under concurrent requests this pays them
 * once for many statements instead of once for each.
 *
 * Transactions (`connect()`, which is how Drizzle opens them), statements with a callback and cursors keep the
 * ordinary pooled clients, as does a statement sent while every lane is held up by a slow statement (nothing has come
 * back on it for STUCK_MS): a long report does not hold up the pages queued behind it. Nothing session-bound (SET,
 * session advisory locks, LISTEN) may go through `query()` — it never could, on a pool.
 */
export class PipelinedPool extends pg.Pool {
  private lanes: Lane[] = [];
  private closing = false;

  constructor(
    config: pg.PoolConfig,
    private readonly laneCount: number,
  ) {
    super(config);
  }

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const own = config as { submit?: unknown; rows?: unknown } | null;
    // A callback, a Query or Cursor object, or a read in batches of rows (a portal kept open): the ordinary way.
    const pooled = this.closing || typeof values === 'function' || typeof callback === 'function' || typeof own?.submit === 'function' || own?.rows != null;
    const lane = pooled ? undefined : this.pickLane();
    if (!lane) return (super.query as (...a: unknown[]) => never).call(this, config, values, callback);
    if (lane.inFlight++ === 0) lane.lastProgressAt = performance.now();
    if (!lane.corked) {
      // Everything this turn of the event loop sends on the lane goes out in one write.
      lane.corked = true;
      lane.stream.cork();
      setImmediate(() => {
        lane.corked = false;
        lane.stream.uncork();
      });
    }
    const settled = () => {
      lane.inFlight--;
      lane.lastProgressAt = performance.now();
    };
    return lane.ready
      .then(() => (lane.client.query as (...a: unknown[]) => Promise<unknown>).call(lane.client, config, values))
      .finally(settled) as never;
  }

  override async end(): Promise<void> {
    this.closing = true;
    const lanes = this.lanes;
    this.lanes = [];
    await Promise.all(lanes.map((l) => l.ready.then(() => l.client.end()).catch(() => {})));
    await super.end();
  }

  private pickLane(): Lane | undefined {
    if (this.lanes.some((l) => l.dead)) this.lanes = this.lanes.filter((l) => !l.dead);
    const now = performance.now();
    let best: Lane | undefined;
    for (const l of this.lanes) {
      if (l.inFlight > 0 && now - l.lastProgressAt > STUCK_MS) continue;
      if (!best || l.inFlight < best.inFlight) best = l;
    }
    if (this.lanes.length < this.laneCount && (!best || best.inFlight > 0)) return this.openLane();
    return best;
  }

  private openLane(): Lane {
    const client = new (this as unknown as { Client: typeof pg.Client }).Client({ ...(this.options as pg.ClientConfig), pipeline: true } as pg.ClientConfig);
    const stream = (client as unknown as { connection: { stream: Stream } }).connection.stream;
    const lane: Lane = { client, stream, ready: Promise.resolve(), inFlight: 0, lastProgressAt: 0, corked: false, dead: false };
    const die = () => {
      lane.dead = true;
    };
    // A broken connection fails the statements on it (as a pooled client's would); the next statement opens a new lane.
    client.on('error', die);
    client.on('end', die);
    lane.ready = client.connect().then(() => undefined, (e: unknown) => {
      die();
      throw e;
    });
    this.lanes.push(lane);
    return lane;
  }
}

