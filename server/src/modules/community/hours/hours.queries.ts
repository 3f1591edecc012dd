import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { escapeLike } from '../../../kernel/access/scope.js';
import { activityBriefs } from '../../activities/index.js';
import type { serviceHoursOut } from './hours.responses.js';
import type { organiserHoursQuery } from './hours.dto.js';

export type ServiceHoursItem = z.infer<typeof serviceHoursOut>;
type Row = Omit<ServiceHoursItem, 'activityTitle' | 'activityStartsAt'>;

const columns = sql`h.id, h.activity_id AS "activityId", h.person_id AS "personId", p.name, o.name AS "orgName", h.community_id AS "communityId", c.name AS "communityName",
  h.recorded_hours AS "recordedHours", h.adjusted_hours AS "adjustedHours", h.adjust_reason AS "adjustReason", h.hours, h.status,
  h.recorded_at AS "recordedAt", h.confirmed_at AS "confirmedAt", h.return_reason AS "returnReason", h.returned_at AS "returnedAt"`;
const from = sql`FROM community_service_hours h JOIN people p ON p.id = h.person_id JOIN orgs o ON o.id = p.org_id JOIN communities c ON c.id = h.community_id`;

const orderOf: Record<z.infer<typeof organiserHoursQuery>['sort'], SQL> = {
  '-recordedAt': sql`h.recorded_at DESC, h.id DESC`,
  recordedAt: sql`h.recorded_at, h.id`,
  name: sql`p.name, h.id`,
  '-hours': sql`h.hours DESC, h.id`,
};

/** Adds each row's activity title and start (the activities module's own brief). */
async function withActivities(db: Db, list: Row[]): Promise<ServiceHoursItem[]> {
  const briefs = new Map((await activityBriefs(db, [...new Set(list.map((r) => r.activityId))])).map((b) => [b.id, b]));
  return list.map((r) => ({ ...r, activityTitle: briefs.get(r.activityId)?.title ?? '', activityStartsAt: briefs.get(r.activityId)?.startsAt ?? null }));
}

/** A page of hours rows under `scopeCondition` (the organiser's org paths, or the staff's communities). */
export async function listHours(db: Db, scopeCondition: SQL, q: z.infer<typeof organiserHoursQuery>) {
  const where: SQL[] = [scopeCondition];
  if (q.status) where.push(sql`h.status = ${q.status}`);
  if (q.activityId) where.push(sql`h.activity_id = ${q.activityId}`);
  if (q.communityId) where.push(sql`h.community_id = ${q.communityId}`);
  if (q.q) where.push(sql`p.name LIKE ${'%' + escapeLike(q.q) + '%'}`);
  const cond = sql.join(where, sql` AND `);
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from} WHERE ${cond}`);
  const list = await rows<Row>(db, sql`SELECT ${columns} ${from} WHERE ${cond} ORDER BY ${orderOf[q.sort]} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: await withActivities(db, list), total: n, page: q.page, pageSize: q.pageSize };
}

export async function hoursRow(db: Db, id: number, scopeCondition: SQL): Promise<(Row & { orgPath: string }) | undefined> {
  const [r] = await rows<Row & { orgPath: string }>(db, sql`SELECT ${columns}, h.org_path AS "orgPath" ${from} WHERE h.id = ${id} AND ${scopeCondition}`);
  return r;
}

export async function getHours(db: Db, id: number, scopeCondition: SQL): Promise<ServiceHoursItem | undefined> {
  const r = await hoursRow(db, id, scopeCondition);
  return r ? (await withActivities(db, [r]))[0] : undefined;
}

/** Every hours row of a person, newest first (their volunteer record). */
export async function hoursOfPerson(db: Db, personId: number) {
  const list = await rows<Row>(db, sql`SELECT ${columns} ${from} WHERE h.person_id = ${personId} ORDER BY h.recorded_at DESC, h.id DESC`);
  return withActivities(db, list);
}
