import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { accounts, roleAssignments } from '../../../kernel/auth/auth.schema.js';
import type { Random } from '../../../seed/random.js';
import { pairingContactLogs, pairingPairs, type ContactKind } from '../pairing.schema.js';
import { addDays, daysBetween, officeTime, shuffle, weekday, weighted, type Cadre, type World } from './world.js';
import { ageOn } from '../../../kernel/time.js';
import type { PlannedEntrepreneur } from './entrepreneurs.js';
import { contactNotes, contactTopics, endReasons, followUps, handOverReasons, pairNotes, sectorProfiles } from './texts.js';

const YOUNG_MAX_AGE = 35;

export interface PlannedPair {
  cadre: Cadre;
  entrepreneur: PlannedEntrepreneur;
  startedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  startedBy: number;
  note: string;
  id?: number;
}

/**
 * “1+1” pairs: part of the approved entrepreneurs (about four in five) each get a young cadre (35 or under on the
 * day) of the agency in charge of them, a cadre one to three entrepreneurs; over the year some pairs were handed to
 * another cadre of the agency (the old pair ended with the reason, the new one started the same minute) and a few
 * ended for good. The demo `member` cadre, when young, looks after the first entrepreneurs (the demo account's first).
 */
export function planPairs(r: Random, world: World, entrepreneurs: PlannedEntrepreneur[], today: string): PlannedPair[] {
  const yearAgo = addDays(today, -365);
  const pools = new Map<number, Cadre[]>();
  const demoCadre = world.member ? world.people.find((p) => p.id === world.member!.personId) : undefined;
  for (const a of world.agencies) {
    pools.set(a.id, shuffle(r, world.people.filter((p) => p.agencyId === a.id && ageOn(p.birth, today) <= YOUNG_MAX_AGE && p.id !== demoCadre?.id)));
  }
  const load = new Map<number, number>();
  /** A young cadre of the agency: often one who already has a pair (up to three), else the next one. */
  const pickCadre = (agencyId: number, day: string, not?: number): Cadre | undefined => {
    const pool = (pools.get(agencyId) ?? []).filter((c) => c.id !== not && ageOn(c.birth, day) <= YOUNG_MAX_AGE);
    const busy = pool.filter((c) => (load.get(c.id) ?? 0) > 0 && (load.get(c.id) ?? 0) < 3);
    const fresh = pool.filter((c) => !load.has(c.id));
    const cadre = busy.length && (r.chance(0.4) || !fresh.length) ? r.pick(busy) : fresh[0];
    if (cadre) load.set(cadre.id, (load.get(cadre.id) ?? 0) + 1);
    return cadre;
  };

  const pairs: PlannedPair[] = [];
  const approved = entrepreneurs.filter((e) => e.row.status === 'approved' && e.agency);
  approved.forEach((e, i) => {
    const demo = demoCadre && i < 3 && ageOn(demoCadre.birth, today) <= YOUNG_MAX_AGE;
    if (!demo && !r.chance(0.8)) return;
    const from = e.approvedOn! > yearAgo ? e.approvedOn! : yearAgo;
    const span = daysBetween(from, today);
    if (span < 5) return;
    const startDay = weekday(addDays(from, r.int(1, Math.min(45, span - 3))));
    if (startDay >= today) return;
    const cadre = demo ? demoCadre : pickCadre(e.agency!.id, startDay);
    if (!cadre) return;
    const startedAt = officeTime(r, startDay);
    const pair: PlannedPair = { cadre, entrepreneur: e, startedAt, endedAt: null, endReason: null, startedBy: e.agency!.actor, note: r.pick(pairNotes) };
    pairs.push(pair);
    const left = daysBetween(startDay, today);
    if (demo || left < 90) return;
    const roll = r.next();
    if (roll < 0.12) {
      // Handed over: the new cadre takes the entrepreneur the minute the old pair ends.
      const endDay = weekday(addDays(startDay, r.int(60, left - 20)));
      if (endDay >= today) return;
      const next = pickCadre(e.agency!.id, endDay, cadre.id);
      if (!next) return;
      pair.endedAt = officeTime(r, endDay);
      pair.endReason = r.pick(handOverReasons);
      pairs.push({ cadre: next, entrepreneur: e, startedAt: new Date(pair.endedAt.getTime() + 60_000), endedAt: null, endReason: null, startedBy: e.agency!.actor, note: '工作交接后继续结对' });
    } else if (roll < 0.15) {
      const endDay = weekday(addDays(startDay, r.int(60, left - 5)));
      if (endDay >= today) return;
      pair.endedAt = officeTime(r, endDay);
      pair.endReason = r.pick(endReasons);
    }
  });
  return pairs;
}

