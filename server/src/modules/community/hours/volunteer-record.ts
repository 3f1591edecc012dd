import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { myTeams } from '../teams/teams.queries.js';
import { hoursOfPerson } from './hours.queries.js';
import type { volunteerRecordOut } from './hours.responses.js';

type Record = z.infer<typeof volunteerRecordOut>;

const sum = (list: { hours: number | string }[]) => Math.round(list.reduce((s, r) => s + Number(r.hours), 0) * 100) / 100;

/** A member's volunteer record: every hours row (confirmed, pending, returned), teams, and the communities they registered with or served. */
export async function volunteerRecord(db: Db, personId: number): Promise<Record> {
  const activities = await hoursOfPerson(db, personId);
  const confirmed = activities.filter((a) => a.status === 'confirmed');
  const registered = await rows<{ id: number; name: string; status: string; since: string }>(
    db,
    sql`SELECT c.id, c.name, r.status, r.created_at AS since FROM community_member_registrations r JOIN communities c ON c.id = r.community_id
         WHERE r.person_id = ${personId} AND r.status IN ('pending', 'confirmed') ORDER BY r.created_at DESC`,
  );
  const served = new Map<number, string>();
  for (const a of activities) if (a.status !== 'returned') served.set(a.communityId, a.communityName);
  return {
    totals: {
      confirmedHours: sum(confirmed),
      pendingHours: sum(activities.filter((a) => a.status === 'pending')),
      returnedHours: sum(activities.filter((a) => a.status === 'returned')),
      activities: new Set(activities.map((a) => a.activityId)).size,
      confirmedActivities: new Set(confirmed.map((a) => a.activityId)).size,
    },
    activities,
    teams: await myTeams(db, personId),
    communities: [
      ...registered.map((r) => ({ id: r.id, name: r.name, relation: 'registered' as const, status: r.status, since: r.since })),
      ...[...served].map(([id, name]) => ({ id, name, relation: 'served' as const, status: null, since: null })),
    ],
  };
}
