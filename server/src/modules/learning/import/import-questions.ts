import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { transaction } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { checkXlsxBuffer, fileError } from '../../../kernel/roster/parse-workbook.js';
import { tooLarge } from '../../../kernel/roster/xlsx-zip.js';
import { runInWorker } from '../../../kernel/workers/run-in-worker.js';
import type { ImportItem } from '../learning.dto.js';
import { duplicateOf, insertQuestion, prepare } from '../commands/save-question.js';
import { parseGift } from './gift-parser.js';
import { parseJsonBank } from './json-bank-parser.js';
import { atLine, type ParsedItem } from './parsed-item.js';

export type ImportFormat = 'excel' | 'gift' | 'json';

export function formatOf(filename: string | undefined, given: ImportFormat | undefined): ImportFormat {
  if (given) return given;
  const ext = /\.([a-z]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'excel';
  if (ext === 'gift' || ext === 'txt') return 'gift';
  if (ext === 'json') return 'json';
  throw fileError('无法从文件名判断格式：请上传 .xlsx、.gift/.txt 或 .json，或指定 format 参数');
}

const excelBank = new URL('./excel-bank.ts', import.meta.url);

async function parse(format: ImportFormat, buf: Buffer): Promise<ParsedItem[]> {
  if (format === 'excel') {
    checkXlsxBuffer(buf); // cheap refusals before a worker starts
    return runInWorker<ParsedItem[]>(excelBank, 'parseExcelBank', buf, { onLimit: () => tooLarge('the workbook needs more memory or time than allowed') });
  }
  const source = buf.toString('utf8');
  if (source.includes('\uFFFD')) throw fileError('文件不是 UTF-8 编码，请另存为 UTF-8 后再导入');
  return format === 'gift' ? parseGift(source) : parseJsonBank(source);
}

interface Options {
  format: ImportFormat;
  mode: 'dry-run' | 'apply';
  org: { id: number; path: string };
  extraTags: string[];
}

/**
 * Every item found in the file comes back as imported or skipped with its reason (duplicate,
 * unsupported type, parse error, invalid); apply writes all imported items in one transaction.
 */
export async function importQuestions(db: Db, req: FastifyRequest, buf: Buffer, opts: Options) {
  const parsed = await parse(opts.format, buf);
  return transaction(db, async (tx) => {
    const seen = new Map<string, number>();
    const items: ImportItem[] = [];
    for (const [i, p] of parsed.entries()) {
      const index = i + 1;
      if (!p.ok) {
        items.push({ index, line: p.line, stem: p.stem, type: p.type, status: 'skipped', reason: p.reason, message: p.message.zh, messageEn: p.message.en, questionId: null });
        continue;
      }
      const { question, hash, problem } = prepare({ ...p.question, tags: [...p.question.tags, ...opts.extraTags] });
      const base = { index, line: p.line, stem: question.stem.slice(0, 200), type: question.type };
      if (problem) {
        const m = atLine(p.line, problem, `the question is incomplete (${problem})`);
        items.push({ ...base, status: 'skipped', reason: 'invalid', message: m.zh, messageEn: m.en, questionId: null });
        continue;
      }
      const inFile = seen.get(hash);
      const existing = inFile ? null : await duplicateOf(tx, opts.org.path, hash);
      if (inFile || existing) {
        const message = inFile ? `与本文件第 ${inFile} 题重复` : `题库中已有相同题目（编号 ${existing}）`;
        const messageEn = inFile ? `same as item ${inFile} of this file` : `already in the bank (question ${existing})`;
        items.push({ ...base, status: 'skipped', reason: 'duplicate', message, messageEn, questionId: existing });
        continue;
      }
      seen.set(hash, index);
      const questionId = opts.mode === 'apply' ? await insertQuestion(tx, question, hash, opts.org, req.auth?.accountId ?? null, opts.format) : null;
      items.push({ ...base, status: 'imported', reason: null, message: null, messageEn: null, questionId });
    }
    const imported = items.filter((x) => x.status === 'imported').length;
    const report = { mode: opts.mode, format: opts.format, total: items.length, imported, skipped: items.length - imported, items };
    if (opts.mode === 'apply') {
      await audit(tx, req, {
        action: 'learning.questions_import',
        entity: 'learning_question',
        orgId: opts.org.id,
        orgPath: opts.org.path,
        summary: `${opts.format}: ${imported} imported, ${report.skipped} skipped`,
        after: { total: report.total, imported, skipped: report.skipped, ids: items.flatMap((x) => (x.questionId && x.status === 'imported' ? [x.questionId] : [])) },
      });
    }
    return report;
  });
}
