import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { pageClause } from '../../kernel/db/paging.js';
import { pageWithTotal } from '../../kernel/db/page-with-total.js';
import { audienceReachesScope, escapeLike, inScope, originOf, ownedAbove, type Scope } from '../../kernel/access/scope.js';
import { audienceCondition, type Caller } from './activities.access.js';
import type { listQuery, participantListQuery } from './activities.dto.js';
import type { attendanceOut, managedActivityOut, myActivityOut, signupOut, typesAndCategoriesOut } from './activities.responses.js';

type ManagedActivityOut = z.infer<typeof managedActivityOut>;
type MyActivityOut = z.infer<typeof myActivityOut>;

const columns = sql`a.id, a.type_code AS "typeCode", t.name AS "typeName", t.category_code AS "categoryCode", c.name AS "categoryName",
  a.title, a.description, a.org_id AS "orgId", o.name AS "orgName", a.venue, a.starts_at AS "startsAt", a.ends_at AS "endsAt",
  a.capacity, a.signup_opens_at AS "signupOpensAt", a.signup_closes_at AS "signupClosesAt", a.status, a.summary,
  a.confirmed_count AS "confirmedCount", a.waitlist_count AS "waitlistCount", a.attended_count AS "attendedCount"`;
const from = sql`FROM activities a JOIN activity_types t ON t.code = a.type_code JOIN activity_categories c ON c.code = t.category_code JOIN orgs o ON o.id = a.org_id`;

/**
 * Organisers' columns: an activity organised above them (origin city/above) counts sign-ups and attendance of their own
 * people only; their own activities keep the stored totals.
 */
function managedColumns(scope: Scope) {
  const own = inScope(sql`a.org_path`, scope);
  const mine = (table: string, extra: SQL) =>
    sql`(SELECT count(*)::int FROM ${sql.raw(table)} x JOIN people xp ON xp.id = x.person_id JOIN orgs xo ON xo.id = xp.org_id WHERE x.activity_id = a.id AND ${inScope(sql`xo.path`, scope)}${extra})`;
  return sql`a.id, a.type_code AS "typeCode", t.name AS "typeName", t.category_code AS "categoryCode", c.name AS "categoryName",
  a.title, a.description, a.org_id AS "orgId", o.name AS "orgName", a.venue, a.starts_at AS "startsAt", a.ends_at AS "endsAt",
  a.capacity, a.signup_opens_at AS "signupOpensAt", a.signup_closes_at AS "signupClosesAt", a.status, a.summary,
  CASE WHEN ${own} THEN a.confirmed_count ELSE ${mine('activity_signups', sql` AND x.status = 'confirmed'`)} END AS "confirmedCount",
  CASE WHEN ${own} THEN a.waitlist_count ELSE ${mine('activity_signups', sql` AND x.status = 'waitlisted'`)} END AS "waitlistCount",
  CASE WHEN ${own} THEN a.attended_count ELSE ${mine('activity_attendance', sql``)} END AS "attendedCount",
  ${originOf(sql`a.org_path`, sql`o.parent_id`, scope)} AS origin`;
}

/**
 * Activities an organiser sees: organised in their scope, and published ones organised above them (by an ancestor
 * organisation) whose audience holds their
 * people or where their people signed up or checked in (read-only there; lists and counts cover their people only).
 */
function managedVisible(scope: Scope): SQL {
  const theirs = (table: string) =>
    sql`EXISTS (SELECT 1 FROM ${sql.raw(table)} x JOIN people xp ON xp.id = x.person_id JOIN orgs xo ON xo.id = xp.org_id WHERE x.activity_id = a.id AND ${inScope(sql`xo.path`, scope)})`;
  const reached = sql`a.status <> 'draft' AND ${ownedAbove(sql`a.org_path`, scope)} AND (${audienceReachesScope(sql`a.audience_paths`, sql`a.org_path`, scope)} OR ${theirs('activity_signups')} OR ${theirs('activity_attendance')})`;
  return sql`(${inScope(sql`a.org_path`, scope)} OR (${reached}))`;
}

