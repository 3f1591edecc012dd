import type { ModuleContext } from '../module.js';
import { purgeExpiredSessions } from './sessions.js';

/** Expired sessions are refused on use anyway; the purge only keeps the table small. */
export function authJobs(ctx: ModuleContext) {
  return {
    'auth.purge_sessions': () =>
      purgeExpiredSessions(ctx.db, { idleMinutes: ctx.env.SESSION_IDLE_MINUTES, absoluteHours: ctx.env.SESSION_ABSOLUTE_HOURS }),
  };
}
