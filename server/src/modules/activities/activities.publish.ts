import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';

/** Tells the rest of the platform (points, metrics) that someone attended; after the commit. */
export async function publishAttendance(ctx: ModuleContext, activityId: number, personId: number) {
  const [a] = await rows<{ type_code: string; category_code: string }>(
    ctx.db,
    sql`SELECT a.type_code, t.category_code FROM activities a JOIN activity_types t ON t.code = a.type_code WHERE a.id = ${activityId}`,
  );
  await ctx.events.publish('activities.attended', { activityId, personId, typeCode: a.type_code, categoryCode: a.category_code });
}
