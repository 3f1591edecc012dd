import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { pathInScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../kernel/org/referenced-ids.js';
import type { HolidayCalendar } from './workflow/deadlines.js';
import { canTransition, demandActions, transitions, type DemandAction, type DemandStatus } from './workflow/demands.machine.js';
import type { demandChannels, satisfactionValues } from './demands.schema.js';

/** A demand row as the database returns it (snake_case). */
export interface DemandRow {
  id: number | string;
  district_code: string;
  street_code: string | null;
  tracking_code: string;
  channel: (typeof demandChannels)[number];
  category_code: string;
  title: string;
  description: string;
  address: string;
  lat: number | null;
  long: number | null;
  citizen_name: string | null;
  citizen_phone: string | null;
  status: DemandStatus;
  org_id: number | null;
  org_path: string;
  handler_account_id: number | null;
  received_at: string | Date;
  dispatched_at: string | Date | null;
  accepted_at: string | Date | null;
  answered_at: string | Date | null;
  first_answered_at?: string | Date | null;
  closed_at: string | Date | null;
  response_due_at: string | Date;
  resolution_due_at: string | Date;
  answer: string | null;
  return_reason: string | null;
  satisfaction: (typeof satisfactionValues)[number] | null;
  reopen_count: number;
  merged_into_id: number | string | null;
  supervision_level: number;
  photo_count: number;
  anonymised_at: string | Date | null;
  updated_at: string | Date;
}

let rootPathCache: { db: Db; path: string } | null = null;

/** Path of the committee (the root of the tree): unassigned demands sit there, so only city-wide roles see them. */
export async function rootPath(db: Db): Promise<string> {
  if (rootPathCache?.db === db) return rootPathCache.path;
  const [r] = await rows<{ path: string }>(db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!r) throw new Error('organisation tree has no root');
  rootPathCache = { db, path: r.path };
  return r.path;
}

export async function lockDemand(tx: Db, id: number): Promise<DemandRow> {
  const [d] = await rows<DemandRow>(tx, sql`SELECT * FROM demands WHERE id = ${id} FOR UPDATE`);
  if (!d) throw new AppError('not_found');
  return d;
}

/**
 * The actions the caller may take on the demand as it stands, by the checks transition() makes before
 * it writes (status, permission in scope, a pending extension), so that screens offer no more and no less.
 */
export function allowedActions(auth: AuthContext, d: Pick<DemandRow, 'org_path' | 'status'>, pendingExtension: boolean): DemandAction[] {
  return demandActions.filter((action) => {
    if (!canTransition(action, d.status) || !pathInScope(d.org_path, scopeFor(auth, transitions[action].permission))) return false;
    if (action === 'request_extension') return !pendingExtension;
    if (action === 'approve_extension' || action === 'reject_extension') return pendingExtension;
    return true;
  });
}

/** Throws not_found (never forbidden) when the demand lies outside the caller's scope for `permission`. */
export function assertInScope(auth: AuthContext, permission: string, d: Pick<DemandRow, 'org_path'>): Scope {
  const scope = scopeFor(auth, permission);
  if (!pathInScope(d.org_path, scope)) throw new AppError('not_found');
  return scope;
}

export async function loadCalendar(db: Db, from: Date): Promise<HolidayCalendar> {
  const list = await rows<{ day: string; is_workday: boolean }>(
    db,
    sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, is_workday FROM demand_holidays WHERE day >= (${from.toISOString()}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date ORDER BY day LIMIT 2000`,
  );
  return new Map(list.map((h) => [h.day, h.is_workday]));
}

export interface Department {
  id: number;
  path: string;
  name: string;
}

/**
 * Rule for (category, district), else for the category in any district, else the category's default department: one query.
 * The arguments are values, or column references of an outer query.
 */
export function departmentSql(categoryCode: string | SQL, districtCode: string | SQL): SQL {
  return sql`SELECT id, path, name FROM (
      (SELECT o.id, o.path, o.name, 0 AS pref, (r.district_code = '*') AS any_district, r.priority FROM demand_dispatch_rules r JOIN orgs o ON o.id = r.org_id
        WHERE r.category_code = ${categoryCode} AND r.district_code IN (${districtCode}, '*'))
      UNION ALL
      (SELECT o.id, o.path, o.name, 1, true, 0 FROM demand_categories c JOIN orgs o
          ON o.id = c.default_org_id OR (c.default_org_id IS NULL AND o.kind = 'party_committee' AND o.name = c.default_agency || '机关党委')
        WHERE c.code = ${categoryCode})) x
    ORDER BY pref, any_district, priority DESC, id LIMIT 1`;
}

export async function resolveDepartment(db: Db, categoryCode: string, districtCode: string): Promise<Department | null> {
  const [dept] = await rows<Department>(db, departmentSql(categoryCode, districtCode));
  return dept ?? null;
}

/** A department named in a request, inside the caller's `scope`; unknown and outside both answer 404 (existence does not leak). */
export async function departmentById(db: Db, orgId: number, scope: Scope, field = 'orgId'): Promise<Department> {
  const pathOf = await assertOrgsInScope(db, scope, [{ field, id: orgId }]);
  const [o] = await rows<Department>(db, sql`SELECT id, path, name FROM orgs WHERE id = ${orgId}`);
  return { ...o, path: pathOf.get(orgId)! };
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function maskName(name: string | null): string | null {
  if (!name) return name;
  return name.slice(0, 1) + '*'.repeat(Math.max(1, Math.min(name.length - 1, 3)));
}

/** The department the agency name of a party committee org stands for ('市水务管理局机关党委' → '市水务管理局'). */
export function agencyName(orgName: string | null): string {
  return (orgName ?? '').replace(/机关党委$/, '');
}
