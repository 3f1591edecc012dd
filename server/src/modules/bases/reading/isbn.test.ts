import { describe, expect, it } from 'vitest';
import { isValidIsbn, normaliseIsbn } from '../../../../../common/isbn.js';

/**
 * A second, independent check: ISBN-10 by the "sum of running sums" method (no weights: the running sum of the
 * digits is summed again, which weighs the first digit 10 times … the last once), ISBN-13 by weighing digits from
 * the right end. Neither shares code or method with common/isbn.ts.
 */
function otherCheck(raw: string): boolean {
  const chars = [...raw].filter((c) => c !== '-' && c !== ' ');
  if (chars.length === 10) {
    let t = 0;
    let s = 0;
    for (const [i, c] of chars.entries()) {
      const d = c === 'X' || c === 'x' ? (i === 9 ? 10 : NaN) : '0123456789'.indexOf(c);
      if (!(d >= 0)) return false;
      t += d;
      s += t;
    }
    return s % 11 === 0;
  }
  if (chars.length === 13 && (chars.slice(0, 3).join('') === '978' || chars.slice(0, 3).join('') === '979')) {
    let s = 0;
    for (const [k, c] of [...chars].reverse().entries()) {
      const d = '0123456789'.indexOf(c);
      if (d < 0) return false;
      s += k % 2 === 0 ? d : 3 * d;
    }
    return s % 10 === 0;
  }
  return false;
}

// Published books: Plenum's "Tables of Integrals" (the ISO/Wikipedia example), Kernighan & Ritchie's "The C
// Programming Language" 2nd ed., 《习近平新时代中国特色社会主义思想学习纲要》(学习出版社 2019), an ISBN-10 ending in X.
const valid = ['0-306-40615-2', '978-0-306-40615-7', '0-13-110362-8', '9780131103627', '978-7-5147-0934-6', '9787514709346', '0-8044-2957-X', '080442957x', '99921-58-10-7', '979-10-90636-07-1'];
const invalid = ['0-306-40615-3', '978-0-306-40615-8', '978-7-5147-0934-5', '0-8044-2957-9', '977-0-306-40615-7', '978-0-306-4061', '', 'ISBN 9780306406157', '978--0-306-40615-7', '-978-0-306-40615-7', '97803064061X7', '12345678X0', '９７８０３０６４０６１５７'];

describe('ISBN checksums', () => {
  it('accepts ISBNs of published books, with or without hyphens, and the independent routine agrees', () => {
    for (const s of valid) {
      expect(isValidIsbn(s), s).toBe(true);
      expect(otherCheck(s), s).toBe(true);
    }
  });

  it('refuses wrong check digits, wrong prefixes, lengths and characters, and the independent routine agrees on the checksums', () => {
    for (const s of invalid) expect(isValidIsbn(s), s).toBe(false);
    for (const s of invalid.slice(0, 5)) expect(otherCheck(s), s).toBe(false);
  });

  it('keeps an ISBN as its ISBN-13 (an ISBN-10 gets 978 and a new check digit)', () => {
    expect(normaliseIsbn('0-306-40615-2')).toBe('9780306406157');
    expect(normaliseIsbn('0-13-110362-8')).toBe('9780131103627');
    expect(normaliseIsbn('978-7-5147-0934-6')).toBe('9787514709346');
    expect(normaliseIsbn('0-306-40615-3')).toBeNull();
  });

  it('agrees with the independent routine on every single-digit change of valid ISBNs (each is caught)', () => {
    let seen = 0;
    for (const base of ['9787514709346', '9780306406157', '0131103628', '0306406152']) {
      for (let i = 0; i < base.length; i++) {
        for (const d of '0123456789') {
          if (d === base[i]) continue;
          const s = base.slice(0, i) + d + base.slice(i + 1);
          expect(isValidIsbn(s), s).toBe(otherCheck(s));
          if (!(base.length === 13 && i < 3)) expect(isValidIsbn(s), s).toBe(false);
          seen++;
        }
      }
    }
    expect(seen).toBe(2 * 13 * 9 + 2 * 10 * 9);
  });

  it('agrees with the independent routine on random digit strings', () => {
    let rand = 42;
    // the high bits of a linear congruential generator (its low bits cycle too briefly)
    const next = () => ((rand = (rand * 1103515245 + 12345) % 2 ** 31) >>> 16);
    let validCount = 0;
    for (let k = 0; k < 20000; k++) {
      const len = next() % 2 ? 10 : 13;
      let s = len === 13 ? (next() % 2 ? '978' : '979') : '';
      while (s.length < len) s += String(next() % 10);
      expect(isValidIsbn(s), s).toBe(otherCheck(s));
      if (otherCheck(s)) validCount++;
    }
    expect(validCount).toBeGreaterThan(1000); // about 1 in 11 ISBN-10s and 1 in 10 ISBN-13s
  });
});
