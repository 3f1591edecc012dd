import { cjkFont } from '../../../kernel/files/cjk-font.js';
import { renderPdf } from '../../../kernel/files/pdf.js';
import type { GrowthProfile } from './growth.queries.js';


const kindName: Record<string, string> = {
  study: '学习',
  exam: '考试',
  quiz: '每日答题',
  contest: '竞赛',
  award: '获奖',
  squad: '尖刀班',
  squad_score: '五比一做',
  volunteer: '志愿服务',
  report: '基层报告',
  assessment: '考核',
};
const day = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
const MAX_ROWS = 200;

/** 成长档案 as an A4 PDF for appointment files: the person, the figures, the 五比, then the timeline. */
export async function growthPdf(g: GrowthProfile, now = new Date()): Promise<Buffer> {
  return renderPdf({ size: 'A4', margin: 50, info: { Title: `成长档案 · ${g.person.name}`, Author: '青春之岛先锋平台' } }, (doc) => {
    const font = cjkFont();
    doc.registerFont('cjk', font.data, font.family);
    doc.font('cjk');
    const red = '#b71c1c';
    const heading = (s: string) => doc.moveDown(0.8).fillColor(red).fontSize(13).text(s).fillColor('#000').fontSize(10);

    doc.fillColor(red).fontSize(22).text('青年干部成长档案', { align: 'center' });
    doc.moveDown(0.5).fillColor('#000').fontSize(12);
    const p = g.person;
    doc.text(`姓名：${p.name}　　性别：${p.gender ?? '—'}　　年龄：${p.age ?? '—'}　　政治面貌：${p.partyStatus ?? '—'}`);
    doc.text(`所在组织：${p.orgName}`);

    heading('指标概览');
    for (const f of g.figures) doc.text(`${f.label.zh}：${f.value}${f.unit ? ` ${f.unit}` : ''}`);
    doc.text(`志愿服务时长（已确认）：${g.summary.volunteerHours} 小时`);

    heading('五比一做');
    if (g.radar.squadName) {
      doc.text(`所在尖刀班：${g.radar.squadName}（${g.radar.period}，总分 ${g.radar.total}）`);
      doc.text(g.radar.dimensions.map((d) => `${d.zh} ${d.value ?? '—'}`).join('　'));
    } else doc.text('暂无尖刀班考评记录');

    heading('成长记录');
    const shown = g.timeline.slice(0, MAX_ROWS);
    if (!shown.length) doc.text('暂无记录');
    for (const f of shown) doc.moveDown(0.15).text(`${day(f.at)}　[${kindName[f.kind] ?? f.kind}] ${f.title}${f.value ? `　${f.value}` : ''}${f.detail ? `　${f.detail}` : ''}`);
    if (g.timeline.length > shown.length) doc.moveDown(0.2).text(`……另有 ${g.timeline.length - shown.length} 条较早的记录，见平台成长档案页面`);

    doc.moveDown(1.2).fontSize(9).fillColor('#555').text(`导出时间：${day(now.toISOString())}　本档案由平台根据各业务模块记录自动生成，用于干部考察任用参考。`);
  });
}
