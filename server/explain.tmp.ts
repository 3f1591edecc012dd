import { sql } from 'drizzle-orm';
import type { Db } from './src/kernel/db/client.js';
import { rows, transaction } from './src/kernel/db/client.js';
import { numArray, textArray } from './src/kernel/db/array-literals.js';
import { replayableEvents, replayAwards } from './src/kernel/points/replay.js';
const CHUNK = 150_000;
export async function explainBatch(db: Db, only: string): Promise<number> {
  let inserted = 0;
  for (const event of [only]) {
    const list = await replayAwards(db, event);
    for (let i = 0; i < list.length; i += CHUNK) {
      const part = list.slice(i, i + CHUNK);
      // Where no rule of the event has earned yet (the seed), no key or day total can be in the ledger: no look-ups.
      const [{ seen }] = await rows<{ seen: boolean }>(
        db,
        sql`SELECT EXISTS (SELECT 1 FROM points_ledger WHERE rule_code IN (SELECT code FROM points_rules WHERE event_type = ${event})) AS seen`,
      );
      const res = await transaction(db, (tx) =>
        rows<{ n: number }>(
          tx,
          sql`EXPLAIN (ANALYZE, BUFFERS) WITH occ AS (
                SELECT * FROM unnest(${numArray(part.map((a) => a.personId))}::int[], ${textArray(part.map((a) => a.key))}::text[],
                                     ${numArray(part.map((a) => a.units))}::int[], ${textArray(part.map((a) => a.note))}::text[],
                                     ${textArray(part.map((a) => a.at.toISOString()))}::timestamptz[]) WITH ORDINALITY AS o(person_id, key, units, note, at, ord)
              ), cand AS (
                SELECT o.person_id, p.org_id, g.path AS org_path, r.code AS rule_code, r.points * o.units AS raw, r.daily_cap,
                       r.code || ':' || o.key AS idem, o.note, to_char(o.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, o.at, o.ord
                  FROM occ o JOIN people p ON p.id = o.person_id JOIN orgs g ON g.id = p.org_id
                  CROSS JOIN (SELECT code, points, daily_cap FROM points_rules WHERE event_type = ${event} AND active) r
              ), fresh AS (
                SELECT DISTINCT ON (c.person_id, c.idem) c.* FROM cand c
                 WHERE ${seen ? sql`NOT EXISTS (SELECT 1 FROM points_ledger l WHERE l.person_id = c.person_id AND l.idempotency_key = c.idem)` : sql`true`}
                 ORDER BY c.person_id, c.idem, c.ord
              ), used AS (
                SELECT l.person_id, l.rule_code, l.day, sum(l.points)::int AS n FROM points_ledger l
                  JOIN (SELECT DISTINCT person_id, rule_code, day FROM fresh WHERE daily_cap IS NOT NULL AND ${seen ? sql`true` : sql`false`}) k
                    ON k.person_id = l.person_id AND k.rule_code = l.rule_code AND k.day = l.day
                 GROUP BY 1, 2, 3
              ), scored AS (
                SELECT f.*, CASE WHEN f.daily_cap IS NULL OR f.raw <= 0 THEN f.raw
                                 ELSE least(f.daily_cap, coalesce(u.n, 0) + sum(f.raw) OVER w) - least(f.daily_cap, coalesce(u.n, 0) + sum(f.raw) OVER w - f.raw) END AS pts
                  FROM fresh f LEFT JOIN used u ON u.person_id = f.person_id AND u.rule_code = f.rule_code AND u.day = f.day
                WINDOW w AS (PARTITION BY f.person_id, f.rule_code, f.day ORDER BY f.ord)
              ), ins AS (
                INSERT INTO points_ledger (person_id, org_id, org_path, rule_code, points, idempotency_key, note, day, at)
                SELECT person_id, org_id, org_path, rule_code, pts, idem, note, day, at FROM scored
                 WHERE pts > 0 OR daily_cap IS NULL OR raw <= 0
                 ORDER BY ord, rule_code
                ON CONFLICT (person_id, idempotency_key) DO NOTHING
                RETURNING 1
              )
              SELECT count(*)::int AS n FROM ins`,
        ),
      );
      console.log(res.map((r: any) => r['QUERY PLAN']).join('\n'));
    }
  }
  return inserted;
}
