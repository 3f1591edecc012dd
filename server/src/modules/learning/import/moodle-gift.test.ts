import { describe, expect, it } from 'vitest';
import { parseGift } from './gift-parser.js';
import { moodleGift } from './moodle-gift.fixtures.js';

const lineOf = (text: string) => moodleGift.split('\n').findIndex((l) => l.includes(text)) + 1;
const imported = (title: string, tag: string, q: Record<string, unknown>) => ({
  line: lineOf(title),
  ok: true,
  question: { options: [], tags: [tag], difficulty: 3, explanation: '', ...q },
});
const refused = (title: string, reason: string, type: string, zh?: string) => ({
  line: lineOf(title),
  ok: false,
  reason,
  type,
  stem: expect.any(String),
  message: { zh: zh ? `第 ${lineOf(title)} 行：${zh}` : expect.stringContaining('未导入'), en: expect.stringContaining('not imported') },
});

describe('GIFT as Moodle reads it', () => {
  const items = parseGift(moodleGift);
  const byLine = (title: string) => items.find((i) => i.line === lineOf(title));

  it('strips per-answer and stem format markers; HTML becomes its text', () => {
    expect(byLine('::Format markers::')).toEqual(
      imported('::Format markers::', 'Colours', {
        type: 'single',
        stem: 'What colour is the **sky**?',
        options: ['blue', 'green', 'red <warm>'],
        answer: ['A'],
        explanation: '选“blue”：Right & well done',
      }),
    );
    expect(byLine('::HTML stem::')).toEqual(imported('::HTML stem::', 'Colours', { type: 'judge', stem: "Grant is buried in Grant's tomb.", answer: ['true'] }));
    expect(byLine('::Categorised::')).toEqual(
      imported('::Categorised::', 'Second', { type: 'single', stem: 'A question in the second category.', options: ['a', 'b'], answer: ['A'] }),
    );
  });

  it('reads true/false in any case with spaces and line breaks; #wrong#right feedback labelled, general feedback first', () => {
    expect(byLine('::Spaced false::')).toEqual(
      imported('::Spaced false::', 'Colours', { type: 'judge', stem: 'Grant was born in 1900.', answer: ['false'], explanation: '答错时：x\n答对时：y' }),
    );
    expect(byLine('::Newline true::')).toEqual(
      imported('::Newline true::', 'Colours', {
        type: 'judge',
        stem: 'Moodle is written in PHP.',
        answer: ['true'],
        explanation: 'It has been since 2002.\n答错时：Wrong: it is.\n答对时：Right: it is.',
      }),
    );
    expect(byLine('::Lower case::')).toEqual(
      imported('::Lower case::', 'Colours', { type: 'judge', stem: 'The sun rises in the east.', answer: ['true'], explanation: '答错时：no\n答对时：yes' }),
    );
  });

  it('refuses weights that this platform would score differently, and imports those it scores the same', () => {
    expect(byLine('::Weighted multi::')).toEqual(
      refused(
        '::Weighted multi::',
        'unsupported_scoring',
        'multiple',
        'Moodle 多选题把所选选项的分值相加（%50% %50% %-100%），可得部分分，选错按分值扣分或不扣分；本平台多选题须恰好选中全部正确项才得分，计分不同，未导入（如接受“全对才得分”，可用 Excel 模板按多选题导入）',
      ),
    );
    expect(byLine('::Zero-weight multi::')).toEqual(refused('::Zero-weight multi::', 'unsupported_scoring', 'multiple'));
    expect(byLine('::One right multi::')).toEqual(
      imported('::One right multi::', 'Colours', { type: 'multiple', stem: 'Pick the prime.', options: ['7', '8', '9'], answer: ['A'] }),
    );
    expect(byLine('::Weighted short::')).toEqual(
      refused('::Weighted short::', 'unsupported_scoring', 'fill', '“cat”只得部分分（%50%）；本平台填空题只按全对或全错判分，未导入'),
    );
    expect(byLine('::Two equals::')).toEqual(refused('::Two equals::', 'unsupported_scoring', 'single'));
    expect(byLine('::Partial single::')).toEqual(refused('::Partial single::', 'unsupported_scoring', 'single', '“Sydney”只得部分分（%50%）；本平台选择题只按全对或全错判分，未导入'));
    expect(byLine('::Penalty single::')).toEqual(refused('::Penalty single::', 'unsupported_scoring', 'single', '“5”答错扣分（%-50%）；本平台答错得 0 分、不扣分，未导入'));
  });

  it('refuses a short answer with the wildcard *, which Moodle matches as any text', () => {
    expect(parseGift('Spell it.{=c*t}')[0]).toMatchObject({ ok: false, reason: 'unsupported_scoring', type: 'fill', message: { en: 'Line 1: the answer "c*t" holds the wildcard *; fill-in answers here are compared as written; not imported' } });
    expect(parseGift('Spell it.{=cat =%0%*#Not quite}')[0]).toMatchObject({ ok: true, question: { answer: ['cat'], explanation: '答“其他答案”：Not quite' } });
  });

  it('imports short answers as exported by Moodle (=%100%), dropping 0% answers but keeping their feedback', () => {
    expect(byLine('::Exported short::')).toEqual(
      imported('::Exported short::', 'Colours', {
        type: 'fill',
        stem: "Who's buried in Grant's tomb?",
        answer: ['no one', 'nobody'],
        explanation: '答“no one”：Right\n答“Grant”：Not quite',
      }),
    );
  });

  it('keeps escaped characters as text; a question without title with the answers inside reads as a blank', () => {
    expect(byLine('::Escapes')).toEqual(
      imported('::Escapes', 'Colours', {
        type: 'single',
        stem: 'Is 1 = 1 {always} true#? a ~ b',
        options: ['yes#sure', 'no = never'],
        answer: ['A'],
        explanation: '选“yes#sure”：fine',
      }),
    );
    expect(byLine('Grant is {~buried')).toEqual(
      imported('Grant is {~buried', 'Colours', { type: 'single', stem: "Grant is ____ in Grant's tomb.", options: ['buried', 'entombed', 'living'], answer: ['B'] }),
    );
  });

  it('refuses numerical, matching, essay and description with the reason, and nothing else is lost', () => {
    for (const title of ['::Num tol::', '::Num range::', '::Num weighted::']) {
      expect(byLine(title)).toEqual(refused(title, 'unsupported_type', 'numerical', '数值题（numerical，按数值与误差范围判分）无法用本平台的题型表示，未导入'));
    }
    expect(byLine('::Matching::')).toEqual(refused('::Matching::', 'unsupported_type', 'matching', '匹配题（matching）无法用本平台的题型表示，未导入'));
    expect(byLine('::Essay::')).toEqual(refused('::Essay::', 'unsupported_type', 'essay'));
    expect(byLine('A description has')).toEqual(refused('A description has', 'unsupported_type', 'description'));
    expect(items).toHaveLength(22);
    expect(items.map((i) => i.line)).toEqual([...new Set(items.map((i) => i.line))]);
  });
});
