import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows, transaction } from '../db/client.js';
import { numArray, textArray } from '../db/array-literals.js';
import { award } from './points.service.js';

/** What one occurrence of an event awards one person: the subscriber's own mapping of the event's payload. */
export interface Occurrence {
  personId: number | null;
  key: string;
  at?: Date;
  note?: string;
  units?: number;
}

/**
 * Where the occurrences of an awardable event are found in its module's records: a query with the columns
 * `occurred_at` (timestamptz, when the record says it happened) and `payload` (jsonb, the event's payload as the
 * live code publishes it; `revive` turns JSON back into it, e.g. dates). New records are replayed with no change here.
 */
export interface ReplaySource {
  query: SQL;
  revive?: (payload: any) => unknown;
}

interface Replayable {
  event: string;
  source: ReplaySource;
  /** The live subscriber's mapping (awardOn's `map`), one award per person the event earns for. */
  toAwards: (payload: any) => Occurrence[];
}

const replayables = new Map<string, Replayable>();

/** Called with an awardable event's replay source, next to its subscriber (awardOn does it for its callers). */
export function registerReplay(event: string, source: ReplaySource, toAwards: (payload: any) => Occurrence[]) {
  replayables.set(event, { event, source, toAwards });
}

export function replayableEvents(): string[] {
  return [...replayables.keys()].sort();
}

/** A replayed occurrence, ready for the rules: one person, its key, and the record's time. */
export interface ReplayAward {
  event: string;
  personId: number;
  key: string;
  at: Date;
  note: string | null;
  units: number;
}

/** Every occurrence the records hold of one event, in a fixed order (time, person, key): the order the live bus would have met them. */
export async function replayAwards(db: Db, event: string): Promise<ReplayAward[]> {
  const r = replayables.get(event);
  if (!r) return [];
  const found = await rows<{ occurred_at: Date | string; payload: unknown }>(db, r.source.query);
  const out: ReplayAward[] = [];
  for (const f of found) {
    const occurredAt = new Date(f.occurred_at);
    const payload = r.source.revive ? r.source.revive(f.payload) : f.payload;
    for (const o of r.toAwards(payload)) {
      if (o.personId == null) continue;
      out.push({ event, personId: o.personId, key: o.key, at: o.at ?? occurredAt, note: o.note?.slice(0, 200) ?? null, units: Math.max(1, Math.floor(o.units ?? 1)) });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.personId - b.personId || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The live path, one award() per occurrence (tests compare the batch path with it). */
export async function replayLive(db: Db): Promise<number> {
  let n = 0;
  for (const event of replayableEvents()) {
    for (const a of await replayAwards(db, event)) {
      await award(db, { event, personId: a.personId, idempotencyKey: a.key, at: a.at, note: a.note ?? undefined, units: a.units });
      n++;
    }
  }
  return n;
}

const CHUNK = 150_000;

/**
 * The same ledger as replayLive, set-based: per rule listening to the event, a key already in the ledger (or met
 * earlier in the replay) earns nothing, and a daily cap on the Asia/Shanghai day of the record is filled in order —
 * under award()'s rule (points = min(raw, cap − used)) the points of the n-th occurrence of a day are
 * min(cap, used + raw so far) − min(cap, used + raw before it). Chunks follow the order, so each sees the ones before it.
 * A key is expected once per person in the records (a record is one occurrence), or repeated within one day (sign-ins).
 */
export async function replayBatch(db: Db): Promise<number> {
  let inserted = 0;
  for (const event of replayableEvents()) {
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
          sql`WITH occ AS (
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
      inserted += res[0].n;
    }
  }
  return inserted;
}
