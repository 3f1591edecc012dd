import { communityMemberRegistrations, communityOrgRegistrations } from '../communities.schema.js';
import { bulkInsert } from './bulk.js';
import { orgDeclineReasons, registrationDeclineReasons, residentAddress } from './names.js';
import { DAY } from './plan.js';
import { dateOnly, inChunks, sample, type SeedCommunity, type SeedTeam, type SeedWorld } from './world.js';

type OrgRow = typeof communityOrgRegistrations.$inferInsert;
type MemberRow = typeof communityMemberRegistrations.$inferInsert;

/**
 * Organisation-level 双报到: every agency with 2–6 communities (confirmed, mostly where its teams serve), some new
 * proposals waiting in the communities' queues and a few declined ones; the demo staff's first community has a proposal.
 */
export async function seedOrgRegistrations(w: SeedWorld, communities: SeedCommunity[], teams: SeedTeam[]) {
  const { r, tx, now } = w;
  const list: OrgRow[] = [];
  const base = (agencyIndex: number, community: SeedCommunity, created: number): OrgRow => {
    const agency = w.agencies[agencyIndex];
    const contact = r.pick(agency.people);
    const start = created + r.int(3, 10) * DAY;
    return {
      orgId: agency.id, orgPath: agency.path, communityId: community.id, periodStart: dateOnly(start), periodEnd: dateOnly(start + 2 * 365 * DAY - DAY),
      contactName: contact?.name ?? `${agency.name}联络员`, contactPhone: contact?.phone ?? '0532-80000000',
      agreedServices: sample(r, [...w.types.values()], r.int(2, 3)), note: '签订共建协议，常态化开展“双报到”志愿服务。',
      proposedBy: agency.adminAccountId, createdAt: new Date(created),
    };
  };
  // The demo staff account finds a proposal in its queue: the last agency's, to the first community.
  const first = communities[0];
  const proposer = w.agencies.findLast((a) => a.people.length);
  for (const agency of w.agencies) {
    if (!agency.people.length) continue;
    const open = agency === proposer ? communities.filter((c) => c !== first) : communities;
    const near = [...new Set(teams.filter((t) => t.agency === agency).flatMap((t) => t.areas))].filter((c) => open.includes(c));
    const want = Math.min(open.length, r.int(2, 6));
    const chosen = sample(r, near, want);
    for (const c of sample(r, open.filter((c) => !chosen.includes(c)), want - chosen.length)) chosen.push(c);
    for (const c of chosen) {
      const created = now - r.int(60, 420) * DAY;
      list.push({ ...base(agency.index, c, created), status: 'confirmed', confirmedBy: c.staffAccountId, confirmedAt: new Date(created + r.int(1, 7) * DAY) });
    }
    const elsewhere = open.filter((c) => !chosen.includes(c));
    if (elsewhere.length && r.chance(0.25)) list.push({ ...base(agency.index, r.pick(elsewhere), now - r.int(1, 20) * DAY), status: 'proposed' });
    if (elsewhere.length && r.chance(0.12)) {
      const created = now - r.int(30, 300) * DAY;
      list.push({ ...base(agency.index, r.pick(elsewhere), created), status: 'declined', declineReason: r.pick(orgDeclineReasons), decidedAt: new Date(created + r.int(1, 5) * DAY) });
    }
  }
  if (first && proposer) list.push({ ...base(proposer.index, first, now - 2 * DAY), status: 'proposed' });
  await inChunks(list, 1000, (b) => tx.insert(communityOrgRegistrations).values(b).returning({ id: communityOrgRegistrations.id }));
  return list;
}

/**
 * Member-level 报到: about 70% of members registered (confirmed) where they live (a community of their ID number's district when
 * there is one), most confirmed, some pending, a few declined; a few moved and keep their earlier community as history.
 */
export async function seedMemberRegistrations(w: SeedWorld, communities: SeedCommunity[]) {
  const { r, tx, now } = w;
  const byDistrict = new Map<string, SeedCommunity[]>();
  for (const c of communities) byDistrict.set(c.districtCode, [...(byDistrict.get(c.districtCode) ?? []), c]);
  const home = (district: string) => r.pick(byDistrict.get(district) ?? communities);
  const list: MemberRow[] = [];
  for (const p of w.people) {
    // 80% asked; of them 3% declined and 9% still pending: about 70% confirmed, the figure of the 报到 rate.
    if (!r.chance(0.8)) continue;
    const c = home(p.district);
    const created = now - r.int(1, 500) * DAY;
    const address = residentAddress(r, c.address);
    const roll = r.next();
    if (roll < 0.03) {
      list.push({ personId: p.id, communityId: c.id, address, status: 'declined', decidedBy: c.staffAccountId, decidedAt: new Date(created + r.int(1, 5) * DAY), reason: r.pick(registrationDeclineReasons), createdAt: new Date(created) });
      continue;
    }
    if (roll < 0.12) {
      const asked = now - r.int(1, 25) * DAY;
      list.push({ personId: p.id, communityId: c.id, address, status: 'pending', createdAt: new Date(asked) });
      continue;
    }
    if (r.chance(0.05) && communities.length > 1) {
      // Moved house: the old community's registration ended when the new one was asked for.
      const old = r.pick(communities.filter((x) => x !== c));
      const before = created - r.int(200, 700) * DAY;
      list.push({ personId: p.id, communityId: old.id, address: residentAddress(r, old.address), status: 'left', decidedBy: old.staffAccountId, decidedAt: new Date(before + r.int(1, 5) * DAY), reason: '搬迁至新居住地', createdAt: new Date(before), leftAt: new Date(created) });
    }
    list.push({ personId: p.id, communityId: c.id, address, status: 'confirmed', decidedBy: c.staffAccountId, decidedAt: new Date(Math.min(now, created + r.int(1, 6) * DAY)), createdAt: new Date(created) });
  }
  await bulkInsert(tx, 'community_member_registrations', [
    ['person_id', 'int', (g) => g.personId], ['community_id', 'int', (g) => g.communityId], ['address', 'text', (g) => g.address], ['status', 'text', (g) => g.status],
    ['decided_by', 'int', (g) => g.decidedBy], ['decided_at', 'timestamptz', (g) => g.decidedAt], ['reason', 'text', (g) => g.reason],
    ['created_at', 'timestamptz', (g) => g.createdAt], ['left_at', 'timestamptz', (g) => g.leftAt],
  ], list);
  return list;
}
