import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';

type Brief = { type_code: string; category_code: string; counts_service_hours: boolean; org_id: number; org_path: string };

const briefOf = async (ctx: ModuleContext, activityId: number) => {
  const [a] = await rows<Brief>(
    ctx.db,
    sql`SELECT a.type_code, t.category_code, t.counts_service_hours, a.org_id, a.org_path FROM activities a JOIN activity_types t ON t.code = a.type_code WHERE a.id = ${activityId}`,
  );
  return a;
};

/** Tells the rest of the platform (points, metrics) that someone attended; after the commit. */
export async function publishAttendance(ctx: ModuleContext, activityId: number, personId: number) {
  const a = await briefOf(ctx, activityId);
  await ctx.events.publish('activities.attended', { activityId, personId, typeCode: a.type_code, categoryCode: a.category_code });
}

/**
 * Tells that someone's attendance ended, with the half hours present; after the commit. For hour-counting
 * types this is where service hours start: the community module records them for the organiser, pending confirmation.
 */
export async function publishCheckedOut(ctx: ModuleContext, activityId: number, personId: number, presence: { hours: number; checkedOutAt: string; recordedBy: number | null }) {
  const a = await briefOf(ctx, activityId);
  await ctx.events.publish('activities.checked_out', {
    activityId,
    personId,
    typeCode: a.type_code,
    categoryCode: a.category_code,
    countsServiceHours: Boolean(a.counts_service_hours),
    orgId: a.org_id,
    orgPath: a.org_path,
    hours: presence.hours,
    checkedOutAt: presence.checkedOutAt,
    recordedBy: presence.recordedBy,
  });
}
