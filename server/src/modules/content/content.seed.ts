import { sql } from 'drizzle-orm';
import { type ModuleContext, type SeedOptions, livingCity } from '../../kernel/module.js';
import { rows } from '../../kernel/db/client.js';
import { estimateReadingSeconds, plainText, sanitizeRichText } from './sanitize.js';
import { seedReading } from './reading.seed.js';
import { seedWarningCases } from './seed/warning-cases.seed.js';
import { seedMedia } from './seed/media.seed.js';
import { shanghaiDay } from '../../kernel/time.js';
import { textArray } from './commands/create-item.js';

/** Articles quoting the case itself, owned by the committee and published to everyone. */
const articles: Array<{ title: string; status: 'published' | 'review' | 'draft'; body: string; category?: 'theory' | 'role_model'; tags?: string[] }> = [
  {
    title: '“四个三”路径淬炼“青春之岛”先锋队伍',
    status: 'published',
    tags: ['四个三', '示范案例'],
    body: `<p>五四运动，源起青岛；五四精神，薪火相传。</p>
<p>近年来，青岛市委市直机关工委坚决贯彻落实习近平总书记关于加强年轻干部教育引领的重要讲话和重要指示批示精神，创新探索“四个三”实践路径，淬炼“<strong>有理想、敢担当、能吃苦、肯奋斗</strong>”的青年先锋队，奏响了一曲以高质量党建促进高质量发展的青春之歌。</p>
<ul><li>修好“三门课”，铸就政治忠诚硬脊梁</li><li>创新“三载体”，锤炼干事创业真本领</li><li>完善“三机制”，锻造担当作为宽肩膀</li><li>树牢“三导向”，亮出实干实绩好形象</li></ul>`,
  },
  {
    title: '修好理论武装“必修课”',
    status: 'published',
    tags: ['三门课', '初心致远'],
    body: `<h3>修好理论武装“必修课”</h3>
<p>组建“初心致远”青年宣讲队，举办“高举改革开放旗帜 推进强国复兴伟业”主题宣讲、“修好三门课、改革当先锋”主题宣讲。</p>
<blockquote>组织机关青年理论尖兵勇夺全国“学思想强党性共奋斗”知识挑战赛金奖，获奖人数占总选手近一成，以“赛场亮剑”彰显理论真功。</blockquote>`,
  },
  {
    title: '修好深入基层“实践课”',
    status: 'published',
    tags: ['三门课', '来自基层的报告'],
    body: `<p>开展“沿着产业链看党建”“来自基层的报告”“团聚青年·乡约振兴”实践，让机关青年在基层攻坚一线长才干、壮筋骨，以青春之笔绘就发展长卷、厚植民生温度。</p>`,
  },
  {
    title: '做强“幸福党建”品牌',
    status: 'review',
    tags: ['幸福党建'],
    body: `<p>深化“双报到”机制，组建125支“红色志愿服务队”，常态化开展志愿服务3.1万余人次，服务社区445个。</p>
<p>打造“青诉即办”平台，年均解决民生发展诉求500余万件。</p>`,
  },
  {
    title: '完善关心关爱机制（草稿）',
    status: 'draft',
    tags: ['送健康进机关'],
    body: `<p>制定关心关爱干部身心健康工作措施，搭建“送健康进机关”载体，举办群众性体育赛事、健康讲座等活动千余场、受众2.5万余人次。</p>`,
  },
  {
    title: '青年显担当：项目一线的“青年尖刀班”',
    status: 'published',
    category: 'role_model',
    tags: ['青年显担当', '青年尖刀班'],
    body: `<p>在重大任务、关键岗位、项目一线，机关青年敢当善为。“青年尖刀班”争做打头阵、当先锋、抓落实的排头兵，在书写“搞活一座城”的时代之问中定义青春坐标。</p>`,
  },
  {
    title: '巾帼之话产业：扎根产业链的青年女干部',
    status: 'published',
    category: 'role_model',
    tags: ['巾帼之话产业', '沿着产业链看党建'],
    body: `<p>沿着产业链看党建，青年女干部走进企业车间、科研一线，帮助企业解决急难愁盼，把服务写在产业发展的第一线。</p>`,
  },
];

export async function seedContent(ctx: ModuleContext, opts: SeedOptions) {
  const [root] = await rows<{ id: number; path: string }>(ctx.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const base = Date.parse('2026-06-01T02:00:00Z');
  for (const [i, a] of articles.entries()) {
    const body = sanitizeRichText(a.body);
    const at = new Date(base + i * 86400_000).toISOString();
    await ctx.db.execute(sql`INSERT INTO content_items (kind, title, summary, body, status, org_id, org_path, estimated_seconds, category, tags, created_at, updated_at, published_at, source)
      VALUES ('article', ${a.title}, ${plainText(body).slice(0, 100)}, ${body}, ${a.status}, ${root.id}, ${root.path}, ${estimateReadingSeconds(body)},
              ${a.category ?? 'theory'}, ${textArray(a.tags ?? [])}::text[],
              ${at}::timestamptz, ${at}::timestamptz, ${a.status === 'published' ? sql`${at}::timestamptz` : null}, ${`seed:${i}`})
      ON CONFLICT (source) DO NOTHING`);
  }
  opts.log(`内容: ${articles.length} 篇文章`);
  // The tiny city is the tests' fixture: their reading is their own.
  if (livingCity(opts)) {
    const media = await seedMedia(ctx, shanghaiDay(new Date()));
    opts.log(`内容: ${media.videos} 个微视频（封面与时长）, ${media.pdfs} 份 PDF 学习资料`);
    await seedReading(ctx, opts);
  }
  await seedWarningCases(ctx, opts);
}
