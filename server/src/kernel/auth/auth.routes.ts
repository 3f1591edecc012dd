import { eq } from 'drizzle-orm';
import type { App, ModuleContext } from '../module.js';
import { AppError, langOf } from '../errors.js';
import { transaction } from '../db/client.js';
import { allPermissions } from '../access/permissions.js';
import { audit } from '../audit/audit.js';
import { accounts } from './auth.schema.js';
import { changePasswordBody, loginBody, loginResponse, logoutResponse, meResponse, okResponse } from './auth.dto.js';
import { hashPassword, verifyPassword } from './password.js';
import { forgetAccountSessions } from './session-cache.js';
import { passwordProblem, passwordProblemText } from './password-policy.js';
import { createSession, destroyAccountSessions, destroySession, SESSION_COOKIE } from './sessions.js';
import { requireAuth, type AuthContext } from './auth-context.js';
import { recordFailedPassword, recordSuccessfulSignIn } from './lockout.js';
import { endSessionUrl, makeOidcProvider, oidcRoutes } from './oidc.routes.js';

const isLocked = (until: Date | null) => until != null && until.getTime() > Date.now();

// Verifying against a fixed hash when the user does not exist keeps response times alike.
const dummyHash = hashPassword('not-a-real-password-#1');

function presentMe(auth: AuthContext) {
  const held = new Set(auth.assignments.map((a) => a.role));
  return {
    accountId: auth.accountId,
    username: auth.username,
    displayName: auth.displayName,
    personId: auth.personId,
    mustChangePassword: auth.mustChangePassword,
    signedInWith: auth.via ?? ('password' as const),
    csrfToken: auth.csrfToken,
    roles: auth.assignments.map((a) => ({ role: a.role, orgId: a.orgId, orgName: a.orgName, orgPath: a.orgPath })),
    permissions: allPermissions()
      .filter((p) => p.roles.some((r) => held.has(r)))
      .map((p) => p.name)
      .sort(),
  };
}

export function authRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;
  const timeouts = { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS };
  const lockout = { maxAttempts: env.LOGIN_MAX_ATTEMPTS, lockMinutes: env.LOGIN_LOCK_MINUTES };
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: env.COOKIE_SECURE };
  const oidc = makeOidcProvider(ctx);
  oidcRoutes(app, ctx, oidc);

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: { max: env.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], operationId: 'auth.login', summary: '登录 Sign in', body: loginBody, response: { 200: loginResponse } },
    },
    async (req, reply) => {
      if (!env.PASSWORD_LOGIN) throw new AppError('password_login_off');
      const { username, password } = req.body;
      const [account] = await db.select().from(accounts).where(eq(accounts.username, username));
      if (!account) {
        await verifyPassword(await dummyHash, password);
        throw new AppError('invalid_credentials');
      }
      if (isLocked(account.lockedUntil)) {
        throw new AppError('account_locked', { until: account.lockedUntil!.toISOString() });
      }
      if (account.disabled || !(await verifyPassword(account.passwordHash, password))) {
        const outcome = await transaction(db, async (tx) => {
          const result = await recordFailedPassword(tx, account.id, lockout);
          if (!result.locked || result.lockedNow) {
            await audit(tx, req, { action: result.lockedNow ? 'auth.locked' : 'auth.login_failed', entity: 'account', entityId: account.id, summary: username, actor: { accountId: account.id, username } });
          }
          return result;
        });
        if (outcome.locked) throw new AppError('account_locked', { until: outcome.lockedUntil?.toISOString() ?? null });
        throw new AppError('invalid_credentials');
      }
      const session = await transaction(db, async (tx) => {
        // A wrong guess running alongside may have locked the account while this password was checked.
        if (!(await recordSuccessfulSignIn(tx, account.id))) return null;
        await audit(tx, req, { action: 'auth.login', entity: 'account', entityId: account.id, summary: username, actor: { accountId: account.id, username } });
        return createSession(tx, account.id, timeouts, { ip: req.ip, userAgent: req.headers['user-agent'] });
      });
      if (!session) throw new AppError('account_locked');
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
      await ctx.events.publish('auth.login', { accountId: account.id, personId: account.personId, at: new Date() });
      return { ok: true as const, csrfToken: session.csrfToken, mustChangePassword: account.mustChangePassword };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: 'session', allowPendingPasswordChange: true }, schema: { tags: ['auth'], operationId: 'auth.logout', summary: '退出 Sign out', response: { 200: logoutResponse } } },
    async (req, reply) => {
      const auth = requireAuth(req.auth);
      const via = await destroySession(db, auth.sessionId);
      await audit(db, req, { action: 'auth.logout', entity: 'account', entityId: auth.accountId });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const, redirectTo: via === 'oidc' ? await endSessionUrl(req, oidc) : null };
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: 'session', allowPendingPasswordChange: true },
      schema: { tags: ['auth'], operationId: 'auth.getMe', summary: '当前用户 Current account', response: { 200: meResponse } },
    },
    // Never from a browser cache: it says whether a new password is still owed, and it carries the CSRF token.
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return presentMe(requireAuth(req.auth));
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'session', allowPendingPasswordChange: true, invalidates: ['sessions'] },
      schema: { tags: ['auth'], operationId: 'auth.changePassword', summary: '修改密码 Change password', body: changePasswordBody, response: { 200: okResponse } },
    },
    async (req) => {
      const auth = requireAuth(req.auth);
      // The identity provider vouched for this session, not a password here: the password is the provider's business.
      if (auth.via === 'oidc') throw new AppError('password_change_oidc');
      const { currentPassword, newPassword } = req.body;
      const [account] = await db.select().from(accounts).where(eq(accounts.id, auth.accountId));
      if (!account) throw new AppError('unauthenticated');
      if (isLocked(account.lockedUntil)) throw new AppError('account_locked', { until: account.lockedUntil!.toISOString() });
      // A wrong current password counts toward the lockout: a stolen session must not be a way to guess it.
      if (!(await verifyPassword(account.passwordHash, currentPassword))) {
        const outcome = await transaction(db, async (tx) => {
          const result = await recordFailedPassword(tx, account.id, lockout);
          if (!result.locked || result.lockedNow) {
            await audit(tx, req, { action: result.lockedNow ? 'auth.locked' : 'auth.password_failed', entity: 'account', entityId: account.id });
          }
          return result;
        });
        if (outcome.locked) throw new AppError('account_locked', { until: outcome.lockedUntil?.toISOString() ?? null });
        throw new AppError('invalid_credentials', [{ field: 'currentPassword', message: 'wrong password' }]);
      }
      const problem = newPassword === currentPassword ? 'reused' : passwordProblem(newPassword, { username: account.username });
      if (problem) {
        const text = passwordProblemText[problem];
        throw new AppError('weak_password', [{ field: 'newPassword', reason: problem, message: text[langOf(req)], message_zh: text.zh, message_en: text.en }]);
      }
      const passwordHash = await hashPassword(newPassword);
      await transaction(db, async (tx) => {
        await tx.update(accounts).set({ passwordHash, mustChangePassword: false }).where(eq(accounts.id, auth.accountId));
        await destroyAccountSessions(tx, auth.accountId, auth.sessionId);
        await audit(tx, req, { action: 'auth.password_changed', entity: 'account', entityId: auth.accountId });
      });
      // Again after the commit: a request of the same session read between the first forgetting and the commit would
      // have cached it still owing a new password for a few seconds, sending the user back to this page.
      forgetAccountSessions(auth.accountId);
      return { ok: true as const };
    },
  );
}
