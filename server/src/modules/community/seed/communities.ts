import { sql } from 'drizzle-orm';
import { rows } from '../../../kernel/db/client.js';
import { accounts, roleAssignments } from '../../../kernel/auth/auth.schema.js';
import { loadCityReference } from '../../../seed/names.js';
import { communities, communityStaff } from '../communities.schema.js';
import { communityAddress, communityNames, districtCentres, partyOrgName } from './names.js';
import { inChunks, pad3, sample, type SeedCommunity, type SeedWorld } from './world.js';

const ruralDistricts = new Set(['370215', '370281', '370283', '370285']);

/**
 * Communities per street of the planned districts, with their party organisations, and one staff account each
 * (community001 …, role community_staff at the committee root); the demo `community` account also serves the first few.
 * Which communities volunteer service reaches over the year is chosen here and realised by the activities later.
 */
export async function seedCommunities(w: SeedWorld): Promise<SeedCommunity[]> {
  const { r, tx, plan } = w;
  const ref = loadCityReference();
  const districts = ref.districts.filter((d) => !plan.districts || plan.districts.includes(d.code));
  const taken = new Set<string>();
  const planned: Array<typeof communities.$inferInsert> = [];
  for (const d of districts) {
    const streets = ref.streets.filter((s) => s.district === d.code).slice(0, plan.streetsPerDistrict);
    const [lat0, long0] = districtCentres[d.code] ?? [36.07, 120.38];
    for (const s of streets) {
      const rural = s.name.endsWith('镇') || (ruralDistricts.has(d.code) && r.chance(0.5));
      const slat = lat0 + (r.next() - 0.5) * 0.12;
      const slong = long0 + (r.next() - 0.5) * 0.14;
      for (const name of communityNames(r, s.name, rural, r.int(plan.perStreet[0], plan.perStreet[1]), taken)) {
        planned.push({
          name,
          districtCode: d.code,
          streetCode: s.code,
          partyOrgName: partyOrgName(r, name),
          phone: `0532-8${String(r.int(0, 9_999_999)).padStart(7, '0')}`,
          address: communityAddress(r, d.name, s.name, name),
          lat: Math.round((slat + (r.next() - 0.5) * 0.02) * 1e6) / 1e6,
          long: Math.round((slong + (r.next() - 0.5) * 0.02) * 1e6) / 1e6,
        });
      }
    }
  }
  const inserted = await inChunks(planned, 500, (b) => tx.insert(communities).values(b).returning({ id: communities.id }));

  // Staff: one account per community, and the demo account on the first few.
  const staffRows = planned.map((c, i) => ({ username: `community${pad3(i + 1)}`, passwordHash: w.passwordHash, displayName: `${c.name}工作人员`, mustChangePassword: w.mustChangePassword }));
  const staff = await inChunks(staffRows, 500, (b) => tx.insert(accounts).values(b).returning({ id: accounts.id }));
  await inChunks(staff, 1000, (b) => tx.insert(roleAssignments).values(b.map((a) => ({ accountId: a.id, role: 'community_staff', orgId: w.rootOrgId }))).returning({ id: roleAssignments.id }));
  const [demo] = await rows<{ id: number }>(tx, sql`SELECT id FROM accounts WHERE username = 'community'`);
  const links = inserted.map((c, i) => ({ communityId: c.id, accountId: staff[i].id }));
  const demoCommunities = Math.min(demo ? w.plan.demoStaffCommunities : 0, inserted.length);
  for (let i = 0; i < demoCommunities; i++) links.push({ communityId: inserted[i].id, accountId: demo.id });
  await inChunks(links, 1000, (b) => tx.insert(communityStaff).values(b).returning({ id: communityStaff.id }));

  // Served: the demo account's communities, and a share of the others.
  const servedCount = Math.round(inserted.length * plan.servedShare);
  const others = sample(r, inserted.slice(demoCommunities).map((_, i) => i + demoCommunities), Math.max(0, servedCount - demoCommunities));
  const served = new Set([...Array.from({ length: demoCommunities }, (_, i) => i), ...others]);
  return inserted.map((c, i) => ({
    id: c.id,
    name: planned[i].name,
    districtCode: planned[i].districtCode,
    streetCode: planned[i].streetCode,
    address: planned[i].address!,
    served: served.has(i),
    staffAccountId: i < demoCommunities ? demo.id : staff[i].id,
  }));
}
