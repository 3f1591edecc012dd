import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { Random } from '../../../seed/random.js';
import { createActivity, createActivityBody } from '../../activities/index.js';
import { syncSeats } from './co-study.js';
import { pairingResearchMeetings, pairingResearchOutputs, pairingResearchParticipants, pairingResearchTopics, type outputStatuses } from '../pairing.schema.js';
import { addDays, daysBetween, officeTime, shuffle, weekday, type World } from './world.js';
import type { PlannedEntrepreneur } from './entrepreneurs.js';
import type { PlannedPair } from './pairs.js';
import { approveNotes, coStudyVenues, meetingNotes, meetingTitles, researchTopics, returnNotes, sectorAgencies } from './texts.js';

export interface ResearchSummary {
  topics: number;
  concluded: number;
  participants: number;
  meetings: number;
  /** Meetings held as co-study sessions of the activities engine (the opening and the closing one). */
  sessions: number;
  /** Check-ins at those sessions: cadres (the engine's attendance) and entrepreneurs (pairing's sign-ups). */
  sessionAttendances: { cadres: number; entrepreneurs: number };
  outputs: Record<(typeof outputStatuses)[number], number>;
}

/**
 * 共研: frontier topics run by the agency of their field (else the committee), started over the past year; cadres
 * (paired ones, who have accounts) and entrepreneurs of the field take part, a cadre leads, a few left on the way;
 * meetings about monthly; outputs in every state of their review (draft → submitted → returned | approved → published).
 * Concluded topics ended with their outputs approved or published. Rows as the README's rules say; written directly.
 */
