import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';
import { peopleWaitingSince, registerGuestWaitlist } from '../../activities/index.js';

/**
 * Entrepreneurs wait on the activity's one waitlist with people (the engine decides who has waited longest, on
 * either side): a waitlisted sign-up is a row with status 'waitlisted', in `signed_up_at` order.
 */
registerGuestWaitlist('pairing_entrepreneur', {
  async first(tx, activityId) {
    const [w] = await rows<{ id: number; since: string }>(
      tx,
      sql`SELECT id, signed_up_at AS since FROM pairing_cosession_signups
           WHERE activity_id = ${activityId} AND status = 'waitlisted' AND cancelled_at IS NULL ORDER BY signed_up_at, id LIMIT 1 FOR UPDATE`,
    );
    return w ? { key: w.id, since: new Date(w.since).toISOString() } : null;
  },
  async promote(tx, activityId, key) {
    const [s] = await rows<{ entrepreneurId: number; accountId: number | null; name: string; title: string; orgId: number; orgPath: string }>(
      tx,
      sql`UPDATE pairing_cosession_signups s SET status = 'confirmed', promoted_at = now()
            FROM pairing_entrepreneurs e, activities a
           WHERE s.id = ${key} AND e.id = s.entrepreneur_id AND a.id = s.activity_id
       RETURNING s.entrepreneur_id AS "entrepreneurId", e.account_id AS "accountId", e.name, a.title, a.org_id AS "orgId", a.org_path AS "orgPath"`,
    );
    await audit(tx, null, {
      action: 'pairing.cosession_promote',
      entity: 'activity',
      entityId: activityId,
      orgId: s.orgId,
      orgPath: s.orgPath,
      summary: `${s.title}: ${s.name}`,
      after: { entrepreneurId: s.entrepreneurId },
    });
    // As a person promoted from the waitlist is told (activities' `activities.promoted`), in the same transaction.
    if (s.accountId) {
      await notifyAccount(tx, s.accountId, { kind: 'pairing_cosession_promoted', title: `候补成功：${s.title}`, body: '有人取消报名，您已由候补转为正式报名。', link: '/m/entrepreneur/co-study' });
    }
  },
  waitingBefore: (activityId, since) =>
    sql`SELECT count(*)::int FROM pairing_cosession_signups g
         WHERE g.activity_id = ${activityId} AND g.status = 'waitlisted' AND g.cancelled_at IS NULL AND g.signed_up_at < ${since}`,
});

/** The entrepreneur's place on the waitlist of both sides (1 = next), null when not waiting. */
export async function entrepreneurWaitPosition(db: Db, activityId: number, entrepreneurId: number): Promise<number | null> {
  const [me] = await rows<{ id: number; since: string }>(
    db,
    // As text, to the microsecond: a JavaScript Date would cut PostgreSQL's microseconds and lose the row's own place.
    sql`SELECT id, signed_up_at::text AS since FROM pairing_cosession_signups
         WHERE activity_id = ${activityId} AND entrepreneur_id = ${entrepreneurId} AND status = 'waitlisted' AND cancelled_at IS NULL`,
  );
  if (!me) return null;
  const [g] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pairing_cosession_signups g JOIN pairing_cosession_signups mine ON mine.id = ${me.id}
         WHERE g.activity_id = ${activityId} AND g.status = 'waitlisted' AND g.cancelled_at IS NULL AND (g.signed_up_at, g.id) <= (mine.signed_up_at, mine.id)`,
  );
  // A person signed up at the same instant goes first (the engine's rule).
  return g.n + (await peopleWaitingSince(db, activityId, me.since));
}
