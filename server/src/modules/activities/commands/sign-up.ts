import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { lockActivity, type ActivityRow, type Caller } from '../activities.access.js';
import { guestsWaitingBefore, seatOrWait } from './waitlists.js';

export interface SignupResult {
  status: 'confirmed' | 'waitlisted';
  /** Place on the waitlist (1 = next), null when confirmed. */
  position: number | null;
  created: boolean;
}

/**
 * Takes a seat or a waitlist place. The activity row is locked first (Decidim's
 * join_meeting), so concurrent sign-ups can never confirm more than the capacity.
 */
export async function signUp(db: Db, activityId: number, caller: Caller, now = new Date()): Promise<SignupResult> {
  return transaction(db, async (tx) => {
    const activity = await lockActivity(tx, activityId, caller);
    assertSignupOpen(activity, now);

    const [existing] = await rows<{ status: string }>(
      tx,
      sql`SELECT status FROM activity_signups WHERE activity_id = ${activityId} AND person_id = ${caller.personId}`,
    );
    if (existing && existing.status !== 'cancelled') {
      return { status: existing.status as SignupResult['status'], position: await waitPosition(tx, activityId, caller.personId), created: false };
    }
    const status = await seatOrWait(tx, activity);
    await tx.execute(sql`
      INSERT INTO activity_signups (activity_id, person_id, status) VALUES (${activityId}, ${caller.personId}, ${status})
      ON CONFLICT (activity_id, person_id) DO UPDATE SET status = EXCLUDED.status, created_at = now(), updated_at = now()`);
    return { status, position: status === 'waitlisted' ? await waitPosition(tx, activityId, caller.personId) : null, created: true };
  });
}

/** Sign-up is open to a published activity from its opening (if any) until its closing (default: the start). */
export function assertSignupOpen(activity: Pick<ActivityRow, 'status' | 'signup_opens_at' | 'signup_closes_at' | 'starts_at'>, now = new Date()) {
  if (activity.status !== 'published') throw new AppError('signup_closed');
  const opens = activity.signup_opens_at ? new Date(activity.signup_opens_at) : null;
  const closes = new Date(activity.signup_closes_at ?? activity.starts_at);
  if ((opens && now < opens) || now > closes) throw new AppError('signup_closed', { opensAt: opens, closesAt: closes });
}

/** Place on the one waitlist of both sides (1 = next): people ahead, and guests waiting since before. */
export async function waitPosition(db: Db, activityId: number, personId: number): Promise<number | null> {
  const [r] = await rows<{ position: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM activity_signups w
                 WHERE w.activity_id = s.activity_id AND w.status = 'waitlisted'
                   AND (w.created_at, w.id) <= (s.created_at, s.id)) + ${guestsWaitingBefore(sql`s.activity_id`, sql`s.created_at`)} AS position
          FROM activity_signups s
         WHERE s.activity_id = ${activityId} AND s.person_id = ${personId} AND s.status = 'waitlisted'`,
  );
  return r?.position ?? null;
}
