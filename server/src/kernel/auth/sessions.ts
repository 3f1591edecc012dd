import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/client.js';
import { sessions } from './auth.schema.js';
import type { AuthContext, Assignment, SignInMethod } from './auth-context.js';
import type { Role } from '../access/roles.js';
import { cachedSession, cacheSession, forgetAccountSessions, forgetSession, sessionCacheEpoch } from './session-cache.js';

export const SESSION_COOKIE = 'vg_sid';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

export async function createSession(db: Db, accountId: number, t: SessionTimeouts, meta: { ip?: string; userAgent?: string; via?: SignInMethod }) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + t.absoluteHours * 3600_000);
  await db.insert(sessions).values({
    id: tokenHash(token),
    accountId,
    csrfToken,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 200),
    via: meta.via ?? 'password',
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** Ends one session; answers how it was signed in (null when it was already gone). */
export async function destroySession(db: Db, sessionId: string): Promise<SignInMethod | null> {
  forgetSession(sessionId);
  const [gone] = await db.delete(sessions).where(eq(sessions.id, sessionId)).returning({ via: sessions.via });
  return (gone?.via as SignInMethod | undefined) ?? null;
}

export async function destroyAccountSessions(db: Db, accountId: number, exceptSessionId?: string) {
  forgetAccountSessions(accountId);
  await db
    .delete(sessions)
    .where(exceptSessionId ? and(eq(sessions.accountId, accountId), sql`${sessions.id} <> ${exceptSessionId}`) : eq(sessions.accountId, accountId));
}

type SessionRow = {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  account_id: number;
  username: string;
  display_name: string;
  person_id: number | null;
  person_org_path: string | null;
  must_change_password: boolean;
  via: SignInMethod;
  disabled: boolean;
  assignments: Array<{ role: Role; orgId: number; orgPath: string; orgName: string }> | null;
};

/**
 * Resolves a cookie token to the caller, enforcing the idle and absolute timeouts.
 * Returns 'expired' when the session existed but timed out (it is deleted).
 */
export async function loadSession(db: Db, token: string, t: SessionTimeouts): Promise<AuthContext | 'expired' | null> {
  const id = tokenHash(token);
  const now = Date.now();
  const hit = cachedSession(id, now);
  if (hit && hit.expiresAt > now && now - hit.lastSeen <= t.idleMinutes * 60_000) {
    if (now - hit.lastSeen > 60_000) {
      await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, id));
      hit.lastSeen = now;
    }
    return hit.auth;
  }
  const readSince = sessionCacheEpoch();
  const [row] = await rows<SessionRow>(
    db,
    sql`SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, s.expires_at, s.via,
               a.id AS account_id, a.username, a.display_name, a.person_id, a.disabled,
               -- An identity provider vouched for an OIDC session: no initial password is owed through it.
               (a.must_change_password AND s.via = 'password') AS must_change_password,
               (SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = a.person_id) AS person_org_path,
               (SELECT json_agg(json_build_object('role', r.role, 'orgId', o.id, 'orgPath', o.path, 'orgName', o.name))
                  FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.account_id = a.id) AS assignments
          FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.id = ${id}`,
  );
  if (!row) return null;
  let lastSeen = new Date(row.last_seen_at).getTime();
  if (row.disabled || new Date(row.expires_at).getTime() <= now || now - lastSeen > t.idleMinutes * 60_000) {
    await destroySession(db, id);
    return 'expired';
  }
  // Touch at most once a minute so reads do not turn into a write each.
  if (now - lastSeen > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, id));
    lastSeen = now;
  }
  const auth: AuthContext = {
    accountId: row.account_id,
    username: row.username,
    displayName: row.display_name,
    personId: row.person_id,
    personOrgPath: row.person_org_path,
    mustChangePassword: row.must_change_password,
    via: row.via,
    sessionId: id,
    csrfToken: row.csrf_token,
    assignments: (row.assignments ?? []) as Assignment[],
  };
  cacheSession(id, { auth, cachedAt: now, lastSeen, expiresAt: new Date(row.expires_at).getTime() }, readSince);
  return auth;
}

export async function purgeExpiredSessions(db: Db, t: SessionTimeouts) {
  await db
    .delete(sessions)
    .where(sql`${lt(sessions.expiresAt, new Date())} OR ${sessions.lastSeenAt} < now() - make_interval(mins => ${t.idleMinutes})`);
}
