import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import { agencyName, fileMime, statusLabels, type DemandStatus } from '../../demands/index.js';
import { sectors } from '../pairing.reference.js';
import { concernCategoryName } from './concern-categories.js';
import type { ConcernListQuery, MyConcernsQuery } from './concerns.dto.js';

const sectorName = new Map<string, string>(sectors.map((s) => [s.code, s.name]));

interface ConcernRow {
  demandId: number;
  districtCode: string;
  category: string;
  sector: string;
  raisedAs: 'entrepreneur' | 'cadre';
  createdAt: Date | string;
  entrepreneurId: number;
  entrepreneurName: string;
  company: string;
  cadrePersonId: number | null;
  cadreName: string | null;
  trackingCode: string;
  title: string;
  description: string;
  status: DemandStatus;
  departmentName: string | null;
  responseDueAt: Date | string;
  resolutionDueAt: Date | string;
  answer: string | null;
  answeredAt: Date | string | null;
  satisfaction: 'satisfied' | 'basically_satisfied' | 'dissatisfied' | null;
  closedAt: Date | string | null;
  files: { id: number; key: string }[];
}

/** Where each kind of reader fetches a concern's attachments (the same files, each route checking its own scope). */
export const attachmentRoutes = {
  entrepreneur: '/api/v1/me/concerns',
  cadre: '/api/v1/me/followed-concerns',
  admin: '/api/v1/pairing/concerns',
} as const;
export type Reader = keyof typeof attachmentRoutes;

// The demand's own state (status, deadlines, department, answer, rating) read beside the link, never copied into it.
const columns = sql`c.demand_id AS "demandId", c.district_code AS "districtCode", c.category, c.sector, c.raised_as AS "raisedAs", c.created_at AS "createdAt",
  e.id AS "entrepreneurId", e.name AS "entrepreneurName", e.company, c.cadre_person_id AS "cadrePersonId", cp.name AS "cadreName",
  d.tracking_code AS "trackingCode", d.title, d.description, d.status, o.name AS "departmentName", d.response_due_at AS "responseDueAt",
  d.resolution_due_at AS "resolutionDueAt", d.answer, d.answered_at AS "answeredAt", d.satisfaction, d.closed_at AS "closedAt",
  (SELECT coalesce(json_agg(json_build_object('id', f.id, 'key', f.file_key) ORDER BY f.id), '[]'::json) FROM demand_photos f WHERE f.district_code = d.district_code AND f.demand_id = d.id) AS files`;
const from = sql`FROM pairing_concerns c JOIN pairing_entrepreneurs e ON e.id = c.entrepreneur_id
  JOIN demands d ON d.district_code = c.district_code AND d.id = c.demand_id
  LEFT JOIN orgs o ON o.id = d.org_id LEFT JOIN people cp ON cp.id = c.cadre_person_id`;

export function presentConcern({ files, ...r }: ConcernRow, reader: Reader) {
  const demandId = Number(r.demandId);
  return {
    ...r,
    demandId,
    attachments: files.map((f) => ({ id: Number(f.id), mime: fileMime(f.key), url: `${attachmentRoutes[reader]}/${demandId}/attachments/${Number(f.id)}` })),
    categoryName: concernCategoryName.get(r.category) ?? r.category,
    sectorName: sectorName.get(r.sector) ?? r.sector,
    statusLabel: statusLabels[r.status],
    departmentName: r.departmentName === null ? null : agencyName(r.departmentName),
    canRate: r.status === 'answered',
  };
}

async function page(db: Db, reader: Reader, where: SQL[], q: { page: number; pageSize: number }) {
  const cond = sql.join(where, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${cond}`);
  const items = await rows<ConcernRow>(db, sql`SELECT ${columns} ${from} WHERE ${cond} ORDER BY c.created_at DESC, c.demand_id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: items.map((r) => presentConcern(r, reader)), total, page: q.page, pageSize: q.pageSize };
}

const statusIs = (status?: DemandStatus) => (status ? [sql`d.status = ${status}`] : []);

