import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';

const statusName: Record<string, string> = { submitted: '待审核', returned: '退回修改', approved: '已采用' };

/** A person's 来自基层的报告 for the growth profile: every report submitted (drafts stay private). */
export async function practiceGrowth(db: Db, personId: number) {
  const list = await rows<{ id: number; title: string; status: string; project: string | null; at: string }>(
    db,
    sql`SELECT r.id, r.title, r.status, p.title AS project, coalesce(r.approved_at, r.submitted_at) AS at
          FROM practice_reports r LEFT JOIN practice_projects p ON p.id = r.project_id WHERE r.person_id = ${personId} AND r.submitted_at IS NOT NULL`,
  );
  return list.map((r) => ({
    at: new Date(r.at).toISOString(),
    kind: 'report',
    title: `来自基层的报告《${r.title}》`,
    detail: r.project ? `实践项目：${r.project}` : '',
    value: statusName[r.status] ?? r.status,
    link: `/practice/reports?id=${r.id}`,
    mobileLink: `/m/reports/${r.id}`,
  }));
}