export async function seedResearch(
  r: Random,
  tx: Db,
  world: World,
  admin: AuthContext,
  entrepreneurs: PlannedEntrepreneur[],
  pairs: PlannedPair[],
  cadreAccounts: Map<number, number>,
  count: number,
  now: Date,
): Promise<ResearchSummary> {
  const today = now.toISOString().slice(0, 10);
  const summary: ResearchSummary = {
    topics: 0,
    concluded: 0,
    participants: 0,
    meetings: 0,
    sessions: 0,
    sessionAttendances: { cadres: 0, entrepreneurs: 0 },
    outputs: { draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 },
  };
  const turnout = newTurnout();
  const byName = new Map(world.agencies.map((a) => [a.name, a]));
  const cadres = [...new Map(pairs.map((p) => [p.cadre.id, p.cadre])).values()];
  for (const topic of researchTopics.slice(0, count)) {
    const agency = (sectorAgencies[topic.field] ?? []).map((n) => byName.get(n)).find((a) => a);
    const org = agency ? { id: agency.id, path: agency.path, actor: agency.actor } : { id: world.root.id, path: world.root.path, actor: world.admin.id };
    const startedOn = weekday(addDays(today, -r.int(60, 360)));
    const concluded = daysBetween(startedOn, today) > 200 && r.chance(0.7);
    const endedOn = concluded ? weekday(addDays(startedOn, r.int(170, daysBetween(startedOn, today) - 10))) : null;
    const last = endedOn ?? today;
    const [t] = await tx
      .insert(pairingResearchTopics)
      .values({ title: topic.title, field: topic.field, description: topic.description, orgId: org.id, orgPath: org.path, status: concluded ? 'concluded' : 'active', startedOn, endedOn, createdBy: org.actor, createdAt: officeTime(r, addDays(startedOn, -r.int(3, 10))) })
      .returning({ id: pairingResearchTopics.id });
    summary.topics++;
    if (concluded) summary.concluded++;

    // Participants: cadres of the agency first, then others; entrepreneurs of the field.
    const own = shuffle(r, cadres.filter((c) => c.orgPath.startsWith(org.path)));
    const team = [...own, ...shuffle(r, cadres.filter((c) => !c.orgPath.startsWith(org.path)))].slice(0, r.int(3, 6));
    const firms = shuffle(r, entrepreneurs.filter((e) => e.row.status === 'approved' && e.row.sector === topic.field)).slice(0, r.int(3, 6));
    const joined = officeTime(r, startedOn);
    const leftAt = (i: number) => (i > 0 && r.chance(0.12) ? officeTime(r, addDays(startedOn, r.int(30, Math.max(31, daysBetween(startedOn, last) - 1)))) : null);
    const people = [
      ...team.map((c, i) => ({ topicId: t.id, side: 'cadre' as const, personId: c.id, role: i === 0 ? ('lead' as const) : ('member' as const), joinedAt: joined, leftAt: leftAt(i), addedBy: org.actor })),
      ...firms.map((e) => ({ topicId: t.id, side: 'entrepreneur' as const, entrepreneurId: e.id!, role: 'member' as const, joinedAt: joined, leftAt: leftAt(1), addedBy: org.actor })),
    ].map((p) => (p.leftAt && p.leftAt > now ? { ...p, leftAt: null } : p));
    if (people.length) await tx.insert(pairingResearchParticipants).values(people);
    summary.participants += people.length;
    const author = (team[0] && cadreAccounts.get(team[0].id)) || org.actor;

    // Meetings about monthly, opening with 开题 and (when concluded) closing with 结题.
    const meetings: Array<typeof pairingResearchMeetings.$inferInsert> = [];
    const span = daysBetween(startedOn, last);
    const n = Math.max(2, Math.min(7, Math.floor(span / 35)));
    for (let k = 0; k < n; k++) {
      const title = k === 0 ? meetingTitles[0] : concluded && k === n - 1 ? meetingTitles[meetingTitles.length - 1] : meetingTitles[1 + (k % (meetingTitles.length - 2))];
      const heldAt = officeTime(r, weekday(addDays(startedOn, Math.floor((span * k) / n) + r.int(0, 5))));
      if (heldAt > now) break;
      // The opening and closing meetings bring the whole group together: held as co-study sessions of the topic's organisation.
      const session = k === 0 || (concluded && k === n - 1);
      const activityId = session ? await meetingSession(r, tx, admin, { topic: topic.title, title, org, heldAt, group: people }, turnout) : null;
      if (activityId) summary.sessions++;
      meetings.push({ topicId: t.id, title, heldAt, activityId, notes: r.pick(meetingNotes), createdBy: author, createdAt: heldAt });
    }
    if (meetings.length) await tx.insert(pairingResearchMeetings).values(meetings);
    summary.meetings += meetings.length;

    // Outputs: a concluded topic's are approved or published; an active one's anywhere in the review.
    const outputs = topic.outputs.map(([kind, title], k) => {
      const states = concluded ? ['approved', 'published', 'published'] : ['draft', 'submitted', 'returned', 'approved', 'published'];
      const status = states[(k + r.int(0, states.length - 1)) % states.length] as (typeof outputStatuses)[number];
      const created = officeTime(r, addDays(startedOn, Math.floor(span * 0.5) + r.int(0, 10)));
      // Everything of a concluded topic happened by its last day (its closing meeting).
      const end = endedOn ? Date.parse(`${endedOn}T01:00:00Z`) : now.getTime() - 86400_000;
      const by = (at: number, daysBefore: number) => new Date(Math.max(created.getTime() + daysBefore * 3600_000, Math.min(end - daysBefore * 86400_000, at)));
      const submitted = status === 'draft' ? null : by(created.getTime() + r.int(5, 30) * 86400_000, 2);
      const reviewed = ['returned', 'approved', 'published'].includes(status) && submitted ? by(submitted.getTime() + r.int(2, 10) * 86400_000, 1) : null;
      const published = status === 'published' && reviewed ? by(reviewed.getTime() + r.int(1, 7) * 86400_000, 0) : null;
      summary.outputs[status]++;
      return {
        topicId: t.id, kind, title, status, createdBy: author, createdAt: created, submittedAt: submitted,
        summary: `${topic.title}课题组形成的${kind === 'report' ? '调研报告' : '政策建议'}。`,
        body: `${topic.description}\n\n一、基本情况\n二、存在的问题\n三、意见建议`,
        reviewedBy: reviewed ? org.actor : null, reviewedAt: reviewed, reviewNote: status === 'returned' ? r.pick(returnNotes) : reviewed ? r.pick(approveNotes) : null,
        publishedAt: published,
      };
    });
    if (outputs.length) await tx.insert(pairingResearchOutputs).values(outputs);
  }
  summary.sessionAttendances = await writeTurnout(tx, turnout);
  return summary;
}

