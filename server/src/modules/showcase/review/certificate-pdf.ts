import { cjkFont } from '../../../kernel/files/cjk-font.js';
import { renderPdf } from '../../../kernel/files/pdf.js';

/** What an award certificate says. */
export interface AwardCertificate {
  code: string;
  competitionTitle: string;
  title: string;
  orgName: string;
  tierName: string;
  issuedAt: Date;
}

const shanghaiDay = (d: Date) => {
  const [y, m, dd] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d).split('-');
  return `${y}年${Number(m)}月${Number(dd)}日`;
};

/** The award certificate (荣誉证书) as an A4 landscape PDF with Chinese text in an embedded CJK font and its verification code. */
export async function awardCertificatePdf(c: AwardCertificate, font = cjkFont()): Promise<Buffer> {
  return renderPdf({ size: 'A4', layout: 'landscape', margin: 64, info: { Title: '荣誉证书', Author: '幸福党建', Subject: c.code } }, (doc) => {
    doc.registerFont('cjk', font.data, font.family);
    doc.font('cjk');
    const red = '#b71c1c';
    const gold = '#c9a227';
    doc.rect(24, 24, doc.page.width - 48, doc.page.height - 48).lineWidth(4).stroke(red);
    doc.rect(36, 36, doc.page.width - 72, doc.page.height - 72).lineWidth(1).stroke(gold);
    doc.moveDown(1).fillColor(red).fontSize(40).text('荣 誉 证 书', { align: 'center' });
    doc.moveDown(1.2).fillColor('#000').fontSize(18);
    doc.text(`${c.orgName}：`, { lineGap: 8 });
    doc.moveDown(0.5).text(`　　你单位申报的《${c.title}》在“${c.competitionTitle}”中，经专家匿名评审，获评`, { lineGap: 8 });
    doc.moveDown(0.6).fillColor(red).fontSize(30).text(`“${c.tierName}”`, { align: 'center' });
    doc.moveDown(0.6).fillColor('#000').fontSize(18).text('　　特发此证，以资鼓励。', { lineGap: 8 });
    doc.moveDown(1.5).fontSize(16).text('机关党建工作委员会', { align: 'right' });
    doc.text(shanghaiDay(c.issuedAt), { align: 'right' });
    doc.fontSize(11).fillColor('#555').text(`证书验证码：${c.code}　核验：平台“证书核验”页面或 /api/v1/showcase/certificates/${c.code}（无需登录）`, 64, doc.page.height - 80, { align: 'left' });
  });
}
