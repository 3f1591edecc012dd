import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import type { Random } from '../../../seed/random.js';
import { answerCategories } from '../../../../../common/showcase-categories.js';

/** What an agency reports month by month, with the registered metric that shows the live figure where there is one. */
const themes: { category: string; title: string; body: string; results: { label: string; unit: string; metric?: string; range: [number, number] }[] }[] = [
  {
    category: 'service',
    title: '“青诉即办”回应群众急难愁盼',
    body: '围绕群众反映集中的问题，青年尖刀班下沉一线，建立诉求台账，逐件跟踪办理，做到事事有回音、件件有着落。',
    results: [
      { label: '办结群众诉求', unit: '件', metric: 'demands.resolved', range: [20, 160] },
      { label: '群众满意率', unit: '%', range: [92, 99] },
    ],
  },
  {
    category: 'development',
    title: '“问需于企”助企纾困解难题',
    body: '深入企业开展走访，聚焦用地、融资、用工等难题，建立“企业吹哨、部门报到”机制，推动一批项目落地见效。',
    results: [
      { label: '走访服务企业', unit: '家', metric: 'pairing.entrepreneurs_served', range: [10, 80] },
      { label: '协调解决问题', unit: '个', range: [8, 60] },
    ],
  },
  {
    category: 'party_building',
    title: '修好“三门课”淬炼青年干部',
    body: '以理论学习、实践锻炼、作风养成三门课为抓手，组织青年干部读原著、学原文、悟原理，开展专题研讨和实践调研。',
    results: [
      { label: '开展主题活动', unit: '场', metric: 'activities.held', range: [4, 30] },
      { label: '形成调研成果', unit: '篇', range: [2, 12] },
    ],
  },
  {
    category: 'youth',
    title: '青年志愿服务进社区',
    body: '组织青年干部到社区报到，参与文明创建、助老助残、环境整治等志愿服务，推动机关党建与基层治理深度融合。',
    results: [
      { label: '志愿服务人次', unit: '人次', metric: 'community.volunteer_person_times', range: [40, 400] },
      { label: '认领社区需求', unit: '项', metric: 'community.needs_claimed', range: [3, 30] },
    ],
  },
];

/** A year of 我们的答卷 per agency: one entry a month (most published, the latest few pending or drafts), likes and comments. */
export async function seedAnswers(tx: Db, r: Random, o: { now: Date; adminId: number; agencies: { id: number; path: string; name: string }[]; maxReaders: number }) {
  const day = 86_400_000;
  const readers = await rows<{ id: number }>(tx, sql`SELECT id FROM accounts WHERE person_id IS NOT NULL ORDER BY id LIMIT ${o.maxReaders}`);
  const planned: { orgId: number; orgPath: string; title: string; category: string; start: string; end: string; body: string; results: unknown; status: string; publishedAt: Date | null }[] = [];
  for (const a of o.agencies) {
    for (let m = 11; m >= 0; m--) {
      const first = new Date(Date.UTC(o.now.getUTCFullYear(), o.now.getUTCMonth() - m - 1, 1));
      const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
      const t = r.pick(themes);
      const status = m === 0 ? r.pick(['pending', 'draft', 'published']) : 'published';
      planned.push({
        orgId: a.id,
        orgPath: a.path,
        title: `${first.getUTCMonth() + 1}月 ${t.title}`,
        category: t.category,
        start: first.toISOString().slice(0, 10),
        end: last.toISOString().slice(0, 10),
        body: `${a.name}${t.body}`,
        results: t.results.map((x) => ({ label: x.label, unit: x.unit, value: r.int(x.range[0], x.range[1]), ...(x.metric ? { metric: x.metric } : {}) })),
        status,
        publishedAt: status === 'published' ? new Date(last.getTime() + r.int(2, 8) * day) : null,
      });
    }
  }
  const cats = new Set(answerCategories.map((c) => c.code));
  if (planned.some((p) => !cats.has(p.category as never))) throw new Error('seed: unknown answer category');
  const ids = await rows<{ id: number; status: string }>(
    tx,
    sql`INSERT INTO showcase_answers (org_id, org_path, title, category, period_start, period_end, body, results, status, reviewed_by, reviewed_at, published_at, created_by, created_at, updated_at)
        VALUES ${sql.join(
          planned.map(
            (p) =>
              sql`(${p.orgId}, ${p.orgPath}, ${p.title}, ${p.category}, ${p.start}, ${p.end}, ${p.body}, ${JSON.stringify(p.results)}::jsonb, ${p.status}, ${p.publishedAt ? o.adminId : null}, ${p.publishedAt?.toISOString() ?? null}::timestamptz, ${p.publishedAt?.toISOString() ?? null}::timestamptz, ${o.adminId}, ${new Date(Date.parse(p.end) + day).toISOString()}::timestamptz, ${new Date(Date.parse(p.end) + day).toISOString()}::timestamptz)`,
          ),
          sql`, `,
        )} RETURNING id, status`,
  );
  const published = ids.filter((x) => x.status === 'published').map((x) => x.id);
  const likes: { answerId: number; accountId: number }[] = [];
  const comments: { answerId: number; accountId: number; body: string; status: string }[] = [];
  const words = ['为青年尖刀班点赞！', '实打实的成效，值得学习。', '群众的口碑就是最好的答卷。', '经验做法很有借鉴意义。', '期待更多这样的好故事。'];
  for (const id of published) {
    for (const reader of readers) if (r.chance(0.04)) likes.push({ answerId: id, accountId: reader.id });
    if (readers.length && r.chance(0.5)) comments.push({ answerId: id, accountId: r.pick(readers).id, body: r.pick(words), status: r.chance(0.85) ? 'visible' : r.pick(['pending', 'hidden']) });
  }
  await bulkInsert(tx, 'showcase_answer_likes', [['answer_id', 'int', (x) => x.answerId], ['account_id', 'int', (x) => x.accountId]], likes);
  await bulkInsert(tx, 'showcase_answer_comments', [['answer_id', 'int', (x) => x.answerId], ['account_id', 'int', (x) => x.accountId], ['body', 'text', (x) => x.body], ['status', 'text', (x) => x.status]], comments);
  await tx.execute(sql`UPDATE showcase_answers a SET like_count = (SELECT count(*) FROM showcase_answer_likes l WHERE l.answer_id = a.id)`);
  return { entries: ids.length, published: published.length, likes: likes.length, comments: comments.length };
}
