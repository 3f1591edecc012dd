import type { Fill, Workbook } from 'exceljs';
import type { ParsedRoster } from './parse-workbook.js';
import type { RowError } from './validate-rows.js';

const badFill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

/**
 * The uploaded sheet as it was, with each bad cell filled red and a 错误说明 column
 * listing that row's problems, so the user fixes the file they know and uploads it again.
 */
export async function annotatedWorkbook(workbook: Workbook, parsed: ParsedRoster, errors: RowError[]): Promise<Buffer | null> {
  const { headerRow, columns } = parsed;
  const sheet = workbook.getWorksheet(parsed.sheetName);
  if (!sheet) return null;
  const noteCol = Math.max(sheet.columnCount, sheet.getRow(headerRow).cellCount) + 1;
  const head = sheet.getRow(headerRow).getCell(noteCol);
  head.value = '错误说明';
  head.font = { bold: true, color: { argb: 'FFC00000' } };
  head.fill = badFill;
  sheet.getColumn(noteCol).width = 60;

  const byRow = new Map<number, RowError[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  for (const [rowNumber, list] of byRow) {
    const row = sheet.getRow(rowNumber);
    for (const e of list) {
      const col = columns.get(e.field);
      if (col) row.getCell(col).fill = badFill;
    }
    const note = row.getCell(noteCol);
    note.value = list.map((e) => e.message).join('；');
    note.font = { color: { argb: 'FFC00000' } };
    note.alignment = { wrapText: true, vertical: 'top' };
  }
  try {
    return Buffer.from(await workbook.xlsx.writeBuffer());
  } catch {
    return null; // some hand-made sheets (odd shared formulas) cannot be written back; the JSON report still has everything
  }
}
