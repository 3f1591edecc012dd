import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows, transaction } from '../db/client.js';
import { shanghaiDay } from '../time.js';

export interface AwardInput {
  /** Domain event name the rules listen to, e.g. 'auth.login'. */
  event: string;
  personId: number;
  /** Unique per occurrence of the event for this person; the ledger key is `${ruleCode}:${idempotencyKey}`. */
  idempotencyKey: string;
  note?: string;
  at?: Date;
  /** Multiplier for rules counted per unit (e.g. volunteer hours); defaults to 1. */
  units?: number;
}

export interface AwardOutcome {
  ruleCode: string;
  points: number;
  result: 'awarded' | 'duplicate' | 'capped';
}

export { shanghaiDay };

type RuleRow = { code: string; points: number; daily_cap: number | null };

/**
 * Turns one event into ledger rows, one per active rule listening to it.
 * The person's row is locked so two awards for one person cannot both pass a daily cap;
 * a repeated idempotency key inserts nothing. The ledger is append-only: nothing here updates or deletes.
 */
export async function award(db: Db, input: AwardInput): Promise<AwardOutcome[]> {
  const at = input.at ?? new Date();
  const day = shanghaiDay(at);
  const units = Math.max(1, Math.floor(input.units ?? 1));
  return transaction(db, async (tx) => {
    const [person] = await rows<{ org_id: number; path: string }>(
      tx,
      sql`SELECT p.org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${input.personId} FOR UPDATE OF p`,
    );
    if (!person) return [];
    const rules = await rows<RuleRow>(
      tx,
      sql`SELECT code, points, daily_cap FROM points_rules WHERE event_type = ${input.event} AND active ORDER BY code`,
    );
    const outcomes: AwardOutcome[] = [];
    for (const rule of rules) {
      const key = `${rule.code}:${input.idempotencyKey}`;
      const [seen] = await rows(tx, sql`SELECT 1 FROM points_ledger WHERE person_id = ${input.personId} AND idempotency_key = ${key}`);
      if (seen) {
        outcomes.push({ ruleCode: rule.code, points: 0, result: 'duplicate' });
        continue;
      }
      let points = rule.points * units;
      if (rule.daily_cap != null && points > 0) {
        const [used] = await rows<{ n: number }>(
          tx,
          sql`SELECT coalesce(sum(points), 0)::int AS n FROM points_ledger
               WHERE person_id = ${input.personId} AND rule_code = ${rule.code} AND day = ${day}`,
        );
        points = Math.min(points, rule.daily_cap - used.n);
        if (points <= 0) {
          outcomes.push({ ruleCode: rule.code, points: 0, result: 'capped' });
          continue;
        }
      }
      const inserted = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO points_ledger (person_id, org_id, org_path, rule_code, points, idempotency_key, note, day, at)
            VALUES (${input.personId}, ${person.org_id}, ${person.path}, ${rule.code}, ${points},
                    ${key}, ${input.note?.slice(0, 200) ?? null}, ${day}, ${at.toISOString()})
            ON CONFLICT (person_id, idempotency_key) DO NOTHING
            RETURNING id`,
      );
      outcomes.push({ ruleCode: rule.code, points: inserted.length ? points : 0, result: inserted.length ? 'awarded' : 'duplicate' });
    }
    return outcomes;
  });
}
