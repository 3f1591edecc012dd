import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { lockActivity, type Caller } from '../activities.access.js';
import { freeSeat, leaveWaitlist, type Promotion } from './waitlists.js';

/** Cancels a sign-up; a freed seat goes to the first on the waitlist (a person or a guest), in the same transaction. */
export async function cancelSignup(db: Db, activityId: number, caller: Caller): Promise<{ promoted: Promotion | null }> {
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
      await leaveWaitlist(tx, activityId);
      return { promoted: null };
    }
    return { promoted: await freeSeat(tx, activityId) };
  });
}
