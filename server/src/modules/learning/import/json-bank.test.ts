import { describe, expect, it } from 'vitest';
import { parseJsonBank } from './json-bank-parser.js';

const one = (key: string, answer: unknown) => parseJsonBank(JSON.stringify({ [key]: answer }))[0];

describe('JSON 题库: options matched exactly first', () => {
  const pinyin = '“春节”的拼音是|Chūn jié|Chūnjié|chūn jié|chūnjié';

  it('picks the option written exactly so, even when others differ only by case or spaces', () => {
    expect(one(pinyin, 'chūnjié')).toMatchObject({ ok: true, question: { type: 'single', answer: ['D'] } });
    expect(one(pinyin, 'chūn jié')).toMatchObject({ ok: true, question: { type: 'single', answer: ['C'] } });
    expect(one(pinyin, 'Chūnjié')).toMatchObject({ ok: true, question: { type: 'single', answer: ['B'] } });
    expect(one(pinyin, ['Chūn jié', 'chūnjié'])).toMatchObject({ ok: true, question: { type: 'multiple', answer: ['A', 'D'] } });
  });

  it('falls back to the loose match only when one option fits, and reports an ambiguous answer', () => {
    expect(one('宗旨是|全心全意为人民服务|实现共产主义', '全心全意 为人民服务')).toMatchObject({ ok: true, question: { answer: ['A'] } });
    expect(one(pinyin, 'CHŪN JIÉ')).toEqual({
      line: 1,
      ok: false,
      reason: 'parse_error',
      type: null,
      stem: '“春节”的拼音是',
      message: { zh: '第 1 行：答案“CHŪN JIÉ”可对应多个选项（A、B、C、D），无法确定', en: 'Line 1: the answer "CHŪN JIÉ" could be any of options A, B, C, D; it is ambiguous' },
    });
    expect(one(pinyin, ['chūnjié', 'CHŪNJIÉ'])).toMatchObject({ ok: false, reason: 'parse_error', message: { en: expect.stringContaining('ambiguous') } });
  });
});

describe('JSON 题库: 正确|错误 options are a true/false question', () => {
  it.each([
    ['正确|错误', '正确', 'true'],
    ['正确|错误', 'B', 'false'],
    ['错误|正确', 'A', 'false'],
    ['对|错', '错', 'false'],
    ['对|错', 'a', 'true'],
    ['√|×', '×', 'false'],
    ['√|×', '√', 'true'],
    ['正确|错误', '对', 'true'],
  ])('%s answered %s → %s', (options, answer, expected) => {
    expect(one(`党员的党龄从转正之日算起|${options}`, answer)).toEqual({
      line: 1,
      ok: true,
      question: { type: 'judge', stem: '党员的党龄从转正之日算起', options: [], answer: [expected], tags: [], difficulty: 3, explanation: '' },
    });
  });

  it('an answer that names neither option is an error, not a guess', () => {
    expect(one('党员的党龄从转正之日算起|正确|错误', 'AB')).toMatchObject({ ok: false, reason: 'parse_error' });
    expect(one('党员的党龄从转正之日算起|正确|错误', '也许')).toMatchObject({ ok: false, reason: 'parse_error' });
    expect(one('下列说法正确的是|正确|正确的做法', 'A')).toMatchObject({ ok: true, question: { type: 'single', answer: ['A'] } });
  });
});
