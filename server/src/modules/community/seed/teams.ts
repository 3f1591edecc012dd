import { accounts, roleAssignments } from '../../../kernel/auth/auth.schema.js';
import { teamMembers, teamServiceAreas, volunteerTeams } from '../teams.schema.js';
import { teamName } from './names.js';
import { DAY } from './plan.js';
import { inChunks, pad3, sample, type SeedAgency, type SeedCommunity, type SeedTeam, type SeedWorld } from './world.js';

/** Teams per agency: one each, the rest to the larger agencies (largest remainders), at most what they can staff. */
function teamsPerAgency(agencies: SeedAgency[], total: number): number[] {
  const staffed: number[] = agencies.map((a) => (a.people.length >= 8 ? 1 : 0));
  const counts = staffed.slice();
  let left = total - counts.reduce((s, n) => s + n, 0);
  const people = agencies.reduce((s, a) => s + (staffed[a.index] ? a.people.length : 0), 0);
  const share = agencies.map((a) => (staffed[a.index] ? (a.people.length / people) * Math.max(0, left) : 0));
  share.forEach((s, i) => {
    const whole = Math.floor(s);
    counts[i] += whole;
    left -= whole;
  });
  const byRemainder = share.map((s, i) => [s - Math.floor(s), i] as const).filter(([, i]) => staffed[i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && byRemainder.length; k++, left--) counts[byRemainder[k % byRemainder.length][1]]++;
  return counts;
}

/**
 * 红色志愿服务队: owned by agencies, a captain (with a login, captain001 …) and 8–30 members each, some members in
 * several teams; service areas are neighbouring served communities (dealt street by street) and sometimes their street.
 */
export async function seedTeams(w: SeedWorld, communities: SeedCommunity[]): Promise<SeedTeam[]> {
  const { r, tx, now } = w;
  const counts = teamsPerAgency(w.agencies, w.plan.teams);
  const typeCodes = [...w.types.values()].filter((c) => c !== w.types.get('其他'));
  const planned: Array<Omit<SeedTeam, 'id' | 'captainAccountId'>> = [];
  const captains = new Set<number>();
  w.agencies.forEach((agency, i) => {
    for (let k = 0; k < counts[i]; k++) {
      const free = agency.people.filter((p) => !captains.has(p.id));
      const captain = r.pick(free.length ? free : agency.people);
      captains.add(captain.id);
      // 8–30 members, a few of them from other agencies: a person may serve in several teams.
      const size = Math.min(agency.people.length, r.int(8, 30));
      const outside = r.chance(0.2) ? r.int(1, 3) : 0;
      const members = new Set([captain.id, ...sample(r, agency.people.filter((p) => p !== captain), size - 1 - outside).map((p) => p.id)]);
      for (const p of sample(r, w.people.filter((p) => p.agency !== agency.index), outside)) members.add(p.id);
      planned.push({ name: teamName(agency.name, k), agency, captain, members: [...members], types: sample(r, typeCodes, r.int(2, 3)), areas: [] });
    }
  });
  // Service areas: the served communities in street order, dealt to the teams in turn so that every one is someone's area.
  const served = communities.filter((c) => c.served).sort((a, b) => a.streetCode.localeCompare(b.streetCode) || a.id - b.id);
  served.forEach((c, i) => planned[Math.floor((i * planned.length) / served.length)].areas.push(c));
  for (const t of planned) if (!t.areas.length) t.areas.push(r.pick(served));

  const teams = await inChunks(planned, 500, (b) =>
    tx
      .insert(volunteerTeams)
      .values(b.map((t) => ({
        name: t.name, orgId: t.agency.id, orgPath: t.agency.path, captainPersonId: t.captain.id, serviceTypes: t.types,
        description: `${t.agency.name}党员干部组成的志愿服务队，常态化深入社区开展志愿服务。`, createdAt: new Date(now - r.int(400, 900) * DAY),
      })))
      .returning({ id: volunteerTeams.id }),
  );
  const memberRows: Array<typeof teamMembers.$inferInsert> = [];
  const areaRows: Array<typeof teamServiceAreas.$inferInsert> = [];
  planned.forEach((t, i) => {
    const teamId = teams[i].id;
    for (const personId of t.members) memberRows.push({ teamId, personId, joinedAt: new Date(now - r.int(380, 800) * DAY) });
    // A few left the team before this year: their rows stay as history.
    for (const p of sample(r, t.agency.people, r.chance(0.3) ? r.int(1, 2) : 0)) {
      if (!t.members.includes(p.id)) memberRows.push({ teamId, personId: p.id, joinedAt: new Date(now - r.int(900, 1200) * DAY), leftAt: new Date(now - r.int(400, 800) * DAY) });
    }
    for (const c of t.areas) areaRows.push({ teamId, communityId: c.id });
    if (r.chance(0.3)) areaRows.push({ teamId, streetCode: t.areas[0].streetCode });
  });
  await inChunks(memberRows, 1000, (b) => tx.insert(teamMembers).values(b).returning({ id: teamMembers.id }));
  await inChunks(areaRows, 1000, (b) => tx.insert(teamServiceAreas).values(b).returning({ id: teamServiceAreas.id }));

  const captainRows = planned.map((t, i) => ({ username: `captain${pad3(i + 1)}`, passwordHash: w.passwordHash, personId: t.captain.id, displayName: t.captain.name, mustChangePassword: w.mustChangePassword }));
  const captainAccounts = await inChunks(captainRows, 500, (b) => tx.insert(accounts).values(b).returning({ id: accounts.id }));
  const roleRows = planned.map((t, i) => ({ accountId: captainAccounts[i].id, role: 'member', orgId: t.captain.orgId }));
  await inChunks(roleRows, 1000, (b) => tx.insert(roleAssignments).values(b).returning({ id: roleAssignments.id }));
  return planned.map((t, i) => ({ ...t, id: teams[i].id, captainAccountId: captainAccounts[i].id }));
}
