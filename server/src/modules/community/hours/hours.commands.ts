import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { ModuleContext } from '../../../kernel/module.js';
import type { DomainEvents } from '../../../kernel/events.js';
import { attendanceOf } from '../../activities/index.js';
import { forMyCommunities } from './staff-scope.js';
import './hours.events.js';

type CheckedOut = DomainEvents['activities.checked_out'];

/** The community an activity serves, when it is one of the community's volunteer activities. */
async function communityOf(db: Db, activityId: number): Promise<number | undefined> {
  const [r] = await rows<{ community_id: number }>(db, sql`SELECT community_id FROM community_activities WHERE activity_id = ${activityId}`);
  return r?.community_id;
}

/**
 * 谁组织谁记录: an attendance of a community volunteer activity ended, so the organiser's record of service hours gets a
 * pending row with the hours present (never what the member says). Activities not linked to a community (community_activities)
 * have no community to confirm them and get no service hours. Idempotent per (activity, person).
 */
export async function recordFromCheckout(ctx: ModuleContext, e: CheckedOut): Promise<boolean> {
  if (!e.countsServiceHours) return false;
  const communityId = await communityOf(ctx.db, e.activityId);
  if (!communityId) return false;
  return transaction(ctx.db, async (tx) => {
    const inserted = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO community_service_hours (activity_id, person_id, community_id, org_path, recorded_hours, recorded_by)
          VALUES (${e.activityId}, ${e.personId}, ${communityId}, ${e.orgPath}, ${e.hours}, ${e.recordedBy})
          ON CONFLICT (activity_id, person_id) DO NOTHING RETURNING id`,
    );
    if (inserted.length) {
      await audit(tx, null, {
        action: 'community.hours_record',
        entity: 'service_hours',
        entityId: inserted[0].id,
        orgId: e.orgId,
        orgPath: e.orgPath,
        summary: `activity ${e.activityId}, person ${e.personId}: ${e.hours} h from attendance`,
        actor: { accountId: e.recordedBy, username: e.recordedBy ? `account ${e.recordedBy}` : 'attendance' },
      });
    }
    return inserted.length > 0;
  });
}

/** The organiser records hours from attendance for everyone checked out and not recorded yet (e.g. closed before linking). */
export async function recordFromAttendance(db: Db, req: FastifyRequest, activity: { id: number; orgId: number; orgPath: string; countsServiceHours: boolean }) {
  if (!activity.countsServiceHours) throw new AppError('invalid_transition', [{ field: 'id', message: 'this kind of activity counts no service hours' }]);
  const communityId = await communityOf(db, activity.id);
  if (!communityId) throw new AppError('invalid_transition', [{ field: 'id', message: 'the activity has no community to confirm its hours' }]);
  const attendance = await attendanceOf(db, activity.id);
  return transaction(db, async (tx) => {
    let recorded = 0;
    for (const a of attendance.filter((x) => x.hours != null)) {
      const r = await rows(
        tx,
        sql`INSERT INTO community_service_hours (activity_id, person_id, community_id, org_path, recorded_hours, recorded_by)
            VALUES (${activity.id}, ${a.personId}, ${communityId}, ${activity.orgPath}, ${a.hours}, ${req.auth?.accountId ?? null})
            ON CONFLICT (activity_id, person_id) DO NOTHING RETURNING id`,
      );
      recorded += r.length;
    }
    if (recorded) await audit(tx, req, { action: 'community.hours_record', entity: 'activity', entityId: activity.id, orgId: activity.orgId, orgPath: activity.orgPath, summary: `${recorded} rows from attendance` });
    return { recorded, notCheckedOut: attendance.filter((x) => x.hours == null).length };
  });
}

/** The organiser adjusts hours with a reason; a returned row goes back to pending. Confirmed hours are final. */
export async function adjustHours(db: Db, req: FastifyRequest, row: { id: number; status: string; hours: number | string; orgPath: string }, input: { hours: number; reason: string }) {
  if (row.status === 'confirmed') throw new AppError('invalid_transition', [{ field: 'id', message: 'confirmed hours cannot be adjusted' }]);
  await transaction(db, async (tx) => {
    const done = await rows(
      tx,
      sql`UPDATE community_service_hours SET adjusted_hours = ${input.hours}, adjust_reason = ${input.reason}, adjusted_by = ${req.auth?.accountId ?? null},
                 adjusted_at = now(), status = 'pending'
           WHERE id = ${row.id} AND status IN ('pending', 'returned') RETURNING id`,
    );
    if (!done.length) throw new AppError('invalid_transition', [{ field: 'id', message: 'confirmed hours cannot be adjusted' }]);
    await audit(tx, req, {
      action: 'community.hours_adjust',
      entity: 'service_hours',
      entityId: row.id,
      orgPath: row.orgPath,
      summary: input.reason,
      before: { hours: Number(row.hours), status: row.status },
      after: { hours: input.hours, status: 'pending' },
    });
  });
}

type Decided = { id: number; activity_id: number; person_id: number; community_id: number; org_path: string; hours: string | number };

/**
 * Community staff decide pending rows of their own communities, all or nothing: an id outside their communities is
 * not found, one not pending refuses the whole request.
 */
async function decide(db: Db, req: FastifyRequest, auth: AuthContext, ids: number[], to: 'confirmed' | 'returned', reason?: string): Promise<Decided[]> {
  const unique = [...new Set(ids)];
  const idList = sql.join(unique.map((i) => sql`${i}`), sql`, `);
  return transaction(db, async (tx) => {
    const mine = await rows<{ id: number; status: string }>(
      tx,
      sql`SELECT id, status FROM community_service_hours h WHERE h.id IN (${idList}) AND ${forMyCommunities(sql`h.community_id`, auth)} FOR UPDATE`,
    );
    const found = new Map(mine.map((r) => [r.id, r.status]));
    const missing = unique.filter((i) => !found.has(i));
    if (missing.length) throw new AppError('not_found', missing.map((i) => ({ field: `ids.${ids.indexOf(i)}`, message: 'hours not found' })));
    const notPending = unique.filter((i) => found.get(i) !== 'pending');
    if (notPending.length) throw new AppError('invalid_transition', notPending.map((i) => ({ field: `ids.${ids.indexOf(i)}`, message: `status is ${found.get(i)}` })));
    const changed = await rows<Decided>(
      tx,
      to === 'confirmed'
        ? sql`UPDATE community_service_hours SET status = 'confirmed', confirmed_by = ${auth.accountId}, confirmed_at = now()
               WHERE id IN (${idList}) RETURNING id, activity_id, person_id, community_id, org_path, hours`
        : sql`UPDATE community_service_hours SET status = 'returned', return_reason = ${reason!}, returned_at = now()
               WHERE id IN (${idList}) RETURNING id, activity_id, person_id, community_id, org_path, hours`,
    );
    for (const r of changed) {
      await audit(tx, req, {
        action: to === 'confirmed' ? 'community.hours_confirm' : 'community.hours_return',
        entity: 'service_hours',
        entityId: r.id,
        orgPath: r.org_path,
        summary: to === 'confirmed' ? `${Number(r.hours)} h confirmed` : reason,
        before: { status: 'pending' },
        after: { status: to },
      });
    }
    return changed;
  });
}

export async function confirmHours(ctx: ModuleContext, req: FastifyRequest, auth: AuthContext, ids: number[]) {
  const done = await decide(ctx.db, req, auth, ids, 'confirmed');
  // After the commit: points and figures follow confirmed hours only.
  for (const r of done) {
    await ctx.events.publish('community.hours_confirmed', { hoursId: r.id, activityId: r.activity_id, personId: r.person_id, communityId: r.community_id, orgPath: r.org_path, hours: Number(r.hours) });
  }
  return done.length;
}

export async function returnHours(db: Db, req: FastifyRequest, auth: AuthContext, ids: number[], reason: string) {
  return (await decide(db, req, auth, ids, 'returned', reason)).length;
}