type Member = { side: 'cadre' | 'entrepreneur'; personId?: number; entrepreneurId?: number; joinedAt: Date; leftAt: Date | null };
type Turnout = ReturnType<typeof newTurnout>;

function newTurnout() {
  return {
    ids: [] as number[],
    signups: [] as Array<{ activityId: number; personId: number; at: Date }>,
    attendance: [] as Array<{ activityId: number; personId: number; at: Date }>,
    guests: [] as Array<{ activityId: number; entrepreneurId: number; orgPath: string; at: Date; checkedInAt: Date | null }>,
  };
}

/**
 * A meeting held as a co-study session (type co_study) of the topic's organisation, through the activities engine:
 * those on the topic that day sign up (cadres in the engine, entrepreneurs in pairing's table) and most of them come.
 */
async function meetingSession(
  r: Random,
  tx: Db,
  admin: AuthContext,
  m: { topic: string; title: string; org: { id: number; path: string }; heldAt: Date; group: Member[] },
  turnout: Turnout,
): Promise<number> {
  const req = { auth: admin, ip: null, headers: {} } as unknown as FastifyRequest;
  const scope: Scope = { permission: 'activities.write', paths: [m.org.path], personId: null, self: false };
  const present = m.group.filter((p) => p.joinedAt <= m.heldAt && (!p.leftAt || p.leftAt > m.heldAt));
  const id = await createActivity(tx, req, scope, createActivityBody.parse({
    typeCode: 'co_study', title: `${m.topic}·${m.title}`, orgId: m.org.id, venue: r.pick(coStudyVenues),
    description: '共研课题组研讨，课题组青年干部与青年企业家共同参加。',
    startsAt: m.heldAt.toISOString(), endsAt: new Date(m.heldAt.getTime() + 2 * 3600_000).toISOString(), capacity: present.length + 10,
  }));
  turnout.ids.push(id);
  for (const p of present) {
    const at = new Date(Math.max(p.joinedAt.getTime(), m.heldAt.getTime() - r.int(1, 72) * 3600_000));
    const came = r.chance(0.9) ? new Date(m.heldAt.getTime() - r.int(0, 20) * 60_000) : null;
    if (p.side === 'cadre') {
      turnout.signups.push({ activityId: id, personId: p.personId!, at });
      if (came) turnout.attendance.push({ activityId: id, personId: p.personId!, at: came });
    } else turnout.guests.push({ activityId: id, entrepreneurId: p.entrepreneurId!, orgPath: m.org.path, at, checkedInAt: came });
  }
  return id;
}

async function writeTurnout(tx: Db, t: Turnout) {
  await bulkInsert(tx, 'activity_signups', [
    ['activity_id', 'int', (a) => a.activityId],
    ['person_id', 'int', (a) => a.personId],
    ['status', 'text', () => 'confirmed'],
    ['created_at', 'timestamptz', (a) => a.at],
    ['updated_at', 'timestamptz', (a) => a.at],
  ], t.signups);
  await bulkInsert(tx, 'activity_attendance', [
    ['activity_id', 'int', (a) => a.activityId],
    ['person_id', 'int', (a) => a.personId],
    ['method', 'text', () => 'qr'],
    ['checked_in_at', 'timestamptz', (a) => a.at],
  ], t.attendance);
  await bulkInsert(tx, 'pairing_cosession_signups', [
    ['activity_id', 'int', (g) => g.activityId],
    ['entrepreneur_id', 'int', (g) => g.entrepreneurId],
    ['org_path', 'text', (g) => g.orgPath],
    ['signed_up_at', 'timestamptz', (g) => g.at],
    ['checked_in_at', 'timestamptz', (g) => g.checkedInAt],
    ['checkin_method', 'text', (g) => (g.checkedInAt ? 'qr' : null)],
  ], t.guests);
  await syncSeats(tx, t.ids);
  return { cadres: t.attendance.length, entrepreneurs: t.guests.filter((g) => g.checkedInAt).length };
}
