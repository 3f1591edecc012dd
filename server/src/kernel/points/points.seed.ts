import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows, transaction } from '../db/client.js';
import type { SeedOptions } from '../module.js';
import { makeRandom } from '../../seed/random.js';
import { shanghaiDay } from './points.service.js';

const DAYS = 30;
const MAX_ROWS = 45_000;
// Expected rows per participating person over 30 days: ~19 logins + ~15 articles.
const ROWS_PER_PERSON = 34;

type Row = { personId: number; orgId: number; orgPath: string; ruleCode: string; points: number; idempotencyKey: string; day: string; at: Date };

/**
 * Thirty days of logins and reading for a share of members, ending yesterday so a real
 * login today still earns its point. Deterministic for a given seed; capped at MAX_ROWS.
 */
export async function seedPointsHistory(db: Db, opts: Pick<SeedOptions, 'seed'>): Promise<number> {
  const members = await rows<{ id: number; org_id: number; path: string; has_account: boolean }>(
    db,
    sql`SELECT p.id, p.org_id, o.path, EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id) AS has_account
          FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`,
  );
  const r = makeRandom(opts.seed + 31);
  const share = Math.min(0.7, MAX_ROWS / Math.max(1, members.length * ROWS_PER_PERSON));
  const todayStart = Date.parse(`${shanghaiDay(new Date())}T00:00:00+08:00`);
  const ledger: Row[] = [];
  for (const m of members) {
    const joins = r.chance(share) || m.has_account;
    const loginRate = 0.3 + r.next() * 0.65;
    const readRate = r.next() * 0.5;
    if (!joins) continue;
    for (let d = DAYS; d >= 1 && ledger.length < MAX_ROWS; d--) {
      const dayStart = todayStart - d * 86400_000;
      const base = { personId: m.id, orgId: m.org_id, orgPath: m.path };
      if (r.chance(loginRate)) {
        const at = new Date(dayStart + r.int(7 * 60, 22 * 60) * 60_000);
        const day = shanghaiDay(at);
        ledger.push({ ...base, ruleCode: 'daily_login', points: 1, idempotencyKey: `daily_login:${day}`, day, at });
      }
      if (r.chance(readRate)) {
        const articles = r.int(1, 3);
        for (let k = 0; k < articles; k++) {
          const at = new Date(dayStart + r.int(8 * 60, 23 * 60) * 60_000);
          ledger.push({ ...base, ruleCode: 'article_read', points: 1, idempotencyKey: `article_read:demo-${shanghaiDay(at)}-${k}`, day: shanghaiDay(at), at });
        }
      }
    }
  }
  await transaction(db, async (tx) => {
    for (let i = 0; i < ledger.length; i += 1000) {
      const values = ledger
        .slice(i, i + 1000)
        .map((x) => sql`(${x.personId}, ${x.orgId}, ${x.orgPath}, ${x.ruleCode}, ${x.points}, ${x.idempotencyKey}, ${'演示数据'}, ${x.day}, ${x.at.toISOString()})`);
      await tx.execute(
        sql`INSERT INTO points_ledger (person_id, org_id, org_path, rule_code, points, idempotency_key, note, day, at)
            VALUES ${sql.join(values, sql`, `)} ON CONFLICT (person_id, idempotency_key) DO NOTHING`,
      );
    }
  });
  return ledger.length;
}