/** An entrepreneur's own concerns (by their account). */
export const entrepreneursConcerns = (db: Db, accountId: number, q: MyConcernsQuery) => page(db, 'entrepreneur', [sql`e.account_id = ${accountId}`, ...statusIs(q.status)], q);

/** The concerns a cadre follows: those raised while the entrepreneur was paired with them. */
export const cadresConcerns = (db: Db, personId: number, q: MyConcernsQuery) => page(db, 'cadre', [sql`c.cadre_person_id = ${personId}`, ...statusIs(q.status)], q);

/** Admins: concerns whose organisation in charge (when raised) lies in the scope, with counts by category, sector, status and department. */
export async function listConcerns(db: Db, scope: Scope, q: ConcernListQuery) {
  const where = [inScope(sql`c.org_path`, scope)];
  if (q.category) where.push(sql`c.category = ${q.category}`);
  if (q.sector) where.push(sql`c.sector = ${q.sector}`);
  if (q.entrepreneurId) where.push(sql`c.entrepreneur_id = ${q.entrepreneurId}`);
  where.push(...statusIs(q.status));
  const cond = sql.join(where, sql` AND `);
  const counts = await rows<{ dim: 'category' | 'sector' | 'status'; key: string; count: number }>(
    db,
    sql`SELECT dim, key, count(*)::int AS count FROM (SELECT c.category, c.sector, d.status ${from} WHERE ${cond}) x
          CROSS JOIN LATERAL (VALUES ('category', x.category), ('sector', x.sector), ('status', x.status)) AS v(dim, key)
         GROUP BY dim, key ORDER BY dim, count DESC, key`,
  );
  const by = (dim: string) => counts.filter((c) => c.dim === dim).map(({ key, count }) => ({ key, count }));
  // The department handling each (the demand's own, so it follows redispatch); not yet dispatched ones under 'none'.
  const departments = await rows<{ orgId: number | null; name: string | null; count: number }>(
    db,
    sql`SELECT d.org_id AS "orgId", o.name, count(*)::int AS count ${from} WHERE ${cond} GROUP BY d.org_id, o.name ORDER BY count DESC, d.org_id NULLS LAST`,
  );
  const byDepartment = departments.map((r) => ({ key: r.orgId === null ? 'none' : String(r.orgId), name: r.orgId === null ? '待派单' : agencyName(r.name), count: r.count }));
  return { ...(await page(db, 'admin', where, q)), counts: { byCategory: by('category'), bySector: by('sector'), byStatus: by('status'), byDepartment } };
}

/** The concern behind demand `demandId` if it is this entrepreneur account's own; anyone else's is the same 404 as none. */
export async function ownConcern(db: Db, accountId: number, demandId: number) {
  const [r] = await rows<ConcernRow>(db, sql`SELECT ${columns} ${from} WHERE c.demand_id = ${demandId} AND e.account_id = ${accountId}`);
  if (!r) throw new AppError('not_found');
  return r;
}

export async function concernByDemand(db: Db, demandId: number, reader: Reader) {
  const [r] = await rows<ConcernRow>(db, sql`SELECT ${columns} ${from} WHERE c.demand_id = ${demandId}`);
  if (!r) throw new AppError('not_found');
  return presentConcern(r, reader);
}

/** The demand key of a concern the reader may see (the same rules as the lists); anyone else's is the same 404 as none. */
export async function visibleConcernKey(db: Db, demandId: number, reader: { entrepreneurAccountId: number } | { cadrePersonId: number } | { scope: Scope }) {
  const who =
    'entrepreneurAccountId' in reader ? sql`e.account_id = ${reader.entrepreneurAccountId}` : 'cadrePersonId' in reader ? sql`c.cadre_person_id = ${reader.cadrePersonId}` : inScope(sql`c.org_path`, reader.scope);
  const [k] = await rows<{ districtCode: string; id: number }>(
    db,
    sql`SELECT c.district_code AS "districtCode", c.demand_id AS id FROM pairing_concerns c JOIN pairing_entrepreneurs e ON e.id = c.entrepreneur_id WHERE c.demand_id = ${demandId} AND ${who}`,
  );
  if (!k) throw new AppError('not_found');
  return { districtCode: k.districtCode, id: Number(k.id) };
}
