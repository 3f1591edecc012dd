import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows } from '../../../kernel/db/client.js';
import type { serviceHours } from '../hours.schema.js';
import { communityActivities, communityNeeds, needClaims } from '../needs.schema.js';
import { bulkInsert } from './bulk.js';
import { adjustReasons, returnReasons } from './names.js';
import { DAY } from './plan.js';
import type { ServicePlan } from './service-plan.js';
import { inChunks, type SeedWorld } from './world.js';

export interface ServiceFigures {
  needs: number;
  activities: number;
  personTimes: number;
  hoursRows: number;
  confirmedRows: number;
  confirmedHours: number;
  served: number;
}

/**
 * Writes the planned service: needs, volunteer activities (rows of the activities engine, as its own seed writes them),
 * claims pointing at both, the community links, attendance, and the organisers' hours rows (谁组织谁记录), confirmed
 * by the communities' staff except the last days' (pending), a few left pending and a few returned with a reason.
 */
export async function writeService(w: SeedWorld, plan: ServicePlan): Promise<ServiceFigures> {
  const { r, tx, now } = w;
  const { needs, claims, activities: planned, personTimes } = plan;
  const needIds = (await inChunks(needs, 1000, (b) => tx.insert(communityNeeds).values(b).returning({ id: communityNeeds.id }))).map((x) => x.id);
  const activityIds: number[] = [];
  for (let i = 0; i < planned.length; i += 500) {
    const values = planned.slice(i, i + 500).map(
      (a) => sql`('volunteer_service', ${a.title}, ${a.description}, ${a.org.id}, ${a.org.path}, ${a.venue}, ${new Date(a.start).toISOString()}::timestamptz,
                  ${new Date(a.end).toISOString()}::timestamptz, ${a.capacity}, 'published', ${randomBytes(18).toString('base64url')}, ${a.attendees.length},
                  ${a.attendees.length ? '志愿服务活动已圆满结束。' : null}, ${a.organiser}, ${new Date(a.createdAt).toISOString()}::timestamptz)`,
    );
    const ids = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO activities (type_code, title, description, org_id, org_path, venue, starts_at, ends_at, capacity, status, checkin_secret, confirmed_count, summary, created_by, created_at)
          VALUES ${sql.join(values, sql`, `)} RETURNING id`,
    );
    activityIds.push(...ids.map((x) => x.id));
  }
  const activityOfClaim = new Map(planned.flatMap((a, i) => (a.claim === undefined ? [] : [[a.claim, activityIds[i]] as const])));
  const claimIds = (
    await inChunks(claims.map((c, k) => ({ ...c, k })), 1000, (b) =>
      tx
        .insert(needClaims)
        .values(b.map(({ need: n, k, ...c }) => ({ ...c, needId: needIds[n], activityId: activityOfClaim.get(k) ?? null })))
        .returning({ id: needClaims.id }),
    )
  ).map((x) => x.id);
  const links = planned.map((a, i) => ({
    activityId: activityIds[i], communityId: a.community.id, needId: a.need === undefined ? null : needIds[a.need], claimId: a.claim === undefined ? null : claimIds[a.claim],
    teamId: a.team?.id ?? null, createdAt: new Date(a.createdAt),
  }));
  await inChunks(links, 1000, (b) => tx.insert(communityActivities).values(b).returning({ activityId: communityActivities.activityId }));

  const attendance = planned.flatMap((a, i) => a.attendees.map((x) => ({ activityId: activityIds[i], ...x })));
  await bulkInsert(tx, 'activity_attendance', [
    ['activity_id', 'int', (x) => x.activityId], ['person_id', 'int', (x) => x.personId], ['method', 'text', () => 'qr'],
    ['checked_in_at', 'timestamptz', (x) => new Date(x.checkedIn)], ['checked_out_at', 'timestamptz', (x) => new Date(x.checkedOut)], ['service_hours', 'numeric', (x) => x.hours],
  ], attendance);
  const hours: Array<typeof serviceHours.$inferInsert> = [];
  let confirmedRows = 0;
  let confirmedHours = 0;
  planned.forEach((a, i) => {
    const ageDays = Math.floor((now - a.end) / DAY);
    for (const x of a.attendees) {
      const row: typeof serviceHours.$inferInsert = {
        activityId: activityIds[i], personId: x.personId, communityId: a.community.id, orgPath: a.org.path, recordedHours: x.hours.toFixed(2),
        recordedBy: a.organiser, recordedAt: new Date(x.checkedOut), status: 'pending',
      };
      let counted = x.hours;
      if (x.hours >= 1 && r.chance(0.02)) {
        counted = x.hours - 0.5;
        Object.assign(row, { adjustedHours: counted.toFixed(2), adjustReason: r.pick(adjustReasons), adjustedBy: a.organiser, adjustedAt: new Date(a.end + DAY) });
      }
      const roll = r.next();
      if (ageDays >= 10 && roll < 0.015) Object.assign(row, { status: 'returned', returnReason: r.pick(returnReasons), returnedAt: new Date(a.end + r.int(1, 5) * DAY) });
      else if (ageDays >= 10 && roll >= 0.03) {
        Object.assign(row, { status: 'confirmed', confirmedBy: a.community.staffAccountId, confirmedAt: new Date(a.end + r.int(1, Math.min(7, ageDays - 1)) * DAY) });
        confirmedRows++;
        confirmedHours += counted;
      }
      hours.push(row);
    }
  });
  await bulkInsert(tx, 'community_service_hours', [
    ['activity_id', 'int', (h) => h.activityId], ['person_id', 'int', (h) => h.personId], ['community_id', 'int', (h) => h.communityId], ['org_path', 'text', (h) => h.orgPath],
    ['recorded_hours', 'numeric', (h) => h.recordedHours], ['recorded_by', 'int', (h) => h.recordedBy], ['recorded_at', 'timestamptz', (h) => h.recordedAt],
    ['adjusted_hours', 'numeric', (h) => h.adjustedHours], ['adjust_reason', 'text', (h) => h.adjustReason], ['adjusted_by', 'int', (h) => h.adjustedBy],
    ['adjusted_at', 'timestamptz', (h) => h.adjustedAt], ['status', 'text', (h) => h.status], ['confirmed_by', 'int', (h) => h.confirmedBy],
    ['confirmed_at', 'timestamptz', (h) => h.confirmedAt], ['return_reason', 'text', (h) => h.returnReason], ['returned_at', 'timestamptz', (h) => h.returnedAt],
  ], hours);

  const served = new Set(planned.filter((a) => a.attendees.length).map((a) => a.community.id)).size;
  return { needs: needs.length, activities: planned.length, personTimes, hoursRows: hours.length, confirmedRows, confirmedHours, served };
}
