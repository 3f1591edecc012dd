import type { Db } from '../../../kernel/db/client.js';
import type { Random } from '../../../seed/random.js';
import { pairingResearchMeetings, pairingResearchOutputs, pairingResearchParticipants, pairingResearchTopics, type outputStatuses } from '../pairing.schema.js';
import { addDays, daysBetween, officeTime, shuffle, weekday, type World } from './world.js';
import type { PlannedEntrepreneur } from './entrepreneurs.js';
import type { PlannedPair } from './pairs.js';
import { approveNotes, meetingNotes, meetingTitles, researchTopics, returnNotes, sectorAgencies } from './texts.js';

export interface ResearchSummary {
  topics: number;
  concluded: number;
  participants: number;
  meetings: number;
  outputs: Record<(typeof outputStatuses)[number], number>;
}

/**
 * 共研: frontier topics run by the agency of their field (else the committee), started over the past year; cadres
 * (paired ones, who have accounts) and entrepreneurs of the field take part, a cadre leads, a few left on the way;
 * meetings about monthly; outputs in every state of their review (draft → submitted → returned | approved → published).
 * Concluded topics ended with their outputs approved or published. Rows as the README's rules say; written directly.
 */
export async function seedResearch(r: Random, tx: Db, world: World, entrepreneurs: PlannedEntrepreneur[], pairs: PlannedPair[], cadreAccounts: Map<number, number>, count: number, now: Date): Promise<ResearchSummary> {
  const today = now.toISOString().slice(0, 10);
  const summary: ResearchSummary = { topics: 0, concluded: 0, participants: 0, meetings: 0, outputs: { draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 } };
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
      meetings.push({ topicId: t.id, title, heldAt, notes: r.pick(meetingNotes), createdBy: author, createdAt: heldAt });
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
  return summary;
}
