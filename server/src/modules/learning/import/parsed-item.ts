import type { NewQuestion } from '../commands/save-question.js';

export type SkipReason = 'unsupported_type' | 'parse_error';

/** One question found in an import file: either ready to import or skipped with a reason and its line. */
export type ParsedItem =
  | { line: number | null; ok: true; question: NewQuestion }
  | { line: number | null; ok: false; reason: SkipReason; type: string | null; stem: string; message: string };

export function skipped(line: number | null, reason: SkipReason, message: string, stem = '', type: string | null = null): ParsedItem {
  return { line, ok: false, reason, type, stem: stem.slice(0, 200), message };
}

export function question(line: number | null, q: Partial<NewQuestion> & Pick<NewQuestion, 'type' | 'stem' | 'answer'>): ParsedItem {
  return { line, ok: true, question: { options: [], tags: [], difficulty: 3, explanation: '', ...q } };
}
