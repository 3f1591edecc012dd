import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { awardOn } from '../../../kernel/points/award-on.js';
import './hours.events.js';

/**
 * The points rule for confirmed service hours (1 point an hour, 8 a day at most), added once; an admin may edit it
 * later. It replaces the kernel's old 'volunteer_hour' rule on 'activities.service_hours', which nothing publishes any more.
 */
export async function ensureHoursPointsRule(ctx: ModuleContext) {
  await ctx.db.execute(sql`INSERT INTO points_rules (code, name, event_type, points, daily_cap, active)
                           VALUES ('volunteer_hour_confirmed', '志愿服务（社区确认，每小时）', 'community.hours_confirmed', 1, 8, true)
                           ON CONFLICT (code) DO NOTHING`);
}

/** Whole confirmed hours earn points, once per hours row; less than an hour earns none. */
export function awardConfirmedHours(ctx: ModuleContext) {
  awardOn(ctx, 'community.hours_confirmed', (p) => ({ personId: p.hours >= 1 ? p.personId : null, key: `service_hours:${p.hoursId}`, units: Math.floor(p.hours) }));
}
