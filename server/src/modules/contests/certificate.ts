import sharp from 'sharp';
import { tierLabel } from './results-export.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const tierColor: Record<string, string> = { gold: '#C9A227', silver: '#8E9AA6', bronze: '#B0703C' };

export interface CertificateInput {
  name: string;
  contestName: string;
  roundName: string;
  tier: string;
  rank: number;
  score: number;
  certificateNo: string;
  issuer: string;
  date: Date;
}

/** A 荣誉证书 as PNG: an SVG rendered by sharp with the Noto CJK font Debian installs. */
export async function certificatePng(c: CertificateInput): Promise<Buffer> {
  const day = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(c.date);
  const color = tierColor[c.tier] ?? '#C00000';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1131" viewBox="0 0 1600 1131">
  <rect width="1600" height="1131" fill="#FFF9EE"/>
  <rect x="40" y="40" width="1520" height="1051" fill="none" stroke="#C00000" stroke-width="12"/>
  <rect x="70" y="70" width="1460" height="991" fill="none" stroke="${color}" stroke-width="4"/>
  <g font-family="'Noto Sans CJK SC', 'Noto Serif CJK SC', sans-serif" text-anchor="middle" fill="#222">
    <text x="800" y="230" font-size="110" font-weight="bold" fill="#C00000" letter-spacing="24">荣誉证书</text>
    <text x="800" y="400" font-size="64" font-weight="bold">${esc(c.name)}</text>
    <text x="800" y="500" font-size="40">在“${esc(c.contestName)}”${esc(c.roundName)}中成绩优异</text>
    <text x="800" y="570" font-size="40">第 ${c.rank} 名，得分 ${c.score}</text>
    <text x="800" y="720" font-size="96" font-weight="bold" fill="${color}">${esc(tierLabel[c.tier] ?? c.tier)}</text>
    <text x="800" y="800" font-size="36">特发此证，以资鼓励。</text>
    <text x="1240" y="940" font-size="36">${esc(c.issuer)}</text>
    <text x="1240" y="995" font-size="32">${esc(day)}</text>
    <text x="330" y="995" font-size="26" fill="#666">证书编号：${esc(c.certificateNo)}</text>
  </g>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
