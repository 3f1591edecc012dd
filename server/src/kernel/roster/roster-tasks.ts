import type { Workbook } from 'exceljs';
import { loadWorkbook, readRoster, type ParsedRoster } from './parse-workbook.js';
import { annotatedWorkbook } from './error-workbook.js';
import type { RowError } from './validate-rows.js';

// The CPU-heavy halves of a roster import, run in a worker thread (kernel/workers) so /healthz and every
// other request keep their answers while a 50,000-row workbook is read. Inputs and results are plain data;
// the workbook read by parseRosterTask stays in this worker for annotateRosterTask.

let workbook: Workbook | null = null;
let parsed: ParsedRoster | null = null;

export async function parseRosterTask(file: Buffer): Promise<ParsedRoster> {
  workbook = await loadWorkbook(file);
  parsed = readRoster(workbook);
  return parsed;
}

/** The parsed workbook with each bad cell marked and a 错误说明 column (null when it cannot be written back). */
export async function annotateRosterTask(errors: RowError[]): Promise<Uint8Array | null> {
  if (!workbook || !parsed) throw new Error('parseRosterTask first');
  return annotatedWorkbook(workbook, parsed, errors);
}
