import { multipartBody as sharedMultipart } from '../../../../test/multipart.js';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '../org/id-number.js';
import { rosterColumns, XLSX_MIME } from './columns.js';

/** Test data: one roster row as cell values in template column order. */
export type RowValues = unknown[];

export interface PersonSpec {
  name: string;
  male: boolean;
  birth: string;
  idNumber: string;
  phone: string;
  org: string;
}

/** A valid person numbered i; area codes outside the demo city keep ID numbers clear of the seed. */
export function personSpec(i: number, org: string, area = '110101'): PersonSpec {
  const day = i % 7000;
  const birth = new Date(Date.UTC(1985, 0, 1) + day * 86400000).toISOString().slice(0, 10);
  const male = i % 2 === 0;
  const seq = 2 * (Math.floor(i / 7000) + 10) + (male ? 1 : 0);
  return {
    name: `测试${String.fromCharCode(0x4e00 + (i % 20000))}${i}`,
    male,
    birth,
    idNumber: makeIdNumber(area, birth, seq, male),
    phone: `139${String(10000000 + i).slice(-8)}`,
    org,
  };
}

/** The template's columns for a person; date cells given as strings unless `excelDate`. */
export function rowFor(p: PersonSpec, opts: { excelDate?: boolean } = {}): RowValues {
  return [
    p.name,
    p.male ? '男' : '女',
    '汉族',
    opts.excelDate ? new Date(`${p.birth}T00:00:00Z`) : p.birth,
    p.idNumber,
    p.phone,
    '正式党员',
    `${Number(p.birth.slice(0, 4)) + 20}.7.1`,
    p.org,
    '测试单位',
    '科员',
    '大学本科',
  ];
}

export function toFullWidth(s: string): string {
  return s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A roster workbook: optional merged title row above the header, then rows, then blank rows. */
export async function buildWorkbook(rows: RowValues[], opts: { title?: string; trailingBlank?: number } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  if (opts.title) {
    ws.addRow([opts.title]);
    ws.mergeCells(1, 1, 1, rosterColumns.length);
  }
  ws.addRow(rosterColumns.map((c) => (c.required ? `*${c.header}` : c.header)));
  for (const r of rows) ws.addRow(r);
  for (let i = 0; i < (opts.trailingBlank ?? 0); i++) {
    const row = ws.addRow(['', null, '  ']);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** multipart/form-data with one file in field "file". */
export function multipartBody(file: Buffer, filename = 'roster.xlsx', contentType = XLSX_MIME) {
  const { payload, headers } = sharedMultipart(file, filename, contentType);
  return { payload, contentType: headers['content-type'] };
}

export async function readSheet(buf: Buffer, name = '花名册'): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} missing`);
  return ws;
}
