import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoUsernames } from '../../seed/demo-city.js';
import { generatePassword } from './password.js';
import { isCommonPassword, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('keeps the length and 3-of-4 class rules', () => {
    expect(passwordProblem('Ab1!xyz')).toBe('length');
    expect(passwordProblem('A'.repeat(60) + 'a'.repeat(60) + '1'.repeat(9))).toBe('length');
    expect(passwordProblem('abcdefgh1234')).toBe('classes');
    expect(passwordProblem('ABCDEFGH!!!!')).toBe('classes');
  });

  it('refuses common passwords whatever their case and the symbols around them', () => {
    for (const pw of ['Password1', 'PASSWORD1!', 'Qwerty123', 'P@ssw0rd', 'Passw0rd', 'Welcome1', '!Iloveyou1', '1Qaz2Wsx']) {
      expect(passwordProblem(pw), pw).toBe('common');
    }
    expect(isCommonPassword('Dragon')).toBe(true);
    expect(isCommonPassword('Qingdao#2027')).toBe(false);
  });

  it('ships the 10,000 most common passwords', () => {
    const lines = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toHaveLength(10_000);
    expect(new Set(lines).size).toBe(10_000);
    expect(lines.slice(0, 2)).toEqual(['123456', 'password']);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblem('Member#2027', { username: 'member' })).toBe('username');
    expect(passwordProblem('x#ORGADMIN2x', { username: 'orgAdmin2' })).toBe('username');
    expect(passwordProblem('Member#2027', { username: 'secretary' })).toBeNull();
  });

  it('accepts the demo password for every demo account, the passwords tests set, and generated ones', () => {
    for (const username of demoUsernames) expect(passwordProblem('Vanguard@2026', { username }), username).toBeNull();
    for (const pw of ['Qingdao#2027', 'Branch@2027x', 'Harbour#2031x', 'Qingdao#2026x']) {
      expect(passwordProblem(pw, { username: 'e2e.cadre' }), pw).toBeNull();
    }
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword();
      expect(passwordProblem(pw, { username: 'new.secretary' }), pw).toBeNull();
    }
  });
});
