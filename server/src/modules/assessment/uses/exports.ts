import ExcelJS from 'exceljs';
import { cjkFont } from '../../../kernel/files/cjk-font.js';
import { renderPdf } from '../../../kernel/files/pdf.js';
import type { ResultUse } from '../assessment.schema.js';
import type { allResults } from '../rounds/rounds.queries.js';
import { useLabels } from './uses.js';

type Line = Awaited<ReturnType<typeof allResults>>[number];
export interface ExportHead {
  roundName: string;
  periodFrom: string;
  periodTo: string;
  scopeOrgName: string;
  status: string;
  list: ResultUse | 'all';
}

export const titleOf = (h: ExportHead) => `${h.roundName}${h.list === 'all' ? '考核结果' : useLabels[h.list] + '名单'}`;
const statusLabel: Record<string, string> = { draft: '草稿', running: '进行中（未结束）', closed: '已结束（待确认）', confirmed: '已确认' };
const movement = (x: Line) => (x.movement == null ? '' : x.movement > 0 ? `↑${x.movement}` : x.movement < 0 ? `↓${-x.movement}` : '—');
const usesText = (x: Line) => x.uses.map((u) => useLabels[u]).join('、');
const header = ['名次', '考核对象', '所属组织', '总分', '等次', '上轮名次', '名次变化', '结果运用'];
const cells = (x: Line) => [x.rank, x.name, x.orgName, Number(x.total), x.gradeLabel, x.previousRank ?? '', movement(x), usesText(x)];

/** The results (or one use's list) as a workbook: a title line, the period and status, then one row per target. */
export async function resultsWorkbook(h: ExportHead, lines: Line[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '青春之岛先锋平台';
  const ws = wb.addWorksheet(h.list === 'all' ? '考核结果' : useLabels[h.list]);
  ws.addRow([titleOf(h)]).font = { bold: true, size: 14 };
  ws.addRow([`考核期间：${h.periodFrom} 至 ${h.periodTo}　范围：${h.scopeOrgName}　状态：${statusLabel[h.status] ?? h.status}　共 ${lines.length} 个`]);
  ws.addRow(header).font = { bold: true };
  for (const x of lines) ws.addRow(cells(x));
  ws.columns.forEach((c, i) => (c.width = [8, 28, 28, 10, 8, 10, 10, 26][i] ?? 12));
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}


/** The same list as a printable A4 PDF (landscape) with Chinese text; long lists continue on the next pages with the header repeated. */
export async function resultsPdf(h: ExportHead, lines: Line[]): Promise<Buffer> {
  const f = cjkFont();
  return renderPdf({ size: 'A4', layout: 'landscape', margin: 40, info: { Title: titleOf(h), Author: '青春之岛先锋平台' } }, (doc) => {
    doc.registerFont('cjk', f.data, f.family);
    doc.font('cjk');
    doc.fontSize(18).fillColor('#b71c1c').text(titleOf(h), { align: 'center' });
    doc.moveDown(0.3).fontSize(10).fillColor('#333').text(`考核期间：${h.periodFrom} 至 ${h.periodTo}　范围：${h.scopeOrgName}　状态：${statusLabel[h.status] ?? h.status}　共 ${lines.length} 个`, { align: 'center' });
    doc.moveDown(0.8);
    const widths = [40, 170, 170, 60, 50, 60, 60, 150];
    const left = doc.page.margins.left;
    const row = (values: (string | number)[], bold = false) => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 24) {
        doc.addPage();
        row(header, true);
      }
      const y = doc.y;
      let x = left;
      doc.fontSize(10).fillColor(bold ? '#b71c1c' : '#000');
      values.forEach((v, i) => {
        doc.text(String(v), x + 2, y, { width: widths[i] - 4, lineBreak: false, ellipsis: true });
        x += widths[i];
      });
      doc.moveTo(left, y + 16).lineTo(x, y + 16).lineWidth(0.5).strokeColor('#ccc').stroke();
      doc.x = left;
      doc.y = y + 20;
    };
    row(header, true);
    for (const x of lines) row(cells(x));
    if (lines.length === 0) doc.fontSize(11).fillColor('#555').text('（名单为空）', left, doc.y);
  });
}
