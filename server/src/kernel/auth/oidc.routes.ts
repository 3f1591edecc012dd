import { z } from 'zod';
import { sql } from 'drizzle-orm';
import * as client from 'openid-client';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../module.js';
import { AppError, type ErrorCode } from '../errors.js';
import { rows, transaction } from '../db/client.js';
import { audit } from '../audit/audit.js';
import { oidcSettings } from '../env.js';
import { authOptionsResponse } from './auth.dto.js';
import { createSession, SESSION_COOKIE } from './sessions.js';
import { recordSuccessfulSignIn } from './lockout.js';
import { accountByClaim, accountState, inactiveReason, linkedAccount, oidcProvider, openPending, PENDING_COOKIE, PENDING_PATH, PENDING_SECONDS, safeNext, sealPending, type MatchedAccount, type OidcProvider } from './oidc.js';

const startQuery = z.object({ next: z.string().max(500).optional() });
// The provider's answer: code and state, or an error; anything else it adds is kept for the token exchange.
const callbackQuery = z.looseObject({ code: z.string().max(2000).optional(), state: z.string().max(500).optional(), error: z.string().max(200).optional() });

/** Where the web app's login page shows a sign-in refusal. */
/** The login page, told why (and, for a lock, until when: the page says it as a password sign-in's refusal does). */
const refused = (code: ErrorCode, until?: Date | null) => `/login?oidc_error=${code}${until ? `&until=${encodeURIComponent(until.toISOString())}` : ''}`;

class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly accountId: number | null = null,
    readonly until: Date | null = null,
  ) {
    super(reason);
  }
}

/** Refuses an account a password sign-in would refuse too: disabled, or locked after too many wrong passwords. */
function refuseInactive(account: { id: number; disabled: boolean; locked: boolean; lockedUntil: Date | string | null }) {
  const code = inactiveReason(account);
  if (!code) return;
  const until = code === 'oidc_account_locked' && account.lockedUntil ? new Date(account.lockedUntil) : null;
  throw new Refusal(code, code === 'oidc_account_locked' ? 'account locked' : 'account disabled', account.id, until);
}

/**
 * OpenID Connect sign-in (authorization code flow with PKCE): /start sends the browser to the provider, /callback
 * checks state and nonce, exchanges the code, and signs in the existing account the configured claim names.
 * `provider` is null when OIDC is not configured (the routes then answer 404).
 */
