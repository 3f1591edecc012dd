import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { orgs, people } from '../org/org.schema.js';
import { auditLog } from '../audit/audit.schema.js';
import { loadOrgRefs } from './org-paths.js';
import { buildWorkbook, multipartBody, personSpec, readSheet, rowFor, toFullWidth } from './roster.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;

describe(`roster Excel import/export (${dbKind})`, () => {
  let t: TestApp;
  let dataDir: string;
  let orgadmin: Client;
  let branchPath: string; // a branch of orgadmin's agency, as a full name path
  let otherBranchPath: string; // a branch of orgadmin2's agency

  const upload = (c: Client, file: Buffer, mode: 'validate' | 'apply', filename?: string) => {
    const body = multipartBody(file, filename);
    return c.request({ method: 'POST', url: `/api/v1/roster/import?mode=${mode}`, payload: body.payload, headers: { 'content-type': body.contentType } });
  };
  const peopleCount = async () => (await t.db.select({ n: count() }).from(people))[0].n;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vg-roster-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    orgadmin = await t.login('orgadmin');
    const agencies = await t.db.select().from(orgs).where(eq(orgs.kind, 'party_committee')).orderBy(asc(orgs.sort));
    const refs = await loadOrgRefs(t.db);
    const branchUnder = (agencyPath: string) => [...refs.values()].find((r) => r.path.startsWith(agencyPath) && r.path !== agencyPath && r.names.at(-1)!.endsWith('党支部'))!;
    branchPath = branchUnder(agencies[0].path).namePath;
    otherBranchPath = branchUnder(agencies[1].path).namePath;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the template with the roster columns and an instructions sheet', async () => {
    const res = await orgadmin.get('/api/v1/roster/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSheet(res.rawPayload);
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(['*姓名', '*性别', '民族', '*出生日期', '*身份证号', '手机号', '*政治面貌', '入党日期', '*所在组织', '工作单位', '职务', '学历']);
    expect(sheet.getColumn(5).numFmt).toBe('@');
    const help = await readSheet(res.rawPayload, '填写说明');
    expect(JSON.stringify(help.getSheetValues())).toContain('青岛市委市直机关工委/市委办公厅机关党委/办公室党支部');
  });

  const good = Array.from({ length: 6 }, (_, i) => personSpec(i, ''));
  function messyRows() {
    const [a, b, c, d, e, f] = good.map((p) => ({ ...p, org: branchPath }));
    const badChecksum = c.idNumber.slice(0, 17) + (c.idNumber[17] === '0' ? '1' : '0');
    return [
      rowFor(a, { excelDate: true }), // row 3
      [...rowFor(b).slice(0, 4), toFullWidth(b.idNumber), toFullWidth(b.phone), ...rowFor(b).slice(6)], // row 4: full-width digits
      [...rowFor(c).slice(0, 4), badChecksum, ...rowFor(c).slice(5)], // row 5
      [...rowFor(d).slice(0, 8), '青岛市委市直机关工委/不存在的机关党委/不存在的党支部', ...rowFor(d).slice(9)], // row 6
      [...rowFor(e).slice(0, 4), a.idNumber, ...rowFor(e).slice(5)], // row 7: same ID as row 3
      [...rowFor(f).slice(0, 8), otherBranchPath, ...rowFor(f).slice(9)], // row 8: outside orgadmin's scope
      ['王　五', '未知', '汉族', '1990/2/30', '', '12345', '党员?', '', branchPath, '', '', ''], // row 9: several errors
    ];
  }

  it('rejects a messy workbook in apply mode, writes nothing and reports every bad row', async () => {
    const file = await buildWorkbook(messyRows(), { title: '市委办公厅机关党委青年干部花名册', trailingBlank: 5 });
    const before = await peopleCount();
    const res = await upload(orgadmin, file, 'apply');
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe('import_invalid');
    const report = body.error.details;
    expect(report).toMatchObject({ ok: false, mode: 'apply', total: 7, imported: 0 });
    expect(await peopleCount()).toBe(before);

    const found = new Set(report.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`));
    for (const expected of ['5:idNumber', '6:org', '7:idNumber', '8:org', '9:gender', '9:birthDate', '9:idNumber', '9:phone', '9:partyStatus']) {
      expect(found, expected).toContain(expected);
    }
    const badRows = new Set(report.errors.map((e: { row: number }) => e.row));
    expect([...badRows].sort()).toEqual([5, 6, 7, 8, 9]); // rows 3 and 4 (full-width digits) are fine; blank rows ignored
    const dup = report.errors.find((e: { row: number; field: string }) => e.row === 7 && e.field === 'idNumber');
    expect(dup.message).toContain('第 3 行');
    for (const e of report.errors) {
      expect(typeof e.message).toBe('string');
      if (e.field === 'idNumber' && e.value) expect(e.value).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    }
    expect(JSON.stringify(report)).not.toContain(good[0].idNumber);
    expect(report.errorReportId).toMatch(/^[a-f0-9]{32}$/);

    // The annotated workbook: only its uploader can fetch it.
    const download = await orgadmin.get(`/api/v1/roster/import/errors/${report.errorReportId}`);
    expect(download.statusCode).toBe(200);
    const sheet = await readSheet(download.rawPayload);
    const header = (sheet.getRow(2).values as unknown[]).map(String);
    const noteCol = header.indexOf('错误说明');
    expect(noteCol).toBeGreaterThan(12);
    expect(String(sheet.getRow(5).getCell(noteCol).value)).toContain('身份证号');
    expect(sheet.getRow(3).getCell(noteCol).value ?? null).toBeNull();
    expect(sheet.getRow(5).getCell(5).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect((await (await t.login('orgadmin2')).get(`/api/v1/roster/import/errors/${report.errorReportId}`)).statusCode).toBe(404);
    expect((await (await t.login('admin')).get(`/api/v1/roster/import/errors/${report.errorReportId}`)).statusCode).toBe(404);
    expect((await orgadmin.get('/api/v1/roster/import/errors/..%2F..%2Fetc')).statusCode).toBe(400);
  });

  it('validate mode reports the fixed workbook as clean and writes nothing; apply then imports every row', async () => {
    const fixed = good.map((p) => rowFor({ ...p, org: branchPath }, { excelDate: p === good[0] }));
    fixed[1] = [...fixed[1].slice(0, 4), toFullWidth(good[1].idNumber), toFullWidth(good[1].phone), ...fixed[1].slice(6)];
    fixed[2][3] = good[2].birth.replaceAll('-', '/').replace(/\/0/g, '/'); // 2001/2/3
    fixed[3][3] = Number(good[3].birth.replaceAll('-', '')); // 20010203 as a number
    fixed[4][8] = branchPath.split('/').slice(1).join('/'); // a unique tail of the path
    const file = await buildWorkbook(fixed, { title: '花名册', trailingBlank: 3 });
    const before = await peopleCount();

    const validate = await upload(orgadmin, file, 'validate');
    expect(validate.statusCode).toBe(200);
    expect(validate.json()).toEqual({ ok: true, mode: 'validate', total: 6, imported: 0, errors: [], errorReportId: null });
    expect(await peopleCount()).toBe(before);

    const apply = await upload(orgadmin, file, 'apply');
    expect(apply.statusCode).toBe(200);
    expect(apply.json()).toMatchObject({ ok: true, mode: 'apply', total: 6, imported: 6 });
    expect(await peopleCount()).toBe(before + 6);

    const saved = await t.db.select().from(people).where(inArray(people.idNumber, good.map((p) => p.idNumber)));
    expect(saved).toHaveLength(6);
    const second = saved.find((p) => p.idNumber === good[1].idNumber)!;
    expect(second.phone).toBe(good[1].phone);
    for (const p of good) expect(saved.find((s) => s.idNumber === p.idNumber)!.birthDate).toBe(p.birth);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'people.import'));
    expect(entry.after).toMatchObject({ count: 6 });
    expect(JSON.stringify(entry)).not.toContain(good[0].idNumber);

    // The same file again: every row is now a duplicate of the database.
    const again = await upload(orgadmin, file, 'validate');
    expect(again.json().errors).toHaveLength(6);
    expect(again.json().errors[0].message).toContain('已存在');
  });

  it("keeps an org admin inside their own agency", async () => {
    const p = personSpec(100, otherBranchPath);
    const res = await upload(orgadmin, await buildWorkbook([rowFor(p)]), 'validate');
    expect(res.json().errors).toEqual([expect.objectContaining({ row: 2, field: 'org' })]);
    const asOwner = await upload(await t.login('orgadmin2'), await buildWorkbook([rowFor(p)]), 'validate');
    expect(asOwner.json()).toMatchObject({ ok: true, total: 1 });
  });

  it('exports only people in scope, masked without people.read_full, audited', async () => {
    const agencyName = branchPath.split('/').slice(0, 2).join('/') + '/';
    const otherAgency = otherBranchPath.split('/').slice(0, 2).join('/') + '/';

    const full = await orgadmin.get('/api/v1/roster/export');
    expect(full.statusCode).toBe(200);
    const sheet = await readSheet(full.rawPayload);
    const orgCells: string[] = [];
    const ids: string[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      orgCells.push(String(row.getCell(9).value));
      ids.push(String(row.getCell(5).value));
    });
    expect(orgCells.length).toBeGreaterThan(6);
    expect(orgCells.every((o) => o.startsWith(agencyName))).toBe(true);
    expect(orgCells.some((o) => o.startsWith(otherAgency))).toBe(false);
    expect(ids).toContain(good[0].idNumber); // an org admin holds people.read_full
    const [fullAudit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'people.export_full'));
    expect(fullAudit.after).toMatchObject({ count: orgCells.length, unmasked: orgCells.length });

    const secretary = await t.login('secretary');
    const masked = await readSheet((await secretary.get('/api/v1/roster/export')).rawPayload);
    let rowsSeen = 0;
    masked.eachRow((row, n) => {
      if (n === 1) return;
      rowsSeen++;
      expect(String(row.getCell(5).value)).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(String(row.getCell(6).value ?? '')).toMatch(/^(\d{3}\*{4}\d{4})?$/);
    });
    expect(rowsSeen).toBeGreaterThan(0);
    expect(rowsSeen).toBeLessThan(orgCells.length);
    const [maskedAudit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'people.export'), eq(auditLog.actor, 'secretary')));
    expect(maskedAudit.after).toMatchObject({ count: rowsSeen, unmasked: 0 });

    const filtered = await readSheet((await orgadmin.get(`/api/v1/roster/export?q=${encodeURIComponent(good[0].name)}&partyStatus=${encodeURIComponent('正式党员')}`)).rawPayload);
    expect(filtered.actualRowCount).toBe(2);
    const [otherAgencyOrg] = await t.db.select().from(orgs).where(eq(orgs.kind, 'party_committee')).orderBy(asc(orgs.sort)).offset(1).limit(1);
    expect((await orgadmin.get(`/api/v1/roster/export?orgId=${otherAgencyOrg.id}`)).statusCode).toBe(404);
    expect((await orgadmin.get('/api/v1/roster/export?partyStatus=bogus')).statusCode).toBe(400);
  });

  it('refuses files that are not .xlsx, too large, too long, or from someone without people.import', async () => {
    const notZip = await upload(orgadmin, Buffer.from('姓名,身份证号\n张三,1'), 'validate');
    expect(notZip.statusCode).toBe(400);
    expect(notZip.json().error.details[0].field).toBe('file');

    const huge = Buffer.alloc(21 * 1024 * 1024);
    huge.writeUInt32LE(0x04034b50, 0);
    const tooLarge = await upload(orgadmin, huge, 'validate');
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().error.details[0].message).toContain('20 MB');

    const wrongType = await upload(orgadmin, await buildWorkbook([]), 'validate', 'roster.xls');
    expect(wrongType.statusCode).toBe(400);

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRow(['编号', '名称']);
    const noHeader = await upload(orgadmin, Buffer.from(await plain.xlsx.writeBuffer()), 'validate');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.details[0].message).toContain('表头');

    const many = Array.from({ length: 50_001 }, (_, i) => [`人${i}`]);
    const tooMany = await upload(orgadmin, await buildWorkbook(many), 'validate');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0].message).toContain('50000');

    const secretary = await t.login('secretary');
    expect((await upload(secretary, await buildWorkbook([]), 'validate')).statusCode).toBe(403);
    expect((await orgadmin.post('/api/v1/roster/import?mode=apply', {})).statusCode).toBe(400);
  });
});
