import { createHash } from 'node:crypto';
import { normaliseWidth } from '../../kernel/org/id-number.js';
import type { QuestionType } from './learning.schema.js';

export const optionLetters = 'ABCDEFGHIJ';
export const maxOptions = optionLetters.length;

export interface QuestionContent {
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
}

/** Full-width → ASCII, lower case, no white space: how two answers are compared. */
export function normaliseAnswer(value: string): string {
  return normaliseWidth(value).toLowerCase().replace(/\s+/g, '');
}

// Punctuation and blanks differ between copies of the same question ("（  ）", "____", "?" vs "？").
const noise = /[\s\p{P}\p{S}]+/gu;

function normaliseForHash(value: string): string {
  return normaliseWidth(value).toLowerCase().replace(noise, '');
}

/** Same stem and same set of options → same hash, whatever the width, case, punctuation or option order. */
export function contentHash(q: Pick<QuestionContent, 'stem' | 'options'>): string {
  const options = q.options.map(normaliseForHash).sort();
  return createHash('sha1').update([normaliseForHash(q.stem), ...options].join('\u0001')).digest('hex');
}

/** A member's answer in canonical form: sorted upper-case letters, 'true'/'false', or the typed text. */
export function canonicalAnswer(type: QuestionType, given: readonly string[]): string[] {
  if (type === 'fill') return given.slice(0, 1).map((g) => normaliseWidth(g).slice(0, 500));
  if (type === 'judge') {
    const v = normaliseAnswer(given[0] ?? '');
    if (['true', 't', '对', '正确', '√', 'a'].includes(v)) return ['true'];
    if (['false', 'f', '错', '错误', '×', 'b'].includes(v)) return ['false'];
    return [];
  }
  const letters = new Set(given.flatMap((g) => normaliseWidth(g).toUpperCase().split('')).filter((c) => optionLetters.includes(c)));
  return [...letters].sort();
}

export function isCorrect(q: Pick<QuestionContent, 'type' | 'answer'>, given: readonly string[]): boolean {
  const mine = canonicalAnswer(q.type, given);
  if (mine.length === 0) return false;
  if (q.type === 'fill') return q.answer.some((a) => normaliseAnswer(a) === normaliseAnswer(mine[0]));
  const right = [...q.answer].sort();
  return mine.length === right.length && mine.every((x, i) => x === right[i]);
}

/** Why a question is not well-formed, or null. Used by the API and every importer alike. */
export function questionProblem(q: QuestionContent): string | null {
  if (!q.stem.trim()) return '题干为空';
  if (q.type === 'single' || q.type === 'multiple') {
    if (q.options.length < 2) return '选择题至少需要两个选项';
    if (q.options.length > maxOptions) return `选项不能超过 ${maxOptions} 个`;
    if (q.options.some((o) => !o.trim())) return '选项不能为空';
    const valid = optionLetters.slice(0, q.options.length);
    if (q.answer.length === 0 || q.answer.some((a) => !valid.includes(a))) return '答案必须是已有选项的字母';
    if (q.type === 'single' && q.answer.length !== 1) return '单选题只能有一个答案';
    if (q.type === 'multiple' && q.answer.length < 1) return '多选题至少一个答案';
    return null;
  }
  if (q.options.length) return '判断题和填空题没有选项';
  if (q.type === 'judge') return q.answer.length === 1 && ['true', 'false'].includes(q.answer[0]) ? null : '判断题答案必须是“正确”或“错误”';
  return q.answer.length && q.answer.every((a) => a.trim()) ? null : '填空题至少需要一个参考答案';
}

/** Answers stored canonically: letters sorted and unique, judge as 'true'/'false', fill texts trimmed. */
export function canonicalStoredAnswer(type: QuestionType, answer: readonly string[]): string[] {
  if (type === 'fill') return [...new Set(answer.map((a) => normaliseWidth(a)).filter(Boolean))];
  return canonicalAnswer(type, type === 'judge' ? answer.slice(0, 1) : answer);
}

const judgeWords: Record<string, 'true' | 'false'> = { 对: 'true', 正确: 'true', '√': 'true', 是: 'true', true: 'true', t: 'true', 错: 'false', 错误: 'false', '×': 'false', 否: 'false', false: 'false', f: 'false' };

/** 对/错/正确/错误/√/×/T/F → 'true' | 'false', else null. */
export function judgeWord(value: string): 'true' | 'false' | null {
  return judgeWords[normaliseAnswer(value)] ?? null;
}

/** Deterministic PRNG (mulberry32) so a member's exam draw can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
