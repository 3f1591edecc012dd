import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows, transaction } from '../db/client.js';
import { bulkInsert } from '../db/bulk-insert.js';
import { addDays, shanghaiDay, shanghaiTime } from '../time.js';
import { makeRandom } from '../../seed/random.js';

const DAYS = 365;
/** Sign-ins the demo trail holds at most; a larger city signs in less often each. */
const MAX_ROWS = 60_000;

/**
 * A year of sign-ins, up to yesterday, for the members who have an account (only they can sign in): each on some days
 * as keen as they are, sometimes twice a day, recorded as the live sign-in records them (audit 'auth.login' on the
 * account), and the account's last sign-in. Deterministic for a seed; `today` (Asia/Shanghai) fixes the calendar, for tests.
 */
export async function seedSignIns(db: Db, opts: { seed: number }, today = shanghaiDay(new Date())): Promise<number> {
  const members = await rows<{ id: number; username: string }>(
    db,
    sql`SELECT id, username FROM accounts WHERE person_id IS NOT NULL AND NOT disabled ORDER BY id`,
  );
  const r = makeRandom(opts.seed + 77);
  const scale = Math.min(1, MAX_ROWS / Math.max(1, members.length * DAYS * 0.7));
  type SignIn = { accountId: number; username: string; at: Date };
  const trail: SignIn[] = [];
  const last = new Map<number, Date>();
  for (const m of members) {
    const rate = (0.3 + 0.65 * r.next()) * scale;
    for (let back = DAYS; back >= 1; back--) {
      if (!r.chance(rate)) continue;
      const day = addDays(today, -back);
      const times = r.chance(0.15) ? 2 : 1;
      for (let k = 0; k < times; k++) {
        const at = shanghaiTime(day, r.int(7 * 60, 22 * 60 + 59));
        trail.push({ accountId: m.id, username: m.username, at });
        if (at > (last.get(m.id) ?? 0)) last.set(m.id, at);
      }
    }
  }
  trail.sort((a, b) => a.at.getTime() - b.at.getTime() || a.accountId - b.accountId);
  await transaction(db, async (tx) => {
    await bulkInsert(tx, 'audit_log', [
      ['at', 'timestamptz', (x) => x.at],
      ['account_id', 'int', (x) => x.accountId],
      ['actor', 'text', (x) => x.username],
      ['action', 'text', () => 'auth.login'],
      ['entity', 'text', () => 'account'],
      ['entity_id', 'text', (x) => String(x.accountId)],
      ['summary', 'text', (x) => x.username],
    ], trail);
    const ids = [...last.keys()];
    if (ids.length) {
      await tx.execute(sql`UPDATE accounts a SET last_login_at = u.at FROM unnest(${`{${ids.join(',')}}`}::int[], ${`{${ids.map((i) => last.get(i)!.toISOString()).join(',')}}`}::timestamptz[]) AS u(id, at)
                            WHERE a.id = u.id AND (a.last_login_at IS NULL OR a.last_login_at < u.at)`);
    }
  });
  return trail.length;
}
