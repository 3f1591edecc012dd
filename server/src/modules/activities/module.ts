import type { VanguardModule } from '../../kernel/module.js';
import { everyone, organisers } from '../../kernel/access/roles.js';
import { sql } from 'drizzle-orm';
import { awardOn, defineAward } from '../../kernel/points/award-on.js';
import './activities.events.js';
import { activitiesRoutes } from './activities.routes.js';
import { participationRoutes } from './participation.routes.js';
import { ensureActivityReference } from './activities.reference.js';
import { calendarRoutes } from './calendar.routes.js';
import { photosRoutes } from './photos.routes.js';
import { statsRoutes } from './activities.stats.js';
import { activityTypeRoutes } from './activity-types.routes.js';
import { activitiesMetrics } from './activities.metrics.js';
import { seedActivities } from './activities.seed.js';
import { activitiesJobs, subscribeActivities } from './activities.jobs.js';
import { activitiesDetails } from './activities.details.js';


/** Each attendance record is one 'activities.attended', at its check-in. */
const attended = defineAward({
  event: 'activities.attended',
  label: { zh: '活动签到', en: 'Attends an activity' },
  map: (p) => ({ personId: p.personId, key: `activity:${p.activityId}` }),
  replay: {
    query: sql`SELECT t.checked_in_at AS occurred_at, jsonb_build_object('activityId', t.activity_id, 'personId', t.person_id, 'typeCode', a.type_code, 'categoryCode', y.category_code) AS payload
                 FROM activity_attendance t JOIN activities a ON a.id = t.activity_id JOIN activity_types y ON y.code = a.type_code`,
  },
});

/** One activities engine for every kind of activity in the case (see activities.reference.ts). */
export const activitiesModule: VanguardModule = {
  name: 'activities',
  detailMessages: activitiesDetails,
  permissions: [
    { name: 'activities.read', roles: organisers, scope: 'subtree', description: '查看本组织的活动、报名与签到' },
    { name: 'activities.write', roles: organisers, scope: 'subtree', description: '发布、修改、取消活动' },
    { name: 'activities.checkin', roles: organisers, scope: 'subtree', description: '展示签到二维码、手工签到' },
    { name: 'activities.join', roles: everyone, scope: 'self', description: '报名、签到、签退' },
    { name: 'activities.configure', roles: ['committee_admin'], scope: 'subtree', description: '维护全市的活动类型与类别' },
  ],
  routes(app, ctx) {
    statsRoutes(app, ctx);
    activityTypeRoutes(app, ctx);
    activitiesRoutes(app, ctx);
    participationRoutes(app, ctx);
    calendarRoutes(app, ctx);
    photosRoutes(app, ctx);
  },
  subscribe(ctx) {
    subscribeActivities(ctx);
    awardOn(ctx, attended);
    // Service hours earn points only once the community confirms them (module community, event community.hours_confirmed).
  },
  jobs: activitiesJobs,
  schedules: [{ name: 'activities.remind', everySeconds: 300 }],
  reference: (ctx) => ensureActivityReference(ctx.db),
  metrics: activitiesMetrics,
  seed: seedActivities,
};
