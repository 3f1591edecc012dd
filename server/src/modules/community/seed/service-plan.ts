import { needTexts, places } from './names.js';
import { backlogAtCity, DAY, HOUR } from './plan.js';
import { sample, type SeedCommunity, type SeedTeam, type SeedWorld } from './world.js';
import type { communityNeeds, needClaims } from '../needs.schema.js';

export type NeedRow = typeof communityNeeds.$inferInsert;
/** A claim of the plan: `need` is the index of its need; the activity points back at it through `claim`. */
export type ClaimRow = Omit<typeof needClaims.$inferInsert, 'needId' | 'activityId'> & { need: number };
export type Attendance = { personId: number; checkedIn: number; checkedOut: number; hours: number };
export interface PlannedActivity {
  community: SeedCommunity;
  team: SeedTeam | null;
  org: { id: number; path: string };
  organiser: number;
  title: string;
  description: string;
  venue: string;
  start: number;
  end: number;
  createdAt: number;
  capacity: number;
  attendees: Attendance[];
  need?: number;
  claim?: number;
}

export interface ServicePlan {
  needs: NeedRow[];
  claims: ClaimRow[];
  activities: PlannedActivity[];
  personTimes: number;
}

/**
 * A year of 需求清单 and volunteer service, planned in memory: needs posted by community staff and claimed by teams
 * (or agencies), and the volunteer activities they became, with check-in and check-out of their attendees.
 * Activities are generated until the planned person-times are reached; every served community gets at least one,
 * and the demo staff's communities one in the last days (their hours still to confirm).
 * Needs still in progress (open, flagged, claimed, scheduled, expired, cancelled, lapsed claims) come on top.
 */
