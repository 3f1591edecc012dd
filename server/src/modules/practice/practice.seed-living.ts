import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { makeRandom } from '../../seed/random.js';
import { seedAuditEntries, type SeededAudit } from '../../seed/seed-records.js';
import { sanitizeRichText } from '../content/index.js';

const DAY = 86400_000;

const topics = [
  ['走进{x}：链上企业的党建故事', '我们走访了{x}的链主企业和配套企业，看到党建联建把上下游拧成一股绳。建议常态化开展政企共学。'],
  ['来自基层的报告：{x}的急难愁盼', '调研中企业和群众反映最集中的是用工、融资和审批问题，我们梳理了具体诉求，建议纳入“青诉即办”跟踪办理。'],
  ['团聚青年·乡约振兴：{x}驻村见闻', '驻村期间我们和村两委一起梳理集体产业思路，帮助对接销售渠道，村里的年轻人多了起来。'],
  ['{x}社区网格调研', '在社区网格中跟班走访，了解“一老一小”服务需求，建议把机关志愿服务与社区需求清单精准对接。'],
  ['沿着产业链看党建：{x}专题调研', '链上企业党组织覆盖率较高，但活动形式较单一。建议以项目为纽带，开展联学联建。'],
] as const;
const places = ['海洋装备产业链', '西海岸新区', '胶州湾畔园区', '即墨服装产业', '平度乡村', '莱西农业园区', '崂山茶园', '城阳轨道交通产业', '李沧商圈', '市北老城区'];
const returns = ['请补充具体数据和典型案例。', '建议聚焦一个问题深入分析，提出可操作的对策。', '请补充调研对象和走访记录。'];

/**
 * The living city's 基层实践 beyond the six demo reports: members of every agency join the two projects and write reports
 * over the year, reviewed by their agency (approved, returned, still waiting) or still in draft. Bulk-inserted.
 */
