import { sql } from 'drizzle-orm';
import type { VanguardModule } from '../module.js';
import { personMetric } from '../figures/person-metric.js';
import { shanghaiDay } from './points.service.js';
import { awardOn, defineAward } from './award-on.js';
import { ensureDefaultRules } from './points.defaults.js';
import { pointsRoutes } from './points.routes.js';

/** A sign-in, as the audit trail records it (the account's 'auth.login'); one point a day at most by the shipped rule. */
const signedIn = defineAward({
  event: 'auth.login',
  label: { zh: '登录平台', en: 'Signs in' },
  map: (p) => ({ personId: p.personId, key: shanghaiDay(p.at), at: p.at }),
  replay: {
    query: sql`SELECT l.at AS occurred_at, jsonb_build_object('accountId', a.id, 'personId', a.person_id, 'at', l.at) AS payload
                 FROM audit_log l JOIN accounts a ON a.id = l.account_id WHERE l.action = 'auth.login' AND a.person_id IS NOT NULL`,
    revive: (p: { accountId: number; personId: number; at: string }) => ({ ...p, at: new Date(p.at) }),
  },
});

export const pointsModule: VanguardModule = {
  name: 'points',
  routes: pointsRoutes,
  // Databases made before a rule existed still get it; existing rules are left as edited.
  reference: (ctx) => ensureDefaultRules(ctx.db),
  subscribe(ctx) {
    awardOn(ctx, signedIn);
  },
  metrics: [
    {
      name: 'points.my_points',
      label: { zh: '我的学习积分', en: 'My study points' },
      unit: '分',
      theme: 'courses',
      kind: 'person',
      // All the points a person holds (the period is not a cut of a balance); one query for many people.
      ...personMetric((_q, people) => sql`SELECT person_id AS id, sum(points)::int AS n FROM points_ledger WHERE person_id = ANY(${people}) GROUP BY 1`),
    },
  ],
};
