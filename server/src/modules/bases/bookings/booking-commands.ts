import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { inScope, pathInScope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { basesScope, violatesExclusion } from '../bases.access.js';
import type { VenueRow } from '../venues/venues.queries.js';
import { venueById } from '../venues/venues.queries.js';
import type { BookingInput } from './bookings.dto.js';
import { withinOpeningHours } from './opening-hours.js';
import { DEADLOCK_DETECTED, pgErrorCode } from '../../../kernel/org/pg-errors.js';

const range = (from: Date, to: Date) => sql`tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`;

/** The booking that holds an overlapping slot of the venue, named in a conflict answer. */
export async function holderOf(db: Db, venueId: number, from: Date, to: Date) {
  const [b] = await rows<{ id: number; title: string; orgName: string; startsAt: string; endsAt: string; status: string }>(
    db,
    sql`SELECT b.id, b.title, o.name AS "orgName", b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status
          FROM bases_bookings b JOIN orgs o ON o.id = b.org_id
         WHERE b.venue_id = ${venueId} AND b.status IN ('pending', 'approved') AND b.during && ${range(from, to)} ORDER BY b.starts_at LIMIT 1`,
  );
  return b;
}

/** The venue as an organiser may book it: active, and shared or owned in their booking scope. */
async function bookableVenue(db: Db, auth: AuthContext, venueId: number): Promise<VenueRow> {
  const v = await venueById(db, venueId);
  if (!v || v.status !== 'active' || !(v.shared || pathInScope(v.orgPath, basesScope(auth, 'bases.book')))) throw new AppError('not_found');
  return v;
}

/**
 * Books the venue for [startsAt, endsAt). Checks what the application can (closures, opening hours, capacity); the
 * database alone decides overlaps (exclusion constraint bases_bookings_no_overlap), so of two concurrent requests for
 * the same slot exactly one commits and the other is answered 409 naming the booking that won. A booking at a venue
 * needing approval waits for its owner's admins, unless the booker is one of them.
 */
export async function createBooking(db: Db, req: FastifyRequest, auth: AuthContext, venueId: number, b: BookingInput, now = new Date()) {
  const bookScope = basesScope(auth, 'bases.book');
  const v = await bookableVenue(db, auth, venueId);
  const orgPath = (await assertOrgsInScope(db, bookScope, [{ field: 'orgId', id: b.orgId }])).get(b.orgId)!;
  let title = b.title;
  if (b.activityId !== undefined) {
    const [a] = await rows<{ title: string }>(db, sql`SELECT title FROM activities WHERE id = ${b.activityId} AND status <> 'cancelled' AND ${inScope(sql`org_path`, bookScope)}`);
    if (!a) throw new AppError('not_found', [{ field: 'activityId', message: 'activity not found' }]);
    title ??= a.title;
  }
  if (b.startsAt < now) throw new AppError('validation_failed', [{ field: 'startsAt', message: 'a booking starts in the future' }]);
  if (b.expectedAttendees > v.capacity) throw new AppError('validation_failed', [{ field: 'expectedAttendees', message: `the venue holds ${v.capacity}` }]);
  if (!withinOpeningHours(v.openingHours, b.startsAt, b.endsAt)) throw new AppError('venue_outside_hours', { openingHours: v.openingHours });
  const [closure] = await rows<{ id: number; startsAt: string; endsAt: string; reason: string }>(
    db,
    sql`SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", reason FROM bases_venue_closures WHERE venue_id = ${v.id} AND tstzrange(starts_at, ends_at, '[)') && ${range(b.startsAt, b.endsAt)} LIMIT 1`,
  );
  if (closure) throw new AppError('venue_closed', { closure });
  const approvedAtOnce = !v.needsApproval || pathInScope(v.orgPath, basesScope(auth, 'bases.manage'));
  const status = approvedAtOnce ? 'approved' : 'pending';
  // Two overlapping inserts can each wait on the other's unfinished row, and PostgreSQL then ends one of them (a
  // deadlock); tried again, it meets the committed winner (409 below) or, if that one rolled back, books the slot.
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction(db, async (tx) => {
        const [row] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO bases_bookings (venue_id, activity_id, title, org_id, org_path, starts_at, ends_at, status, expected_attendees, note, requested_by, decided_by, decided_at)
              VALUES (${v.id}, ${b.activityId ?? null}, ${title!}, ${b.orgId}, ${orgPath}, ${b.startsAt.toISOString()}, ${b.endsAt.toISOString()}, ${status}, ${b.expectedAttendees}, ${b.note},
                      ${auth.accountId}, ${approvedAtOnce ? auth.accountId : null}, ${approvedAtOnce ? sql`now()` : null}) RETURNING id`,
        );
        await audit(tx, req, {
          action: approvedAtOnce ? 'bases.booking_create' : 'bases.booking_request',
          entity: 'bases_booking',
          entityId: row.id,
          orgId: b.orgId,
          orgPath,
          summary: `${v.name}：${title}`,
          after: { venueId: v.id, startsAt: b.startsAt, endsAt: b.endsAt, status },
        });
        return { id: row.id, status };
      });
    } catch (err) {
      if (pgErrorCode(err) === DEADLOCK_DETECTED && attempt < 3) continue;
      if (!violatesExclusion(err, 'bases_bookings_no_overlap')) throw err;
      // The transaction is gone; the booking that holds the slot is read afresh (it committed before ours failed).
      throw new AppError('venue_booked', { booking: (await holderOf(db, v.id, b.startsAt, b.endsAt)) ?? null });
    }
  }
}

export interface BookingRow {
  id: number;
  venueId: number;
  orgId: number;
  orgPath: string;
  venueOrgId: number;
  venueOrgPath: string;
  status: string;
  title: string;
  startsAt: Date | string;
  endsAt: Date | string;
}

const lockBooking = async (db: Db, id: number) =>
  (
    await rows<BookingRow>(
      db,
      sql`SELECT b.id, b.venue_id AS "venueId", b.org_id AS "orgId", b.org_path AS "orgPath", v.org_id AS "venueOrgId", v.org_path AS "venueOrgPath", b.status, b.title, b.starts_at AS "startsAt", b.ends_at AS "endsAt"
            FROM bases_bookings b JOIN bases_venues v ON v.id = b.venue_id WHERE b.id = ${id} FOR UPDATE OF b`,
    )
  )[0];

/** Approves or rejects a pending request, by an admin of the venue's owner subtree (audited). */
export async function decideBooking(db: Db, req: FastifyRequest, auth: AuthContext, id: number, decision: 'approved' | 'rejected', note: string) {
  return transaction(db, async (tx) => {
    const b = await lockBooking(tx, id);
    if (!b || !pathInScope(b.venueOrgPath, basesScope(auth, 'bases.manage'))) throw new AppError('not_found');
    if (b.status !== 'pending') throw new AppError('invalid_transition', { status: b.status });
    await tx.execute(sql`UPDATE bases_bookings SET status = ${decision}, decided_by = ${auth.accountId}, decided_at = now(), decision_note = ${note || null} WHERE id = ${id}`);
    await audit(tx, req, { action: decision === 'approved' ? 'bases.booking_approve' : 'bases.booking_reject', entity: 'bases_booking', entityId: id, orgId: b.venueOrgId, orgPath: b.venueOrgPath, summary: `${b.title}${note ? `：${note}` : ''}`, before: { status: 'pending' }, after: { status: decision } });
    return b;
  });
}

/** The booking organisation's organisers or the venue's admins may act on a booking; others get 404. */
const mayAct = (auth: AuthContext, b: BookingRow) => pathInScope(b.orgPath, basesScope(auth, 'bases.book')) || pathInScope(b.venueOrgPath, basesScope(auth, 'bases.manage'));

/** Cancels a pending or approved booking that has not started (frees the slot). */
export async function cancelBooking(db: Db, req: FastifyRequest, auth: AuthContext, id: number, reason: string) {
  return transaction(db, async (tx) => {
    const b = await lockBooking(tx, id);
    if (!b || !mayAct(auth, b)) throw new AppError('not_found');
    if (!['pending', 'approved'].includes(b.status) || new Date(b.startsAt) <= new Date()) throw new AppError('invalid_transition', { status: b.status });
    await tx.execute(sql`UPDATE bases_bookings SET status = 'cancelled', decision_note = ${reason}, decided_by = ${auth.accountId}, decided_at = now() WHERE id = ${id}`);
    await audit(tx, req, { action: 'bases.booking_cancel', entity: 'bases_booking', entityId: id, orgId: b.orgId, orgPath: b.orgPath, summary: `${b.title}：${reason}`, before: { status: b.status }, after: { status: 'cancelled' } });
    return b;
  });
}

/** Records how many attended an approved booking that has begun. */
export async function recordAttendance(db: Db, req: FastifyRequest, auth: AuthContext, id: number, attendees: number) {
  return transaction(db, async (tx) => {
    const b = await lockBooking(tx, id);
    if (!b || !mayAct(auth, b)) throw new AppError('not_found');
    if (b.status !== 'approved' || new Date(b.startsAt) > new Date()) throw new AppError('invalid_transition', { status: b.status });
    await tx.execute(sql`UPDATE bases_bookings SET attendees = ${attendees} WHERE id = ${id}`);
    await audit(tx, req, { action: 'bases.booking_attendance', entity: 'bases_booking', entityId: id, orgId: b.orgId, orgPath: b.orgPath, summary: `${b.title}：${attendees} 人` });
    return b;
  });
}