export function planService(w: SeedWorld, communities: SeedCommunity[], teams: SeedTeam[]): ServicePlan {
  const { r, now } = w;
  const nameOf = new Map([...w.types].map(([name, code]) => [code, name]));
  const needs: NeedRow[] = [];
  const claims: ClaimRow[] = [];
  const planned: PlannedActivity[] = [];
  const backlog = Object.fromEntries(Object.entries(backlogAtCity).map(([k, n]) => [k, Math.max(1, Math.round(n * w.plan.backlog))])) as typeof backlogAtCity;
  let lapsedLeft = backlog.lapsed;

  const text = (team: SeedTeam | null) => {
    const code = team ? r.pick(team.types) : r.pick([...w.types.values()]);
    const name = nameOf.get(code) ?? '其他';
    const t = needTexts[name] ?? needTexts['其他'];
    return { code, name, title: r.pick(t.titles), skills: sample(r, t.skills, r.int(0, 2)) };
  };
  const dayAt = (daysFromNow: number) => {
    const d = new Date(now + daysFromNow * DAY);
    d.setUTCHours(r.pick([1, 1, 6, 6]), r.pick([0, 30]), 0, 0);
    return d.getTime();
  };
  const need = (c: SeedCommunity, t: ReturnType<typeof text>, start: number, end: number, people: number, created: number, deadline: number, extra: Partial<NeedRow>) => {
    needs.push({
      communityId: c.id, typeCode: t.code, title: t.title, description: `${c.name}${t.title}，需要志愿者${people}名。`, place: `${c.name}${r.pick(places)}`,
      startsAt: new Date(start), endsAt: new Date(end), peopleNeeded: people, skillsWanted: t.skills, postedBy: c.staffAccountId,
      claimDeadline: new Date(deadline), createdAt: new Date(created), updatedAt: new Date(created), ...extra,
    });
    return needs.length - 1;
  };
  const claimBy = (team: SeedTeam | null, agencyTeam: SeedTeam, needIndex: number, claimedAt: number, extra: Partial<ClaimRow>) => {
    const agency = team?.agency ?? agencyTeam.agency;
    claims.push({
      need: needIndex, claimantKind: team ? 'team' : 'org', orgId: agency.id, orgPath: agency.path, teamId: team?.id ?? null,
      claimedBy: team ? team.captainAccountId : agency.adminAccountId!, claimedAt: new Date(claimedAt), activityDueAt: new Date(claimedAt + 5 * DAY), ...extra,
    });
    return claims.length - 1;
  };

  /** One held volunteer activity of a team (or of its agency, where the agency has an organiser account) in a community. */
  const held = (team: SeedTeam, c: SeedCommunity, start: number, fromNeed: boolean) => {
    const byOrg = team.agency.adminAccountId !== null && r.chance(0.2);
    const t = text(byOrg ? null : team);
    const end = start + r.pick([2, 2, 2.5, 3, 3, 3.5, 4]) * HOUR;
    const people = byOrg
      ? sample(r, team.agency.people, r.int(8, 25)).map((p) => p.id)
      : [...new Set([...sample(r, team.members, Math.max(3, Math.round(team.members.length * (0.5 + 0.4 * r.next())))), ...sample(r, team.agency.people, r.int(0, 4)).map((p) => p.id)])];
    const attendees = people.map((personId) => {
      const checkedIn = start + r.int(-15, 10) * 60_000;
      const checkedOut = end + r.int(-25, 10) * 60_000;
      return { personId, checkedIn, checkedOut, hours: Math.max(0, Math.floor(((Math.min(checkedOut, end) - Math.max(checkedIn, start)) / HOUR) * 2) / 2) };
    });
    const a: PlannedActivity = {
      community: c, team: byOrg ? null : team, org: { id: team.agency.id, path: team.agency.path }, organiser: byOrg ? team.agency.adminAccountId! : team.captainAccountId,
      title: `${c.name}${t.title}`, description: `${byOrg ? team.agency.name : team.name}到${c.name}开展${t.name}志愿服务。`, venue: `${c.name}${r.pick(places)}`,
      start, end, createdAt: start - r.int(3, 15) * DAY, capacity: attendees.length + r.int(0, 5), attendees,
    };
    if (fromNeed) {
      const created = start - r.int(8, 25) * DAY;
      const deadline = start - r.int(1, 3) * DAY;
      a.need = need(c, t, start, end, Math.max(3, attendees.length - r.int(0, 3)), created, deadline, { status: 'fulfilled', updatedAt: new Date(end) });
      let claimedAt = created + Math.floor(r.next() * (deadline - created) * 0.6);
      if (lapsedLeft > 0 && r.chance(0.1)) {
        // An earlier claim that came to nothing: withdrawn by its team or lapsed without an activity.
        lapsedLeft--;
        const other = r.pick(teams);
        const first = created + r.int(2, 20) * HOUR;
        const withdrawn = r.chance(0.5);
        const ended = first + (withdrawn ? 1 : 3) * DAY;
        claims.push({
          need: a.need, claimantKind: 'team', orgId: other.agency.id, orgPath: other.agency.path, teamId: other.id, claimedBy: other.captainAccountId,
          claimedAt: new Date(first), activityDueAt: new Date(first + 3 * DAY), status: withdrawn ? 'withdrawn' : 'lapsed', endedAt: new Date(ended),
          endReason: withdrawn ? '队伍人手不足，主动放弃认领' : '认领后未按期发起活动，需求已重新开放',
        });
        claimedAt = Math.max(claimedAt, ended + r.int(1, 24) * HOUR);
      }
      a.createdAt = Math.min(claimedAt + r.int(1, 48) * HOUR, start - HOUR);
      a.claim = claimBy(a.team, team, a.need, claimedAt, { status: 'completed', endedAt: new Date(end) });
    }
    planned.push(a);
    return attendees.length;
  };

  // Every served community once (by a team serving it), the demo staff's communities recently, then more until the person-times.
  let personTimes = 0;
  const fromNeed = () => r.chance(0.65);
  // The first one of each served community is old enough for its hours to be confirmed.
  for (const t of teams) for (const c of t.areas) personTimes += held(t, c, dayAt(-r.int(12, 364)), fromNeed());
  for (const c of communities.slice(0, w.plan.demoStaffCommunities)) {
    const t = teams.find((x) => x.areas.includes(c));
    if (t) personTimes += held(t, c, dayAt(-r.int(1, 6)), true);
  }
  const weights: number[] = [];
  teams.forEach((t, i) => weights.push((weights[i - 1] ?? 0) + t.members.length));
  const total = weights[weights.length - 1] ?? 0;
  while (personTimes < w.plan.personTimes && total > 0) {
    const x = r.next() * total;
    const t = teams[weights.findIndex((s) => s > x)];
    personTimes += held(t, r.pick(t.areas), dayAt(-r.int(1, 364)), fromNeed());
  }

  // Needs in progress.
  const anyCommunity = () => (r.chance(0.5) ? r.pick(communities.filter((c) => !c.served)) ?? r.pick(communities) : r.pick(communities));
  const window = (start: number) => start + r.pick([2, 3, 4]) * HOUR;
  for (let i = 0; i < backlog.open; i++) {
    const start = dayAt(r.int(4, 40));
    need(anyCommunity(), text(null), start, window(start), r.int(3, 20), now - r.int(0, 10) * DAY, start - r.int(1, 3) * DAY, { status: 'open' });
  }
  for (let i = 0; i < backlog.flagged; i++) {
    const start = dayAt(r.int(1, 3));
    const deadline = Math.min(now - r.int(1, 20) * HOUR, start - DAY);
    need(anyCommunity(), text(null), start, window(start), r.int(3, 15), deadline - r.int(7, 15) * DAY, deadline, { status: 'open', flaggedAt: new Date(deadline + HOUR) });
  }
  for (let i = 0; i < backlog.expired; i++) {
    const start = dayAt(-r.int(5, 330));
    const deadline = start - r.int(1, 3) * DAY;
    need(anyCommunity(), text(null), start, window(start), r.int(3, 15), deadline - r.int(7, 15) * DAY, deadline, { status: 'expired', flaggedAt: new Date(deadline + HOUR), updatedAt: new Date(window(start)) });
  }
  for (let i = 0; i < backlog.cancelled; i++) {
    const start = dayAt(r.int(-200, 30));
    const created = Math.min(now, start) - r.int(5, 15) * DAY;
    need(anyCommunity(), text(null), start, window(start), r.int(3, 15), created, start - DAY, { status: 'cancelled', updatedAt: new Date(created + r.int(1, 4) * DAY) });
  }
  for (let i = 0; i < backlog.claimed; i++) {
    const team = r.pick(teams);
    const c = r.pick(team.areas);
    const t = text(team);
    const start = dayAt(r.int(6, 30));
    const claimedAt = now - r.int(1, 72) * HOUR;
    const n = need(c, t, start, window(start), r.int(5, 20), claimedAt - r.int(1, 6) * DAY, start - 2 * DAY, { status: 'claimed', updatedAt: new Date(claimedAt) });
    claimBy(team, team, n, claimedAt, { status: 'claimed' });
  }
  for (let i = 0; i < backlog.scheduled; i++) {
    const team = r.pick(teams);
    const c = r.pick(team.areas);
    const t = text(team);
    const start = dayAt(r.int(2, 25));
    const end = window(start);
    const claimedAt = now - r.int(1, 6) * DAY;
    const people = r.int(5, 20);
    const n = need(c, t, start, end, people, claimedAt - r.int(1, 6) * DAY, Math.min(start - DAY, claimedAt + DAY), { status: 'claimed', updatedAt: new Date(claimedAt) });
    const claim = claimBy(team, team, n, claimedAt, { status: 'scheduled' });
    planned.push({
      community: c, team, org: { id: team.agency.id, path: team.agency.path }, organiser: team.captainAccountId, title: `${c.name}${t.title}`,
      description: `${team.name}到${c.name}开展${t.name}志愿服务。`, venue: needs[n].place!, start, end, createdAt: claimedAt + HOUR, capacity: people, attendees: [], need: n, claim,
    });
  }

  return { needs, claims, activities: planned, personTimes };
}
