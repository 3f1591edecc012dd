import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validValues } from '../web/src/kernel/form-values.js';

const webSrc = resolve(import.meta.dirname, '../web/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('forms submitted empty leave no unhandled rejection', () => {
  it('no page calls validateFields() bare: it rejects on an empty submit (validValues answers null instead)', () => {
    const bare = sources(webSrc).flatMap((file) => {
      const rel = relative(webSrc, file);
      if (rel === join('kernel', 'form-values.ts')) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/validateFields\(\s*\)/.test(line) && !/\.catch\(/.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(bare).toEqual([]);
  });

  it('validValues answers null for field errors and lets any other failure through', async () => {
    const invalid = { validateFields: () => Promise.reject({ errorFields: [{ name: ['reason'], errors: ['required'] }] }) };
    expect(await validValues(invalid)).toBeNull();
    expect(await validValues({ validateFields: () => Promise.resolve({ reason: 'ok' }) })).toEqual({ reason: 'ok' });
    await expect(validValues({ validateFields: () => Promise.reject(new Error('broken')) })).rejects.toThrow('broken');
  });
});

describe('the theme', () => {
  it('keeps party red for the brand and danger: information notes are not red', async () => {
    const { theme, PARTY_RED } = await import('../web/src/kernel/theme.js');
    expect(theme.token?.colorPrimary).toBe(PARTY_RED);
    expect(theme.token?.colorInfo).not.toBe(PARTY_RED);
    expect(theme.token?.colorInfo?.toLowerCase()).not.toMatch(/^#(c8|a4|e0)/);
  });
});

describe('English text carries no full-width punctuation', () => {
  const fullWidth = /[，。：；（）！？]/;
  const zhLiteral = /\bzh:\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g;
  const commonDir = resolve(webSrc, '../../common');

  it('no English string of a messages file (or any text object) holds ，。：；（）！？', () => {
    const bad = [...sources(webSrc), ...sources(commonDir)].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\ben:\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].filter((m) => fullWidth.test(m[2])).map((m) => `${relative(webSrc, file)}: ${m[2]}`),
    );
    expect(bad).toEqual([]);
  });

  it('pages join translated text with punctuation in the reader’s language (punct), not a full-width mark glued on', () => {
    const bad = sources(webSrc).flatMap((file) => {
      const rel = relative(webSrc, file);
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const code = line.replace(zhLiteral, '').replace(/\/\/.*$/, '');
          return /\bt\(/.test(code) && fullWidth.test(code) ? [`${rel}:${i + 1}: ${line.trim()}`] : [];
        });
    });
    expect(bad).toEqual([]);
  });
});
