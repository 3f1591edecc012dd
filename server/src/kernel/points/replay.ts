import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';
import { textArray } from '../db/array-literals.js';
import { bulkInsert } from '../db/bulk-insert.js';
import { shanghaiDay } from '../time.js';
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

type Rule = { code: string; points: number; daily_cap: number | null };
type LedgerRow = { personId: number; orgId: number; orgPath: string; ruleCode: string; points: number; key: string; note: string | null; day: string; at: Date };

/**
 * The same ledger as replayLive, from the same rules in the same order, worked out in memory and written in bulk: per
 * occurrence (time order) and per active rule of its event (code order), a key already in the ledger or met earlier
 * earns nothing, and a daily cap on the Asia/Shanghai day of the record pays min(points, cap − used), as award() does.
 * Meant for one writer (the seed): what the ledger already holds is read once per event, not locked.
 */
export async function replayBatch(db: Db): Promise<number> {
  const people = new Map<number, { orgId: number; orgPath: string }>();
  for (const p of await rows<{ id: number; org_id: number; path: string }>(db, sql`SELECT p.id, p.org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id`)) {
    people.set(p.id, { orgId: p.org_id, orgPath: p.path });
  }
  let inserted = 0;
  for (const event of replayableEvents()) {
    const rules = await rows<Rule>(db, sql`SELECT code, points, daily_cap FROM points_rules WHERE event_type = ${event} AND active ORDER BY code`);
    if (!rules.length) continue;
    const codes = textArray(rules.map((r) => r.code));
    const seen = new Set<string>();
    for (const k of await rows<{ person_id: number; idempotency_key: string }>(db, sql`SELECT person_id, idempotency_key FROM points_ledger WHERE rule_code = ANY(${codes}::text[])`)) {
      seen.add(`${k.person_id}|${k.idempotency_key}`);
    }
    const used = new Map<string, number>();
    for (const u of await rows<{ person_id: number; rule_code: string; day: string; n: number }>(
      db,
      sql`SELECT person_id, rule_code, day, sum(points)::int AS n FROM points_ledger WHERE rule_code = ANY(${codes}::text[]) GROUP BY 1, 2, 3`,
    )) {
      used.set(`${u.person_id}|${u.rule_code}|${u.day}`, u.n);
    }
    const out: LedgerRow[] = [];
    for (const a of await replayAwards(db, event)) {
      const person = people.get(a.personId);
      if (!person) continue;
      const day = shanghaiDay(a.at);
      for (const rule of rules) {
        const key = `${rule.code}:${a.key}`;
        if (seen.has(`${a.personId}|${key}`)) continue;
        let points = rule.points * a.units;
        if (rule.daily_cap != null && points > 0) {
          const slot = `${a.personId}|${rule.code}|${day}`;
          points = Math.min(points, rule.daily_cap - (used.get(slot) ?? 0));
          if (points <= 0) continue;
          used.set(slot, (used.get(slot) ?? 0) + points);
        }
        seen.add(`${a.personId}|${key}`);
        out.push({ personId: a.personId, orgId: person.orgId, orgPath: person.orgPath, ruleCode: rule.code, points, key, note: a.note, day, at: a.at });
      }
    }
    await bulkInsert(db, 'points_ledger', [
      ['person_id', 'int', (r) => r.personId],
      ['org_id', 'int', (r) => r.orgId],
      ['org_path', 'text', (r) => r.orgPath],
      ['rule_code', 'text', (r) => r.ruleCode],
      ['points', 'int', (r) => r.points],
      ['idempotency_key', 'text', (r) => r.key],
      ['note', 'text', (r) => r.note],
      ['day', 'text', (r) => r.day],
      ['at', 'timestamptz', (r) => r.at],
    ], out, 50_000);
    inserted += out.length;
  }
  return inserted;
}
