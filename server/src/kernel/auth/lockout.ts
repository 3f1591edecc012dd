import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';

export interface LockoutPolicy {
  maxAttempts: number;
  lockMinutes: number;
}

export interface FailureOutcome {
  /** The account is locked now, by this failure or by one that came before it. */
  locked: boolean;
  /** This failure is the one that locked it. */
  lockedNow: boolean;
  lockedUntil: Date | null;
}

const lockedAt = (until: string | Date | null) => (until == null ? null : new Date(until));

/**
 * Counts one wrong password and locks the account when the count reaches the limit. Call inside
 * a transaction: the row lock makes concurrent failures take turns, each seeing the count the
 * ones before it left — a count read before the (slow) password check would let parallel guesses
 * all see the same number and none of them lock. A locked account keeps its lock and count.
 */
export async function recordFailedPassword(tx: Db, accountId: number, policy: LockoutPolicy): Promise<FailureOutcome> {
  const [row] = await rows<{ failed_attempts: number; locked_until: string | Date | null; locked: boolean }>(
    tx,
    sql`SELECT failed_attempts, locked_until, coalesce(locked_until > now(), false) AS locked FROM accounts WHERE id = ${accountId} FOR UPDATE`,
  );
  if (!row) return { locked: false, lockedNow: false, lockedUntil: null };
  if (row.locked) return { locked: true, lockedNow: false, lockedUntil: lockedAt(row.locked_until) };
  if (row.failed_attempts + 1 < policy.maxAttempts) {
    await tx.execute(sql`UPDATE accounts SET failed_attempts = failed_attempts + 1 WHERE id = ${accountId}`);
    return { locked: false, lockedNow: false, lockedUntil: null };
  }
  const [locked] = await rows<{ locked_until: string | Date }>(
    tx,
    sql`UPDATE accounts SET failed_attempts = 0, locked_until = now() + make_interval(mins => ${policy.lockMinutes})
         WHERE id = ${accountId} RETURNING locked_until`,
  );
  return { locked: true, lockedNow: true, lockedUntil: lockedAt(locked.locked_until) };
}

/**
 * Marks a successful sign-in unless a lock landed while the password was being checked
 * (a concurrent wrong guess). Answers false when the account is locked or disabled.
 */
export async function recordSuccessfulSignIn(tx: Db, accountId: number): Promise<boolean> {
  const done = await rows(
    tx,
    sql`UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = now()
         WHERE id = ${accountId} AND NOT disabled AND (locked_until IS NULL OR locked_until <= now()) RETURNING id`,
  );
  return done.length > 0;
}
