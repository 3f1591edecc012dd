import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import type { OidcSettings } from '../env.js';

/** The short-lived cookie that carries one sign-in's state, nonce and PKCE verifier from /start to /callback. */
export const PENDING_COOKIE = 'vg_oidc';
export const PENDING_PATH = '/api/v1/auth/oidc';
export const PENDING_SECONDS = 600;

export interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  next: string | null;
  expiresAt: number;
}

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The provider's configuration, discovered once per app and kept; a failed discovery is forgotten so the next
 * sign-in asks again. Plain HTTP is allowed only for a provider on this machine (tests, development).
 */
export function oidcProvider(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | null = null;
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:' && loopback.has(issuer.hostname);
  return {
    settings,
    config(): Promise<client.Configuration> {
      discovered ??= client
        .discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined)
        .catch((err) => {
          discovered = null;
          throw err;
        });
      return discovered;
    },
  };
}
export type OidcProvider = ReturnType<typeof oidcProvider>;

function pendingKey(settings: OidcSettings) {
  return createHash('sha256').update(`vanguard oidc pending\0${settings.clientSecret}`).digest();
}

export function sealPending(settings: OidcSettings, p: Pending): string {
  const body = Buffer.from(JSON.stringify(p)).toString('base64url');
  const mac = createHmac('sha256', pendingKey(settings)).update(body).digest('base64url');
  return `${body}.${mac}`;
}

/** The pending sign-in, or null when the cookie is missing, altered or too old. */
export function openPending(settings: OidcSettings, value: string | undefined): Pending | null {
  if (!value) return null;
  const [body, mac] = value.split('.');
  if (!body || !mac) return null;
  const want = createHmac('sha256', pendingKey(settings)).update(body).digest();
  const got = Buffer.from(mac, 'base64url');
  if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Pending;
    return typeof p.expiresAt === 'number' && p.expiresAt > Date.now() ? p : null;
  } catch {
    return null;
  }
}

/** Same-site paths only: never send a user to another origin after sign-in. */
export function safeNext(next: unknown): string | null {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith('/login') && next.length <= 500 ? next : null;
}

export interface MatchedAccount {
  id: number;
  username: string;
  personId: number | null;
  disabled: boolean;
  /** Locked by too many wrong passwords (locked_until still ahead). */
  locked: boolean;
  /** When that lock ends (null when not locked). */
  lockedUntil: Date | string | null;
}

const lockColumns = `coalesce(a.locked_until > now(), false) AS locked, CASE WHEN a.locked_until > now() THEN a.locked_until END AS "lockedUntil"`;
const matchedColumns = sql.raw(`a.id, a.username, a.person_id AS "personId", a.disabled, ${lockColumns}`);

/** Why the account may not sign in now — the state a password sign-in also checks — or null when it may. */
export function inactiveReason(a: Pick<MatchedAccount, 'disabled' | 'locked'>): 'oidc_account_disabled' | 'oidc_account_locked' | null {
  return a.disabled ? 'oidc_account_disabled' : a.locked ? 'oidc_account_locked' : null;
}

/** The account's sign-in state as it is now (for a change that landed after it was matched). */
export async function accountState(db: Db, accountId: number): Promise<Pick<MatchedAccount, 'disabled' | 'locked' | 'lockedUntil'>> {
  const [row] = await rows<Pick<MatchedAccount, 'disabled' | 'locked' | 'lockedUntil'>>(db, sql`SELECT a.disabled, ${sql.raw(lockColumns)} FROM accounts a WHERE a.id = ${accountId}`);
  return row ?? { disabled: true, locked: false, lockedUntil: null };
}

/** The account an identity is already linked to, if any. */
export async function linkedAccount(db: Db, issuer: string, subject: string): Promise<MatchedAccount | null> {
  const [row] = await rows<MatchedAccount>(
    db,
    sql`SELECT ${matchedColumns} FROM oidc_identities i JOIN accounts a ON a.id = i.account_id
         WHERE i.issuer = ${issuer} AND i.subject = ${subject}`,
  );
  return row ?? null;
}

/**
 * The one existing account the configured claim names: by username, or by the SHA-256 (hex) of the person's ID number
 * (upper case, as stored). No match or more than one: null (accounts are never created here).
 */
export async function accountByClaim(db: Db, claim: OidcSettings['claim'], value: string): Promise<MatchedAccount | null> {
  const found =
    claim === 'preferred_username'
      ? await rows<MatchedAccount>(db, sql`SELECT ${matchedColumns} FROM accounts a WHERE a.username = ${value}`)
      : /^[0-9a-fA-F]{64}$/.test(value)
        ? await rows<MatchedAccount>(
            db,
            sql`SELECT ${matchedColumns} FROM accounts a JOIN people p ON p.id = a.person_id
                 WHERE encode(sha256(convert_to(upper(p.id_number), 'UTF8')), 'hex') = ${value.toLowerCase()}`,
          )
        : [];
  return found.length === 1 ? found[0] : null;
}