/** Member accounts for the paired cadres who have none (they log contacts from the phone): cadre0001 …, the demo password. */
export async function issueCadreAccounts(tx: Db, pairs: PlannedPair[], world: World, passwordHash: string): Promise<Map<number, number>> {
  const cadres = [...new Map(pairs.map((p) => [p.cadre.id, p.cadre])).values()];
  const existing = await rows<{ id: number; person_id: number }>(tx, sql`SELECT id, person_id FROM accounts WHERE person_id = ANY(${`{${cadres.map((c) => c.id).join(',')}}`}::int[])`);
  const accountOf = new Map(existing.map((a) => [a.person_id, a.id]));
  const missing = cadres.filter((c) => !accountOf.has(c.id));
  for (let i = 0; i < missing.length; i += 500) {
    const part = missing.slice(i, i + 500);
    const made = await tx
      .insert(accounts)
      .values(part.map((c, k) => ({ username: `cadre${String(i + k + 1).padStart(4, '0')}`, displayName: c.name, personId: c.id, passwordHash, mustChangePassword: world.mustChangePassword })))
      .returning({ id: accounts.id });
    await tx.insert(roleAssignments).values(part.map((c, k) => ({ accountId: made[k].id, role: 'member' as const, orgId: c.orgId })));
    part.forEach((c, k) => accountOf.set(c.id, made[k].id));
  }
  return accountOf;
}

export async function insertPairs(tx: Db, pairs: PlannedPair[]) {
  // In the order they happened, so ids read as the history.
  const ordered = pairs.slice().sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  for (let i = 0; i < ordered.length; i += 500) {
    const part = ordered.slice(i, i + 500);
    const ids = await tx
      .insert(pairingPairs)
      .values(
        part.map((p) => ({
          cadrePersonId: p.cadre.id, entrepreneurId: p.entrepreneur.id!, orgId: p.cadre.orgId, orgPath: p.cadre.orgPath, note: p.note,
          startedBy: p.startedBy, startedAt: p.startedAt, endedBy: p.endedAt ? p.startedBy : null, endedAt: p.endedAt, endReason: p.endReason,
        })),
      )
      .returning({ id: pairingPairs.id });
    ids.forEach((x, k) => (part[k].id = x.id));
  }
}

interface ContactRow {
  pairId: number;
  kind: ContactKind;
  topic: string;
  notes: string;
  followUp: string;
  followUpDue: string | null;
  happenedAt: Date;
  writtenBy: number;
  createdAt: Date;
}

const kindWeights: Record<ContactKind, number> = { visit: 35, call: 30, meeting: 13, online: 22 };

/** A contact every two to seven weeks while the pair lasts, the first a visit soon after pairing; logged the same day. */
export function planContacts(r: Random, pairs: PlannedPair[], accountOf: Map<number, number>, now: Date): ContactRow[] {
  const out: ContactRow[] = [];
  for (const p of pairs) {
    const writtenBy = accountOf.get(p.cadre.id)!;
    const until = (p.endedAt ?? now).getTime();
    const sectorTopics = sectorProfiles[p.entrepreneur.row.sector]?.topics ?? [];
    let at = p.startedAt.getTime() + r.int(2, 10) * 86400_000;
    for (let n = 0; ; n++) {
      const day = weekday(new Date(at + 8 * 3600_000).toISOString().slice(0, 10));
      const happenedAt = officeTime(r, day);
      if (happenedAt.getTime() >= until - 3600_000) break;
      const kind: ContactKind = n === 0 ? 'visit' : weighted(r, kindWeights);
      const follow = r.chance(0.55);
      out.push({
        pairId: p.id!, kind, topic: sectorTopics.length && r.chance(0.4) ? r.pick(sectorTopics) : r.pick(contactTopics[kind]), notes: r.pick(contactNotes),
        followUp: follow ? r.pick(followUps) : '', followUpDue: follow ? addDays(day, r.int(7, 30)) : null, happenedAt,
        writtenBy, createdAt: new Date(Math.min(now.getTime(), happenedAt.getTime() + r.int(10, 300) * 60_000)),
      });
      at = happenedAt.getTime() + r.int(14, 50) * 86400_000;
    }
  }
  return out.sort((a, b) => a.happenedAt.getTime() - b.happenedAt.getTime());
}

export async function insertContacts(tx: Db, contacts: ContactRow[]) {
  for (let i = 0; i < contacts.length; i += 1000) {
    await tx.insert(pairingContactLogs).values(contacts.slice(i, i + 1000).map((c) => ({ ...c, updatedAt: c.createdAt })));
  }
}
