import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';
import { activityBriefs } from '../activities/index.js';

/** A person's confirmed volunteer hours for the growth profile: one fact per activity served. */
export async function communityGrowth(db: Db, personId: number) {
  const list = await rows<{ activityId: number; hours: string; community: string; at: string }>(
    db,
    sql`SELECT h.activity_id AS "activityId", h.hours, c.name AS community, h.confirmed_at AS at
          FROM community_service_hours h JOIN communities c ON c.id = h.community_id WHERE h.person_id = ${personId} AND h.status = 'confirmed'`,
  );
  const titles = new Map((await activityBriefs(db, [...new Set(list.map((h) => h.activityId))])).map((a) => [a.id, a.title]));
  return list.map((h) => ({
    at: new Date(h.at).toISOString(),
    kind: 'volunteer',
    title: `志愿服务「${titles.get(h.activityId) ?? '活动'}」`,
    detail: h.community,
    value: `${Number(h.hours)} 小时`,
    link: '/community/hours',
    mobileLink: '/m/community/record',
  }));
}
