import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import type { ActivityRow } from '../activities.access.js';

/**
 * One waitlist per activity, over people and guests (participants kept by another module, e.g. pairing's
 * entrepreneurs): a full activity waitlists whoever signs up, and a freed seat goes to whoever has waited longest,
 * whichever side they are on. People wait in `activity_signups`; a module keeping guests registers its own waitlist.
 * `activities.confirmed_count` and `waitlist_count` count both sides.
 */
export interface GuestWaitlist {
  /** The guest of the (locked) activity who has waited longest: their key in the module's table and since when. */
  first(tx: Db, activityId: number): Promise<{ key: number; since: string } | null>;
  /** Gives that guest the seat (the activity row is locked by the caller; the counts are the engine's). */
  promote(tx: Db, activityId: number, key: number): Promise<void>;
  /**
   * An int expression: how many guests of activity `activityId` have waited since before `since` (ahead of a person
   * who signed up then). Composed into the engine's own statement, so a person's sign-up costs no extra round trip.
   */
  waitingBefore(activityId: SQL, since: SQL): SQL;
}

const guestWaitlists = new Map<string, GuestWaitlist>();

/** Called once by the module keeping guests (at import); `kind` names the guests in promotions. */
export function registerGuestWaitlist(kind: string, waitlist: GuestWaitlist) {
  guestWaitlists.set(kind, waitlist);
}

export type Promotion = { personId: number } | { guest: string; key: number };

/** Takes a seat of the locked activity, or a place on its waitlist when it is full. */
export async function seatOrWait(tx: Db, a: Pick<ActivityRow, 'id' | 'capacity' | 'confirmed_count'>): Promise<'confirmed' | 'waitlisted'> {
  const full = a.capacity != null && a.confirmed_count >= a.capacity;
  await tx.execute(
    full
      ? sql`UPDATE activities SET waitlist_count = waitlist_count + 1 WHERE id = ${a.id}`
      : sql`UPDATE activities SET confirmed_count = confirmed_count + 1 WHERE id = ${a.id}`,
  );
  return full ? 'waitlisted' : 'confirmed';
}

/** Someone leaves the waitlist of the locked activity without a seat (cancelled, or walked in). */
export async function leaveWaitlist(tx: Db, activityId: number) {
  await tx.execute(sql`UPDATE activities SET waitlist_count = waitlist_count - 1 WHERE id = ${activityId}`);
}

/**
 * A confirmed seat is given up (the activity row locked by the caller): whoever has waited longest — a person or a
 * guest, a person first at the same instant — takes it, or the activity has one confirmed seat less.
 */
export async function freeSeat(tx: Db, activityId: number): Promise<Promotion | null> {
  const [person] = await rows<{ id: number; person_id: number; since: string }>(
    tx,
    sql`SELECT id, person_id, created_at AS since FROM activity_signups WHERE activity_id = ${activityId} AND status = 'waitlisted'
         ORDER BY created_at, id LIMIT 1`,
  );
  let guest: { kind: string; key: number; since: string } | null = null;
  for (const [kind, w] of guestWaitlists) {
    const g = await w.first(tx, activityId);
    if (g && (!guest || new Date(g.since) < new Date(guest.since))) guest = { kind, ...g };
  }
  if (!person && !guest) {
    await tx.execute(sql`UPDATE activities SET confirmed_count = confirmed_count - 1 WHERE id = ${activityId}`);
    return null;
  }
  await leaveWaitlist(tx, activityId);
  if (person && (!guest || new Date(person.since) <= new Date(guest.since))) {
    await tx.execute(sql`UPDATE activity_signups SET status = 'confirmed', updated_at = now() WHERE id = ${person.id}`);
    return { personId: person.person_id };
  }
  await guestWaitlists.get(guest!.kind)!.promote(tx, activityId, guest!.key);
  return { guest: guest!.kind, key: guest!.key };
}

/** People of the activity waiting since `since` or earlier (ahead of a guest who signed up then). */
export async function peopleWaitingSince(db: Db, activityId: number, since: string): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM activity_signups WHERE activity_id = ${activityId} AND status = 'waitlisted' AND created_at <= ${since}::timestamptz`);
  return r.n;
}

/** An int expression: guests of the activity waiting since before `since` (ahead of a person who signed up then). */
export function guestsWaitingBefore(activityId: SQL, since: SQL): SQL {
  const parts = [...guestWaitlists.values()].map((w) => sql`(${w.waitingBefore(activityId, since)})`);
  return parts.length ? sql.join(parts, sql` + `) : sql`0`;
}
