import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { getPermission } from '../access/permissions.js';
import type { Db } from '../db/client.js';
import { loadSession, SESSION_COOKIE, type SessionTimeouts } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs on every request before the body is parsed: resolves the session, enforces CSRF on
 * unsafe methods, the pending password change, and the route's permission.
 * A route without an `access` config is refused, so nothing is open by accident.
 */
export function makeGuard(db: Db, timeouts: SessionTimeouts) {
  return async function guard(req: FastifyRequest, _reply: FastifyReply) {
    req.auth = null;
    const access = req.routeOptions.config?.access;
    if (!req.routeOptions.url || !req.routeOptions.url.startsWith('/api/v1/')) return;
    if (access === 'public') return;
    if (!access) throw new AppError('forbidden', { reason: 'route has no access rule' });

    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) throw new AppError('unauthenticated');
    const session = await loadSession(db, token, timeouts);
    if (session === 'expired') throw new AppError('session_expired');
    if (!session) throw new AppError('unauthenticated');

    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('csrf_failed');
    }
    req.auth = session;
    if (session.mustChangePassword && !req.routeOptions.config?.allowPendingPasswordChange) {
      throw new AppError('password_change_required');
    }
    if (access === 'session') return;
    const def = getPermission(access.permission);
    if (!session.assignments.some((a) => def.roles.includes(a.role))) throw new AppError('forbidden');
  };
}
