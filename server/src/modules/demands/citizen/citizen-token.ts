import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../kernel/errors.js';

/**
 * The tracking code is public (the tracking page, Open311 lists); what a citizen may change needs the
 * secret handed to the submitter alone, sent in this header. The web app keeps it in the link's #fragment,
 * which browsers never send to a server, so it is in no request line, log or Referer.
 */
export const CITIZEN_TOKEN_HEADER = 'x-demand-token';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashCitizenToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** 32 random bytes, base64url; the database keeps only the hash. */
export function newCitizenToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashCitizenToken(token) };
}

/** Whether the request carries the secret of a demand whose stored hash is `stored` (null: none was issued). */
export function holdsCitizenToken(req: FastifyRequest, stored: string | null): boolean {
  const presented = req.headers[CITIZEN_TOKEN_HEADER];
  if (!stored || typeof presented !== 'string' || !TOKEN.test(presented)) return false;
  const a = Buffer.from(hashCitizenToken(presented), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function assertCitizenToken(req: FastifyRequest, stored: string | null): void {
  if (!holdsCitizenToken(req, stored)) throw new AppError('citizen_token_invalid');
}
