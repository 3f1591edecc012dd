import ExcelJS from 'exceljs';

const methodLabel: Record<string, string> = { qr: '扫码', code: '签到码', manual: '手工' };

export async function attendanceWorkbook(
  title: string,
  items: Array<{ name: string; orgName: string; method: string; checkedInAt: Date | string; checkedOutAt: Date | string | null; serviceHours: string | null; signup: string | null }>,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签到名单');
  ws.addRow([title]);
  ws.addRow(['序号', '姓名', '所在组织', '签到方式', '签到时间', '签退时间', '服务时长（小时）', '报名状态']);
  ws.getRow(2).font = { bold: true };
  const fmt = (d: Date | string | null) => (d ? new Date(d).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '');
  items.forEach((x, i) =>
    ws.addRow([i + 1, x.name, x.orgName, methodLabel[x.method] ?? x.method, fmt(x.checkedInAt), fmt(x.checkedOutAt), x.serviceHours ? Number(x.serviceHours) : '', x.signup === 'confirmed' ? '已报名' : x.signup === 'waitlisted' ? '候补' : '现场']),
  );
  ws.columns.forEach((c) => (c.width = 16));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
