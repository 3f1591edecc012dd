import ExcelJS from 'exceljs';
import type { SquadOut } from './squads.queries.js';

const statusLabel: Record<string, string> = { active: '在建', merged: '已合并', disbanded: '已撤销' };

export interface ExportSummary {
  tasks: number;
  accepted: number;
  onTime: number;
  innovationsAccepted: number;
}

/** The squad list as a workbook: one row per squad with its members and work counts. */
export async function squadsWorkbook(items: Array<SquadOut & { orgPath: string }>, summaries: Map<number, ExportSummary>) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '青春之岛先锋平台';
  const ws = wb.addWorksheet('青年尖刀班');
  ws.addRow(['序号', '尖刀班名称', '主管组织', '攻坚领域', '队长', '在队人数', '状态', '组建日期', '结束日期', '攻坚任务', '已验收', '按期完成', '创新成果（已采纳）', '使命任务']);
  ws.getRow(1).font = { bold: true };
  items.forEach((s, i) => {
    const w = summaries.get(s.id) ?? { tasks: 0, accepted: 0, onTime: 0, innovationsAccepted: 0 };
    ws.addRow([i + 1, s.name, s.orgName, s.field, s.leaderName ?? '', s.memberCount, statusLabel[s.status] ?? s.status, s.startedOn, s.endedOn ?? '', w.tasks, w.accepted, w.onTime, w.innovationsAccepted, s.mission]);
  });
  ws.columns.forEach((c, i) => (c.width = [6, 26, 24, 12, 10, 10, 8, 12, 12, 10, 8, 10, 16, 40][i] ?? 14));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
