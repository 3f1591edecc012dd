import type { VanguardModule } from './module.js';
import { kernelPermissions } from './access/kernel-permissions.js';
import { authRoutes } from './auth/auth.routes.js';
import { authJobs } from './auth/auth.jobs.js';
import { vacuumAnalyze } from './db/analyze.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { pointsModule } from './points/points.module.js';
import { rosterRoutes } from './roster/roster.routes.js';
import { orgModule } from './org/org.module.js';
import { accountsRoutes } from './accounts/accounts.routes.js';

/** The kernel's own features, declared like any module so the app wires them the same way. */
export const kernelModules: VanguardModule[] = [
  { name: 'auth', permissions: kernelPermissions, routes: authRoutes, jobs: authJobs, schedules: [{ name: 'auth.purge_sessions', everySeconds: 600 }] },
  { name: 'audit', routes: auditRoutes },
  orgModule,
  { name: 'accounts', routes: accountsRoutes },
  pointsModule,
  { name: 'roster', routes: rosterRoutes },
  { name: 'notifications', routes: notificationsRoutes },
  // PGlite has no autovacuum: this job (named when it only analysed) vacuums and analyses; PostgreSQL does both itself.
  { name: 'db', jobs: (ctx) => ({ 'db.analyze': () => (ctx.database.kind === 'pglite' ? vacuumAnalyze(ctx.db) : Promise.resolve()) }), schedules: [{ name: 'db.analyze', everySeconds: 3600 }] },
];
