import { describe, expect, it } from 'vitest';
import { parseGift } from './gift-parser.js';
import { parseJsonBank } from './json-bank-parser.js';
import { giftFile, jsonFile } from './import.fixtures.js';

const ok = <T extends { ok: boolean }>(x: T) => x as Extract<T, { ok: true }>;

describe('GIFT parser', () => {
  const items = parseGift(giftFile);
  const byTitle = (stemPart: string) => items.find((i) => (i.ok ? i.question.stem : i.stem).includes(stemPart))!;

  it('reads choices, weights, true/false and short answers', () => {
    expect(ok(items[0]).question).toMatchObject({ type: 'single', options: ['全心全意为人民服务', '实现共产主义', '发展生产力'], answer: ['A'], tags: ['党章'] });
    expect(ok(items[0]).question.explanation).toBe('选“全心全意为人民服务”：见党章总纲\n选“实现共产主义”：不对');
    // Partial credit (%50%) and several = answers score differently in Moodle: refused, not changed.
    expect(items[1]).toMatchObject({ ok: false, reason: 'unsupported_scoring', type: 'multiple' });
    expect(items[2]).toMatchObject({ ok: false, reason: 'unsupported_scoring', type: 'single' });
    expect(items.slice(3, 7).map((i) => ok(i).question.answer[0])).toEqual(['true', 'false', 'true', 'false']);
    expect(ok(items[6]).question.explanation).toBe('答错时：错，党员应主动交纳\n答对时：对');
    expect(ok(items[7]).question).toMatchObject({ type: 'fill', answer: ['中央委员会', '中共中央委员会'] });
    expect(ok(items[7]).question.stem).toBe('党的最高领导机关是党的全国代表大会和它所产生的 ____ 。');
  });

  it('keeps escaped characters as text and reads multi-line questions', () => {
    expect(ok(byTitle('表达式')).question.stem).toBe('表达式 1 = 1、a ~ b、{集合}、比例 1:2 与 #号 都是转义字符吗？');
    expect(ok(byTitle('正确的写法')).question.options).toEqual(['a=b', 'c~d', 'e#f']);
    expect(ok(byTitle('多行题干')).question).toMatchObject({ stem: '多行题干第一行\n第二行', options: ['正确项', '错误项'], answer: ['A'] });
  });

  it('lists unsupported types and errors with their line numbers', () => {
    const skipped = items.filter((i) => !i.ok).map((i) => (i.ok ? null : { type: i.type, reason: i.reason, line: i.line }));
    const lineOf = (text: string) => giftFile.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(skipped).toEqual([
      { type: 'multiple', reason: 'unsupported_scoring', line: lineOf('::三会::') },
      { type: 'single', reason: 'unsupported_scoring', line: lineOf('::两个等号::') },
      { type: 'matching', reason: 'unsupported_type', line: lineOf('::匹配::') },
      { type: 'numerical', reason: 'unsupported_type', line: lineOf('::数值::') },
      { type: 'essay', reason: 'unsupported_type', line: lineOf('::问答::') },
      { type: 'description', reason: 'unsupported_type', line: lineOf('说明文字') },
      { type: null, reason: 'parse_error', line: lineOf('::缺括号::') },
      { type: null, reason: 'parse_error', line: lineOf('::无正确答案::') },
    ]);
    expect(lineOf('::匹配::')).toBeGreaterThan(30);
  });
});

describe('JSON 题库 parser', () => {
  it('maps option texts, letters and arrays; judge and fill without options', () => {
    const items = parseJsonBank(jsonFile);
    expect(ok(items[0]).question).toMatchObject({ type: 'single', answer: ['A'] });
    expect(ok(items[1]).question).toMatchObject({ type: 'multiple', answer: ['A', 'B', 'C'] });
    expect(ok(items[2]).question).toMatchObject({ type: 'single', answer: ['A'], options: ['是', '否'] });
    expect(items.slice(3, 7).map((i) => ok(i).question.answer[0])).toEqual(['true', 'true', 'false', 'false']);
    expect(ok(items[7]).question).toMatchObject({ type: 'fill', answer: ['中央委员会'] });
    expect(ok(items[8]).question.answer).toEqual(['A', 'B', 'C', 'D']);
    expect(ok(items[9]).question).toMatchObject({ type: 'fill', answer: ['2012'] });
    expect(items.map((i) => i.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it('reports a broken file as one parse error with the line', () => {
    const [only, ...rest] = parseJsonBank('{\n  "题目|甲|乙": "A",\n  "坏的": \n}');
    expect(rest).toHaveLength(0);
    expect(only).toMatchObject({ ok: false, reason: 'parse_error', line: 4 });
    expect(parseJsonBank('[1, 2]')[0]).toMatchObject({ ok: false, reason: 'parse_error' });
  });
});
