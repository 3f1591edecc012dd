import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';

export interface Actor {
  accountId: number | null;
  name: string;
}

export const systemActor: Actor = { accountId: null, name: '系统' };
export const citizenActor: Actor = { accountId: null, name: '市民' };

/** One row of the demand's own trail (in the caller's transaction). */
export async function recordEvent(
  tx: Db,
  d: { district_code: string; id: number | string; org_id?: number | null },
  e: { action: string; from: string | null; to: string | null; actor: Actor; note?: string; data?: unknown; at?: Date },
) {
  // `at`: the moment the caller says it happened (a transition replayed with its own clock); else the database's now.
  await tx.execute(sql`INSERT INTO demand_events (district_code, demand_id, action, from_status, to_status, actor_account_id, actor_name, org_id, note, data, at)
    VALUES (${d.district_code}, ${Number(d.id)}, ${e.action}, ${e.from}, ${e.to}, ${e.actor.accountId}, ${e.actor.name}, ${d.org_id ?? null}, ${e.note ?? ''},
            ${e.data === undefined ? null : JSON.stringify(e.data)}::jsonb, coalesce(${e.at?.toISOString() ?? null}::timestamptz, now()))`);
}
