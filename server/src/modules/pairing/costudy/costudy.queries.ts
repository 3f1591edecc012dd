import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { listGuestActivities, attendanceOf, type ActivityBrief } from '../../activities/index.js';
import { CO_STUDY, type CoStudyEntrepreneur } from './costudy.access.js';
import type { CoStudyListQuery } from './costudy.dto.js';

type Mine = { activityId: number; signedUpAt: string; checkedInAt: string | null };

const myRows = (db: Db, entrepreneurId: number, activityIds?: readonly number[]) =>
  rows<Mine>(
    db,
    sql`SELECT activity_id AS "activityId", signed_up_at AS "signedUpAt", checked_in_at AS "checkedInAt" FROM pairing_cosession_signups
         WHERE entrepreneur_id = ${entrepreneurId} AND cancelled_at IS NULL ${activityIds ? sql`AND activity_id = ANY(${`{${[0, ...activityIds].join(',')}}`}::int[])` : sql``}`,
  );

/** Open co-study sessions within the entrepreneur's reach, or their own ahead or past, each with their sign-up. */
export async function listCoSessions(db: Db, e: CoStudyEntrepreneur, q: CoStudyListQuery) {
  const ids = q.view === 'upcoming' ? undefined : (await myRows(db, e.id)).map((m) => m.activityId);
  const page = await listGuestActivities(db, { guest: e.guest, typeCode: CO_STUDY, when: q.view === 'past' ? 'past' : 'upcoming', ids, q: q.q, page: q.page, pageSize: q.pageSize });
  const mine = new Map((await myRows(db, e.id, page.items.map((a) => a.id))).map((m) => [m.activityId, m]));
  return { ...page, items: page.items.map((a) => ({ ...a, mySignedUpAt: mine.get(a.id)?.signedUpAt ?? null, myCheckedInAt: mine.get(a.id)?.checkedInAt ?? null })) };
}

/** One session as the entrepreneur sees it (after a sign-up): theirs or within reach. */
export async function coSessionOf(db: Db, e: CoStudyEntrepreneur, activityId: number) {
  for (const when of ['upcoming', 'past'] as const) {
    const page = await listGuestActivities(db, { guest: e.guest, typeCode: CO_STUDY, when, ids: [activityId], page: 1, pageSize: 1 });
    if (page.items[0]) {
      const [m] = await myRows(db, e.id, [activityId]);
      return { ...page.items[0], mySignedUpAt: m?.signedUpAt ?? null, myCheckedInAt: m?.checkedInAt ?? null };
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
  const entrepreneurs = await rows<{ entrepreneurId: number; name: string; company: string; signedUpAt: string; cancelledAt: string | null; checkedInAt: string | null }>(
    db,
    sql`SELECT s.entrepreneur_id AS "entrepreneurId", e.name, e.company, s.signed_up_at AS "signedUpAt", s.cancelled_at AS "cancelledAt", s.checked_in_at AS "checkedInAt"
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
      entrepreneursSignedUp: entrepreneurs.filter((x) => !x.cancelledAt).length,
      entrepreneursAttended: entrepreneurs.filter((x) => x.checkedInAt).length,
    },
  };
}
