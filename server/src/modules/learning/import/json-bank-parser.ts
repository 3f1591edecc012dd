import { normaliseAnswer, judgeWord, optionLetters } from '../question-rules.js';
import { jsonErrorOffset } from './json-syntax.js';
import { question, skipped, type ParsedItem } from './parsed-item.js';

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

/** Option letters an answer stands for: one option's text, letters such as "AC", or several texts joined by | 、 ； */
function lettersFor(answer: string | string[], options: string[]): string[] | null {
  const norm = options.map(normaliseAnswer);
  const byText = (t: string) => norm.indexOf(normaliseAnswer(t));
  if (Array.isArray(answer)) {
    const idx = answer.map(byText);
    return idx.every((i) => i >= 0) ? idx.map((i) => optionLetters[i]) : null;
  }
  const whole = byText(answer);
  if (whole >= 0) return [optionLetters[whole]];
  const letters = normaliseAnswer(answer).toUpperCase().replace(/[,，、;；|]/g, '');
  if (/^[A-J]+$/.test(letters)) {
    const list = [...new Set(letters.split(''))];
    return list.every((l) => optionLetters.indexOf(l) < options.length) ? list : null;
  }
  const parts = answer.split(/[|、；;]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length > 1) return lettersFor(parts, options);
  return null;
}

/**
 * The 题库 shape of public question-bank collections: { "stem|optionA|optionB|…": "answer" }.
 * No options (or "stem|") with 对/错/正确/错误 → true/false; no options and another answer → fill-in.
 */
export function parseJsonBank(source: string): ParsedItem[] {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (err) {
    const line = jsonErrorLine(source.replace(/^\uFEFF/, ''));
    return [skipped(line, 'parse_error', `JSON 格式错误${line ? `（第 ${line} 行附近）` : ''}：${String((err as Error).message).slice(0, 120)}`)];
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [skipped(1, 'parse_error', 'JSON 顶层必须是对象：{"题干|选项A|选项B": "答案"}')];
  }
  const lineOf = lineFinder(source);
  return Object.entries(data as Record<string, unknown>).map(([key, value]): ParsedItem => {
    const line = lineOf(key);
    const [rawStem, ...rawOptions] = key.split('|');
    const stem = rawStem.trim();
    const options = rawOptions.map((o) => o.trim()).filter(Boolean);
    if (!stem) return skipped(line, 'parse_error', `第 ${line ?? '?'} 行：题干为空`, key);
    const answer = typeof value === 'number' ? String(value) : value;
    const isList = Array.isArray(answer) && answer.length > 0 && answer.every((a) => typeof a === 'string');
    if (typeof answer !== 'string' && !isList) return skipped(line, 'parse_error', `第 ${line ?? '?'} 行：答案必须是文字或文字数组`, stem);
    if (typeof answer === 'string' && !answer.trim()) return skipped(line, 'parse_error', `第 ${line ?? '?'} 行：答案为空`, stem);

    if (options.length === 0) {
      const first = typeof answer === 'string' ? answer : (answer as string[])[0];
      const tf = typeof answer === 'string' ? judgeWord(answer) : null;
      if (tf) return question(line, { type: 'judge', stem, answer: [tf] });
      return question(line, { type: 'fill', stem, answer: typeof answer === 'string' ? [first.trim()] : (answer as string[]) });
    }
    if (options.length === 1) return skipped(line, 'parse_error', `第 ${line ?? '?'} 行：只有一个选项，无法判断题型`, stem);
    if (options.length > optionLetters.length) return skipped(line, 'parse_error', `第 ${line ?? '?'} 行：选项超过 ${optionLetters.length} 个`, stem);
    const letters = lettersFor(answer as string | string[], options);
    if (!letters) return skipped(line, 'parse_error', `第 ${line ?? '?'} 行：答案“${String(answer).slice(0, 40)}”与选项都不符`, stem);
    return question(line, { type: letters.length > 1 ? 'multiple' : 'single', stem, options, answer: letters });
  });
}