async function page<T>(db: Db, where: SQL, order: SQL, p: { page: number; pageSize: number }, extra: SQL = sql``, cols: SQL = columns) {
  const { items, total } = await pageWithTotal<T>(
    db,
    sql`SELECT count(*)::int ${from} WHERE ${where}`,
    (totalColumn) => sql`SELECT ${cols} ${extra}, ${totalColumn} ${from} WHERE ${where} ORDER BY ${order} ${pageClause(p.pageSize, p.page)}`,
  );
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/** Organisers' list: activities organised inside the caller's scope, and those above that reach their people. */
export function listManaged(db: Db, scope: Scope, q: z.infer<typeof listQuery>) {
  const conds: SQL[] = [managedVisible(scope)];
  if (q.q) conds.push(sql`a.title ILIKE ${'%' + escapeLike(q.q) + '%'}`);
  if (q.typeCode) conds.push(sql`a.type_code = ${q.typeCode}`);
  if (q.categoryCode) conds.push(sql`t.category_code = ${q.categoryCode}`);
  if (q.status) conds.push(sql`a.status = ${q.status}`);
  if (q.from) conds.push(sql`a.ends_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) conds.push(sql`a.starts_at < ${q.to.toISOString()}::timestamptz`);
  return page<ManagedActivityOut>(db, sql.join(conds, sql` AND `), sql`a.starts_at DESC, a.id DESC`, q, sql``, managedColumns(scope));
}

/** An activity organised inside the scope (the organiser may change it). */
export async function getManaged(db: Db, scope: Scope, id: number) {
  const [a] = await rows<ManagedActivityOut>(db, sql`SELECT ${managedColumns(scope)} ${from} WHERE a.id = ${id} AND ${inScope(sql`a.org_path`, scope)}`);
  return a ?? null;
}

/** An activity the organiser sees (own, or above and reaching their people: `origin` tells). */
export async function getVisible(db: Db, scope: Scope, id: number) {
  const [a] = await rows<ManagedActivityOut>(db, sql`SELECT ${managedColumns(scope)} ${from} WHERE a.id = ${id} AND ${managedVisible(scope)}`);
  return a ?? null;
}

/** People of the scope only, for an activity organised above (null: everyone, the activity is the caller's own). */
const peopleOf = (scope: Scope | null) => (scope ? sql` AND ${inScope(sql`o.path`, scope)}` : sql``);

const mineOf = (caller: Caller) => sql`(SELECT s.status FROM activity_signups s WHERE s.activity_id = a.id AND s.person_id = ${caller.personId})`;
const attendedOf = (caller: Caller) => sql`(SELECT x.checked_in_at FROM activity_attendance x WHERE x.activity_id = a.id AND x.person_id = ${caller.personId})`;

function participantColumns(caller: Caller) {
  const mine = mineOf(caller);
  const attended = attendedOf(caller);
  const position = sql`(SELECT count(*)::int FROM activity_signups w, activity_signups me
      WHERE me.activity_id = a.id AND me.person_id = ${caller.personId} AND me.status = 'waitlisted'
        AND w.activity_id = a.id AND w.status = 'waitlisted' AND (w.created_at, w.id) <= (me.created_at, me.id))`;
  return sql`, ${mine} AS "mySignup", ${attended} AS "myCheckedInAt", NULLIF(${position}, 0) AS "myWaitPosition"`;
}

/** One activity as a participant sees it: only if it is open to them or they are involved. */
export async function getForParticipant(db: Db, caller: Caller, id: number) {
  const involved = sql`EXISTS (SELECT 1 FROM activity_signups s WHERE s.activity_id = a.id AND s.person_id = ${caller.personId} AND s.status <> 'cancelled')
    OR EXISTS (SELECT 1 FROM activity_attendance x WHERE x.activity_id = a.id AND x.person_id = ${caller.personId})`;
  const [a] = await rows<MyActivityOut>(
    db,
    sql`SELECT ${columns} ${participantColumns(caller)} ${from} WHERE a.id = ${id} AND a.status <> 'draft' AND ((${audienceCondition(caller)}) OR ${involved})`,
  );
  return a ?? null;
}

/** A participant's view: what is open to them, or what they signed up for / attended. */
export function listForParticipant(db: Db, caller: Caller, q: z.infer<typeof participantListQuery>) {
  const mine = mineOf(caller);
  const attended = attendedOf(caller);
  const extra = participantColumns(caller);
  // One category only (the care page on the phone lists 关心关爱 events), when asked.
  const ofCategory = q.categoryCode ? sql` AND a.type_code IN (SELECT code FROM activity_types WHERE category_code = ${q.categoryCode})` : sql``;
  if (q.view === 'upcoming') {
    return page<MyActivityOut>(db, sql`a.status = 'published' AND a.ends_at > now() AND ${audienceCondition(caller)}${ofCategory}`, sql`a.starts_at, a.id`, q, extra);
  }
  const involved = sql`(${mine} IN ('confirmed', 'waitlisted') OR ${attended} IS NOT NULL)`;
  if (q.view === 'mine') return page<MyActivityOut>(db, sql`${involved} AND a.ends_at > now()${ofCategory}`, sql`a.starts_at, a.id`, q, extra);
  return page<MyActivityOut>(db, sql`${involved} AND a.ends_at <= now()${ofCategory}`, sql`a.starts_at DESC, a.id DESC`, q, extra);
}

export function attendanceList(db: Db, activityId: number, onlyScope: Scope | null = null) {
  return rows<z.infer<typeof attendanceOut>>(
    db,
    sql`SELECT x.person_id AS "personId", p.name, o.name AS "orgName", x.method, x.checked_in_at AS "checkedInAt",
               x.checked_out_at AS "checkedOutAt", x.service_hours AS "serviceHours",
               (SELECT s.status FROM activity_signups s WHERE s.activity_id = x.activity_id AND s.person_id = x.person_id) AS signup
          FROM activity_attendance x JOIN people p ON p.id = x.person_id JOIN orgs o ON o.id = p.org_id
         WHERE x.activity_id = ${activityId}${peopleOf(onlyScope)} ORDER BY x.checked_in_at, x.id`,
  );
}

export function signupList(db: Db, activityId: number, onlyScope: Scope | null = null) {
  return rows<z.infer<typeof signupOut>>(
    db,
    sql`SELECT s.person_id AS "personId", p.name, o.name AS "orgName", s.status, s.created_at AS "createdAt"
          FROM activity_signups s JOIN people p ON p.id = s.person_id JOIN orgs o ON o.id = p.org_id
         WHERE s.activity_id = ${activityId} AND s.status <> 'cancelled'${peopleOf(onlyScope)} ORDER BY s.status, s.created_at, s.id`,
  );
}

type TypesAndCategories = z.infer<typeof typesAndCategoriesOut>;

export async function typesAndCategories(db: Db): Promise<TypesAndCategories> {
  const categories = await rows<TypesAndCategories['categories'][number]>(db, sql`SELECT code, name, name_en AS "nameEn", active FROM activity_categories ORDER BY sort, code`);
  const types = await rows<TypesAndCategories['types'][number]>(db, sql`SELECT code, name, name_en AS "nameEn", category_code AS "categoryCode", counts_service_hours AS "countsServiceHours", active FROM activity_types ORDER BY sort, code`);
  return { categories, types };
}
