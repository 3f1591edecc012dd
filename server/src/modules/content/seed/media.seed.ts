import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { storeBytes } from '../../../kernel/files/stored-keys.js';
import { checkBytes } from '../../../kernel/files/image-check.js';
import { cjkFont } from '../../../kernel/files/cjk-font.js';
import { renderPdf } from '../../../kernel/files/pdf.js';
import { addDays, shanghaiTime } from '../../../kernel/time.js';
import { seedActor, seedAuditEntries, type SeededAudit } from '../../../seed/seed-records.js';
import { textArray } from '../commands/create-item.js';

/** The committee's micro-videos (a poster still and the running time) and study PDFs, published over the year. */
const videos = [
  { title: '微视频：青年尖刀班的一天', summary: '跟随青年尖刀班走进重点项目一线，记录攻坚克难的一天。', seconds: 312, back: 300, colour: '#b71c1c' },
  { title: '微视频：“初心致远”青年宣讲', summary: '青年宣讲队走进机关、社区和企业，讲述身边的先锋故事。', seconds: 245, back: 180, colour: '#1565c0' },
  { title: '微视频：巾帼之话产业', summary: '机关女干部讲述服务产业发展、助企纾困的一线故事。', seconds: 408, back: 75, colour: '#ad1457' },
];
const pdfs = [
  { title: '“四个三”实践路径学习手册', summary: '修好“三门课”、创新“三载体”、完善“三机制”、树牢“三导向”的学习要点。', back: 240,
    lines: ['修好“三门课”：理论武装必修课、深入基层实践课、终身学习选修课。', '创新“三载体”：以赛促学、以干促学、以研促学。', '完善“三机制”：选育管用全链条，关心关爱全覆盖。', '树牢“三导向”：实干实绩导向，让有为者有位。'] },
  { title: '青年理论学习小组学习计划', summary: '青年理论学习小组全年学习安排与交流研讨题目。', back: 120,
    lines: ['每月一次集中研学，结合岗位实际撰写学习心得。', '每季度一次交流研讨，围绕“搞活一座城”谈体会。', '参加每日答题和知识挑战赛，以赛促学。'] },
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function posterOf(title: string, colour: string, label: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><rect width="960" height="540" fill="${colour}"/>
    <polygon points="430,200 430,340 550,270" fill="#ffffffcc"/>
    <text x="56" y="110" font-size="30" fill="#ffe082" font-family="Noto Sans CJK SC, sans-serif">${esc(label)}</text>
    <text x="56" y="470" font-size="40" fill="#ffffff" font-family="Noto Sans CJK SC, sans-serif">${esc(title)}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function pdfOf(title: string, lines: readonly string[]): Promise<Buffer> {
  // A fixed creation date keeps the bytes the same from one seed to the next.
  return renderPdf({ size: 'A5', margin: 48, info: { Title: title, Author: '青岛市委市直机关工委', CreationDate: new Date('2026-01-01T00:00:00Z') } }, (doc) => {
    const font = cjkFont();
    if (font) {
      doc.registerFont('cjk', font.data, font.family);
      doc.font('cjk');
    }
    doc.fontSize(18).text(font ? title : 'Study material', { align: 'center' }).moveDown();
    doc.fontSize(11);
    for (const l of lines) doc.text(font ? l : '-', { lineGap: 6 }).moveDown(0.5);
  });
}

/** Publishes the demo videos and PDFs with their files (before the reading is seeded, so they are read too). */
export async function seedMedia(ctx: ModuleContext, today: string) {
  const { db } = ctx;
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return { videos: 0, pdfs: 0 };
  const admin = await seedActor(db, 'admin');
  const files: { source: string; slot: 'poster' | 'pdf'; key: string; mime: string; size: number; name: string }[] = [];
  for (const [i, v] of videos.entries()) {
    const bytes = await posterOf(v.title, v.colour, '青春之岛 · 微视频');
    files.push({ source: `seed:video:${i}`, slot: 'poster', key: await storeBytes(ctx.env.DATA_DIR, 'content', await checkBytes(bytes, ['png'])), mime: 'image/png', size: bytes.length, name: `poster-${i + 1}.png` });
  }
  for (const [i, p] of pdfs.entries()) {
    const bytes = await pdfOf(p.title, p.lines);
    files.push({ source: `seed:pdf:${i}`, slot: 'pdf', key: await storeBytes(ctx.env.DATA_DIR, 'content', await checkBytes(bytes, ['pdf'])), mime: 'application/pdf', size: bytes.length, name: `${p.title}.pdf` });
  }
  const audits: SeededAudit[] = [];
  await transaction(db, async (tx) => {
    const items = [
      ...videos.map((v, i) => ({ kind: 'video', source: `seed:video:${i}`, title: v.title, summary: v.summary, seconds: v.seconds, back: v.back, tags: ['微视频'] })),
      ...pdfs.map((p, i) => ({ kind: 'pdf', source: `seed:pdf:${i}`, title: p.title, summary: p.summary, seconds: 60 * (3 + p.lines.length), back: p.back, tags: ['学习资料'] })),
    ];
    for (const it of items) {
      const at = shanghaiTime(addDays(today, -it.back), 9 * 60).toISOString();
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, duration_seconds, estimated_seconds, category, tags, created_by, created_at, updated_at, published_at, source)
            VALUES (${it.kind}, ${it.title}, ${it.summary}, ${`<p>${esc(it.summary)}</p>`}, 'published', ${root.id}, ${root.path}, ${it.kind === 'video' ? it.seconds : null}, ${it.seconds},
                    'theory', ${textArray(it.tags)}::text[], ${admin.accountId}, ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz, ${it.source})
            ON CONFLICT (source) DO NOTHING RETURNING id`,
      );
      if (!row) continue;
      for (const f of files.filter((x) => x.source === it.source)) {
        await tx.execute(sql`INSERT INTO content_files (item_id, slot, storage_key, mime, size, original_name, created_by, created_at)
          VALUES (${row.id}, ${f.slot}, ${f.key.slice('content/'.length)}, ${f.mime}, ${f.size}, ${f.name}, ${admin.accountId}, ${at}::timestamptz)`);
        audits.push({ at: new Date(at), ...admin, action: 'content.upload', entity: 'content_item', entityId: row.id, orgId: root.id, orgPath: root.path, summary: `${f.slot}: ${f.mime}, ${f.size} bytes` });
      }
      audits.push({ at: new Date(at), ...admin, action: 'content.publish', entity: 'content_item', entityId: row.id, orgId: root.id, orgPath: root.path, summary: it.title });
    }
    await seedAuditEntries(tx, audits);
  });
  return { videos: videos.length, pdfs: pdfs.length };
}
