import type { Random } from '../../../seed/random.js';
import type { squadMembers, squads } from '../squads.schema.js';
import { addDays, maxDay, officeTime } from './calendar.js';
import { ageOn } from '../../../kernel/time.js';
import { agencyFields, fields, generalFields, joinReasons, leaveReasons, rejectReasons, rejoinReasons } from './texts.js';

export interface Agency {
  id: number;
  path: string;
  /** The agency's name without “机关党委”, e.g. 市商务局. */
  agency: string;
  /** Account id of the organisation's own admin, else the committee admin. */
  actor: number;
}

export interface Person {
  id: number;
  birth: string;
  path: string;
}

export type SquadRow = typeof squads.$inferInsert;
export type MemberRow = Omit<typeof squadMembers.$inferInsert, 'squadId'>;

/** A squad as generated, before it has an id. */
export interface PlannedSquad {
  row: SquadRow;
  agency: Agency;
  /** 0–1: how strong the squad is; drives on-time work, accepted innovations and ratings. */
  quality: number;
  members: MemberRow[];
  /** Active members at the end, with the day each joined (leader first). */
  active: Array<{ personId: number; since: string }>;
}

export interface RosterInput {
  r: Random;
  count: number;
  /** The first day of the demo's span (demoQuarters): most squads were founded in the year before it. */
  from: string;
  today: string;
  youngMaxAge: number;
  agencies: Agency[];
  people: Person[];
  /** People who are never put in a squad (the test fixture's demo accounts). */
  exclude: Set<number>;
  /** Put this person in the first squad of their agency when they are young enough (the demo member). */
  demoPersonId?: number;
}

/** D'Hondt over the agencies' young people: bigger agencies get more squads, none gets one it cannot staff (6 people at least). */
function allocate(count: number, pools: number[]): number[] {
  const seats = pools.map(() => 0);
  for (let k = 0; k < count; k++) {
    let best = -1;
    for (let i = 0; i < pools.length; i++) {
      if (pools[i] / (seats[i] + 1) < 6) continue;
      if (best < 0 || pools[i] / (seats[i] + 1) > pools[best] / (seats[best] + 1)) best = i;
    }
    if (best < 0) break;
    seats[best]++;
  }
  return seats;
}

function fieldsOf(agency: string, index: number): string[] {
  const own = agencyFields.find(([word]) => agency.includes(word))?.[1] ?? [];
  const rest = generalFields.map((_, k) => generalFields[(index + k) % generalFields.length]).filter((f) => !own.includes(f));
  return [...own, ...rest];
}

