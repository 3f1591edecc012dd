import { createHmac, timingSafeEqual } from 'node:crypto';

/** The QR code rotates every period; a token is accepted in its own period and the next (30–60 s). */
export const CHECKIN_PERIOD_MS = 30_000;

function mac(secret: string, text: string) {
  return createHmac('sha256', secret).update(text).digest();
}

export function windowAt(nowMs: number) {
  return Math.floor(nowMs / CHECKIN_PERIOD_MS);
}

/** `<activityId>.<window>.<signature>`: what the organiser's screen shows as a QR code. */
export function issueToken(activityId: number, secret: string, nowMs = Date.now()) {
  const w = windowAt(nowMs);
  const sig = mac(secret, `qr.${activityId}.${w}`).subarray(0, 12).toString('base64url');
  return { token: `${activityId}.${w}.${sig}`, shortCode: shortCode(activityId, secret, w), expiresAt: new Date((w + 2) * CHECKIN_PERIOD_MS) };
}

/** Six digits for typing in when the camera cannot be used. */
export function shortCode(activityId: number, secret: string, w: number) {
  return String(mac(secret, `code.${activityId}.${w}`).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

export function parseTokenActivity(token: string): number | null {
  const m = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{16})$/.exec(token);
  return m ? Number(m[1]) : null;
}

export type TokenCheck = 'ok' | 'expired' | 'invalid';

export function verifyToken(token: string, activityId: number, secret: string, nowMs = Date.now()): TokenCheck {
  const m = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{16})$/.exec(token);
  if (!m || Number(m[1]) !== activityId) return 'invalid';
  const w = Number(m[2]);
  const expected = mac(secret, `qr.${activityId}.${w}`).subarray(0, 12);
  const given = Buffer.from(m[3], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const now = windowAt(nowMs);
  if (w > now) return 'invalid';
  return now - w <= 1 ? 'ok' : 'expired';
}

export function verifyShortCode(code: string, activityId: number, secret: string, nowMs = Date.now()): TokenCheck {
  if (!/^\d{6}$/.test(code)) return 'invalid';
  const now = windowAt(nowMs);
  if (code === shortCode(activityId, secret, now) || code === shortCode(activityId, secret, now - 1)) return 'ok';
  return 'invalid';
}
