import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { addDays, monthStart, shanghaiDay, shanghaiTime as atShanghai } from '../../kernel/time.js';
import { makeRandom } from '../../seed/random.js';
import { estimateReadingSeconds, plainText, sanitizeRichText } from './sanitize.js';

/** The monthly theory-study material (理论学习) the committee publishes, one topic a month in turn. */
const topics = [
  { title: '学深悟透党的创新理论', body: '坚持读原著、学原文、悟原理，把学习成果转化为推动高质量发展的实际行动。' },
  { title: '修好理论武装“必修课”', body: '以青年理论学习小组为依托，开展集中研学、交流研讨，做到学思用贯通、知信行统一。' },
  { title: '在基层一线长才干', body: '沿着产业链看党建，到项目一线、服务窗口、社区网格中锤炼本领，在攻坚克难中增长才干。' },
  { title: '以赛促学 以学促干', body: '参加知识挑战赛和每日答题，在比学赶超中检验理论学习成效，以“赛场亮剑”彰显理论真功。' },
  { title: '弘扬五四精神', body: '五四运动，源起青岛；五四精神，薪火相传。做有理想、敢担当、能吃苦、肯奋斗的新时代青年。' },
  { title: '当好改革开放先锋', body: '聚焦“搞活一座城”，在招商引资、城市更新、民生服务等重点任务中当先锋、打头阵。' },
  { title: '践行全心全意为人民服务宗旨', body: '深化“双报到”，常态化开展志愿服务，把群众的“急难愁盼”办成“放心事、满意事”。' },
  { title: '锻造过硬作风', body: '坚持严的基调，锤炼忠诚干净担当的政治品格，以钉钉子精神抓落实、求实效。' },
  { title: '提升数字化履职能力', body: '学习数字政府建设要求，用好数据分析和智能工具，提升服务企业群众的效率和质量。' },
  { title: '树牢正确政绩观', body: '坚持实干实绩导向，一件事情接着一件事情办，一年接着一年干，交出高质量发展答卷。' },
  { title: '学习先进典型', body: '对标身边的青年先锋，学习他们扎根基层、勇挑重担、攻坚克难的担当精神。' },
  { title: '涵养清风正气', body: '筑牢拒腐防变思想防线，严守纪律规矩，做到公私分明、克己奉公、廉洁自律。' },
] as const;

const MONTHS = 15;

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/**
 * A year and a quarter of study (small and city scales): the committee's monthly theory-study article, and the
 * members' reading of it and of the published case articles — most young cadres (≤ 35) and some of the others
 * read, each as diligent as they are, mostly in the month an article came out. Reading time is what 学习时长
 * (content.my_study_hours) adds up. `today` (Asia/Shanghai) fixes the calendar, for tests.
 */
export async function seedReading(ctx: ModuleContext, opts: SeedOptions, today = shanghaiDay(new Date())) {
  const { db } = ctx;
  const r = makeRandom(opts.seed + 404);
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const lastDay = addDays(today, -1);
  for (let back = MONTHS - 1; back >= 0; back--) {
    const day = monthStart(today, back);
    if (day > lastDay) continue;
    const topic = topics[(Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7))) % topics.length];
    const body = sanitizeRichText(`<h3>${topic.title}</h3><p>${topic.body}</p><p>本月学习要求：青年干部结合岗位实际撰写学习心得，参加每日答题，在青年理论学习小组中交流发言。</p>`);
    const at = atShanghai(day, 9 * 60).toISOString();
    await db.execute(sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, estimated_seconds, category, tags, created_at, updated_at, published_at, source)
      VALUES ('article', ${`${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月理论学习：${topic.title}`}, ${plainText(body).slice(0, 100)}, ${body}, 'published', ${root.id}, ${root.path},
              ${estimateReadingSeconds(body)}, 'theory', '{理论学习}'::text[], ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz, ${`seed:study:${day.slice(0, 7)}`})
      ON CONFLICT (source) DO NOTHING`);
  }
  // Articles, and the videos and PDFs (watched or read at most for their running time).
  const items = await rows<{ id: number; day: string; kind: string; est: number }>(
    db,
    sql`SELECT id, to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, kind, estimated_seconds AS est FROM content_items
         WHERE status = 'published' AND source LIKE 'seed:%' AND published_at < ${atShanghai(today, 0).toISOString()}::timestamptz ORDER BY published_at, id`,
  );
  const people = await rows<{ id: number; birth: string }>(db, sql`SELECT id, birth_date::text AS birth FROM people ORDER BY id`);

  type Read = { itemId: number; personId: number; seconds: number; lastBeatAt: Date; completedAt: Date | null; createdAt: Date };
  const reads: Read[] = [];
  for (const p of people) {
    if (!r.chance(ageOn(p.birth, today) <= 35 ? 0.6 : 0.08)) continue;
    const diligence = 0.25 + 0.75 * r.next();
    for (const item of items) {
      if (!r.chance(0.85 * diligence)) continue;
      // Mostly within the month it came out; never before yesterday's end.
      const day = addDays(item.day, r.int(0, r.chance(0.8) ? 27 : 60));
      if (day > lastDay) continue;
      const read = Math.round((300 + 1500 * diligence) * (0.6 + 0.8 * r.next()));
      const seconds = item.kind === 'article' ? read : Math.min(read, item.est);
      const end = atShanghai(day, r.int(8 * 60, 22 * 60));
      reads.push({ itemId: item.id, personId: p.id, seconds, lastBeatAt: end, completedAt: r.chance(0.35 + 0.6 * diligence) ? end : null, createdAt: new Date(end.getTime() - seconds * 1000 - r.int(0, 600) * 1000) });
    }
  }
  await transaction(db, (tx) =>
    bulkInsert(tx, 'content_reads', [
      ['item_id', 'int', (x) => x.itemId],
      ['person_id', 'int', (x) => x.personId],
      ['seconds', 'int', (x) => x.seconds],
      ['last_beat_at', 'timestamptz', (x) => x.lastBeatAt],
      ['completed_at', 'timestamptz', (x) => x.completedAt],
      ['created_at', 'timestamptz', (x) => x.createdAt],
    ], reads),
  );
  opts.log(`学习: ${items.length} 篇学习材料, ${new Set(reads.map((x) => x.personId)).size} 人阅读 ${reads.length} 次`);
}
