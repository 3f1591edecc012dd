import { sql } from 'drizzle-orm';
import { livingCity, type ModuleContext, type SeedOptions } from '../../kernel/module.js';
import { seedLivingPractice } from './practice.seed-living.js';
import { rows } from '../../kernel/db/client.js';
import { createFromReport, sanitizeRichText } from '../content/index.js';

const projects = [
  { title: '沿着产业链看党建', description: '机关青年深入产业链上下游企业，在项目一线看党建如何促进高质量发展。' },
  { title: '团聚青年·乡约振兴', description: '机关青年走进乡村，服务乡村振兴，在基层攻坚一线长才干、壮筋骨。' },
];

const reports: Array<{ project: number; title: string; status: 'draft' | 'submitted' | 'returned' | 'approved'; body: string; comment?: string; publish?: boolean }> = [
  { project: 0, title: '沿着产业链看党建：走进海洋装备产业链', status: 'approved', publish: true, body: '<p>我们沿着产业链走访了三家链上企业，看到了党建引领下“链长制”推动上下游协同的实效。</p><p>建议：把机关党建联系点延伸到链主企业，常态化开展政企共学。</p>' },
  { project: 1, title: '团聚青年·乡约振兴：村里来了年轻人', status: 'approved', body: '<p>在驻村的两周里，我们和村两委一起梳理了村集体产业的发展思路，帮助对接了农产品销售渠道。</p>' },
  { project: 0, title: '来自基层的报告：园区企业的急难愁盼', status: 'submitted', body: '<p>园区企业反映最多的是用工和融资问题，我们整理了12条具体诉求，建议纳入“青诉即办”跟踪办理。</p>' },
  { project: 1, title: '乡村夜校见闻', status: 'submitted', body: '<p>乡村夜校把政策讲解、技能培训和文化活动结合在一起，受到村民欢迎，值得推广。</p>' },
  { project: 0, title: '产业链党建调研（初稿）', status: 'returned', comment: '请补充具体数据和典型案例。', body: '<p>调研发现链上企业党组织覆盖率较高，但活动形式较单一。</p>' },
  { project: 1, title: '驻村日记', status: 'draft', body: '<p>第一天：走访农户八户，了解种植和销售情况。</p>' },
];

/** The case's two practice projects, members who joined them, and reports in every state. */
export async function seedPractice(ctx: ModuleContext, opts: SeedOptions) {
  const db = ctx.db;
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const people = await rows<{ id: number; org_id: number; path: string }>(
    db,
    sql`SELECT p.id, p.org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id LIMIT 12`,
  );
  if (people.length < reports.length) return;
  const base = Date.parse('2026-05-10T01:00:00Z');
  const projectIds: number[] = [];
  for (const p of projects) {
    const [row] = await rows<{ id: number }>(
      db,
      sql`INSERT INTO practice_projects (title, description, org_id, org_path, starts_on, ends_on)
          VALUES (${p.title}, ${p.description}, ${root.id}, ${root.path}, '2026-05-01', '2026-12-31')
          ON CONFLICT (org_id, title) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
    );
    projectIds.push(row.id);
  }
  for (const [i, person] of people.entries()) {
    const projectId = projectIds[i % 2];
    await db.execute(sql`INSERT INTO practice_project_members (project_id, person_id) VALUES (${projectId}, ${person.id}) ON CONFLICT DO NOTHING`);
  }
  await db.execute(sql`UPDATE practice_projects j SET member_count = (SELECT count(*)::int FROM practice_project_members m WHERE m.project_id = j.id)
                        WHERE j.id IN (${projectIds[0]}, ${projectIds[1]})`);
  for (const [i, r] of reports.entries()) {
    const author = people[i]; // person i joined project i % 2, which is r.project
    const at = new Date(base + i * 3 * 86400_000);
    const submitted = r.status === 'draft' ? null : new Date(at.getTime() + 86400_000).toISOString();
    const reviewed = r.status === 'approved' || r.status === 'returned' ? new Date(at.getTime() + 2 * 86400_000).toISOString() : null;
    const [row] = await rows<{ id: number }>(
      db,
      sql`INSERT INTO practice_reports (person_id, org_id, org_path, project_id, title, body, status, review_comment, reviewed_at, submitted_at, approved_at, created_at, updated_at)
          VALUES (${author.id}, ${author.org_id}, ${author.path}, ${projectIds[r.project]}, ${r.title}, ${sanitizeRichText(r.body)}, ${r.status},
                  ${r.comment ?? null}, ${reviewed}::timestamptz, ${submitted}::timestamptz, ${r.status === 'approved' ? reviewed : null}::timestamptz,
                  ${at.toISOString()}::timestamptz, ${(reviewed ?? submitted ?? at.toISOString())}::timestamptz)
          RETURNING id`,
    );
    if (r.publish) {
      const contentId = await createFromReport(db, null, {
        source: `practice_report:${row.id}`,
        title: r.title,
        body: r.body,
        orgId: root.id,
        orgPath: root.path,
        audiencePaths: [],
        createdBy: null,
      });
      await db.execute(sql`UPDATE practice_reports SET content_id = ${contentId} WHERE id = ${row.id}`);
    }
  }
  opts.log(`基层实践: ${projects.length} 个实践项目, ${reports.length} 篇基层报告`);
  if (livingCity(opts)) await seedLivingPractice(ctx, opts, projectIds);
}
