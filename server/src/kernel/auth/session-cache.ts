import type { AuthContext } from './auth-context.js';
import { onBump } from '../cache/topic-cache.js';

/**
 * Resolved sessions reused for a few seconds, so a busy page does not ask the database
 * who the caller is on every request. Sign-out, password and role changes drop the
 * account's entries here at once (and in other processes through `onForget` listeners
 * wired to pub/sub); the TTL bounds what a missed message could leave behind.
 */
interface Entry {
  auth: AuthContext;
  cachedAt: number;
  lastSeen: number;
  expiresAt: number;
}

const entries = new Map<string, Entry>();
/** Counts forgettings: a read that began before one may hold what was just forgotten, so it is not cached. */
let epoch = 0;
export type Forget = { accountId: number } | { sessionId: string };
const forgetListeners: Array<(m: Forget) => void> = [];
let ttlMs = 3000;

// Role, organisation and password changes bump 'sessions': every cached caller is read again.
onBump((topic) => {
  if (topic === 'sessions') {
    epoch++;
    entries.clear();
  }
});

/** Taken before a session is read from the database, and handed back to `cacheSession`. */
export function sessionCacheEpoch(): number {
  return epoch;
}

export function setSessionCacheTtl(ms: number) {
  ttlMs = ms;
  epoch++;
  entries.clear();
}

export function cachedSession(id: string, now: number): Entry | undefined {
  const e = entries.get(id);
  if (!e) return undefined;
  if (now - e.cachedAt > ttlMs) {
    entries.delete(id);
    return undefined;
  }
  return e;
}

export function cacheSession(id: string, entry: Entry, readSince: number) {
  if (ttlMs <= 0 || readSince !== epoch) return;
  if (entries.size > 50_000) entries.clear();
  entries.set(id, entry);
}

export function forgetSession(id: string, fromRemote = false) {
  epoch++;
  entries.delete(id);
  if (!fromRemote) for (const l of forgetListeners) l({ sessionId: id });
}

/** Drops every cached session of the account, here and (unless the call came from there) elsewhere. */
export function forgetAccountSessions(accountId: number, fromRemote = false) {
  epoch++;
  for (const [id, e] of entries) if (e.auth.accountId === accountId) entries.delete(id);
  if (!fromRemote) for (const l of forgetListeners) l({ accountId });
}

export function onForget(listener: (m: Forget) => void) {
  forgetListeners.push(listener);
}