export async function seedLivingPractice(ctx: ModuleContext, opts: SeedOptions, projectIds: number[], now = Date.now()) {
  const r = makeRandom(opts.seed + 707);
  const { db } = ctx;
  const people = await rows<{ id: number; org_id: number; path: string; agency: string }>(
    db,
    sql`SELECT p.id, p.org_id, o.path, split_part(o.path, '/', 3) AS agency FROM people p JOIN orgs o ON o.id = p.org_id
         WHERE NOT EXISTS (SELECT 1 FROM practice_project_members m WHERE m.person_id = p.id) ORDER BY p.id`,
  );
  const reviewers = await rows<{ id: number; username: string; path: string }>(
    db,
    sql`SELECT a.id, a.username, o.path FROM accounts a JOIN role_assignments ra ON ra.account_id = a.id JOIN orgs o ON o.id = ra.org_id
         WHERE a.username IN ('admin', 'orgadmin', 'orgadmin2') AND ra.role IN ('committee_admin', 'org_admin') ORDER BY length(o.path) DESC, a.id`,
  );
  const reviewerOf = (path: string) => reviewers.find((a) => path.startsWith(a.path)) ?? null;
  // About one member in twelve joins a project; every agency has some.
  const byAgency = new Map<string, typeof people>();
  for (const p of people) byAgency.set(p.agency, [...(byAgency.get(p.agency) ?? []), p]);
  const members: { projectId: number; person: (typeof people)[number]; joinedAt: Date }[] = [];
  for (const list of byAgency.values()) {
    const k = Math.max(2, Math.round(list.length / 12));
    for (let i = 0; i < k && i < list.length; i++) {
      const person = list[Math.floor(r.next() * list.length)];
      if (members.some((m) => m.person.id === person.id)) continue;
      members.push({ projectId: projectIds[members.length % projectIds.length], person, joinedAt: new Date(now - r.int(200, 360) * DAY) });
    }
  }
  type Report = { personId: number; orgId: number; orgPath: string; projectId: number; title: string; body: string; status: string; comment: string | null; reviewedBy: number | null; reviewedAt: Date | null; submittedAt: Date | null; approvedAt: Date | null; createdAt: Date; updatedAt: Date };
  const reports: Report[] = [];
  const audits: SeededAudit[] = [];
  const auditOf = new Map<number, SeededAudit>();
  for (const m of members) {
    for (let n = r.chance(0.3) ? 2 : 1; n > 0; n--) {
      const [title, body] = topics[r.int(0, topics.length - 1)];
      const place = r.pick(places);
      const createdAt = new Date(m.joinedAt.getTime() + r.int(7, Math.max(8, Math.floor((now - m.joinedAt.getTime()) / DAY) - 1)) * DAY);
      const age = (now - createdAt.getTime()) / DAY;
      const roll = r.next();
      const status = roll < 0.12 ? 'draft' : age < 14 && roll < 0.5 ? 'submitted' : roll < 0.22 ? 'returned' : roll < 0.3 ? 'submitted' : 'approved';
      const submittedAt = status === 'draft' ? null : new Date(createdAt.getTime() + r.int(1, 5) * DAY);
      const reviewedAt = status === 'approved' || status === 'returned' ? new Date(Math.min(now - 3600_000, submittedAt!.getTime() + r.int(1, 7) * DAY)) : null;
      const by = reviewedAt ? reviewerOf(m.person.path) : null;
      const comment = status === 'returned' ? r.pick(returns) : null;
      reports.push({
        personId: m.person.id, orgId: m.person.org_id, orgPath: m.person.path, projectId: m.projectId, title: title.replace('{x}', place), body: sanitizeRichText(`<p>${body}</p>`),
        status, comment, reviewedBy: by?.id ?? null, reviewedAt, submittedAt, approvedAt: status === 'approved' ? reviewedAt : null, createdAt, updatedAt: reviewedAt ?? submittedAt ?? createdAt,
      });
      if (by && reviewedAt) auditOf.set(reports.length - 1, { at: reviewedAt, accountId: by.id, actor: by.username, action: status === 'approved' ? 'practice.report_approve' : 'practice.report_return', entity: 'practice_report', entityId: null, orgId: m.person.org_id, orgPath: m.person.path, summary: title.replace('{x}', place) });
    }
  }
  audits.push(...auditOf.values());
  await transaction(db, async (tx) => {
    await bulkInsert(tx, 'practice_project_members', [
      ['project_id', 'int', (m) => m.projectId],
      ['person_id', 'int', (m) => m.person.id],
    ], members);
    await tx.execute(sql`UPDATE practice_projects j SET member_count = (SELECT count(*)::int FROM practice_project_members m WHERE m.project_id = j.id) WHERE j.id = ANY(${`{${projectIds.join(',')}}`}::int[])`);
    await bulkInsert(tx, 'practice_reports', [
      ['person_id', 'int', (x) => x.personId],
      ['org_id', 'int', (x) => x.orgId],
      ['org_path', 'text', (x) => x.orgPath],
      ['project_id', 'int', (x) => x.projectId],
      ['title', 'text', (x) => x.title],
      ['body', 'text', (x) => x.body],
      ['status', 'text', (x) => x.status],
      ['review_comment', 'text', (x) => x.comment],
      ['reviewed_by', 'int', (x) => x.reviewedBy],
      ['reviewed_at', 'timestamptz', (x) => x.reviewedAt],
      ['submitted_at', 'timestamptz', (x) => x.submittedAt],
      ['approved_at', 'timestamptz', (x) => x.approvedAt],
      ['created_at', 'timestamptz', (x) => x.createdAt],
      ['updated_at', 'timestamptz', (x) => x.updatedAt],
    ], reports);
    // The audit entries name the reports they are about (a member writes at most one report a moment).
    const ids = await rows<{ id: number; person_id: number; created_at: Date }>(tx, sql`SELECT id, person_id, created_at FROM practice_reports WHERE reviewed_at IS NOT NULL`);
    const idOf = new Map(ids.map((x) => [`${x.person_id}:${new Date(x.created_at).getTime()}`, x.id]));
    reports.forEach((x, i) => {
      const a = auditOf.get(i);
      if (a) a.entityId = idOf.get(`${x.personId}:${x.createdAt.getTime()}`) ?? null;
    });
    await seedAuditEntries(tx, audits);
  });
  opts.log(`基层实践（全市）: ${members.length} 名成员, ${reports.length} 篇报告, 来自 ${new Set(members.map((m) => m.person.agency)).size} 个单位`);
}
