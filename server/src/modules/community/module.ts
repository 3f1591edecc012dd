import type { VanguardModule } from '../../kernel/module.js';
import { everyone, organisers } from '../../kernel/access/roles.js';
import { communitiesRoutes } from './communities/communities.routes.js';
import { orgRegistrationRoutes } from './registrations/org-registrations.routes.js';
import { memberRegistrationRoutes } from './registrations/member-registrations.routes.js';
import { ensureNeedTypes } from './needs/need-types.reference.js';
import { needsRoutes } from './needs/needs.routes.js';
import { claimsRoutes } from './needs/claims.routes.js';
import { needsJobs } from './needs/needs.jobs.js';
import { teamsRoutes } from './teams/teams.routes.js';
import { hoursRoutes } from './hours/hours.routes.js';
import { recordFromCheckout } from './hours/hours.commands.js';
import { awardConfirmedHours } from './hours/hours.points.js';
import { certificatesRoutes } from './certificates/certificates.routes.js';
import { communityMetrics } from './community.metrics.js';
import { seedCommunity } from './community.seed.js';
import { communityDetails } from './community.details.js';

/**
 * 幸福党建: communities, 双报到, needs lists and claims, red volunteer service teams, confirmed service hours.
 * Volunteer activities themselves run on the activities engine (see README.md).
 */
export const communityModule: VanguardModule = {
  name: 'community',
  permissions: [
    { name: 'community.read', roles: organisers, scope: 'subtree', description: '查看社区、报到、需求清单、志愿服务队与服务时长' },
    { name: 'community.write', roles: organisers, scope: 'subtree', description: '组织报到、认领需求、管理志愿服务队、记录和调整服务时长' },
    // Held at the committee root; the module narrows it to the caller's own communities through community_staff.
    { name: 'community.staff', roles: ['community_staff'], scope: 'self', description: '社区工作者：确认报到、发布需求、确认或退回服务时长' },
    { name: 'community.join', roles: everyone, scope: 'self', description: '个人报到、查看身边需求、队长认领、本人志愿记录与证书' },
    { name: 'community.manage', roles: ['committee_admin'], scope: 'subtree', description: '维护社区名录、指派社区工作者' },
  ],
  routes(app, ctx) {
    communitiesRoutes(app, ctx);
    orgRegistrationRoutes(app, ctx);
    memberRegistrationRoutes(app, ctx);
    needsRoutes(app, ctx);
    claimsRoutes(app, ctx);
    teamsRoutes(app, ctx);
    hoursRoutes(app, ctx);
    certificatesRoutes(app, ctx);
  },
  subscribe(ctx) {
    ctx.events.on('activities.checked_out', (e) => recordFromCheckout(ctx, e));
    awardConfirmedHours(ctx);
  },
  jobs: (ctx) => ({ ...needsJobs(ctx) }),
  schedules: [{ name: 'community.watch_needs', everySeconds: 300 }],
  reference: (ctx) => ensureNeedTypes(ctx.db),
  metrics: communityMetrics,
  seed: seedCommunity,
  detailMessages: communityDetails,
};
