import ExcelJS from 'exceljs';
import type { RoundResults } from './contests.queries.js';

export const tierLabel: Record<string, string> = { gold: '金奖', silver: '银奖', bronze: '铜奖' };

/** 成绩表: individual and team rankings, per-question statistics and the award list. */
export async function resultsWorkbook(r: RoundResults): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[], data: unknown[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([`${r.round.contestName} · ${r.round.name}`]);
    ws.addRow(header).font = { bold: true };
    for (const d of data) ws.addRow(d);
    ws.columns.forEach((c) => (c.width = 16));
  };
  sheet('个人排名', ['名次', '姓名', '得分', '答对题数', '作答题数', '答对用时（秒）'], r.individuals.map((x) => [x.rank, x.name, x.score, x.correct, x.answered, Math.round(x.timeMs / 100) / 10]));
  sheet('团队排名', ['名次', '团队', '得分', '参赛人数'], r.teams.map((x) => [x.rank, x.name, x.score, x.players]));
  sheet('题目统计', ['题号', '题干', '作答人数', '答对人数', '正确率（%）', '平均用时（秒）'], r.questions.map((q) => [q.index + 1, q.stem, q.answered, q.correct, q.correctRate, q.avgSeconds ?? '']));
  sheet('获奖名单', ['奖项', '名次', '姓名/团队', '得分', '证书编号'], r.awards.map((a) => [tierLabel[a.tier] ?? a.tier, a.rank, a.name, a.score, a.certificateNo]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
