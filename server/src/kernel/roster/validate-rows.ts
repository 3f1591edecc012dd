import { shanghaiDay } from '../time.js';
import { isValidIdNumber, maskIdNumber, maskPhone } from '../org/id-number.js';
import { partyStatuses, type people } from '../org/org.schema.js';
import { cellDate, cellText } from './cell-values.js';
import { rosterColumns, type ColumnKey } from './columns.js';
import type { RawRow } from './parse-workbook.js';
import type { OrgLookup, OrgRef } from './org-paths.js';

export interface RowError {
  row: number;
  field: ColumnKey;
  value: string;
  message: string;
}

export type PersonInsert = typeof people.$inferInsert;
export interface ValidRow {
  row: number;
  person: PersonInsert;
  org: OrgRef;
}

type PartyStatus = (typeof partyStatuses)[number];
const statusAliases: Record<string, PartyStatus> = {
  中共党员: '正式党员',
  党员: '正式党员',
  中共正式党员: '正式党员',
  中共预备党员: '预备党员',
  积极分子: '入党积极分子',
};
const maxLength: Partial<Record<ColumnKey, number>> = { name: 50, ethnicity: 20, unit: 100, position: 100, education: 50 };
const members: readonly PartyStatus[] = ['正式党员', '预备党员'];

function shown(field: ColumnKey, text: string): string {
  if (field === 'idNumber') return text ? maskIdNumber(text) : '';
  if (field === 'phone') return maskPhone(text) ?? '';
  return text;
}

function addYears(date: string, years: number): string {
  return String(Number(date.slice(0, 4)) + years) + date.slice(4);
}

/** Checks one row completely, so the report lists every problem at once rather than the first. */
function checkRow(raw: RawRow, resolveOrg: (text: string) => OrgLookup, today: string, errors: RowError[]): ValidRow | null {
  const start = errors.length;
  const text = (k: ColumnKey) => cellText(raw.cells[k]);
  const fail = (field: ColumnKey, message: string, value = text(field)) => errors.push({ row: raw.row, field, value: shown(field, value), message });

  for (const c of rosterColumns) {
    const v = text(c.key);
    if (c.required && !v) fail(c.key, `${c.header}不能为空`);
    const max = maxLength[c.key];
    if (max && v.length > max) fail(c.key, `${c.header}不能超过 ${max} 个字`);
  }

  let name = text('name');
  if (/^[\p{Script=Han}·\s]+$/u.test(name)) name = name.replace(/\s+/g, ''); // '张　三' is padding, not a space in the name

  const genderText = text('gender').replace(/性$/, '');
  const gender = genderText === '男' || genderText === '女' ? genderText : null;
  if (genderText && !gender) fail('gender', '性别只能填写“男”或“女”');

  const idRaw = raw.cells.idNumber;
  const idNumber = text('idNumber').replace(/\s+/g, '').toUpperCase();
  let idBirth: string | null = null;
  if (idNumber) {
    if (typeof idRaw === 'number' && idNumber.length > 15) {
      fail('idNumber', '身份证号被存成了数字，后几位已丢失：请把该列设为文本格式后重新填写', idNumber);
    } else if (!/^\d{17}[\dX]$/.test(idNumber)) {
      fail('idNumber', '身份证号应为 18 位，前 17 位为数字，末位为数字或 X', idNumber);
    } else if (!isValidIdNumber(idNumber)) {
      fail('idNumber', '身份证号无效：校验位或其中的出生日期不正确', idNumber);
    } else {
      idBirth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
      const idMale = Number(idNumber[16]) % 2 === 1;
      if (gender && (gender === '男') !== idMale) fail('gender', '性别与身份证号不一致');
    }
  }

  const birthDate = cellDate(raw.cells.birthDate);
  if (text('birthDate') && !birthDate) fail('birthDate', '出生日期格式不正确，应为 1995-03-08 这样的日期');
  else if (birthDate && (birthDate > today || birthDate < '1900-01-01')) fail('birthDate', '出生日期不在合理范围内', birthDate);
  else if (birthDate && idBirth && birthDate !== idBirth) fail('birthDate', '出生日期与身份证号中的出生日期不一致', birthDate);

  let phone: string | null = text('phone').replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (!phone) phone = null;
  else if (!/^1[3-9]\d{9}$/.test(phone)) fail('phone', '手机号应为 11 位数字，以 1 开头', phone);

  const statusText = text('partyStatus').replace(/\s+/g, '');
  const partyStatus = (partyStatuses as readonly string[]).includes(statusText) ? (statusText as PartyStatus) : statusAliases[statusText];
  if (statusText && !partyStatus) fail('partyStatus', `政治面貌应为：${partyStatuses.join('、')}`);

  const joinText = text('joinDate');
  const joinDate = cellDate(raw.cells.joinDate);
  if (joinText && !joinDate) fail('joinDate', '入党日期格式不正确，应为 2018-07-01 这样的日期');
  else if (joinDate && partyStatus && !members.includes(partyStatus)) fail('joinDate', '入党积极分子、群众不应填写入党日期', joinDate);
  else if (joinDate && joinDate > today) fail('joinDate', '入党日期不能晚于今天', joinDate);
  else if (joinDate && birthDate && joinDate < addYears(birthDate, 18)) fail('joinDate', '入党日期应在年满 18 周岁之后', joinDate);
  else if (!joinText && partyStatus && members.includes(partyStatus)) fail('joinDate', '正式党员、预备党员须填写入党日期');

  const orgText = text('org');
  let org: OrgRef | null = null;
  if (orgText) {
    const found = resolveOrg(orgText);
    if ('org' in found) org = found.org;
    else if (found.error === 'ambiguous') fail('org', `所在组织名称不唯一（${found.matches} 个同名组织），请填写全称路径，如 上级组织/本组织`);
    else fail('org', '所在组织不存在或不在您的管理范围内，请按“上级组织/本组织”填写全称路径');
  }

  if (errors.length > start || !gender || !birthDate || !partyStatus || !org) return null;
  const optional = (k: ColumnKey) => text(k) || null;
  return {
    row: raw.row,
    org,
    person: {
      orgId: org.id,
      name,
      gender,
      ethnicity: text('ethnicity') ? (text('ethnicity').endsWith('族') ? text('ethnicity') : `${text('ethnicity')}族`) : '汉族',
      birthDate,
      idNumber,
      phone,
      partyStatus,
      joinDate: joinDate ?? null,
      unit: optional('unit'),
      position: optional('position'),
      education: optional('education'),
    },
  };
}

