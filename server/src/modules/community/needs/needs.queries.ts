import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike } from '../../../kernel/access/scope.js';
import { AppError } from '../../../kernel/errors.js';
import { withPlaceNames } from '../registrations/registrations.queries.js';
import type { claimRow, need as needOut } from './needs.responses.js';
import type { needListQuery as listQuery } from './needs.dto.js';

type NeedRow = Omit<z.input<typeof needOut>, 'districtName' | 'streetName'> & { districtCode: string };
type ClaimRow = z.input<typeof claimRow>;
type ListQuery = z.infer<typeof listQuery>;

const claimJson = sql`json_build_object('id', k.id, 'needId', k.need_id, 'claimantKind', k.claimant_kind, 'orgId', k.org_id, 'orgName', ko.name, 'teamId', k.team_id,
  'teamName', kt.name, 'claimedAt', k.claimed_at, 'activityDueAt', k.activity_due_at, 'activityId', k.activity_id, 'status', k.status, 'endedAt', k.ended_at, 'endReason', k.end_reason)`;

const needSelect = sql`SELECT n.id, n.community_id AS "communityId", c.name AS "communityName", c.district_code AS "districtCode", c.street_code AS "streetCode", c.lat, c.long,
    n.type_code AS "typeCode", t.name AS "typeName", n.title, n.description, n.place, n.starts_at AS "startsAt", n.ends_at AS "endsAt", n.people_needed AS "peopleNeeded",
    n.skills_wanted AS "skillsWanted", n.status, n.claim_deadline AS "claimDeadline", n.flagged_at AS "flaggedAt", n.created_at AS "createdAt", n.updated_at AS "updatedAt",
    (SELECT ${claimJson} FROM community_need_claims k JOIN orgs ko ON ko.id = k.org_id LEFT JOIN community_volunteer_teams kt ON kt.id = k.team_id
      WHERE k.need_id = n.id AND k.status IN ('claimed', 'scheduled', 'completed')) AS claim
  FROM community_needs n JOIN communities c ON c.id = n.community_id JOIN community_need_types t ON t.code = n.type_code`;

export async function getNeed(db: Db, id: number, within: SQL = sql`true`) {
  const [n] = await rows<NeedRow>(db, sql`${needSelect} WHERE n.id = ${id} AND ${within}`);
  if (!n) throw new AppError('not_found');
  return withPlaceNames(n);
}

/** The filters of every needs list (board, staff's own, a member's). */
export function needFilters(q: Partial<ListQuery>): SQL[] {
  const where: SQL[] = [];
  if (q.q) where.push(sql`(n.title LIKE ${'%' + escapeLike(q.q) + '%'} OR n.description LIKE ${'%' + escapeLike(q.q) + '%'})`);
  if (q.districtCode) where.push(sql`c.district_code = ${q.districtCode}`);
  if (q.streetCode) where.push(sql`c.street_code = ${q.streetCode}`);
  if (q.communityId) where.push(sql`n.community_id = ${q.communityId}`);
  if (q.typeCode) where.push(sql`n.type_code = ${q.typeCode}`);
  if (q.status) where.push(sql`n.status = ${q.status}`);
  if (q.from) where.push(sql`n.starts_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) where.push(sql`n.starts_at < ${q.to.toISOString()}::timestamptz`);
  return where;
}

export async function listNeeds(db: Db, q: ListQuery, within: SQL[] = []) {
  const cond = sql.join([sql`true`, ...needFilters(q), ...within], sql` AND `);
  const dir = q.order === 'desc' ? 'DESC' : 'ASC';
  const order = sql.raw(`${q.sort === 'createdAt' ? 'n.created_at' : 'n.starts_at'} ${dir}, n.id ${dir}`);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM community_needs n JOIN communities c ON c.id = n.community_id WHERE ${cond}`);
  const items = await rows<NeedRow>(db, sql`${needSelect} WHERE ${cond} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items.map(withPlaceNames), total, page: q.page, pageSize: q.pageSize };
}

/** Open needs near the member's confirmed community: that community first, then its street, then its district. */
export async function needsNear(db: Db, personId: number, q: { page: number; pageSize: number; typeCode?: string }) {
  const [home] = await rows<{ community_id: number; street_code: string; district_code: string }>(
    db,
    sql`SELECT m.community_id, c.street_code, c.district_code FROM community_member_registrations m JOIN communities c ON c.id = m.community_id
         WHERE m.person_id = ${personId} AND m.status = 'confirmed'`,
  );
  if (!home) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const cond = sql`n.status = 'open' AND n.starts_at > now() AND c.district_code = ${home.district_code} ${q.typeCode ? sql`AND n.type_code = ${q.typeCode}` : sql``}`;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM community_needs n JOIN communities c ON c.id = n.community_id WHERE ${cond}`);
  const items = await rows<NeedRow & { rank: number }>(
    db,
    sql`SELECT * FROM (${needSelect} WHERE ${cond}) x, LATERAL (SELECT CASE WHEN x."communityId" = ${home.community_id} THEN 0 WHEN x."streetCode" = ${home.street_code} THEN 1 ELSE 2 END AS rank) r
         ORDER BY r.rank, x."startsAt", x.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const proximity = ['community', 'street', 'district'] as const;
  return { items: items.map((n) => ({ ...withPlaceNames(n), proximity: proximity[n.rank] })), total, page: q.page, pageSize: q.pageSize };
}

const claimSelect = sql`SELECT k.id, k.need_id AS "needId", k.claimant_kind AS "claimantKind", k.org_id AS "orgId", o.name AS "orgName", k.team_id AS "teamId", tm.name AS "teamName",
    k.claimed_at AS "claimedAt", k.activity_due_at AS "activityDueAt", k.activity_id AS "activityId", k.status, k.ended_at AS "endedAt", k.end_reason AS "endReason",
    n.title AS "needTitle", n.community_id AS "communityId", c.name AS "communityName", n.starts_at AS "needStartsAt", n.ends_at AS "needEndsAt"
  FROM community_need_claims k JOIN community_needs n ON n.id = k.need_id JOIN communities c ON c.id = n.community_id JOIN orgs o ON o.id = k.org_id
  LEFT JOIN community_volunteer_teams tm ON tm.id = k.team_id`;

export async function getClaim(db: Db, id: number) {
  const [k] = await rows<ClaimRow>(db, sql`${claimSelect} WHERE k.id = ${id}`);
  if (!k) throw new AppError('not_found');
  return k;
}

export async function listClaims(db: Db, q: { page: number; pageSize: number; status?: string }, within: SQL) {
  const cond = q.status ? sql`${within} AND k.status = ${q.status}` : within;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM community_need_claims k LEFT JOIN community_volunteer_teams tm ON tm.id = k.team_id WHERE ${cond}`);
  const items = await rows<ClaimRow>(db, sql`${claimSelect} WHERE ${cond} ORDER BY (k.status = 'claimed') DESC, k.claimed_at DESC, k.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

