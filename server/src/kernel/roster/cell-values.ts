import type { CellValue } from 'exceljs';
import { normaliseWidth } from '../org/id-number.js';

/** Any exceljs cell value as trimmed text with full-width characters made ASCII. */
export function cellText(value: CellValue | undefined): string {
  if (value == null) return '';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return normaliseWidth(value);
  if (typeof value === 'object') {
    if ('richText' in value) return normaliseWidth(value.richText.map((r) => r.text).join(''));
    if ('result' in value) return cellText(value.result as CellValue);
    if ('text' in value) return normaliseWidth(String(value.text));
    if ('error' in value) return '';
  }
  return normaliseWidth(String(value));
}

/** The date a cell stands for, as 'YYYY-MM-DD', or null when it is not a real date. */
export function cellDate(value: CellValue | undefined): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatDate(value);
  if (typeof value === 'object' && value && 'result' in value) return cellDate(value.result as CellValue);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 21001231) return dateFromDigits(String(value));
    // A bare number in a date column is an Excel serial day (the sheet lost its date format).
    if (value > 0 && value < 80000) return formatDate(new Date(Math.round((value - 25569) * 86400000)));
    return null;
  }
  const text = cellText(value).replace(/\s+/g, '');
  if (!text) return null;
  if (/^\d{8}$/.test(text)) return dateFromDigits(text);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4,5}(\.\d+)?$/.test(text)) return cellDate(Number(text));
  return null;
}

function dateFromDigits(d: string): string | null {
  return validDate(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)));
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return formatDate(date);
}

function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
