import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike, inScope, type Scope } from '../../kernel/access/scope.js';
import { audienceCondition } from './activities.access.js';
import type { Guest } from './commands/guest-seat.js';

/** One attendance of an activity, as other modules need it (e.g. the organiser's service hours). */
export interface AttendanceFact {
  personId: number;
  checkedInAt: string;
  checkedOutAt: string | null;
  /** Half hours present (check-in to check-out within the activity's times); null until checked out. */
  hours: number | null;
}

export async function attendanceOf(db: Db, activityId: number): Promise<AttendanceFact[]> {
  const list = await rows<{ person_id: number; checked_in_at: string; checked_out_at: string | null; service_hours: string | number | null }>(
    db,
    sql`SELECT person_id, checked_in_at, checked_out_at, service_hours FROM activity_attendance WHERE activity_id = ${activityId} ORDER BY checked_in_at, id`,
  );
  return list.map((r) => ({
    personId: r.person_id,
    checkedInAt: new Date(r.checked_in_at).toISOString(),
    checkedOutAt: r.checked_out_at ? new Date(r.checked_out_at).toISOString() : null,
    hours: r.checked_out_at && r.service_hours != null ? Number(r.service_hours) : null,
  }));
}

export interface ActivityBrief {
  id: number;
  title: string;
  typeCode: string;
  categoryCode: string;
  countsServiceHours: boolean;
  orgId: number;
  orgPath: string;
  status: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  capacity: number | null;
}

/** What other modules show of an activity (title, organiser, type, times); undefined when unknown. */
export async function activityBrief(db: Db, id: number): Promise<ActivityBrief | undefined> {
  const [a] = await activityBriefs(db, [id]);
  return a;
}

