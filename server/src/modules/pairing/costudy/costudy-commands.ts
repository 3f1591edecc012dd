import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { assertCheckinOpen, assertCheckinProof, assertSignupOpen, freeSeat, lockActivityForGuest, takeSeat, type CheckinProof } from '../../activities/index.js';
import { CO_STUDY, type CoStudyEntrepreneur } from './costudy.access.js';

interface SignupRow {
  id: number;
  cancelledAt: string | null;
  checkedInAt: string | null;
}

const signupOf = async (tx: Db, activityId: number, entrepreneurId: number) =>
  (
    await rows<SignupRow>(
      tx,
      sql`SELECT id, cancelled_at AS "cancelledAt", checked_in_at AS "checkedInAt" FROM pairing_cosession_signups
           WHERE activity_id = ${activityId} AND entrepreneur_id = ${entrepreneurId} FOR UPDATE`,
    )
  )[0];

const auditSignup = (tx: Db, req: FastifyRequest, action: string, a: { id: number; org_id: number; org_path: string; title: string }, e: CoStudyEntrepreneur) =>
  audit(tx, req, { action: `pairing.cosession_${action}`, entity: 'activity', entityId: a.id, orgId: a.org_id, orgPath: a.org_path, summary: `${a.title}: ${e.name}`, after: { entrepreneurId: e.id } });

/**
 * Signs the entrepreneur up to a co-study session within their reach. The activity row is locked and a seat taken in
 * the engine's own count, so people and entrepreneurs together never exceed the capacity; a full session refuses.
 * Idempotent while signed up; a cancelled sign-up is reopened.
 */
export async function signUpToCoStudy(db: Db, req: FastifyRequest, e: CoStudyEntrepreneur, activityId: number, now = new Date()) {
  return transaction(db, async (tx) => {
    const a = await lockActivityForGuest(tx, activityId, e.guest, CO_STUDY);
    assertSignupOpen(a, now);
    const existing = await signupOf(tx, activityId, e.id);
    if (existing && !existing.cancelledAt) return { created: false };
    await takeSeat(tx, a);
    await tx.execute(sql`
      INSERT INTO pairing_cosession_signups (activity_id, entrepreneur_id, org_path) VALUES (${activityId}, ${e.id}, ${e.orgPath})
      ON CONFLICT (activity_id, entrepreneur_id) DO UPDATE SET cancelled_at = NULL, signed_up_at = now(), org_path = EXCLUDED.org_path`);
    await auditSignup(tx, req, 'signup', a, e);
    return { created: true };
  });
}

/** Cancels before the start; the seat goes back to the engine (the first person waiting takes it). */
export async function cancelCoStudy(db: Db, req: FastifyRequest, e: CoStudyEntrepreneur, activityId: number, now = new Date()) {
  return transaction(db, async (tx) => {
    const a = await lockActivityForGuest(tx, activityId, null, CO_STUDY);
    const s = await signupOf(tx, activityId, e.id);
    if (!s || s.cancelledAt) throw new AppError('not_found');
    if (s.checkedInAt) throw new AppError('invalid_transition', { message: 'already checked in' });
    if (new Date(a.starts_at) <= now) throw new AppError('signup_closed');
    await tx.execute(sql`UPDATE pairing_cosession_signups SET cancelled_at = ${now.toISOString()}::timestamptz WHERE id = ${s.id}`);
    const promotedPersonId = await freeSeat(tx, activityId);
    await auditSignup(tx, req, 'cancel', a, e);
    return { promotedPersonId };
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
    await tx.execute(sql`
      INSERT INTO pairing_cosession_signups (activity_id, entrepreneur_id, org_path, signed_up_at, checked_in_at, checkin_method)
      VALUES (${activityId}, ${e.id}, ${e.orgPath}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${method})
      ON CONFLICT (activity_id, entrepreneur_id) DO UPDATE SET checked_in_at = EXCLUDED.checked_in_at, checkin_method = EXCLUDED.checkin_method, cancelled_at = NULL`);
    await auditSignup(tx, req, 'checkin', a, e);
    return { activityId, created: true, checkedInAt: now.toISOString(), title: a.title };
  });
}
