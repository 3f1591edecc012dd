import type { ModuleContext } from '../module.js';
import { seedSignIns } from '../auth/sign-ins.seed.js';
import { withIndexesDropped } from '../db/indexes-dropped.js';
import { replayBatch } from './replay.js';

/**
 * The demo ledger, earned from records only: the last seed step, after every module's records (and a year of sign-ins
 * for the members with an account), replays each awardable event's occurrences through its subscriber's mapping and the
 * rules, at the record's time, so caps fall on the record's day and every row names the record behind it.
 */
export async function seedPointsFromRecords(ctx: ModuleContext, opts: { seed: number; log: (m: string) => void }) {
  const signIns = await seedSignIns(ctx.db, opts);
  // The ledger is empty here: its indexes are built once at the end (the unique key's build checks the replay's keys).
  const rows = await withIndexesDropped(ctx.db, ['points_ledger_day_idx', 'points_ledger_org_idx', 'points_ledger_idem_uq'], (tx) => replayBatch(tx));
  opts.log(`积分: ${signIns} 次登录, 由记录回放 ${rows} 条积分流水`);
}