export async function activityBriefs(db: Db, ids: readonly number[]): Promise<ActivityBrief[]> {
  if (!ids.length) return [];
  const list = await rows<{ id: number; title: string; type_code: string; category_code: string; counts_service_hours: boolean; org_id: number; org_path: string; status: string; starts_at: string; ends_at: string; venue: string; capacity: number | null }>(
    db,
    sql`SELECT a.id, a.title, a.type_code, t.category_code, t.counts_service_hours, a.org_id, a.org_path, a.status, a.starts_at, a.ends_at, a.venue, a.capacity
          FROM activities a JOIN activity_types t ON t.code = a.type_code WHERE a.id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
  );
  return list.map((a) => ({
    id: a.id,
    title: a.title,
    typeCode: a.type_code,
    categoryCode: a.category_code,
    countsServiceHours: Boolean(a.counts_service_hours),
    orgId: a.org_id,
    orgPath: a.org_path,
    status: a.status,
    startsAt: new Date(a.starts_at).toISOString(),
    endsAt: new Date(a.ends_at).toISOString(),
    venue: a.venue,
    capacity: a.capacity,
  }));
}

export interface GuestActivity {
  id: number;
  title: string;
  description: string;
  orgName: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  confirmedCount: number;
  signupOpensAt: string | null;
  signupClosesAt: string | null;
  status: string;
}

/**
 * Published activities of one type for a guest of another module (pairing's entrepreneurs): `upcoming` ones open to
 * the guest (their audience covers one of the guest's organisation paths and role), or — with `ids` — the ones the
 * guest is involved in, `upcoming` or `past`. Soonest first; past ones latest first.
 */
export async function listGuestActivities(
  db: Db,
  p: { guest: Guest; typeCode: string; when: 'upcoming' | 'past'; ids?: readonly number[]; q?: string; page: number; pageSize: number },
) {
  const audience = sql.join(
    p.guest.orgPaths.map((orgPath) => sql`(${audienceCondition({ personId: 0, orgPath, roles: [p.guest.role] })})`),
    sql` OR `,
  );
  const conds: SQL[] = [sql`a.type_code = ${p.typeCode}`, sql`a.status = 'published'`, p.when === 'upcoming' ? sql`a.ends_at > now()` : sql`a.ends_at <= now()`];
  if (p.ids) conds.push(p.ids.length ? sql`a.id = ANY(${`{${p.ids.join(',')}}`}::int[])` : sql`false`);
  else conds.push(p.guest.orgPaths.length ? sql`(${audience})` : sql`false`);
  if (p.q) conds.push(sql`a.title ILIKE ${'%' + escapeLike(p.q) + '%'}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM activities a WHERE ${where}`);
  const items = await rows<GuestActivity>(
    db,
    sql`SELECT a.id, a.title, a.description, o.name AS "orgName", a.venue, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.capacity,
               a.confirmed_count AS "confirmedCount", a.signup_opens_at AS "signupOpensAt", a.signup_closes_at AS "signupClosesAt", a.status
          FROM activities a JOIN orgs o ON o.id = a.org_id WHERE ${where}
         ORDER BY ${p.when === 'upcoming' ? sql`a.starts_at, a.id` : sql`a.starts_at DESC, a.id DESC`} LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/**
 * For other modules' figures over activities of one type that took place (published, already ended): a subquery of
 * those activities (id, title, org_id, org_path, starts_at), and one of their people's attendances (activity_id,
 * person_id, checked_in_at, and title, org_path and starts_at of the activity). Scope and period are the caller's to filter.
 */
const tookPlace = (typeCode: string) => sql`a.type_code = ${typeCode} AND a.status = 'published' AND a.ends_at <= now()`;
export const heldOfType = (typeCode: string) => sql`(SELECT a.id, a.title, a.org_id, a.org_path, a.starts_at FROM activities a WHERE ${tookPlace(typeCode)})`;
export const attendanceOfType = (typeCode: string) =>
  sql`(SELECT x.id, x.activity_id, x.person_id, x.checked_in_at, a.title, a.org_path, a.starts_at FROM activity_attendance x JOIN activities a ON a.id = x.activity_id WHERE ${tookPlace(typeCode)})`;

/** An activity of another module's list (e.g. pairing's co-study sessions), with its people's side of the counts. */
export interface ScopedActivity {
  id: number;
  title: string;
  orgName: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  /** Seats taken and places waiting, over people and guests. */
  confirmedCount: number;
  waitlistCount: number;
  status: string;
  peopleConfirmed: number;
  peopleWaitlisted: number;
  peopleAttended: number;
}

/**
 * Activities of one type organised within the scope (not drafts), newest first: for a module that shows them under its
 * own permission instead of activities.read. `when` upcoming = not yet ended, past = ended.
 */
export async function listOfTypeInScope(
  db: Db,
  p: { typeCode: string; scope: Scope; when?: 'upcoming' | 'past'; q?: string; page: number; pageSize: number },
): Promise<{ items: ScopedActivity[]; total: number; page: number; pageSize: number }> {
  const conds: SQL[] = [sql`a.type_code = ${p.typeCode}`, sql`a.status <> 'draft'`, inScope(sql`a.org_path`, p.scope)];
  if (p.when) conds.push(p.when === 'upcoming' ? sql`a.ends_at > now()` : sql`a.ends_at <= now()`);
  if (p.q) conds.push(sql`a.title ILIKE ${'%' + escapeLike(p.q) + '%'}`);
  const where = sql.join(conds, sql` AND `);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM activities a WHERE ${where}`);
  const items = await rows<ScopedActivity>(
    db,
    sql`SELECT a.id, a.title, o.name AS "orgName", a.venue, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.capacity,
               a.confirmed_count AS "confirmedCount", a.waitlist_count AS "waitlistCount", a.status,
               (SELECT count(*)::int FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'confirmed') AS "peopleConfirmed",
               (SELECT count(*)::int FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'waitlisted') AS "peopleWaitlisted",
               (SELECT count(*)::int FROM activity_attendance x WHERE x.activity_id = a.id) AS "peopleAttended"
          FROM activities a JOIN orgs o ON o.id = a.org_id WHERE ${where}
         ORDER BY a.starts_at DESC, a.id DESC LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}
