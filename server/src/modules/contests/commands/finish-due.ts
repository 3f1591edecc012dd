import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { finishRound } from './finish-round.js';

/** Online rounds whose window has closed are ranked and awarded without anyone pressing a button. */
export async function finishDueRounds(ctx: ModuleContext): Promise<number> {
  const due = await rows<{ id: number }>(ctx.db, sql`SELECT id FROM contest_rounds WHERE kind = 'async' AND finished_at IS NULL AND closes_at < now() - interval '2 minutes'`);
  for (const r of due) await finishRound(ctx, r.id);
  return due.length;
}