export function oidcRoutes(app: App, ctx: ModuleContext, provider: OidcProvider | null) {
  const { db, env } = ctx;
  const timeouts = { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS };
  const rateLimit = { max: env.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };
  const pendingCookie = { path: PENDING_PATH, httpOnly: true, sameSite: 'lax' as const, secure: env.COOKIE_SECURE };

  app.get(
    '/api/v1/auth/options',
    { config: { access: 'public', rateLimit: { max: 300, timeWindow: '1 minute' } }, schema: { tags: ['auth'], operationId: 'auth.getOptions', summary: '登录方式 Sign-in options', response: { 200: authOptionsResponse } } },
    async () => ({ passwordLogin: env.PASSWORD_LOGIN, oidc: provider != null }),
  );

  app.get(
    '/api/v1/auth/oidc/start',
    { config: { access: 'public', rateLimit }, schema: { hide: true, querystring: startQuery } },
    async (req, reply) => {
      if (!provider) throw new AppError('oidc_not_configured');
      let config: client.Configuration;
      try {
        config = await provider.config();
      } catch (err) {
        req.log.warn({ err }, 'OIDC discovery failed');
        return reply.redirect(refused('oidc_unavailable'));
      }
      const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), next: safeNext(req.query.next), expiresAt: Date.now() + PENDING_SECONDS * 1000 };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: provider.settings.redirectUrl,
        scope: provider.settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      reply.setCookie(PENDING_COOKIE, sealPending(provider.settings, pending), { ...pendingCookie, maxAge: PENDING_SECONDS });
      reply.header('cache-control', 'no-store');
      return reply.redirect(url.href);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    { config: { access: 'public', rateLimit }, schema: { hide: true, querystring: callbackQuery } },
    async (req, reply) => {
      if (!provider) throw new AppError('oidc_not_configured');
      // One use: whatever happens next, this sign-in's secrets are spent.
      reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
      reply.header('cache-control', 'no-store');
      try {
        const pending = openPending(provider.settings, req.cookies?.[PENDING_COOKIE]);
        if (!pending) throw new Refusal('oidc_failed', 'no pending sign-in');
        if (req.query.error) throw new Refusal('oidc_failed', `provider answered ${req.query.error}`);
        const account = await signIn(req, provider, pending);
        const session = await transaction(db, async (tx) => {
          // A lock or a disabling that landed after the account was matched still counts.
          if (!(await recordSuccessfulSignIn(tx, account.id))) {
            // Not signed in means disabled or locked; a lock that ran out just now still refuses this attempt.
            const now = await accountState(tx, account.id);
            refuseInactive({ id: account.id, disabled: now.disabled, locked: true, lockedUntil: now.lockedUntil });
          }
          await audit(tx, req, { action: 'auth.login', entity: 'account', entityId: account.id, summary: 'oidc', actor: { accountId: account.id, username: account.username } });
          return createSession(tx, account.id, timeouts, { ip: req.ip, userAgent: req.headers['user-agent'], via: 'oidc' });
        });
        reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: env.COOKIE_SECURE, expires: session.expiresAt });
        await ctx.events.publish('auth.login', { accountId: account.id, personId: account.personId, at: new Date() });
        // The login page, now signed in, sends the user on: to `next`, or to the home of the account's roles.
        return reply.redirect(pending.next ? `/login?next=${encodeURIComponent(pending.next)}` : '/login');
      } catch (err) {
        if (!(err instanceof Refusal)) throw err;
        req.log.warn({ reason: err.reason }, 'OIDC sign-in refused');
        // No claim values in the audit: the reason says what failed, not who tried.
        await audit(db, req, { action: 'auth.oidc_refused', entity: 'account', entityId: err.accountId, summary: `${err.code}: ${err.reason}`, actor: { accountId: null, username: 'oidc' } });
        return reply.redirect(refused(err.code, err.until));
      }
    },
  );

  /** Checks the provider's answer and finds the linked or matching active account; throws a Refusal otherwise. */
  async function signIn(req: { url: string }, p: OidcProvider, pending: { state: string; nonce: string; verifier: string }): Promise<MatchedAccount> {
    let config: client.Configuration;
    try {
      config = await p.config();
    } catch {
      throw new Refusal('oidc_unavailable', 'discovery failed');
    }
    // The URL the provider sent the browser to: the configured one with this request's query, never the Host header.
    const current = new URL(p.settings.redirectUrl);
    current.search = new URL(req.url, 'http://x').search;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
    } catch (err) {
      // openid-client wraps the check that failed (state, nonce, PKCE…) as the cause; its message names what, not whose.
      const e = err as { code?: string; error?: string; message?: string; cause?: { message?: string } };
      throw new Refusal('oidc_failed', `${e.code ?? e.error ?? 'error'}: ${e.cause?.message ?? e.message ?? ''}`.slice(0, 200));
    }
    const claims = tokens.claims();
    if (!claims) throw new Refusal('oidc_failed', 'no ID token');
    const issuer = claims.iss;
    const subject = claims.sub;

    let account = await linkedAccount(db, issuer, subject);
    if (!account) {
      let value = claims[p.settings.claim];
      if (typeof value !== 'string') {
        const info = await client.fetchUserInfo(config, tokens.access_token, subject).catch(() => null);
        value = info?.[p.settings.claim];
      }
      if (typeof value !== 'string' || !value) throw new Refusal('oidc_unknown_user', `no ${p.settings.claim} claim`);
      account = await accountByClaim(db, p.settings.claim, value);
      if (!account) throw new Refusal('oidc_unknown_user', 'no single account matches the claim');
      // An account that may not sign in is not linked either: a refused sign-in leaves nothing behind.
      refuseInactive(account);
      // One subject per account and issuer: another identity naming the same account is refused, not relinked.
      const linked = await rows(db, sql`INSERT INTO oidc_identities (issuer, subject, account_id) VALUES (${issuer}, ${subject}, ${account.id}) ON CONFLICT DO NOTHING RETURNING id`);
      if (linked.length === 0 && (await linkedAccount(db, issuer, subject))?.id !== account.id) throw new Refusal('oidc_unknown_user', 'the account is linked to another subject');
    } else {
      refuseInactive(account);
      await db.execute(sql`UPDATE oidc_identities SET last_sign_in_at = now() WHERE issuer = ${issuer} AND subject = ${subject}`);
    }
    return account;
  }
}

/** Where the browser goes after sign-out: the provider's end-session endpoint for an OIDC session, if it has one. */
export async function endSessionUrl(req: FastifyRequest, provider: OidcProvider | null): Promise<string | null> {
  if (!provider) return null;
  try {
    const config = await provider.config();
    if (!config.serverMetadata().end_session_endpoint) return null;
    const back = new URL('/login', provider.settings.redirectUrl).href;
    return client.buildEndSessionUrl(config, { client_id: provider.settings.clientId, post_logout_redirect_uri: back }).href;
  } catch (err) {
    req.log.warn({ err }, 'OIDC end-session URL unavailable');
    return null;
  }
}

export function makeOidcProvider(ctx: ModuleContext) {
  const settings = oidcSettings(ctx.env);
  return settings ? oidcProvider(settings) : null;
}
