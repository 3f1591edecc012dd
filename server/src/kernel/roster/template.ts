import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { partyStatuses } from '../org/org.schema.js';
import { rosterColumns } from './columns.js';

/** Header row of the roster sheet, shared by the template and the export: required columns marked '*'. */
export function addRosterHeader(sheet: Worksheet): void {
  sheet.columns = rosterColumns.map((c) => ({
    header: c.required ? `*${c.header}` : c.header,
    key: c.key,
    width: c.width,
    // Text format keeps 18-digit ID numbers and phone numbers from turning into rounded numbers.
    style: c.kind === 'code' ? { numFmt: '@' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.getRow(1);
  header.height = 22;
  rosterColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.numFmt = 'General';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青春之岛先锋平台';
  const sheet = workbook.addWorksheet('花名册');
  addRosterHeader(sheet);
  // Drop-down lists on the first rows, where most rosters are typed by hand.
  for (let r = 2; r <= 501; r++) {
    sheet.getCell(r, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['"男,女"'] };
    sheet.getCell(r, 7).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${partyStatuses.join(',')}"`] };
  }

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'column', width: 14 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'help', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of rosterColumns) help.addRow({ column: c.header, required: c.required ? '必填' : '选填', help: c.help });
  help.addRow({});
  const notes = [
    '1. 带 * 的列为必填；表头行请勿修改，表头上方可以保留标题行。',
    '2. 身份证号、手机号列已设为文本格式，请勿改成数字格式，否则身份证号后几位会丢失。',
    '3. 所在组织填写组织全称路径，用“/”分隔，例如：青岛市委市直机关工委/市委办公厅机关党委/办公室党支部；组织名称在您的管理范围内唯一时，也可以只填名称。',
    '4. 日期可以是 Excel 日期，也可以写成 2001-02-03、2001/2/3、2001.2.3 或 20010203。',
    '5. 先“校验”再“导入”：有任何一行出错时不会写入任何数据，可下载标注了错误的文件，改正后重新上传。',
    '6. 每次最多 50,000 行，文件不超过 20 MB，仅支持 .xlsx。',
  ];
  for (const n of notes) {
    const row = help.addRow({ column: n });
    help.mergeCells(row.number, 1, row.number, 3);
  }
  help.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
