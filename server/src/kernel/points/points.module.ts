import type { ModuleContext, VanguardModule } from '../module.js';
import type { DomainEvents } from '../events.js';
import { award, shanghaiDay } from './points.service.js';
import { ensureDefaultRules } from './points.defaults.js';
import { pointsRoutes } from './points.routes.js';
import { seedPointsHistory } from './points.seed.js';

/**
 * Wires a domain event to the points rules listening to it. `key` must be unique per
 * occurrence for one person, so a redelivered event awards nothing twice.
 */
function awardOn<K extends keyof DomainEvents>(ctx: ModuleContext, event: K, map: (p: DomainEvents[K]) => { personId: number | null; key: string; at?: Date; note?: string }) {
  ctx.events.on(event, async (payload) => {
    const { personId, key, at, note } = map(payload);
    if (personId == null) return;
    await award(ctx.db, { event, personId, idempotencyKey: key, at, note });
  });
}

export const pointsModule: VanguardModule = {
  name: 'points',
  routes: pointsRoutes,
  // Databases made before a rule existed still get it; existing rules are left as edited.
  reference: (ctx) => ensureDefaultRules(ctx.db),
  subscribe(ctx) {
    awardOn(ctx, 'auth.login', (p) => ({ personId: p.personId, key: shanghaiDay(p.at), at: p.at }));
    awardOn(ctx, 'activities.attended', (p) => ({ personId: p.personId, key: `activity:${p.activityId}` }));
    ctx.events.on('activities.service_hours', async (p) => {
      await award(ctx.db, { event: 'activities.service_hours', personId: p.personId, idempotencyKey: `activity:${p.activityId}`, units: Math.floor(p.hours) });
    });
  },
  async seed(ctx, opts) {
    await ensureDefaultRules(ctx.db);
    const n = await seedPointsHistory(ctx.db, opts);
    opts.log(`积分: ${n} 条演示流水`);
  },
};
