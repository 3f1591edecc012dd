import { describe, expect, it } from 'vitest';
import { bigRowIdParam, isoDay, isoInstant, isoMonth, rowId, rowIdParam } from './dto.js';
import { unsafeTextField } from './text-guard.js';

describe('shared id and date helpers', () => {
  it('keeps ids within a PostgreSQL integer (bigint ids within exact JavaScript integers)', () => {
    expect(rowId.safeParse(2_147_483_647).success).toBe(true);
    for (const v of [2 ** 31, 2 ** 63, 0, -1, 1.5]) expect(rowId.safeParse(v).success, String(v)).toBe(false);
    for (const v of ['2147483648', '9223372036854775808', '1e400', 'NaN', 'abc', '']) expect(rowIdParam.safeParse(v).success, v).toBe(false);
    expect(rowIdParam.parse('42')).toBe(42);
    expect(bigRowIdParam.parse('2147483648')).toBe(2 ** 31);
    expect(bigRowIdParam.safeParse('9223372036854775808').success).toBe(false);
  });

  it('takes only days that exist', () => {
    for (const d of ['2026-02-28', '2028-02-29', '0001-01-01', '9999-12-31']) expect(isoDay.safeParse(d).success, d).toBe(true);
    for (const d of ['2026-02-30', '2026-13-45', '2025-02-29', '2026-04-31', '0000-01-01', '2026-1-5', '20260105']) expect(isoDay.safeParse(d).success, d).toBe(false);
    expect(isoMonth.safeParse('2026-12').success).toBe(true);
    for (const m of ['2026-00', '2026-13', '0000-01']) expect(isoMonth.safeParse(m).success, m).toBe(false);
  });

  it('parses instants strictly, where z.coerce.date() rolled over or guessed', () => {
    expect(isoInstant.parse('2026-05-01T08:00:00.000Z').toISOString()).toBe('2026-05-01T08:00:00.000Z');
    expect(isoInstant.parse('2026-05-01T08:00:00+08:00').toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(isoInstant.parse('2026-05-01').toISOString()).toBe('2026-05-01T00:00:00.000Z');
    for (const v of ['2026-02-30T10:00:00Z', '2026-02-30', '12', 'tomorrow', '', '2026-05-01T25:00:00Z', 1_767_225_600_000]) expect(isoInstant.safeParse(v).success, String(v)).toBe(false);
  });
});

describe('text guard', () => {
  it('finds NUL and lone surrogates anywhere, and lets surrogate pairs (emoji) through', () => {
    expect(unsafeTextField({ a: ['ok', { b: 'x\u0000' }] }, 'body')).toBe('body.a.1.b');
    expect(unsafeTextField({ a: 'x\ud800' }, 'body')).toBe('body.a');
    expect(unsafeTextField({ a: '\udc00x' }, 'body')).toBe('body.a');
    expect(unsafeTextField({ a: 'x\ud800' + 'y' }, 'body')).toBe('body.a');
    expect(unsafeTextField({ ['k\u0000']: 1 }, 'body')).toBe('body.k?');
    expect(unsafeTextField('\u0000', 'params')).toBe('params');
    expect(unsafeTextField({ a: '青年 🚩 先锋', n: 1, b: null, t: true, buf: Buffer.from([0]) }, 'body')).toBeNull();
    expect(unsafeTextField(undefined, 'body')).toBeNull();
  });
});
