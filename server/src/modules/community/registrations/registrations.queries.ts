import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { escapeLike } from '../../../kernel/access/scope.js';
import { AppError } from '../../../kernel/errors.js';
import type { z } from 'zod';
import { districtName, streetName } from '../communities/regions.js';
import type { memberRegistrationRow, orgRegistration as orgRegistrationOut } from './registrations.responses.js';

interface Named {
  districtCode: string;
  streetCode: string;
}

/** Adds district and street names (they live in the reference file, not the database). */
export const withPlaceNames = <T extends Named>({ districtCode, ...r }: T) => ({ ...r, districtName: districtName.get(districtCode) ?? districtCode, streetName: streetName.get(r.streetCode) ?? r.streetCode });

const memberColumns = sql`m.id, m.person_id AS "personId", m.community_id AS "communityId", c.name AS "communityName", c.district_code AS "districtCode", c.street_code AS "streetCode",
  m.address, (m.proof_file_key IS NOT NULL) AS "hasProof", m.status, m.reason, m.created_at AS "createdAt", m.decided_at AS "decidedAt", m.left_at AS "leftAt"`;

type Placed<T> = Omit<T, 'districtName' | 'streetName'> & { districtCode: string };
type MemberRow = Placed<Omit<z.input<typeof memberRegistrationRow>, 'personName' | 'orgName'>>;
type MemberRowNamed = Placed<z.input<typeof memberRegistrationRow>>;
type OrgRow = Placed<z.input<typeof orgRegistrationOut>>;

/** A member's registrations, newest first: the active one (pending or confirmed) and the history. */
export async function memberRegistrationsOf(db: Db, personId: number) {
  const all = (await rows<MemberRow>(db, sql`SELECT ${memberColumns} FROM community_member_registrations m JOIN communities c ON c.id = m.community_id WHERE m.person_id = ${personId} ORDER BY m.created_at DESC, m.id DESC`)).map(withPlaceNames);
  const current = all.find((r) => r.status === 'pending' || r.status === 'confirmed') ?? null;
  return { current, history: all.filter((r) => r !== current) };
}

export async function memberRegistration(db: Db, id: number) {
  const [r] = await rows<MemberRow>(db, sql`SELECT ${memberColumns} FROM community_member_registrations m JOIN communities c ON c.id = m.community_id WHERE m.id = ${id}`);
  if (!r) throw new AppError('not_found');
  return withPlaceNames(r);
}

/** Registrations with the member's name and organisation, narrowed by `within` (the staff's communities, or the organiser's subtree). */
export async function listMemberRegistrations(db: Db, q: { page: number; pageSize: number; status?: string; q?: string }, within: SQL) {
  const where: SQL[] = [within];
  if (q.status) where.push(sql`m.status = ${q.status}`);
  if (q.q) where.push(sql`(p.name LIKE ${'%' + escapeLike(q.q) + '%'} OR m.address LIKE ${'%' + escapeLike(q.q) + '%'})`);
  const from = sql`community_member_registrations m JOIN communities c ON c.id = m.community_id JOIN people p ON p.id = m.person_id JOIN orgs o ON o.id = p.org_id WHERE ${sql.join(where, sql` AND `)}`;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM ${from}`);
  const items = await rows<MemberRowNamed>(
    db,
    sql`SELECT ${memberColumns}, p.name AS "personName", o.name AS "orgName" FROM ${from}
         ORDER BY (m.status = 'pending') DESC, m.created_at DESC, m.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map(withPlaceNames), total, page: q.page, pageSize: q.pageSize };
}

const orgColumns = sql`r.id, r.org_id AS "orgId", o.name AS "orgName", r.community_id AS "communityId", c.name AS "communityName", c.district_code AS "districtCode", c.street_code AS "streetCode",
  r.period_start AS "periodStart", r.period_end AS "periodEnd", r.contact_name AS "contactName", r.contact_phone AS "contactPhone", r.agreed_services AS "agreedServices",
  r.note, r.status, r.decline_reason AS "declineReason", r.created_at AS "createdAt", r.decided_at AS "decidedAt", r.ended_at AS "endedAt"`;
const orgFrom = sql`community_org_registrations r JOIN communities c ON c.id = r.community_id JOIN orgs o ON o.id = r.org_id`;

export async function orgRegistration(db: Db, id: number) {
  const [r] = await rows<OrgRow>(db, sql`SELECT ${orgColumns} FROM ${orgFrom} WHERE r.id = ${id}`);
  if (!r) throw new AppError('not_found');
  return withPlaceNames(r);
}

export async function orgRegistrationsById(db: Db, ids: number[]) {
  if (!ids.length) return [];
  const found = await rows<OrgRow>(db, sql`SELECT ${orgColumns} FROM ${orgFrom} WHERE r.id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) ORDER BY r.id`);
  return found.map(withPlaceNames);
}

export async function listOrgRegistrations(db: Db, q: { page: number; pageSize: number; status?: string; communityId?: number; orgId?: number }, within: SQL) {
  const where: SQL[] = [within];
  if (q.status) where.push(sql`r.status = ${q.status}`);
  if (q.communityId) where.push(sql`r.community_id = ${q.communityId}`);
  if (q.orgId) where.push(sql`r.org_id = ${q.orgId}`);
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM ${orgFrom} WHERE ${cond}`);
  const items = await rows<OrgRow>(
    db,
    sql`SELECT ${orgColumns} FROM ${orgFrom} WHERE ${cond} ORDER BY (r.status = 'proposed') DESC, r.created_at DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map(withPlaceNames), total, page: q.page, pageSize: q.pageSize };
}
