import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { LiveRound } from './live-round.js';

/** This process's live rounds, opened on first use (a socket or a screen) and rebuilt from the database. */
export class LiveHub {
  private rounds = new Map<number, Promise<LiveRound | null>>();
  private closed = false;
  /** A round's join code never changes: a hall of phones connecting at once asks the database once. */
  private codes = new Map<string, number>();

  constructor(readonly ctx: ModuleContext) {}

  get(roundId: number): Promise<LiveRound | null> {
    let r = this.rounds.get(roundId);
    if (!r) {
      r = LiveRound.open(this.ctx, roundId);
      this.rounds.set(roundId, r);
      r.then((x) => x ?? this.rounds.delete(roundId), () => this.rounds.delete(roundId));
    }
    return r;
  }

  async byCode(code: string): Promise<LiveRound | null> {
    if (this.closed) return null;
    let id = this.codes.get(code);
    if (id === undefined) {
      const [r] = await rows<{ id: number }>(this.ctx.db, sql`SELECT id FROM contest_rounds WHERE code = ${code} AND kind = 'live'`);
      if (!r) return null;
      this.codes.set(code, (id = r.id));
    }
    return this.get(id);
  }

  async close() {
    this.closed = true;
    const all = await Promise.all([...this.rounds.values()].map((p) => p.catch(() => null)));
    this.rounds.clear();
    await Promise.all(all.map((r) => r?.close()));
  }
}
