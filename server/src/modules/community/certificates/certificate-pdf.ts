
import { cjkFont } from '../../../kernel/files/cjk-font.js';
import { renderPdf } from '../../../kernel/files/pdf.js';

export { cjkFont, cjkFontCandidates } from '../../../kernel/files/cjk-font.js';

/** What a certificate says, as snapshotted at issue (community_hours_certificates.content). */
export interface CertificateContent {
  name: string;
  orgName: string;
  teams: string[];
  communities: string[];
  activities: { title: string; date: string; hours: number; community: string }[];
}

export interface CertificatePrint {
  verificationCode: string;
  issuedAt: Date;
  periodFrom: string;
  periodTo: string;
  totalHours: number;
  activityCount: number;
  content: CertificateContent;
}

const day = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const shanghaiDate = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d);

/** The hours certificate (志愿服务时长证明) as an A4 PDF with Chinese text in an embedded CJK font. */
export async function certificatePdf(c: CertificatePrint, font = cjkFont()): Promise<Buffer> {
  return renderPdf({ size: 'A4', margin: 56, info: { Title: '志愿服务时长证明', Author: '幸福党建', Subject: c.verificationCode } }, (doc) => {
    doc.registerFont('cjk', font.data, font.family);
    doc.font('cjk');
    const red = '#b71c1c';
    doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke(red);
    doc.fillColor(red).fontSize(28).text('志愿服务时长证明', { align: 'center' });
    doc.moveDown(0.3).fontSize(12).fillColor('#555').text('幸福党建 · 红色志愿服务', { align: 'center' });
    doc.moveDown(1.5).fillColor('#000').fontSize(14);
    doc.text(`兹证明 ${c.content.name}（${c.content.orgName}）于 ${day(c.periodFrom)} 至 ${day(c.periodTo)} 期间，参加志愿服务活动 ${c.activityCount} 次，经服务社区确认的志愿服务时长共计 ${c.totalHours} 小时。`, {
      lineGap: 6,
    });
    if (c.content.teams.length) doc.moveDown(0.6).fontSize(12).text(`所在志愿服务队：${c.content.teams.join('、')}`);
    if (c.content.communities.length) doc.moveDown(0.3).fontSize(12).text(`服务社区：${c.content.communities.join('、')}`);
    doc.moveDown(1).fontSize(12).fillColor(red).text('服务明细');
    doc.fillColor('#000').fontSize(10);
    const shown = c.content.activities.slice(0, 30);
    for (const a of shown) doc.moveDown(0.2).text(`${a.date}　${a.title}　${a.community}　${a.hours} 小时`);
    if (c.content.activities.length > shown.length) doc.moveDown(0.2).text(`……另有 ${c.content.activities.length - shown.length} 次活动，见核验页面`);
    doc.moveDown(1.5).fontSize(11).text(`核验码：${c.verificationCode}`);
    doc.text(`核验方式：打开平台“证书核验”页面 /verify/hours/${c.verificationCode}，无需登录`);
    doc.text(`出具日期：${day(shanghaiDate(c.issuedAt))}`);
  });
}
