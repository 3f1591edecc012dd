import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import type { Role } from '../../kernel/access/roles.js';

/** A person acting on activities as a participant. */
export interface Caller {
  personId: number;
  orgPath: string;
  roles: Role[];
}

export async function callerOf(db: Db, auth: AuthContext): Promise<Caller> {
  if (!auth.personId) throw new AppError('person_required');
  const roles = [...new Set(auth.assignments.map((a) => a.role))];
  if (auth.personOrgPath) return { personId: auth.personId, orgPath: auth.personOrgPath, roles };
  const [p] = await rows<{ path: string }>(db, sql`SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
  if (!p) throw new AppError('person_required');
  return { personId: auth.personId, orgPath: p.path, roles };
}

export interface ActivityRow {
  id: number;
  type_code: string;
  title: string;
  org_id: number;
  org_path: string;
  status: string;
  capacity: number | null;
  confirmed_count: number;
  waitlist_count: number;
  starts_at: string | Date;
  ends_at: string | Date;
  signup_opens_at: string | Date | null;
  signup_closes_at: string | Date | null;
  audience_paths: string[];
  audience_roles: string[];
  checkin_secret: string;
}

export function inAudience(a: Pick<ActivityRow, 'audience_paths' | 'audience_roles' | 'org_path'>, caller: Caller): boolean {
  const paths = a.audience_paths.length ? a.audience_paths : [a.org_path];
  const pathOk = paths.some((p) => caller.orgPath.startsWith(p));
  const roleOk = a.audience_roles.length === 0 || caller.roles.some((r) => a.audience_roles.includes(r));
  return pathOk && roleOk;
}

/** SQL form of inAudience, for lists a participant sees. */
export function audienceCondition(caller: Caller) {
  return sql`(
    (cardinality(a.audience_paths) = 0 AND ${caller.orgPath} LIKE a.org_path || '%')
    OR EXISTS (SELECT 1 FROM unnest(a.audience_paths) ap WHERE ${caller.orgPath} LIKE ap || '%'))
    AND (cardinality(a.audience_roles) = 0 OR a.audience_roles && ${`{${caller.roles.join(',')}}`}::text[])`;
}

/** Locks the activity row for the rest of the transaction; unknown or not-for-you → refused. */
export async function lockActivity(tx: Db, activityId: number, caller: Caller): Promise<ActivityRow> {
  const [a] = await rows<ActivityRow>(tx, sql`SELECT * FROM activities WHERE id = ${activityId} FOR UPDATE`);
  if (!a || a.status === 'draft') throw new AppError('not_found');
  if (!inAudience(a, caller)) throw new AppError('not_in_audience');
  return a;
}