export interface Validation {
  valid: ValidRow[];
  errors: RowError[];
}

/**
 * Validates every row; `existingIds` answers which ID numbers the database already holds.
 * Duplicates inside the file are reported on each repeat, naming the first row.
 */
export async function validateRows(
  rows: RawRow[],
  resolveOrg: (text: string) => OrgLookup,
  existingIds: (ids: string[]) => Promise<Set<string>>,
  today = shanghaiDay(new Date()),
): Promise<Validation> {
  const errors: RowError[] = [];
  const checked: ValidRow[] = [];
  const firstRowOf = new Map<string, number>();
  const failedRows = new Set<number>();
  for (const raw of rows) {
    const before = errors.length;
    const ok = checkRow(raw, resolveOrg, today, errors);
    const id = cellText(raw.cells.idNumber).replace(/\s+/g, '').toUpperCase();
    if (id) {
      const first = firstRowOf.get(id);
      if (first === undefined) firstRowOf.set(id, raw.row);
      else errors.push({ row: raw.row, field: 'idNumber', value: maskIdNumber(id), message: `身份证号与第 ${first} 行重复` });
    }
    if (errors.length > before) failedRows.add(raw.row);
    else if (ok) checked.push(ok);
  }
  const known = await existingIds([...firstRowOf.keys()].filter((id) => /^\d{17}[\dX]$/.test(id)));
  for (const [id, row] of firstRowOf) {
    if (known.has(id)) {
      errors.push({ row, field: 'idNumber', value: maskIdNumber(id), message: '身份证号已存在于系统中，该人员已录入' });
      failedRows.add(row);
    }
  }
  const order = new Map(rosterColumns.map((c, i) => [c.key, i]));
  errors.sort((a, b) => a.row - b.row || order.get(a.field)! - order.get(b.field)!);
  return { valid: checked.filter((v) => !failedRows.has(v.row)), errors };
}
