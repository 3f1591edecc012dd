import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows } from '../../../kernel/db/client.js';
import { serviceHours } from '../hours.schema.js';
import { communityActivities, communityNeeds, needClaims } from '../needs.schema.js';
import { bulkInsert } from './bulk.js';
import { adjustReasons, needTexts, places, returnReasons } from './names.js';
import { backlogAtCity, DAY, HOUR } from './plan.js';
import { inChunks, sample, type SeedCommunity, type SeedTeam, type SeedWorld } from './world.js';

type NeedRow = typeof communityNeeds.$inferInsert;
type ClaimRow = Omit<typeof needClaims.$inferInsert, 'needId' | 'activityId'> & { need: number; activity?: number };
type Attendance = { personId: number; checkedIn: number; checkedOut: number; hours: number };
interface PlannedActivity {
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

export interface ServiceFigures {
  needs: number;
  activities: number;
  personTimes: number;
  hoursRows: number;
  confirmedRows: number;
  confirmedHours: number;
  served: number;
}

/**
 * A year of 需求清单 and volunteer service: needs posted by community staff and claimed by teams (or agencies), the
 * volunteer activities on the activities engine with check-in and check-out, their links to communities, and the
 * organisers' hours rows, confirmed by the communities' staff except the recent ones (pending) and a few returned.
 * Activities are generated until the planned person-times are reached; every served community gets at least one.
 * Needs still in progress (open, flagged, claimed, scheduled, expired, cancelled, lapsed claims) come on top.
 */
export async function seedService(w: SeedWorld, communities: SeedCommunity[], teams: SeedTeam[]): Promise<ServiceFigures> {
  const { r, tx, now } = w;
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
  for (const t of teams) for (const c of t.areas) personTimes += held(t, c, dayAt(-r.int(1, 364)), fromNeed());
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

  // Write: needs, activities, claims (pointing at both), links, attendance, hours.
  const needIds = (await inChunks(needs, 1000, (b) => tx.insert(communityNeeds).values(b).returning({ id: communityNeeds.id }))).map((x) => x.id);
  const activityIds: number[] = [];
  for (let i = 0; i < planned.length; i += 500) {
    const values = planned.slice(i, i + 500).map(
      (a) => sql`('volunteer_service', ${a.title}, ${a.description}, ${a.org.id}, ${a.org.path}, ${a.venue}, ${new Date(a.start).toISOString()}::timestamptz,
                  ${new Date(a.end).toISOString()}::timestamptz, ${a.capacity}, 'published', ${randomBytes(18).toString('base64url')}, ${a.attendees.length},
                  ${a.attendees.length ? '志愿服务活动已圆满结束。' : null}, ${a.organiser}, ${new Date(a.createdAt).toISOString()}::timestamptz)`,
    );
    const ids = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO activities (type_code, title, description, org_id, org_path, venue, starts_at, ends_at, capacity, status, checkin_secret, confirmed_count, summary, created_by, created_at)
          VALUES ${sql.join(values, sql`, `)} RETURNING id`,
    );
    activityIds.push(...ids.map((x) => x.id));
  }
  planned.forEach((a, i) => {
    if (a.claim !== undefined) claims[a.claim].activity = i;
  });
  const claimIds = (
    await inChunks(claims, 1000, (b) =>
      tx
        .insert(needClaims)
        .values(b.map(({ need: n, activity, ...c }) => ({ ...c, needId: needIds[n], activityId: activity === undefined ? null : activityIds[activity] })))
        .returning({ id: needClaims.id }),
    )
  ).map((x) => x.id);
  const links = planned.map((a, i) => ({
    activityId: activityIds[i], communityId: a.community.id, needId: a.need === undefined ? null : needIds[a.need], claimId: a.claim === undefined ? null : claimIds[a.claim],
    teamId: a.team?.id ?? null, createdAt: new Date(a.createdAt),
  }));
  await inChunks(links, 1000, (b) => tx.insert(communityActivities).values(b).returning({ activityId: communityActivities.activityId }));

  const attendance = planned.flatMap((a, i) => a.attendees.map((x) => ({ activityId: activityIds[i], ...x })));
  await bulkInsert(tx, 'activity_attendance', [
    ['activity_id', 'int', (x) => x.activityId], ['person_id', 'int', (x) => x.personId], ['method', 'text', () => 'qr'],
    ['checked_in_at', 'timestamptz', (x) => new Date(x.checkedIn)], ['checked_out_at', 'timestamptz', (x) => new Date(x.checkedOut)], ['service_hours', 'numeric', (x) => x.hours],
  ], attendance);
  const hours: Array<typeof serviceHours.$inferInsert> = [];
  let confirmedRows = 0;
  let confirmedHours = 0;
  planned.forEach((a, i) => {
    const ageDays = Math.floor((now - a.end) / DAY);
    for (const x of a.attendees) {
      const row: typeof serviceHours.$inferInsert = {
        activityId: activityIds[i], personId: x.personId, communityId: a.community.id, orgPath: a.org.path, recordedHours: x.hours.toFixed(2),
        recordedBy: a.organiser, recordedAt: new Date(x.checkedOut), status: 'pending',
      };
      let counted = x.hours;
      if (x.hours >= 1 && r.chance(0.02)) {
        counted = x.hours - 0.5;
        Object.assign(row, { adjustedHours: counted.toFixed(2), adjustReason: r.pick(adjustReasons), adjustedBy: a.organiser, adjustedAt: new Date(a.end + DAY) });
      }
      const roll = r.next();
      if (ageDays >= 10 && roll < 0.015) Object.assign(row, { status: 'returned', returnReason: r.pick(returnReasons), returnedAt: new Date(a.end + r.int(1, 5) * DAY) });
      else if (ageDays >= 10 && roll >= 0.03) {
        Object.assign(row, { status: 'confirmed', confirmedBy: a.community.staffAccountId, confirmedAt: new Date(a.end + r.int(1, Math.min(7, ageDays - 1)) * DAY) });
        confirmedRows++;
        confirmedHours += counted;
      }
      hours.push(row);
    }
  });
  await bulkInsert(tx, 'community_service_hours', [
    ['activity_id', 'int', (h) => h.activityId], ['person_id', 'int', (h) => h.personId], ['community_id', 'int', (h) => h.communityId], ['org_path', 'text', (h) => h.orgPath],
    ['recorded_hours', 'numeric', (h) => h.recordedHours], ['recorded_by', 'int', (h) => h.recordedBy], ['recorded_at', 'timestamptz', (h) => h.recordedAt],
    ['adjusted_hours', 'numeric', (h) => h.adjustedHours], ['adjust_reason', 'text', (h) => h.adjustReason], ['adjusted_by', 'int', (h) => h.adjustedBy],
    ['adjusted_at', 'timestamptz', (h) => h.adjustedAt], ['status', 'text', (h) => h.status], ['confirmed_by', 'int', (h) => h.confirmedBy],
    ['confirmed_at', 'timestamptz', (h) => h.confirmedAt], ['return_reason', 'text', (h) => h.returnReason], ['returned_at', 'timestamptz', (h) => h.returnedAt],
  ], hours);

  const served = new Set(planned.filter((a) => a.attendees.length).map((a) => a.community.id)).size;
  return { needs: needs.length, activities: planned.length, personTimes, hoursRows: hours.length, confirmedRows, confirmedHours, served };
}
