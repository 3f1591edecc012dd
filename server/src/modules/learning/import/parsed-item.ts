import type { NewQuestion } from '../commands/save-question.js';

export type SkipReason = 'unsupported_type' | 'unsupported_scoring' | 'parse_error';

/** A message shown in the import report, in both languages. */
export interface Msg {
  zh: string;
  en: string;
}

/** One question found in an import file: either ready to import or skipped with a reason and its line. */
export type ParsedItem =
  | { line: number | null; ok: true; question: NewQuestion }
  | { line: number | null; ok: false; reason: SkipReason; type: string | null; stem: string; message: Msg };

export function skipped(line: number | null, reason: SkipReason, message: Msg, stem = '', type: string | null = null): ParsedItem {
  return { line, ok: false, reason, type, stem: stem.slice(0, 200), message };
}

/** "第 n 行：…" / "Line n: …" before a message when the line is known. */
export function atLine(line: number | null, zh: string, en: string): Msg {
  return line == null ? { zh, en } : { zh: `第 ${line} 行：${zh}`, en: `Line ${line}: ${en}` };
}

export function question(line: number | null, q: Partial<NewQuestion> & Pick<NewQuestion, 'type' | 'stem' | 'answer'>): ParsedItem {
  return { line, ok: true, question: { options: [], tags: [], difficulty: 3, explanation: '', ...q } };
}
