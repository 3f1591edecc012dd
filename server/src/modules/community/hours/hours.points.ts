import type { ModuleContext } from '../../../kernel/module.js';
import { awardOn } from '../../../kernel/points/award-on.js';
import './hours.events.js';

/**
 * Whole confirmed hours earn points through the rules on 'community.hours_confirmed' (the default 'volunteer_hour':
 * 1 point an hour, 8 a day at most), once per hours row; less than an hour earns none.
 */
export function awardConfirmedHours(ctx: ModuleContext) {
  awardOn(ctx, 'community.hours_confirmed', { zh: '社区确认服务时长（每小时）', en: 'Service hours confirmed by the community (per hour)' }, (p) => ({ personId: p.hours >= 1 ? p.personId : null, key: `service_hours:${p.hoursId}`, units: Math.floor(p.hours) }));
}
