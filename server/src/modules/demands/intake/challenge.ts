import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';

/**
 * Proof of work instead of a CAPTCHA service: the browser finds x such that
 * sha256(nonce + x) starts with `difficulty` zero bits. Nonces are signed, so issuing
 * one writes nothing; a spent nonce is remembered until it expires.
 */
export interface Challenge {
  nonce: string;
  difficulty: number;
  expiresAt: string;
  algorithm: 'sha256';
}

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);

export function issueChallenge(secret: string, difficulty: number, ttlSeconds: number, now = new Date()): Challenge {
  const expires = now.getTime() + ttlSeconds * 1000;
  const body = `${expires}.${difficulty}.${randomBytes(12).toString('base64url')}`;
  return { nonce: `${body}.${sign(secret, body)}`, difficulty, expiresAt: new Date(expires).toISOString(), algorithm: 'sha256' };
}

export function leadingZeroBits(buf: Buffer): number {
  let bits = 0;
  for (const byte of buf) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function workOf(nonce: string, solution: string): number {
  return leadingZeroBits(createHash('sha256').update(nonce + solution).digest());
}

/** What the browser does; tests and benchmarks use it too. */
export function solveChallenge(nonce: string, difficulty: number): string {
  for (let x = 0; ; x++) if (workOf(nonce, String(x)) >= difficulty) return String(x);
}

type Check = { ok: true; expiresAt: Date } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'insufficient_work' };

export function checkChallenge(secret: string, nonce: string, solution: string, now = new Date()): Check {
  const parts = nonce.split('.');
  if (parts.length !== 4 || solution.length === 0 || solution.length > 64) return { ok: false, reason: 'malformed' };
  const [expires, difficulty, , mac] = parts;
  const expected = Buffer.from(sign(secret, parts.slice(0, 3).join('.')));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (Number(expires) <= now.getTime()) return { ok: false, reason: 'expired' };
  if (workOf(nonce, solution) < Number(difficulty)) return { ok: false, reason: 'insufficient_work' };
  return { ok: true, expiresAt: new Date(Number(expires)) };
}

/** Throws challenge_failed unless `proof` is a solved, signed, unexpired challenge (spent or not: see spendChallenge). */
export function assertSolved(secret: string, proof: unknown, now = new Date()): Date {
  const p = proof as { nonce?: unknown; solution?: unknown } | null | undefined;
  if (!p) throw new AppError('challenge_failed', [{ field: 'challenge', message: 'required' }]);
  const check = typeof p.nonce === 'string' && typeof p.solution === 'string' ? checkChallenge(secret, p.nonce, p.solution, now) : ({ ok: false, reason: 'malformed' } as const);
  if (!check.ok) throw new AppError('challenge_failed', [{ field: 'challenge', message: check.reason }]);
  return check.expiresAt;
}

/** Verifies and spends a solved challenge in the caller's transaction; a second use is refused. */
export async function spendChallenge(db: Db, secret: string, proof: { nonce: string; solution: string } | undefined, now = new Date()) {
  const expiresAt = assertSolved(secret, proof, now);
  const spent = await rows(db, sql`INSERT INTO demand_used_challenges (nonce, expires_at) VALUES (${proof!.nonce}, ${expiresAt.toISOString()}::timestamptz) ON CONFLICT DO NOTHING RETURNING 1`);
  if (spent.length === 0) throw new AppError('challenge_failed', [{ field: 'challenge', message: 'already used' }]);
}
