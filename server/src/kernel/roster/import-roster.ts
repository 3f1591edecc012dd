import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import type { AuthContext } from '../auth/auth-context.js';
import { scopeFor } from '../access/scope.js';
import { AppError } from '../errors.js';
import { checkXlsxBuffer, type ParsedRoster } from './parse-workbook.js';
import { loadOrgRefs, makeOrgResolver } from './org-paths.js';
import { validateRows, type RowError } from './validate-rows.js';
import { WorkerCalls } from '../workers/run-in-worker.js';
import { tooLarge } from './xlsx-zip.js';
import { applyImport, existingIdsIn } from './apply-import.js';
import { analyze } from '../db/analyze.js';
import type { ErrorReportStore } from './error-reports.js';

export interface ImportResult {
  ok: boolean;
  mode: 'validate' | 'apply';
  total: number;
  imported: number;
  errors: RowError[];
  errorReportId: string | null;
}

const tasks = new URL('./roster-tasks.ts', import.meta.url);
const workerLimits = { onLimit: () => tooLarge('the workbook needs more memory or time than allowed') };

/**
 * Parse (in a worker thread) → validate every row → (apply) write all in one transaction. Any bad row in apply
 * mode throws import_invalid carrying the same report, and nothing is written.
 */
export async function importRoster(
  db: Db,
  req: FastifyRequest,
  auth: AuthContext,
  file: Buffer,
  mode: 'validate' | 'apply',
  reports: ErrorReportStore,
): Promise<ImportResult> {
  checkXlsxBuffer(file);
  const worker = await WorkerCalls.open(tasks, workerLimits);
  try {
    const parsed = await worker.call<ParsedRoster>('parseRosterTask', file);
    const resolveOrg = makeOrgResolver(await loadOrgRefs(db), scopeFor(auth, 'people.import'));
    const { valid, errors } = await validateRows(parsed.rows, resolveOrg, existingIdsIn(db));
    const total = parsed.rows.length;

    if (errors.length > 0) {
      const annotated = await worker.call<Uint8Array | null>('annotateRosterTask', errors);
      const errorReportId = annotated ? await reports.save(auth.accountId, Buffer.from(annotated)) : null;
      const result: ImportResult = { ok: false, mode, total, imported: 0, errors, errorReportId };
      if (mode === 'apply') throw new AppError('import_invalid', result);
      return result;
    }
    if (total === 0) throw new AppError('validation_failed', [{ field: 'file', message: '表格中没有数据行' }]);
    await worker.close(); // the workbook is not needed for writing
    const imported = mode === 'apply' ? await applyImport(db, req, valid) : 0;
    if (imported > 1000) await analyze(db, 'people'); // a bulk load moves the planner's row estimates
    return { ok: true, mode, total, imported, errors: [], errorReportId: null };
  } finally {
    await worker.close();
  }
}
