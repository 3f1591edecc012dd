import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { awardOn, defineAward } from '../../../kernel/points/award-on.js';
import './hours.events.js';

/** Each confirmed hours row, at its confirmation. */
const hoursConfirmed = defineAward({
  event: 'community.hours_confirmed',
  label: { zh: '社区确认服务时长（每小时）', en: 'Service hours confirmed by the community (per hour)' },
  map: (p) => ({ personId: p.hours >= 1 ? p.personId : null, key: `service_hours:${p.hoursId}`, units: Math.floor(p.hours) }),
  replay: {
    query: sql`SELECT coalesce(confirmed_at, recorded_at) AS occurred_at, jsonb_build_object('hoursId', id, 'activityId', activity_id, 'personId', person_id,
                        'communityId', community_id, 'orgPath', org_path, 'hours', hours::float8) AS payload
                 FROM community_service_hours WHERE status = 'confirmed'`,
  },
});

/**
 * Whole confirmed hours earn points through the rules on 'community.hours_confirmed' (the default 'volunteer_hour':
 * 1 point an hour, 8 a day at most), once per hours row; less than an hour earns none.
 */
export function awardConfirmedHours(ctx: ModuleContext) {
  awardOn(ctx, hoursConfirmed);
}
