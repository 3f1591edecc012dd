import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import type { AuthContext } from '../auth/auth-context.js';
import { scopeFor } from '../access/scope.js';
import { AppError } from '../errors.js';
import { checkXlsxBuffer, loadWorkbook, readRoster } from './parse-workbook.js';
import { loadOrgRefs, makeOrgResolver } from './org-paths.js';
import { validateRows, type RowError } from './validate-rows.js';
import { annotatedWorkbook } from './error-workbook.js';
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

/**
 * Parse → validate every row → (apply) write all in one transaction. Any bad row in apply
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
  const parsed = readRoster(await loadWorkbook(file));
  const resolveOrg = makeOrgResolver(await loadOrgRefs(db), scopeFor(auth, 'people.import'));
  const { valid, errors } = await validateRows(parsed.rows, resolveOrg, existingIdsIn(db));
  const total = parsed.rows.length;

  if (errors.length > 0) {
    const annotated = await annotatedWorkbook(parsed, errors);
    const errorReportId = annotated ? await reports.save(auth.accountId, annotated) : null;
    const result: ImportResult = { ok: false, mode, total, imported: 0, errors, errorReportId };
    if (mode === 'apply') throw new AppError('import_invalid', result);
    return result;
  }
  if (total === 0) throw new AppError('validation_failed', [{ field: 'file', message: '表格中没有数据行' }]);
  const imported = mode === 'apply' ? await applyImport(db, req, valid) : 0;
  if (imported > 1000) await analyze(db, 'people'); // a bulk load moves the planner's row estimates
  return { ok: true, mode, total, imported, errors: [], errorReportId: null };
}
