import ExcelJS from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { AppError } from '../errors.js';
import { cellText } from './cell-values.js';
import { columnForHeader, rosterColumns, type ColumnKey } from './columns.js';
import { checkDeclaredSizes, checkInflatedSizes, zipEntries } from './xlsx-zip.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 50_000;
const HEADER_SEARCH_ROWS = 20;

export interface RawRow {
  row: number;
  cells: Partial<Record<ColumnKey, CellValue>>;
}

/** What the reader found, as plain data (it crosses from the parsing worker): the sheet by name, its header, its rows. */
export interface ParsedRoster {
  sheetName: string;
  headerRow: number;
  columns: Map<ColumnKey, number>;
  rows: RawRow[];
}

export function fileError(message: string): AppError {
  return new AppError('validation_failed', [{ field: 'file', message }]);
}

/** An .xlsx is a zip: check the magic bytes and, from the central directory, what it unpacks to. */
export function checkXlsxBuffer(buf: Buffer): void {
  if (buf.length === 0) throw fileError('文件为空');
  if (buf.length > MAX_FILE_BYTES) throw fileError('文件不能超过 20 MB');
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw fileError('只支持 .xlsx 格式的 Excel 文件（.xls、.csv 请先另存为 .xlsx）');
  checkDeclaredSizes(zipEntries(buf));
}

/** Reads the workbook after checking that no entry unpacks to more than it declares (CPU work: call it in a worker). */
export async function loadWorkbook(buf: Buffer): Promise<Workbook> {
  checkXlsxBuffer(buf);
  checkInflatedSizes(buf, zipEntries(buf));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError('无法读取该 Excel 文件，请确认是 .xlsx 格式且未加密');
  }
  return workbook;
}

/** The header row: the first of the top rows naming at least 姓名 and 身份证号 (title rows above it are skipped). */
function findHeader(sheet: Worksheet): { headerRow: number; columns: Map<ColumnKey, number> } | null {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = new Map<ColumnKey, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = columnForHeader(cellText(cell.value));
      if (key && !columns.has(key)) columns.set(key, col);
    });
    if (columns.has('name') && columns.has('idNumber')) return { headerRow: r, columns };
  }
  return null;
}

export function readRoster(workbook: Workbook): ParsedRoster {
  const candidates = [workbook.getWorksheet('花名册'), ...workbook.worksheets].filter((s): s is Worksheet => !!s);
  let found: { sheet: Worksheet; headerRow: number; columns: Map<ColumnKey, number> } | null = null;
  for (const sheet of candidates) {
    const header = findHeader(sheet);
    if (header) {
      found = { sheet, ...header };
      break;
    }
  }
  if (!found) throw fileError('未找到表头行：表头须包含“姓名”“身份证号”等列，请使用下载的模板');
  const missing = rosterColumns.filter((c) => c.required && !found.columns.has(c.key)).map((c) => c.header);
  if (missing.length) throw fileError(`缺少必填列：${missing.join('、')}`);

  const { sheet, headerRow, columns } = found;
  const rows: RawRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: RawRow['cells'] = {};
    let blank = true;
    for (const [key, col] of columns) {
      const value = row.getCell(col).value;
      if (cellText(value) !== '') blank = false;
      cells[key] = value;
    }
    if (blank) return;
    if (rows.length >= MAX_ROWS) throw fileError(`一次最多导入 ${MAX_ROWS} 行，请拆分文件`);
    rows.push({ row: rowNumber, cells });
  });
  return { sheetName: sheet.name, headerRow, columns, rows };
}
