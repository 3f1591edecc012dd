import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';

/** One attendance of an activity, as other modules need it (e.g. the organiser's service hours). */
export interface AttendanceFact {
  personId: number;
  checkedInAt: string;
  checkedOutAt: string | null;
  /** Half hours present (check-in to check-out within the activity's times); null until checked out. */
  hours: number | null;
}

export async function attendanceOf(db: Db, activityId: number): Promise<AttendanceFact[]> {
  const list = await rows<{ person_id: number; checked_in_at: string; checked_out_at: string | null; service_hours: string | number | null }>(
    db,
    sql`SELECT person_id, checked_in_at, checked_out_at, service_hours FROM activity_attendance WHERE activity_id = ${activityId} ORDER BY checked_in_at, id`,
  );
  return list.map((r) => ({
    personId: r.person_id,
    checkedInAt: new Date(r.checked_in_at).toISOString(),
    checkedOutAt: r.checked_out_at ? new Date(r.checked_out_at).toISOString() : null,
    hours: r.checked_out_at && r.service_hours != null ? Number(r.service_hours) : null,
  }));
}

export interface ActivityBrief {
  id: number;
  title: string;
  typeCode: string;
  categoryCode: string;
  countsServiceHours: boolean;
  orgId: number;
  orgPath: string;
  status: string;
  startsAt: string;
  endsAt: string;
  venue: string;
}

/** What other modules show of an activity (title, organiser, type, times); undefined when unknown. */
export async function activityBrief(db: Db, id: number): Promise<ActivityBrief | undefined> {
  const [a] = await activityBriefs(db, [id]);
  return a;
}

export async function activityBriefs(db: Db, ids: readonly number[]): Promise<ActivityBrief[]> {
  if (!ids.length) return [];
  const list = await rows<{ id: number; title: string; type_code: string; category_code: string; counts_service_hours: boolean; org_id: number; org_path: string; status: string; starts_at: string; ends_at: string; venue: string }>(
    db,
    sql`SELECT a.id, a.title, a.type_code, t.category_code, t.counts_service_hours, a.org_id, a.org_path, a.status, a.starts_at, a.ends_at, a.venue
          FROM activities a JOIN activity_types t ON t.code = a.type_code WHERE a.id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
  );
  return list.map((a) => ({
    id: a.id,
    title: a.title,
    typeCode: a.type_code,
    categoryCode: a.category_code,
    countsServiceHours: Boolean(a.counts_service_hours),
    orgId: a.org_id,
    orgPath: a.org_path,
    status: a.status,
    startsAt: new Date(a.starts_at).toISOString(),
    endsAt: new Date(a.ends_at).toISOString(),
    venue: a.venue,
  }));
}
