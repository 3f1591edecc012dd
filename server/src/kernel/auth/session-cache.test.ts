import { afterEach, describe, expect, it } from 'vitest';
import type { AuthContext } from './auth-context.js';
import { cachedSession, cacheSession, forgetAccountSessions, forgetSession, sessionCacheEpoch, setSessionCacheTtl } from './session-cache.js';

const auth = (accountId: number) => ({ accountId, mustChangePassword: true }) as AuthContext;
const entry = (accountId: number, now: number) => ({ auth: auth(accountId), cachedAt: now, lastSeen: now, expiresAt: now + 60_000 });

describe('session cache', () => {
  afterEach(() => setSessionCacheTtl(3000));

  it('keeps a session read while nothing was forgotten', () => {
    setSessionCacheTtl(3000);
    const now = Date.now();
    const since = sessionCacheEpoch();
    cacheSession('a', entry(1, now), since);
    expect(cachedSession('a', now)?.auth.accountId).toBe(1);
  });

  it('does not keep a session read before the account was forgotten (a password change committed meanwhile)', () => {
    setSessionCacheTtl(3000);
    const now = Date.now();
    const since = sessionCacheEpoch();
    forgetAccountSessions(7);
    cacheSession('b', entry(7, now), since);
    expect(cachedSession('b', now)).toBeUndefined();
    // The next read, begun after the forgetting, is kept again.
    cacheSession('b', entry(7, now), sessionCacheEpoch());
    expect(cachedSession('b', now)).toBeDefined();
  });

  it('does not keep a session read before that session was signed out', () => {
    setSessionCacheTtl(3000);
    const now = Date.now();
    const since = sessionCacheEpoch();
    forgetSession('c');
    cacheSession('c', entry(3, now), since);
    expect(cachedSession('c', now)).toBeUndefined();
  });
});
