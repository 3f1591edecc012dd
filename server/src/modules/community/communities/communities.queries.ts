import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike } from '../../../kernel/access/scope.js';
import { AppError } from '../../../kernel/errors.js';
import { districtName, streetName } from './regions.js';
import type { communityListQuery } from './communities.dto.js';
import type { communityItem, communityProfile as communityProfileOut } from './communities.responses.js';

type ListQuery = z.infer<typeof communityListQuery>;

type CommunityRow = Omit<z.input<typeof communityItem>, 'districtName' | 'streetName'>;
type ProfileExtra = Pick<z.input<typeof communityProfileOut>, 'registeredOrgs' | 'openNeeds'>;

const columns = sql`c.id, c.name, c.district_code AS "districtCode", c.street_code AS "streetCode", c.party_org_name AS "partyOrgName",
  c.phone, c.address, c.lat, c.long, c.created_at AS "createdAt",
  (SELECT count(*)::int FROM community_staff s WHERE s.community_id = c.id) AS "staffCount",
  (SELECT count(*)::int FROM community_org_registrations r WHERE r.community_id = c.id AND r.status = 'confirmed') AS "orgCount",
  (SELECT count(*)::int FROM community_member_registrations m WHERE m.community_id = c.id AND m.status = 'confirmed') AS "memberCount",
  (SELECT count(*)::int FROM community_needs n WHERE n.community_id = c.id AND n.status = 'open') AS "openNeedCount"`;

const named = <T extends CommunityRow>(r: T) => ({ ...r, districtName: districtName.get(r.districtCode) ?? r.districtCode, streetName: streetName.get(r.streetCode) ?? r.streetCode });

const orderBy: Record<ListQuery['sort'], string[]> = {
  name: ['c.name'],
  district: ['c."districtCode"', 'c."streetCode"', 'c.name'],
  members: ['c."memberCount"'],
  needs: ['c."openNeedCount"'],
  createdAt: ['c."createdAt"'],
};

/** The directory: search by name, filter by district and street, sorted and paged; `within` narrows (e.g. a staff member's own). */
export async function listCommunities(db: Db, q: ListQuery, within?: SQL) {
  const where: SQL[] = [sql`true`];
  if (q.q) where.push(sql`c.name LIKE ${'%' + escapeLike(q.q) + '%'}`);
  if (q.districtCode) where.push(sql`c.district_code = ${q.districtCode}`);
  if (q.streetCode) where.push(sql`c.street_code = ${q.streetCode}`);
  if (within) where.push(within);
  const cond = sql.join(where, sql` AND `);
  const dir = q.order === 'desc' ? 'DESC' : 'ASC';
  const order = sql.raw([...orderBy[q.sort], 'c.id'].map((column) => `${column} ${dir}`).join(', '));
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM communities c WHERE ${cond}`);
  const items = await rows<CommunityRow>(
    db,
    sql`SELECT * FROM (SELECT ${columns} FROM communities c WHERE ${cond}) c ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map(named), total, page: q.page, pageSize: q.pageSize };
}

export async function getCommunity(db: Db, id: number) {
  const [c] = await rows<CommunityRow>(db, sql`SELECT ${columns} FROM communities c WHERE c.id = ${id}`);
  if (!c) throw new AppError('not_found');
  return named(c);
}

/** The profile: the directory row, the organisations with a confirmed agreement and the open needs. */
export async function communityProfile(db: Db, id: number) {
  const c = await getCommunity(db, id);
  const registeredOrgs = await rows<ProfileExtra['registeredOrgs'][number]>(
    db,
    sql`SELECT r.id AS "registrationId", r.org_id AS "orgId", o.name AS "orgName", r.period_start AS "periodStart", r.period_end AS "periodEnd", r.agreed_services AS "agreedServices"
          FROM community_org_registrations r JOIN orgs o ON o.id = r.org_id
         WHERE r.community_id = ${id} AND r.status = 'confirmed' ORDER BY o.name, r.id`,
  );
  const openNeeds = await rows<ProfileExtra['openNeeds'][number]>(
    db,
    sql`SELECT n.id, n.title, n.type_code AS "typeCode", t.name AS "typeName", n.starts_at AS "startsAt", n.ends_at AS "endsAt", n.people_needed AS "peopleNeeded"
          FROM community_needs n JOIN community_need_types t ON t.code = n.type_code
         WHERE n.community_id = ${id} AND n.status = 'open' ORDER BY n.starts_at, n.id LIMIT 50`,
  );
  return { ...c, registeredOrgs, openNeeds };
}

export async function staffOf(db: Db, communityId: number) {
  return rows<{ accountId: number; username: string; displayName: string; since: string }>(
    db,
    sql`SELECT a.id AS "accountId", a.username, a.display_name AS "displayName", s.created_at AS since
          FROM community_staff s JOIN accounts a ON a.id = s.account_id WHERE s.community_id = ${communityId} ORDER BY a.username`,
  );
}

/** Accounts holding the community_staff role, with the communities they act for (for the assignment picker). */
export async function staffAccounts(db: Db, q?: string) {
  const like = q ? sql`AND (a.username LIKE ${'%' + escapeLike(q) + '%'} OR a.display_name LIKE ${'%' + escapeLike(q) + '%'})` : sql``;
  return rows<{ accountId: number; username: string; displayName: string; communities: { id: number; name: string }[] }>(
    db,
    sql`SELECT a.id AS "accountId", a.username, a.display_name AS "displayName",
               coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name)
                           FROM community_staff s JOIN communities c ON c.id = s.community_id WHERE s.account_id = a.id), '[]'::json) AS communities
          FROM accounts a
         WHERE EXISTS (SELECT 1 FROM role_assignments r WHERE r.account_id = a.id AND r.role = 'community_staff') ${like}
         ORDER BY a.username LIMIT 200`,
  );
}
