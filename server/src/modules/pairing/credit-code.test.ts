import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, isCreditCode, normaliseCreditCode } from './credit-code.js';

// Real codes published by other people, not derived from this implementation: the first ones are from
// python-stdnum's test data (tests/test_cn_uscc.doctest, "found online"), the last are printed on the
// business licences of well-known companies.
const published = [
  '121200004013590816',
  '91110000600037341L',
  '91110000710926094P',
  '91120224064012553U',
  '91152201078371135X',
  '9115220107837757XE',
  '91310000631696382C',
  '91310115MA1K3BTP2B',
  '9131012056010553X5',
  '91340600MA2PBP2120',
  '91371082775260043P',
  '91440300568520498A',
  '9144030071526726XG',
  '91620105L015101280',
  '92340603MA2UJXYJ3P',
  '92340621MA2UK3PJXE',
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91110108551385082Q', // 小米科技有限责任公司
];

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts every published real code', () => {
    expect(published.filter((c) => !isCreditCode(c))).toEqual([]);
  });

  it('computes each published check character from the first 17', () => {
    for (const c of published) expect(creditCodeCheckChar(c.slice(0, 17)), c).toBe(c[17]);
  });

  it('refuses a wrong check character, a wrong length and letters the standard leaves out', () => {
    expect(creditCodeProblem('91110000600037341N')).toMatch(/校验位/);
    expect(creditCodeProblem('9111000060003734')).toMatch(/18/);
    expect(creditCodeProblem('9111000060003IOZSV')).toMatch(/非法字符/);
    expect(creditCodeProblem('91A10000600037341L')).toMatch(/非法字符/); // the region code is digits
    // every single-character change of a valid code is caught
    const code = '91110000600037341L';
    for (let i = 0; i < 18; i++) {
      for (const ch of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
        if (ch === code[i]) continue;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(isCreditCode(changed), changed).toBe(false);
      }
    }
  });

  it('normalises what people type off a licence', () => {
    expect(normaliseCreditCode(' 91 110000 600037341l ')).toBe('91110000600037341L');
  });
});
