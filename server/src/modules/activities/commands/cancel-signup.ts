import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { lockActivity, type Caller } from '../activities.access.js';

/** Cancels a sign-up; a freed seat goes to the first on the waitlist, in the same transaction. */
export async function cancelSignup(db: Db, activityId: number, caller: Caller): Promise<{ promotedPersonId: number | null }> {
  return transaction(db, async (tx) => {
    const activity = await lockActivity(tx, activityId, caller);
    const [signup] = await rows<{ id: number; status: string }>(
      tx,
      sql`SELECT id, status FROM activity_signups WHERE activity_id = ${activityId} AND person_id = ${caller.personId}`,
    );
    if (!signup || signup.status === 'cancelled') throw new AppError('not_found');
    if (new Date(activity.starts_at) <= new Date()) throw new AppError('signup_closed');
    await tx.execute(sql`UPDATE activity_signups SET status = 'cancelled', updated_at = now() WHERE id = ${signup.id}`);
    if (signup.status === 'waitlisted') {
      await tx.execute(sql`UPDATE activities SET waitlist_count = waitlist_count - 1 WHERE id = ${activityId}`);
      return { promotedPersonId: null };
    }
    return { promotedPersonId: await freeSeat(tx, activityId) };
  });
}

/**
 * A confirmed seat is given up (the activity row locked by the caller): the first on the waitlist takes it, or the
 * activity has one confirmed seat less. Answers the promoted person, if any.
 */
export async function freeSeat(tx: Db, activityId: number): Promise<number | null> {
  const [next] = await rows<{ id: number; person_id: number }>(
    tx,
    sql`SELECT id, person_id FROM activity_signups WHERE activity_id = ${activityId} AND status = 'waitlisted'
         ORDER BY created_at, id LIMIT 1`,
  );
  if (!next) {
    await tx.execute(sql`UPDATE activities SET confirmed_count = confirmed_count - 1 WHERE id = ${activityId}`);
    return null;
  }
  await tx.execute(sql`UPDATE activity_signups SET status = 'confirmed', updated_at = now() WHERE id = ${next.id}`);
  await tx.execute(sql`UPDATE activities SET waitlist_count = waitlist_count - 1 WHERE id = ${activityId}`);
  return next.person_id;
}
