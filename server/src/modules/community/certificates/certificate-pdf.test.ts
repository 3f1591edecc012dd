import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { cjkFont } from './certificate-pdf.js';
import { maskName, newVerificationCode, normaliseCode } from './certificates.commands.js';

describe('hours certificate helpers', () => {
  it('a missing CJK font is a clear 503, not a PDF with empty boxes', () => {
    let err: unknown;
    try {
      cjkFont([{ path: '/nonexistent/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('font_unavailable');
    expect((err as AppError).status).toBe(503);
  });

  it('masks names and normalises codes', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('李娜')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    const code = newVerificationCode();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseCode(code.toLowerCase().replace(/-/g, ''))).toBe(code);
    expect(new Set(Array.from({ length: 1000 }, newVerificationCode)).size).toBe(1000);
  });
});