function shuffle<T>(r: Random, list: T[]): T[] {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * Squads across the agencies with their membership history: founders, later joiners, some who
 * left (a few came back: a new row), a changed leader here and there, rejected and pending proposals.
 * Everyone who joins is young on the day (age ≤ youngMaxAge by birth date); a person is in one squad at most.
 */
export function planRoster(input: RosterInput): PlannedSquad[] {
  const { r, from, today, youngMaxAge } = input;
  const lastDay = addDays(today, -1);
  const used = new Set(input.exclude);
  const earliest = addDays(from, -306);
  const under = input.agencies.map((a) => input.people.filter((p) => p.path.startsWith(a.path) && ageOn(p.birth, earliest) <= youngMaxAge && !input.exclude.has(p.id)));
  const seats = allocate(input.count, under.map((u) => u.length));
  const planned: PlannedSquad[] = [];

  // Each agency's young people, shuffled; the demo member first in their agency.
  const states = input.agencies.map((agency, ai) => {
    const pool = shuffle(r, under[ai]);
    if (input.demoPersonId !== undefined) {
      const at = pool.findIndex((p) => p.id === input.demoPersonId);
      if (at > 0) pool.unshift(...pool.splice(at, 1));
    }
    return { agency, ai, pool, fieldList: fieldsOf(agency.agency, ai), names: new Set<string>(), made: 0 };
  });
  type State = (typeof states)[number];
  const unused = (st: State) => st.pool.filter((p) => !used.has(p.id)).length;

  /** One squad of the agency with at most `share` of its people (the rest stay for its other squads); false when it cannot be staffed. */
  const planSquad = (st: State, share: number): boolean => {
    const { agency, pool } = st;
    /** The next unused person of the agency young enough on `day`. */
    const take = (day: string): Person | undefined => {
      const at = pool.findIndex((p) => !used.has(p.id) && ageOn(p.birth, day) <= youngMaxAge);
      if (at < 0) return undefined;
      used.add(pool[at].id);
      return pool[at];
    };
    const s = st.made;
    const field = st.fieldList[s % st.fieldList.length];
    const text = fields[field];
    const name = agency.agency + (text.names.find((n) => !st.names.has(agency.agency + n)) ?? `${text.names[0]}（${s + 1}）`);
    const quality = Math.min(1, Math.max(0, 0.15 + 0.7 * r.next() + (r.next() - 0.5) * 0.3));
    const startedOn = r.chance(0.85) ? addDays(earliest, r.int(0, 290)) : addDays(from, 4 + r.int(0, 60));
    const actor = agency.actor;
    const members: MemberRow[] = [];
    const active: PlannedSquad['active'] = [];
    const join = (p: Person, day: string, role: 'leader' | 'member', reason = r.pick(joinReasons)) => {
      const joinedAt = officeTime(r, day);
      const row: MemberRow = {
        personId: p.id, role, status: 'active', joinReason: reason, proposedBy: actor,
        proposedAt: officeTime(r, addDays(day, -r.int(2, 10))), confirmedBy: actor, confirmedAt: joinedAt, joinedAt,
      };
      members.push(row);
      return row;
    };
    const leave = (row: MemberRow, day: string, reason: string) => {
      row.status = 'left';
      row.leftAt = new Date(Math.max(officeTime(r, day).getTime(), (row.joinedAt as Date).getTime() + 3600_000));
      row.leftBy = actor;
      row.leaveReason = reason;
    };

    // What is spare of the share goes to the history (leavers, proposals).
    const size = Math.min(r.int(7, 15), share);
    let spare = share - size;
    const extra = () => spare-- > 0;
    const laterJoiners = Math.min(r.int(0, 2), size - 4);
    // Founders, the first of them the leader.
    for (let k = 0; k < size - laterJoiners; k++) {
      const day = addDays(startedOn, k === 0 ? 0 : r.int(0, 6));
      const p = take(day);
      if (!p) break;
      join(p, day, k === 0 ? 'leader' : 'member');
      active.push({ personId: p.id, since: day });
    }
    if (active.length < 6) {
      // Not enough young people left in this agency: give back what was taken.
      for (const m of members) used.delete(m.personId);
      return false;
    }
    const yearStart = maxDay(addDays(from, 9), addDays(startedOn, 20));
    const span = (from: string) => Math.max(0, Math.min(300, Math.floor((Date.parse(lastDay) - Date.parse(from)) / 86400_000) - 5));
    // Later joiners during the year.
    for (let k = 0; k < laterJoiners && span(yearStart) > 0; k++) {
      const day = addDays(yearStart, r.int(0, span(yearStart)));
      const p = take(day);
      if (!p) break;
      join(p, day, 'member');
      active.push({ personId: p.id, since: day });
    }
    // Some left during the year; a few of them came back later (a new row).
    const leavers = r.chance(0.45) ? (r.chance(0.3) ? 2 : 1) : 0;
    for (let k = 0; k < leavers && span(yearStart) > 30 && extra(); k++) {
      const p = take(startedOn);
      if (!p) break;
      const row = join(p, addDays(startedOn, r.int(0, 6)), 'member');
      const leftOn = addDays(yearStart, r.int(0, span(yearStart) - 30));
      const rejoin = r.chance(0.18);
      leave(row, leftOn, rejoin ? '借调至重点项目专班' : r.pick(leaveReasons));
      const back = addDays(leftOn, r.int(20, 90));
      if (rejoin && back <= lastDay && active.length < 15 && ageOn(p.birth, back) <= youngMaxAge) {
        join(p, back, 'member', r.pick(rejoinReasons));
        active.push({ personId: p.id, since: back });
      }
    }
    // A leader promoted away: the squad got a new leader that day.
    if (r.chance(0.1) && span(yearStart) > 10 && extra()) {
      const day = addDays(yearStart, r.int(0, span(yearStart)));
      const p = take(day);
      if (p) {
        leave(members[0], day, '提拔任职');
        active.splice(0, 1);
        const next = join(p, day, 'leader', '组织选派接任队长');
        // The new leader takes over after the old one has left (one active leader at a time).
        next.joinedAt = next.confirmedAt = new Date((members[0].leftAt as Date).getTime() + 60_000);
        active.unshift({ personId: p.id, since: day });
      }
    }
    // Proposals the organisation turned down, and a few still waiting.
    if (r.chance(0.12) && span(yearStart) > 6 && extra()) {
      const day = addDays(yearStart, r.int(0, span(yearStart) - 6));
      const p = take(day);
      if (p) members.push({ personId: p.id, role: 'member', status: 'rejected', joinReason: r.pick(joinReasons), proposedBy: actor, proposedAt: officeTime(r, day), confirmedBy: actor, confirmedAt: officeTime(r, addDays(day, r.int(1, 5))), rejectReason: r.pick(rejectReasons) });
    }
    if (r.chance(0.1) && extra()) {
      const day = addDays(lastDay, -r.int(0, 10));
      const p = take(day);
      if (p) members.push({ personId: p.id, role: 'member', status: 'proposed', joinReason: r.pick(joinReasons), proposedBy: actor, proposedAt: officeTime(r, day) });
    }
    // Rejected and left rows free the person for other squads only in real life; here each person stays in one squad's history.
    planned.push({
      row: { name, orgId: agency.id, orgPath: agency.path, leaderPersonId: active[0].personId, mission: text.mission, field, startedOn, status: 'active', createdBy: actor, createdAt: officeTime(r, addDays(startedOn, -r.int(3, 15))) },
      agency,
      quality,
      members,
      active,
    });
    st.names.add(name);
    st.made++;
    return true;
  };

  // The agencies' seats first, sharing each agency's people over its squads; then, if some could not be
  // staffed, more squads where most young people are left.
  for (const st of states) {
    for (let k = seats[st.ai]; k > 0; k--) if (!planSquad(st, Math.floor(unused(st) / k))) break;
  }
  const full = new Set<State>();
  while (planned.length < input.count) {
    const open = states.filter((st) => !full.has(st) && unused(st) >= 6).sort((a, b) => unused(b) - unused(a) || a.ai - b.ai);
    if (!open.length) break;
    if (!planSquad(open[0], Math.min(15, unused(open[0])))) full.add(open[0]);
  }
  // Listed by agency, as an organisation would file them.
  return planned.sort((a, b) => states.findIndex((st) => st.agency === a.agency) - states.findIndex((st) => st.agency === b.agency));
}
