import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../../kernel/access/scope.js';
import { maskPhone } from '../../../kernel/org/id-number.js';
import { entrepreneurInScope } from '../pairing.access.js';
import { districts, sectors } from '../pairing.reference.js';
import type { EntrepreneurListQuery } from './entrepreneurs.dto.js';
import type { EntrepreneurStatus } from '../pairing.schema.js';

const sectorName = new Map<string, string>(sectors.map((s) => [s.code, s.name]));
const districtName = new Map(districts.map((d) => [d.code, d.name]));

export interface EntrepreneurRow {
  id: number;
  name: string;
  birthDate: string | null;
  position: string;
  company: string;
  creditCode: string;
  sector: string;
  districtCode: string;
  size: 'micro' | 'small' | 'medium' | 'large';
  phone: string;
  orgId: number;
  orgPath: string;
  orgName: string;
  source: 'staff' | 'self';
  status: EntrepreneurStatus;
  rejectReason: string | null;
  reviewedAt: Date | string | null;
  accountId: number | null;
  createdAt: Date | string;
  pairId: number | null;
  cadrePersonId: number | null;
  cadreName: string | null;
  cadreOrgName: string | null;
  pairStartedAt: Date | string | null;
}

const columns = sql`e.id, e.name, e.birth_date::text AS "birthDate", e.position, e.company, e.credit_code AS "creditCode", e.sector, e.district_code AS "districtCode",
  e.size, e.phone, e.org_id AS "orgId", e.org_path AS "orgPath", o.name AS "orgName", e.source, e.status, e.reject_reason AS "rejectReason",
  e.reviewed_at AS "reviewedAt", e.account_id AS "accountId", e.created_at AS "createdAt",
  ap.id AS "pairId", ap.cadre_person_id AS "cadrePersonId", cp.name AS "cadreName", co.name AS "cadreOrgName", ap.started_at AS "pairStartedAt"`;

const from = sql`FROM pairing_entrepreneurs e JOIN orgs o ON o.id = e.org_id
  LEFT JOIN pairing_pairs ap ON ap.entrepreneur_id = e.id AND ap.ended_at IS NULL
  LEFT JOIN people cp ON cp.id = ap.cadre_person_id LEFT JOIN orgs co ON co.id = cp.org_id`;

/** The API shape; personal data (the phone) masked unless `masked` is false (audited full read, the entrepreneur themself). */
export function presentEntrepreneur(r: EntrepreneurRow, masked: boolean) {
  return {
    id: r.id,
    name: r.name,
    birthDate: r.birthDate,
    position: r.position,
    company: r.company,
    creditCode: r.creditCode,
    sector: r.sector,
    sectorName: sectorName.get(r.sector) ?? r.sector,
    districtCode: r.districtCode,
    districtName: districtName.get(r.districtCode) ?? r.districtCode,
    size: r.size,
    phone: masked ? maskPhone(r.phone)! : r.phone,
    orgId: r.orgId,
    orgName: r.orgName,
    source: r.source,
    status: r.status,
    rejectReason: r.rejectReason,
    reviewedAt: r.reviewedAt,
    accountId: r.accountId,
    pair: r.pairId ? { id: r.pairId, cadrePersonId: r.cadrePersonId!, cadreName: r.cadreName ?? '', cadreOrgName: r.cadreOrgName ?? '', startedAt: r.pairStartedAt! } : null,
    createdAt: r.createdAt,
  };
}

/** One entrepreneur reachable in the scope, or undefined (unknown and out of scope look the same). */
export async function entrepreneurInScopeById(db: Db, scope: Scope, id: number): Promise<EntrepreneurRow | undefined> {
  const [r] = await rows<EntrepreneurRow>(db, sql`SELECT ${columns} ${from} WHERE e.id = ${id} AND ${entrepreneurInScope(scope)}`);
  return r;
}

/** The entrepreneur record of a signed-in `entrepreneur` account. */
export async function entrepreneurOfAccount(db: Db, accountId: number): Promise<EntrepreneurRow | undefined> {
  const [r] = await rows<EntrepreneurRow>(db, sql`SELECT ${columns} ${from} WHERE e.account_id = ${accountId}`);
  return r;
}

export async function listEntrepreneurs(db: Db, scope: Scope, q: EntrepreneurListQuery, orgPath: string | null) {
  const where: SQL[] = [entrepreneurInScope(scope)];
  if (q.status) where.push(sql`e.status = ${q.status}`);
  if (q.sector) where.push(sql`e.sector = ${q.sector}`);
  if (q.districtCode) where.push(sql`e.district_code = ${q.districtCode}`);
  if (orgPath) where.push(inScope(sql`e.org_path`, { permission: '', paths: [orgPath], personId: null, self: false }));
  if (q.paired) where.push(q.paired === 'true' ? sql`ap.id IS NOT NULL` : sql`ap.id IS NULL`);
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(sql`(e.name ILIKE ${like} OR e.company ILIKE ${like} OR e.credit_code ILIKE ${like})`);
  }
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${cond}`);
  // The review queue reads oldest first; the directory newest first.
  const order = q.status === 'pending' ? sql`e.created_at, e.id` : sql`e.created_at DESC, e.id DESC`;
  const items = await rows<EntrepreneurRow>(db, sql`SELECT ${columns} ${from} WHERE ${cond} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items.map((r) => presentEntrepreneur(r, true)), total: Number(total), page: q.page, pageSize: q.pageSize };
}
