import { describe, expect, it } from 'vitest';
import { cellDate, cellText } from './cell-values.js';
import { commonPath } from './apply-import.js';
import { makeOrgResolver, type OrgRef } from './org-paths.js';
import { normaliseHeader } from './columns.js';

describe('roster cell values', () => {
  it('reads the date spellings people type', () => {
    for (const v of ['2001-02-03', '2001/2/3', '2001.2.3', '20010203', '２００１-０２-０３', '2001年2月3日', 20010203, new Date('2001-02-03T00:00:00Z'), 36925, '36925']) {
      expect(cellDate(v as never), String(v)).toBe('2001-02-03');
    }
    for (const v of ['2001-02-30', 'abc', '2001/13/1', '', null, -5]) expect(cellDate(v as never), String(v)).toBeNull();
  });

  it('flattens rich text, formulas and full-width characters', () => {
    expect(cellText({ richText: [{ text: '张' }, { text: '三 ' }] } as never)).toBe('张三');
    expect(cellText({ formula: 'A1', result: '１３９１２３４５６７８' } as never)).toBe('13912345678');
    expect(cellText(13912345678)).toBe('13912345678');
    expect(normaliseHeader('*身份证号（必填）')).toBe('身份证号');
  });

  it('finds the narrowest common subtree', () => {
    expect(commonPath(['/1/7/42/', '/1/7/50/'])).toBe('/1/7/');
    expect(commonPath(['/1/7/42/'])).toBe('/1/7/42/');
    expect(commonPath(['/1/7/', '/2/'])).toBe('/');
  });

  it('resolves organisations by full path or a unique tail, only inside the scope', () => {
    const ref = (id: number, path: string, names: string[]): OrgRef => ({ id, path, names, namePath: names.join('/') });
    const refs = new Map(
      [
        ref(1, '/1/', ['工委']),
        ref(2, '/1/2/', ['工委', '甲机关党委']),
        ref(3, '/1/3/', ['工委', '乙机关党委']),
        ref(4, '/1/2/4/', ['工委', '甲机关党委', '办公室党支部']),
        ref(5, '/1/3/5/', ['工委', '乙机关党委', '办公室党支部']),
        ref(6, '/1/2/6/', ['工委', '甲机关党委', '财务处党支部']),
      ].map((r) => [r.id, r]),
    );
    const all = makeOrgResolver(refs, { permission: 'people.import', paths: ['/1/'], personId: null, self: false });
    expect(all('工委/甲机关党委/办公室党支部')).toEqual({ org: refs.get(4) });
    expect(all('乙机关党委 / 办公室党支部')).toEqual({ org: refs.get(5) });
    expect(all('办公室党支部')).toEqual({ error: 'ambiguous', matches: 2 });
    expect(all('财务处党支部')).toEqual({ org: refs.get(6) });
    expect(all('丙/办公室党支部')).toEqual({ error: 'unknown' });
    const onlyA = makeOrgResolver(refs, { permission: 'people.import', paths: ['/1/2/'], personId: null, self: false });
    expect(onlyA('办公室党支部')).toEqual({ org: refs.get(4) });
    expect(onlyA('工委/乙机关党委/办公室党支部')).toEqual({ error: 'unknown' });
  });
});
