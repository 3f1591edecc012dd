import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { assertCheckinOpen, assertCheckinProof, assertSignupOpen, freeSeat, leaveWaitlist, lockActivityForGuest, seatOrWait, type CheckinProof } from '../../activities/index.js';
import { CO_STUDY, type CoStudyEntrepreneur } from './costudy.access.js';
import './costudy-waitlist.js';

interface SignupRow {
  id: number;
  status: 'confirmed' | 'waitlisted' | 'walk_in';
  cancelledAt: string | null;
  checkedInAt: string | null;
}

const signupOf = async (tx: Db, activityId: number, entrepreneurId: number) =>
  (
    await rows<SignupRow>(
      tx,
      sql`SELECT id, status, cancelled_at AS "cancelledAt", checked_in_at AS "checkedInAt" FROM pairing_cosession_signups
           WHERE activity_id = ${activityId} AND entrepreneur_id = ${entrepreneurId} FOR UPDATE`,
    )
  )[0];

const auditSignup = (tx: Db, req: FastifyRequest, action: 'signup' | 'waitlist' | 'cancel' | 'checkin', a: { id: number; org_id: number; org_path: string; title: string }, e: CoStudyEntrepreneur) =>
  audit(tx, req, { action: `pairing.cosession_${action}`, entity: 'activity', entityId: a.id, orgId: a.org_id, orgPath: a.org_path, summary: `${a.title}: ${e.name}`, after: { entrepreneurId: e.id } });

/**
 * Signs the entrepreneur up to a co-study session within their reach. The activity row is locked and a seat taken in
 * the engine's own count, so people and entrepreneurs together never exceed the capacity; a full session puts them on
 * its waitlist (one for both sides, the engine's). Idempotent while signed up or waiting; a cancelled sign-up is
 * reopened at the end of the queue.
 */
export async function signUpToCoStudy(db: Db, req: FastifyRequest, e: CoStudyEntrepreneur, activityId: number, now = new Date()) {
  return transaction(db, async (tx) => {
    const a = await lockActivityForGuest(tx, activityId, e.guest, CO_STUDY);
    assertSignupOpen(a, now);
    const existing = await signupOf(tx, activityId, e.id);
    if (existing && !existing.cancelledAt) return { created: false, status: existing.status };
    const status = await seatOrWait(tx, a);
    await tx.execute(sql`
      INSERT INTO pairing_cosession_signups (activity_id, entrepreneur_id, org_path, status, signed_up_at) VALUES (${activityId}, ${e.id}, ${e.orgPath}, ${status}, clock_timestamp())
      ON CONFLICT (activity_id, entrepreneur_id) DO UPDATE SET cancelled_at = NULL, signed_up_at = clock_timestamp(), org_path = EXCLUDED.org_path, status = EXCLUDED.status, promoted_at = NULL`);
    await auditSignup(tx, req, status === 'waitlisted' ? 'waitlist' : 'signup', a, e);
    return { created: true, status };
  });
}

/** Cancels before the start; a seat goes back to the engine (whoever has waited longest, on either side, takes it). */
export async function cancelCoStudy(db: Db, req: FastifyRequest, e: CoStudyEntrepreneur, activityId: number, now = new Date()) {
  return transaction(db, async (tx) => {
    const a = await lockActivityForGuest(tx, activityId, null, CO_STUDY);
    const s = await signupOf(tx, activityId, e.id);
    if (!s || s.cancelledAt) throw new AppError('not_found');
    if (s.checkedInAt) throw new AppError('invalid_transition', { message: 'already checked in' });
    if (new Date(a.starts_at) <= now) throw new AppError('signup_closed');
    await tx.execute(sql`UPDATE pairing_cosession_signups SET cancelled_at = ${now.toISOString()}::timestamptz WHERE id = ${s.id}`);
    const promoted = s.status === 'waitlisted' ? await leaveWaitlist(tx, activityId).then(() => null) : await freeSeat(tx, activityId);
    await auditSignup(tx, req, 'cancel', a, e);
    return { promotedPersonId: promoted && 'personId' in promoted ? promoted.personId : null };
  });
}

/**
 * Checks the entrepreneur in with the QR token or six-digit code of the organiser's screen, as people check in. A
 * walk-in (no sign-up) within reach is recorded too, like the engine's walk-ins, without taking a seat.
 */
export async function checkInToCoStudy(db: Db, req: FastifyRequest, e: CoStudyEntrepreneur, activityId: number, proof: Exclude<CheckinProof, { manualBy: number }>, now = new Date()) {
  return transaction(db, async (tx) => {
    const [linked] = await rows<{ id: number }>(tx, sql`SELECT id FROM pairing_cosession_signups WHERE activity_id = ${activityId} AND entrepreneur_id = ${e.id} AND cancelled_at IS NULL`);
    const a = await lockActivityForGuest(tx, activityId, linked ? null : e.guest, CO_STUDY);
    if (a.status !== 'published') throw new AppError('not_found');
    assertCheckinProof(a, proof, now);
    assertCheckinOpen(a, now);
    const s = await signupOf(tx, activityId, e.id);
    if (s?.checkedInAt) return { activityId, created: false, checkedInAt: new Date(s.checkedInAt).toISOString(), title: a.title };
    const method = 'token' in proof ? 'qr' : 'code';
    // Only a confirmed sign-up holds a seat; anyone else (a walk-in, or still waiting: they leave the waitlist) comes without one.
    const seated = s && !s.cancelledAt && s.status === 'confirmed';
    if (s && !s.cancelledAt && s.status === 'waitlisted') await leaveWaitlist(tx, activityId);
    await tx.execute(sql`
      INSERT INTO pairing_cosession_signups (activity_id, entrepreneur_id, org_path, signed_up_at, checked_in_at, checkin_method, status)
      VALUES (${activityId}, ${e.id}, ${e.orgPath}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${method}, 'walk_in')
      ON CONFLICT (activity_id, entrepreneur_id) DO UPDATE SET checked_in_at = EXCLUDED.checked_in_at, checkin_method = EXCLUDED.checkin_method, cancelled_at = NULL,
        status = ${seated ? 'confirmed' : 'walk_in'}`);
    await auditSignup(tx, req, 'checkin', a, e);
    return { activityId, created: true, checkedInAt: now.toISOString(), title: a.title };
  });
}
