import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { inAudience, type ActivityRow, type Caller } from '../activities.access.js';
import { verifyShortCode, verifyToken } from '../checkin-token.js';

/** Check-in opens an hour before the start and closes at the end. */
export const CHECKIN_OPENS_BEFORE_MS = 60 * 60_000;

export type CheckinProof = { token: string } | { code: string } | { manualBy: number };

export interface CheckinResult {
  activityId: number;
  created: boolean;
  checkedInAt: string;
  activity: Pick<ActivityRow, 'id' | 'title' | 'type_code'>;
}

/** The QR token or the six-digit code shown by the organiser's screen must be this activity's and current. */
export function assertCheckinProof(a: Pick<ActivityRow, 'id' | 'checkin_secret'>, proof: CheckinProof, now = new Date()) {
  if ('manualBy' in proof) return;
  const check = 'token' in proof ? verifyToken(proof.token, a.id, a.checkin_secret, now.getTime()) : verifyShortCode(proof.code, a.id, a.checkin_secret, now.getTime());
  if (check === 'expired') throw new AppError('checkin_token_expired');
  if (check === 'invalid') throw new AppError('checkin_token_invalid');
}

/** Check-in is open from an hour before the start until the end. */
export function assertCheckinOpen(a: Pick<ActivityRow, 'starts_at' | 'ends_at'>, now = new Date()) {
  const opens = new Date(a.starts_at).getTime() - CHECKIN_OPENS_BEFORE_MS;
  if (now.getTime() < opens || now > new Date(a.ends_at)) throw new AppError('checkin_closed');
}

/** Idempotent: a second check-in of the same person returns the first one unchanged. */
export async function checkIn(db: Db, activityId: number, caller: Caller, proof: CheckinProof, now = new Date()): Promise<CheckinResult> {
  return transaction(db, async (tx) => {
    const [a] = await rows<ActivityRow>(tx, sql`SELECT * FROM activities WHERE id = ${activityId}`);
    if (!a || a.status !== 'published') throw new AppError('not_found');
    assertCheckinProof(a, proof, now);
    if (!inAudience(a, caller)) throw new AppError('not_in_audience');
    assertCheckinOpen(a, now);
    const method = 'manualBy' in proof ? 'manual' : 'token' in proof ? 'qr' : 'code';
    const inserted = await rows<{ checked_in_at: string }>(
      tx,
      sql`INSERT INTO activity_attendance (activity_id, person_id, method, checked_in_at, recorded_by)
          VALUES (${a.id}, ${caller.personId}, ${method}, ${now.toISOString()}::timestamptz, ${'manualBy' in proof ? proof.manualBy : null})
          ON CONFLICT (activity_id, person_id) DO NOTHING RETURNING checked_in_at`,
    );
    const [row] = inserted.length
      ? inserted
      : await rows<{ checked_in_at: string }>(tx, sql`SELECT checked_in_at FROM activity_attendance WHERE activity_id = ${a.id} AND person_id = ${caller.personId}`);
    return { activityId: a.id, created: inserted.length > 0, checkedInAt: new Date(row.checked_in_at).toISOString(), activity: { id: a.id, title: a.title, type_code: a.type_code } };
  });
}

export interface CheckoutResult {
  created: boolean;
  /** Time present, capped by the activity's own length, in half hours; null when already checked out. */
  presenceHours: number | null;
  /** For types counting service hours: the hours the organiser records and the community confirms. */
  countsServiceHours: boolean;
  checkedOutAt: string;
}

/** Half hours present: from check-in (not before the start) to check-out (not after the end). */
export function presenceHoursOf(checkedInAt: string | Date, checkedOutAt: string | Date, startsAt: string | Date, endsAt: string | Date) {
  const from = Math.max(new Date(checkedInAt).getTime(), new Date(startsAt).getTime());
  const to = Math.min(new Date(checkedOutAt).getTime(), new Date(endsAt).getTime());
  return Math.max(0, Math.floor(((to - from) / 3600_000) * 2) / 2);
}

/**
 * Check-out records presence only: when the person left, and the half hours present (activity_attendance.service_hours
 * holds that computed presence). Nobody states their own hours here; for hour-counting types the organiser records
 * service hours from this attendance and the community confirms them (module community). Idempotent.
 * `at` is the moment of leaving (an organiser closing attendance after the end passes the end).
 */
export async function checkOut(db: Db, activityId: number, personId: number, at = new Date()): Promise<CheckoutResult> {
  return transaction(db, async (tx) => {
    const [r] = await rows<{ checked_in_at: string; checked_out_at: string | null; starts_at: string; ends_at: string; counts_service_hours: boolean }>(
      tx,
      sql`SELECT t.checked_in_at, t.checked_out_at, a.starts_at, a.ends_at, ty.counts_service_hours
            FROM activity_attendance t JOIN activities a ON a.id = t.activity_id JOIN activity_types ty ON ty.code = a.type_code
           WHERE t.activity_id = ${activityId} AND t.person_id = ${personId} FOR UPDATE OF t`,
    );
    if (!r) throw new AppError('not_found');
    const countsServiceHours = Boolean(r.counts_service_hours);
    if (r.checked_out_at) return { created: false, presenceHours: null, countsServiceHours, checkedOutAt: new Date(r.checked_out_at).toISOString() };
    const leftAt = new Date(Math.max(at.getTime(), new Date(r.checked_in_at).getTime()));
    const presenceHours = presenceHoursOf(r.checked_in_at, leftAt, r.starts_at, r.ends_at);
    await tx.execute(
      sql`UPDATE activity_attendance SET checked_out_at = ${leftAt.toISOString()}::timestamptz, service_hours = ${presenceHours}
           WHERE activity_id = ${activityId} AND person_id = ${personId}`,
    );
    return { created: true, presenceHours, countsServiceHours, checkedOutAt: leftAt.toISOString() };
  });
}

/** The people of an activity still checked in (organiser-side check-out of everyone). */
export async function stillPresent(db: Db, activityId: number): Promise<number[]> {
  const list = await rows<{ person_id: number }>(db, sql`SELECT person_id FROM activity_attendance WHERE activity_id = ${activityId} AND checked_out_at IS NULL ORDER BY id`);
  return list.map((r) => r.person_id);
}
