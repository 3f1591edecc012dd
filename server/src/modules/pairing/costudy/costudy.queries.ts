import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { listGuestActivities, listOfTypeInScope, attendanceOf, type ActivityBrief } from '../../activities/index.js';
import { CO_STUDY, type CoStudyEntrepreneur } from './costudy.access.js';
import type { CoStudyAdminQuery, CoStudyListQuery } from './costudy.dto.js';
import { entrepreneurWaitPosition } from './costudy-waitlist.js';

type Mine = { activityId: number; signedUpAt: string; checkedInAt: string | null; status: 'confirmed' | 'waitlisted' | 'walk_in'; promotedAt: string | null };

const myRows = (db: Db, entrepreneurId: number, activityIds?: readonly number[]) =>
  rows<Mine>(
    db,
    sql`SELECT activity_id AS "activityId", signed_up_at AS "signedUpAt", checked_in_at AS "checkedInAt", status, promoted_at AS "promotedAt" FROM pairing_cosession_signups
         WHERE entrepreneur_id = ${entrepreneurId} AND cancelled_at IS NULL ${activityIds ? sql`AND activity_id = ANY(${`{${[0, ...activityIds].join(',')}}`}::int[])` : sql``}`,
  );

/** The entrepreneur's own side of a session: their sign-up, its state and their place on the waitlist. */
async function withMine<A extends { id: number }>(db: Db, entrepreneurId: number, a: A, m: Mine | undefined) {
  return {
    ...a,
    mySignedUpAt: m?.signedUpAt ?? null,
    myCheckedInAt: m?.checkedInAt ?? null,
    mySignup: m?.status ?? null,
    myWaitPosition: m?.status === 'waitlisted' ? await entrepreneurWaitPosition(db, a.id, entrepreneurId) : null,
    myPromotedAt: m?.promotedAt ?? null,
  };
}

/** Open co-study sessions within the entrepreneur's reach, or their own ahead or past, each with their sign-up. */
export async function listCoSessions(db: Db, e: CoStudyEntrepreneur, q: CoStudyListQuery) {
  const ids = q.view === 'upcoming' ? undefined : (await myRows(db, e.id)).map((m) => m.activityId);
  const page = await listGuestActivities(db, { guest: e.guest, typeCode: CO_STUDY, when: q.view === 'past' ? 'past' : 'upcoming', ids, q: q.q, page: q.page, pageSize: q.pageSize });
  const mine = new Map((await myRows(db, e.id, page.items.map((a) => a.id))).map((m) => [m.activityId, m]));
  return { ...page, items: await Promise.all(page.items.map((a) => withMine(db, e.id, a, mine.get(a.id)))) };
}

/** One session as the entrepreneur sees it (after a sign-up): theirs or within reach. */
export async function coSessionOf(db: Db, e: CoStudyEntrepreneur, activityId: number) {
  for (const when of ['upcoming', 'past'] as const) {
    const page = await listGuestActivities(db, { guest: e.guest, typeCode: CO_STUDY, when, ids: [activityId], page: 1, pageSize: 1 });
    if (page.items[0]) {
      const [m] = await myRows(db, e.id, [activityId]);
      return withMine(db, e.id, page.items[0], m);
    }
  }
  return undefined;
}

/** Who came to a session, by side: cadres from the engine's attendance, entrepreneurs from pairing's sign-ups. */
export async function coAttendees(db: Db, a: ActivityBrief) {
  const facts = await attendanceOf(db, a.id);
  const people = facts.length
    ? await rows<{ id: number; name: string; orgName: string }>(
        db,
        sql`SELECT p.id, p.name, o.name AS "orgName" FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ANY(${`{${facts.map((f) => f.personId).join(',')}}`}::int[])`,
      )
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const entrepreneurs = await rows<{ entrepreneurId: number; name: string; company: string; status: 'confirmed' | 'waitlisted' | 'walk_in'; signedUpAt: string; cancelledAt: string | null; checkedInAt: string | null; promotedAt: string | null }>(
    db,
    sql`SELECT s.entrepreneur_id AS "entrepreneurId", e.name, e.company, s.status, s.signed_up_at AS "signedUpAt", s.cancelled_at AS "cancelledAt", s.checked_in_at AS "checkedInAt", s.promoted_at AS "promotedAt"
          FROM pairing_cosession_signups s JOIN pairing_entrepreneurs e ON e.id = s.entrepreneur_id
         WHERE s.activity_id = ${a.id} ORDER BY s.cancelled_at IS NULL DESC, s.signed_up_at, s.id`,
  );
  const cadres = facts.map((f) => ({ personId: f.personId, name: byId.get(f.personId)?.name ?? '', orgName: byId.get(f.personId)?.orgName ?? '', checkedInAt: f.checkedInAt, checkedOutAt: f.checkedOutAt }));
  return {
    activityId: a.id,
    title: a.title,
    capacity: a.capacity,
    cadres,
    entrepreneurs,
    counts: {
      cadresAttended: cadres.length,
      entrepreneursSignedUp: entrepreneurs.filter((x) => !x.cancelledAt && x.status === 'confirmed').length,
      entrepreneursWaitlisted: entrepreneurs.filter((x) => !x.cancelledAt && x.status === 'waitlisted').length,
      entrepreneursAttended: entrepreneurs.filter((x) => x.checkedInAt).length,
    },
  };
}

/**
 * 共学 for admins (pairing.read): the co_study sessions organised within the scope, newest first, with the counts by
 * side — people (cadres) from the engine, entrepreneurs from pairing's sign-ups.
 */
export async function listCoSessionsInScope(db: Db, scope: Scope, q: CoStudyAdminQuery) {
  const page = await listOfTypeInScope(db, { typeCode: CO_STUDY, scope, when: q.when, q: q.q, page: q.page, pageSize: q.pageSize });
  const ids = page.items.map((a) => a.id);
  const counts = ids.length
    ? await rows<{ activityId: number; confirmed: number; waitlisted: number; attended: number }>(
        db,
        sql`SELECT activity_id AS "activityId",
                   count(*) FILTER (WHERE cancelled_at IS NULL AND status = 'confirmed')::int AS confirmed,
                   count(*) FILTER (WHERE cancelled_at IS NULL AND status = 'waitlisted')::int AS waitlisted,
                   count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS attended
              FROM pairing_cosession_signups WHERE activity_id = ANY(${`{${ids.join(',')}}`}::int[]) GROUP BY activity_id`,
      )
    : [];
  const byId = new Map(counts.map((c) => [c.activityId, c]));
  return {
    ...page,
    items: page.items.map(({ peopleConfirmed, peopleWaitlisted, peopleAttended, ...a }) => {
      const c = byId.get(a.id);
      return {
        ...a,
        cadres: { signedUp: peopleConfirmed, waitlisted: peopleWaitlisted, attended: peopleAttended },
        entrepreneurs: { signedUp: c?.confirmed ?? 0, waitlisted: c?.waitlisted ?? 0, attended: c?.attended ?? 0 },
      };
    }),
  };
}
