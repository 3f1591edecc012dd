import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { Random } from '../../../seed/random.js';
import { createActivity, createActivityBody } from '../../activities/index.js';
import { addDays, shuffle, weekday, type World } from './world.js';
import type { PlannedPair } from './pairs.js';
import { coStudyTitles, coStudyVenues } from './texts.js';

export interface CoStudySummary {
  sessions: number;
  upcoming: number;
  attendances: number;
  /** Entrepreneurs' check-ins (their own sign-ups, pairing_cosession_signups). */
  entrepreneurAttendances: number;
}

/**
 * 共学: co-study sessions as activities of type co_study, created through the activities engine by the committee (and
 * now and then an agency with many pairs), about two a month over the past year, attended by the cadres paired at
 * the time (most of those invited) and a few other young cadres, and by most of those cadres' entrepreneurs (their own
 * sign-ups, taking seats of the same activity); two more open for sign-up in the coming weeks.
 */
export async function seedCoStudy(r: Random, db: Db, world: World, admin: AuthContext, pairs: PlannedPair[], perMonth: number, now: Date): Promise<CoStudySummary> {
  const req = { auth: admin, ip: null, headers: {} } as unknown as FastifyRequest;
  const scope: Scope = { permission: 'activities.write', paths: [world.root.path], personId: null, self: false };
  const today = now.toISOString().slice(0, 10);
  const busiest = [...pairs.reduce((m, p) => m.set(p.entrepreneur.agency!.id, (m.get(p.entrepreneur.agency!.id) ?? 0) + 1), new Map<number, number>())]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([id]) => world.agencies.find((a) => a.id === id)!);
  const summary: CoStudySummary = { sessions: 0, upcoming: 0, attendances: 0, entrepreneurAttendances: 0 };
  const guests: Array<{ activityId: number; entrepreneurId: number; orgPath: string; at: Date; checkedInAt: Date | null }> = [];
  const attendance: Array<{ activityId: number; personId: number; at: Date }> = [];
  const signups: Array<{ activityId: number; personId: number; at: Date }> = [];
  const ids: number[] = [];
  const create = async (n: number, day: string, past: boolean) => {
    const org = busiest.length && r.chance(0.3) ? r.pick(busiest) : { id: world.root.id, path: world.root.path };
    const startsAt = new Date(Date.parse(`${day}T06:30:00Z`));
    const title = coStudyTitles[n % coStudyTitles.length];
    const id = await createActivity(db, req, scope, createActivityBody.parse({
      typeCode: 'co_study', title, orgId: org.id, venue: r.pick(coStudyVenues),
      description: '机关青年干部与青年企业家共同学习交流，结对双方共同参加。',
      startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(), capacity: r.pick([60, 80, 100, 120]),
      signupClosesAt: new Date(startsAt.getTime() - 86400_000).toISOString(),
    }));
    ids.push(id);
    // The cadres paired on the day, of the organiser's subtree, sign up (with a few other young colleagues); most come.
    const signedAt = () => new Date(Math.min(now.getTime(), startsAt.getTime() - r.int(2, 10) * 86400_000) - r.int(0, 600) * 60_000);
    const paired = [...new Set(pairs.filter((p) => p.startedAt < startsAt && (!p.endedAt || p.endedAt > startsAt) && p.cadre.orgPath.startsWith(org.path)).map((p) => p.cadre.id))];
    const signed = shuffle(r, paired).slice(0, Math.min(paired.length, past ? r.int(15, 60) : r.int(5, 25)));
    const others = shuffle(r, world.people.filter((p) => p.orgPath.startsWith(org.path) && !paired.includes(p.id)).slice(0, 400)).slice(0, r.int(3, 10));
    for (const personId of [...signed, ...others.map((o) => o.id)]) signups.push({ activityId: id, personId, at: signedAt() });
    // Their entrepreneurs come along (most of them); nine in ten of those signed up check in.
    const together = pairs.filter((p) => signed.includes(p.cadre.id) && p.startedAt < startsAt && (!p.endedAt || p.endedAt > startsAt) && r.chance(0.7));
    for (const p of together) {
      const checkedInAt = past && r.chance(0.9) ? new Date(startsAt.getTime() - r.int(0, 20) * 60_000) : null;
      guests.push({ activityId: id, entrepreneurId: p.entrepreneur.id!, orgPath: p.entrepreneur.row.orgPath!, at: signedAt(), checkedInAt });
    }
    if (!past) return summary.upcoming++;
    summary.sessions++;
    for (const personId of [...signed, ...others.map((o) => o.id)]) {
      if (r.chance(0.9)) attendance.push({ activityId: id, personId, at: new Date(startsAt.getTime() - r.int(0, 20) * 60_000) });
    }
  };
  const months = 12;
  let n = 0;
  for (let m = months; m >= 1; m--) {
    for (let k = 0; k < perMonth; k++) {
      const day = weekday(addDays(today, -m * 30 + Math.floor((k * 30) / perMonth) + r.int(0, 8)));
      if (day >= today) continue;
      await create(n++, day, true);
    }
  }
  for (let k = 0; k < 2; k++) await create(n++, weekday(addDays(today, 7 + k * 14 + r.int(0, 4))), false);
  await bulkInsert(
    db,
    'activity_attendance',
    [
      ['activity_id', 'int', (a) => a.activityId],
      ['person_id', 'int', (a) => a.personId],
      ['method', 'text', () => 'qr'],
      ['checked_in_at', 'timestamptz', (a) => a.at],
    ],
    attendance,
  );
  await bulkInsert(
    db,
    'activity_signups',
    [
      ['activity_id', 'int', (a) => a.activityId],
      ['person_id', 'int', (a) => a.personId],
      ['status', 'text', () => 'confirmed'],
      ['created_at', 'timestamptz', (a) => a.at],
      ['updated_at', 'timestamptz', (a) => a.at],
    ],
    signups,
  );
  await bulkInsert(
    db,
    'pairing_cosession_signups',
    [
      ['activity_id', 'int', (g) => g.activityId],
      ['entrepreneur_id', 'int', (g) => g.entrepreneurId],
      ['org_path', 'text', (g) => g.orgPath],
      ['signed_up_at', 'timestamptz', (g) => g.at],
      ['checked_in_at', 'timestamptz', (g) => g.checkedInAt],
      ['checkin_method', 'text', (g) => (g.checkedInAt ? 'qr' : null)],
    ],
    guests,
  );
  await syncSeats(db, ids);
  summary.entrepreneurAttendances = guests.filter((g) => g.checkedInAt).length;
  summary.attendances = attendance.length;
  return summary;
}

/** The seats the engine keeps beside each activity: its people's and the entrepreneurs' confirmed sign-ups. */
export async function syncSeats(db: Db, ids: readonly number[]) {
  if (!ids.length) return;
  const list = `{${ids.join(',')}}`;
  await db.execute(sql`UPDATE activities a SET confirmed_count = s.n
    FROM (SELECT activity_id, sum(n)::int AS n FROM (
            SELECT activity_id, count(*) AS n FROM activity_signups WHERE activity_id = ANY(${list}::int[]) AND status = 'confirmed' GROUP BY activity_id
            UNION ALL
            SELECT activity_id, count(*) FROM pairing_cosession_signups WHERE activity_id = ANY(${list}::int[]) AND cancelled_at IS NULL AND status = 'confirmed' GROUP BY activity_id) x
          GROUP BY activity_id) s
    WHERE a.id = s.activity_id`);
}
