import { describe, expect, it } from 'vitest';
import { CHECKIN_PERIOD_MS, issueToken, verifyShortCode, verifyToken } from './checkin-token.js';

const secret = 'test-secret-of-the-activity';
const t0 = 1_800_000_000_000;

describe('check-in tokens', () => {
  it('accepts a fresh token and the previous period, refuses older ones as expired', () => {
    const { token } = issueToken(7, secret, t0);
    expect(verifyToken(token, 7, secret, t0)).toBe('ok');
    expect(verifyToken(token, 7, secret, t0 + CHECKIN_PERIOD_MS)).toBe('ok');
    expect(verifyToken(token, 7, secret, t0 + 2 * CHECKIN_PERIOD_MS + 1)).toBe('expired');
  });

  it('refuses a forged signature, another activity, another secret and a future window', () => {
    const { token } = issueToken(7, secret, t0);
    const [id, w, sig] = token.split('.');
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect(verifyToken(`${id}.${w}.${flipped}`, 7, secret, t0)).toBe('invalid');
    expect(verifyToken(token, 8, secret, t0)).toBe('invalid');
    expect(verifyToken(token, 7, 'other-secret', t0)).toBe('invalid');
    expect(verifyToken(issueToken(7, secret, t0 + 5 * CHECKIN_PERIOD_MS).token, 7, secret, t0)).toBe('invalid');
    expect(verifyToken('garbage', 7, secret, t0)).toBe('invalid');
  });

  it('short codes follow the same rotation', () => {
    const { shortCode } = issueToken(7, secret, t0);
    expect(shortCode).toMatch(/^\d{6}$/);
    expect(verifyShortCode(shortCode, 7, secret, t0 + CHECKIN_PERIOD_MS)).toBe('ok');
    expect(verifyShortCode(shortCode, 7, secret, t0 + 3 * CHECKIN_PERIOD_MS)).toBe('invalid');
  });
});
