import { normaliseWidth } from '../../../kernel/org/id-number.js';
import { normaliseAnswer, judgeWord, optionLetters } from '../question-rules.js';
import { jsonErrorOffset } from './json-syntax.js';
import { atLine, question, skipped, type Msg, type ParsedItem } from './parsed-item.js';

/** The line where `key` is written, searching forward from the previous key (keys may repeat nowhere in valid JSON). */
function lineFinder(source: string) {
  let from = 0;
  return (key: string): number | null => {
    const at = source.indexOf(JSON.stringify(key), from);
    if (at < 0) return null;
    from = at + 1;
    return source.slice(0, at).split('\n').length;
  };
}

function jsonErrorLine(source: string): number | null {
  const at = jsonErrorOffset(source);
  return at < 0 ? null : source.slice(0, at).split('\n').length;
}

type Found = { letters: string[] } | { error: Msg } | null;

/**
 * The option a text names: the one written exactly so, else the one equal once width, case and spaces are
 * ignored — unless several are ("Chūn jié" / "chūnjié"), which is reported rather than guessed.
 */
function optionFor(text: string, options: string[]): number | { error: Msg } | null {
  const t = text.trim();
  const exact = options.flatMap((o, i) => (o === t ? [i] : []));
  const loose = exact.length ? exact : options.flatMap((o, i) => (normaliseAnswer(o) === normaliseAnswer(t) ? [i] : []));
  if (loose.length === 1) return loose[0];
  if (loose.length === 0) return null;
  const which = loose.map((i) => optionLetters[i]).join('、');
  return {
    error: {
      zh: `答案“${t.slice(0, 40)}”可对应多个选项（${which}），无法确定`,
      en: `the answer "${t.slice(0, 40)}" could be any of options ${loose.map((i) => optionLetters[i]).join(', ')}; it is ambiguous`,
    },
  };
}

/** Option letters an answer stands for: one option's text, letters such as "AC", or several texts joined by | 、 ； */
function lettersFor(answer: string | string[], options: string[]): Found {
  if (Array.isArray(answer)) {
    const letters: string[] = [];
    for (const a of answer) {
      const i = optionFor(a, options);
      if (i === null) return null;
      if (typeof i !== 'number') return i;
      letters.push(optionLetters[i]);
    }
    return { letters };
  }
  const whole = optionFor(answer, options);
  if (typeof whole === 'number') return { letters: [optionLetters[whole]] };
  if (whole) return whole;
  const letters = normaliseAnswer(answer).toUpperCase().replace(/[,，、;；|]/g, '');
  if (/^[A-J]+$/.test(letters)) {
    const list = [...new Set(letters.split(''))];
    return list.every((l) => optionLetters.indexOf(l) < options.length) ? { letters: list } : null;
  }
  const parts = answer.split(/[|、；;]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length > 1) return lettersFor(parts, options);
  return null;
}

// Options that make a question true/false rather than a choice between two statements.
const judgeOptions: Record<string, 'true' | 'false'> = { 正确: 'true', 对: 'true', '√': 'true', '✓': 'true', '✔': 'true', 错误: 'false', 错: 'false', '×': 'false', '✗': 'false', '✘': 'false' };
const judgeOption = (o: string) => judgeOptions[normaliseWidth(o).replace(/\s/g, '')] ?? null;

/** With 正确|错误, 对|错 or √|× as the two options: the answer is a letter, one of the options, or 对/错 itself. */
function judgeAnswer(answer: string | string[], options: string[]): 'true' | 'false' | null {
  const kinds = options.map(judgeOption);
  const found = lettersFor(answer, options);
  if (found && 'letters' in found && found.letters.length === 1) return kinds[optionLetters.indexOf(found.letters[0])];
  return typeof answer === 'string' ? (judgeOption(answer) ?? judgeWord(answer)) : null;
}

/**
 * The 题库 shape of public question-bank collections: { "stem|optionA|optionB|…": "answer" }.
 * No options (or "stem|") with 对/错/正确/错误 → true/false; options 正确|错误 (对|错, √|×) → true/false;
 * no options and another answer → fill-in.
 */
export function parseJsonBank(source: string): ParsedItem[] {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (err) {
    const line = jsonErrorLine(source.replace(/^\uFEFF/, ''));
    const detail = String((err as Error).message).slice(0, 120);
    return [skipped(line, 'parse_error', { zh: `JSON 格式错误${line ? `（第 ${line} 行附近）` : ''}：${detail}`, en: `Invalid JSON${line ? ` (near line ${line})` : ''}: ${detail}` })];
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [skipped(1, 'parse_error', { zh: 'JSON 顶层必须是对象：{"题干|选项A|选项B": "答案"}', en: 'The JSON must be an object: {"stem|option A|option B": "answer"}' })];
  }
  const lineOf = lineFinder(source);
  return Object.entries(data as Record<string, unknown>).map(([key, value]): ParsedItem => {
    const line = lineOf(key);
    const error = (zh: string, en: string, stem = '') => skipped(line, 'parse_error', atLine(line, zh, en), stem);
    const [rawStem, ...rawOptions] = key.split('|');
    const stem = rawStem.trim();
    const options = rawOptions.map((o) => o.trim()).filter(Boolean);
    if (!stem) return error('题干为空', 'the stem is empty', key);
    const answer = typeof value === 'number' ? String(value) : value;
    const isList = Array.isArray(answer) && answer.length > 0 && answer.every((a) => typeof a === 'string');
    if (typeof answer !== 'string' && !isList) return error('答案必须是文字或文字数组', 'the answer must be text or a list of texts', stem);
    if (typeof answer === 'string' && !answer.trim()) return error('答案为空', 'the answer is empty', stem);
    const given = answer as string | string[];

    if (options.length === 0) {
      const tf = typeof given === 'string' ? judgeWord(given) : null;
      if (tf) return question(line, { type: 'judge', stem, answer: [tf] });
      return question(line, { type: 'fill', stem, answer: typeof given === 'string' ? [given.trim()] : given });
    }
    if (options.length === 1) return error('只有一个选项，无法判断题型', 'only one option: the question type cannot be told', stem);
    if (options.length > optionLetters.length) return error(`选项超过 ${optionLetters.length} 个`, `more than ${optionLetters.length} options`, stem);
    const kinds = options.map(judgeOption);
    if (options.length === 2 && kinds[0] && kinds[1] && kinds[0] !== kinds[1]) {
      const tf = judgeAnswer(given, options);
      if (!tf) return error('判断题的答案应为选项字母或“正确/错误”', 'a true/false answer must be an option letter or 正确/错误 (right/wrong)', stem);
      return question(line, { type: 'judge', stem, answer: [tf] });
    }
    const found = lettersFor(given, options);
    if (found && 'error' in found) return error(found.error.zh, found.error.en, stem);
    if (!found) return error(`答案“${String(given).slice(0, 40)}”与选项都不符`, `the answer "${String(given).slice(0, 40)}" matches no option`, stem);
    return question(line, { type: found.letters.length > 1 ? 'multiple' : 'single', stem, options, answer: found.letters });
  });
}
