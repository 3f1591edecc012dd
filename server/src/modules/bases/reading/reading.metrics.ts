import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { escapeLike } from '../../../kernel/access/scope.js';
import { sqlMetric } from '../../../kernel/figures/sql-metric.js';

type Page = MetricQuery & { page: number; pageSize: number };

/** Published notes in the scope (by the author's organisation) and period (by when they were written). */
const published = (alias: string, q: MetricQuery): SQL => {
  const a = sql.raw(alias);
  const parts = [sql`${a}.status = 'published'`, sql`${a}.org_path LIKE ${escapeLike(q.orgPath) + '%'}`];
  if (q.from) parts.push(sql`${a}.created_at >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`${a}.created_at < ${q.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
};

const notesFrom = sql`FROM bases_reading_notes n`;
/**
 * A book read: a member and a book they wrote a published note or excerpt on, counted once, at their first such
 * note (and at their organisation then) — so it adds up over months and organisations.
 */
const readsFrom = sql`FROM (SELECT DISTINCT ON (x.person_id, x.book_id) x.* FROM bases_reading_notes x WHERE x.status = 'published'
                             ORDER BY x.person_id, x.book_id, x.created_at, x.id) r`;

async function page(ctx: ModuleContext, q: Page, count: SQL, list: SQL) {
  const [{ n }] = await rows<{ n: number }>(ctx.db, count);
  const items = await rows(ctx.db, sql`${list} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total: n };
}

/** 读书分享会 figures: books read, notes (and excerpts), participants — by organisation and month, each drillable to its records. */
export const readingMetrics: MetricDef[] = [
  {
    name: 'bases.reading_books_read',
    label: { zh: '读书分享·读完书目人次', en: 'Books read (member × book)' },
    unit: '本次',
    theme: 'mechanisms',
    additive: true,
    ...sqlMetric({ from: readsFrom, where: (q) => published('r', q), time: sql`r.created_at`, orgPath: sql`r.org_path`, value: sql`count(*)` }),
    records: (ctx, q: Page) =>
      page(
        ctx,
        q,
        sql`SELECT count(*)::int AS n ${readsFrom} WHERE ${published('r', q)}`,
        sql`SELECT r.book_id AS "bookId", b.title, p.name, o.name AS "orgName", r.created_at AS "firstNoteAt"
              ${readsFrom} JOIN bases_reading_books b ON b.id = r.book_id JOIN people p ON p.id = r.person_id JOIN orgs o ON o.id = r.org_id
             WHERE ${published('r', q)} ORDER BY r.created_at DESC, r.id DESC`,
      ),
  },
  {
    name: 'bases.reading_notes',
    label: { zh: '读书笔记与摘抄', en: 'Reading notes and excerpts' },
    unit: '篇',
    theme: 'mechanisms',
    additive: true,
    ...sqlMetric({ from: notesFrom, where: (q) => published('n', q), time: sql`n.created_at`, orgPath: sql`n.org_path`, value: sql`count(*)` }),
    records: (ctx, q: Page) =>
      page(
        ctx,
        q,
        sql`SELECT count(*)::int AS n ${notesFrom} WHERE ${published('n', q)}`,
        sql`SELECT n.id, n.kind, b.title, p.name, o.name AS "orgName", n.created_at AS "createdAt"
              ${notesFrom} JOIN bases_reading_books b ON b.id = n.book_id JOIN people p ON p.id = n.person_id JOIN orgs o ON o.id = n.org_id
             WHERE ${published('n', q)} ORDER BY n.created_at DESC, n.id DESC`,
      ),
  },
  {
    name: 'bases.reading_participants',
    label: { zh: '读书分享参与人数', en: 'Reading-sharing participants' },
    unit: '人',
    theme: 'mechanisms',
    // People who wrote a published note in the period: a distinct count, which does not add up over months.
    additive: false,
    ...sqlMetric({ from: notesFrom, where: (q) => published('n', q), time: sql`n.created_at`, orgPath: sql`n.org_path`, value: sql`count(DISTINCT n.person_id)` }),
    records: (ctx, q: Page) =>
      page(
        ctx,
        q,
        sql`SELECT count(DISTINCT n.person_id)::int AS n ${notesFrom} WHERE ${published('n', q)}`,
        sql`SELECT n.person_id AS id, p.name, min(o.name) AS "orgName", count(*)::int AS notes
              ${notesFrom} JOIN people p ON p.id = n.person_id JOIN orgs o ON o.id = n.org_id
             WHERE ${published('n', q)} GROUP BY n.person_id, p.name ORDER BY count(*) DESC, n.person_id`,
      ),
  },
];
