import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { makeRandom } from '../../../seed/random.js';
import { attendanceOfType, heldOfType } from '../../activities/index.js';
import { normaliseIsbn } from '../../../../../common/isbn.js';

/**
 * The committee's book list of the "书香润初心 作风铸担当"青年读书分享会. An ISBN is given only where it is known to be
 * the book's (checked by its check digit when seeded); the others are listed without one rather than with a guess.
 */
const books: Array<{ title: string; author: string; publisher: string; isbn?: string }> = [
  { title: '习近平新时代中国特色社会主义思想学习纲要', author: '中共中央宣传部', publisher: '学习出版社、人民出版社', isbn: '978-7-5147-0934-6' },
  { title: '习近平谈治国理政（第一卷）', author: '习近平', publisher: '外文出版社' },
  { title: '之江新语', author: '习近平', publisher: '浙江人民出版社' },
  { title: '习近平的七年知青岁月', author: '中央党校采访实录编辑室', publisher: '中共中央党校出版社' },
  { title: '梁家河', author: '《梁家河》编写组', publisher: '陕西人民出版社' },
  { title: '论共产党员的修养', author: '刘少奇', publisher: '人民出版社' },
  { title: '苦难辉煌', author: '金一南', publisher: '华艺出版社' },
  { title: '红岩', author: '罗广斌、杨益言', publisher: '中国青年出版社' },
  { title: '平凡的世界', author: '路遥', publisher: '北京十月文艺出版社' },
  { title: '红星照耀中国', author: '埃德加·斯诺', publisher: '人民文学出版社' },
  { title: '乡土中国', author: '费孝通', publisher: '北京大学出版社' },
];

const noteTexts = [
  '读《学习纲要》，对“八个明确”“十四个坚持”的内在联系有了更系统的理解，要把学习成果转化为做好本职工作的实际行动。',
  '作为机关青年干部，要把“为人民服务”落实到每一件具体小事上，少一些“机关味”，多一些“泥土味”。',
  '作风建设永远在路上。读完这一章，我给自己列了三条改进清单：文件精简、调研下沉、答复及时。',
  '书中讲到的群众路线，让我想到“青诉即办”里每一条诉求背后都是群众的急难愁盼。',
  '“功成不必在我，功成必定有我”，青年干部要有久久为功的定力。',
  '读书分享会上大家交流热烈，我的体会是：理论学习要联系实际，才能学深悟透。',
];
const excerptTexts = ['空谈误国，实干兴邦。', '生活不能等待别人来安排，要自己去争取和奋斗。', '为官一任，造福一方。', '共产党员应该是最能吃苦耐劳的人。', '一切为了群众，一切依靠群众。'];
const commentTexts = ['写得真好，共勉！', '很有启发，下次分享会一起交流。', '学习了！', '这段摘抄我也很喜欢。'];

export interface ReadingSeedSummary {
  books: number;
  sessions: number;
  notes: number;
  readers: number;
}

/**
 * 读书分享会 in the demo city: the committee's book list (and one agency list each for a few agencies), the books
 * each held reading session discussed, and notes and excerpts written by some of each session's attendees after it,
 * with likes and comments (most approved by the organiser, a few still waiting). Deterministic for a seed.
 */
export async function seedReading(ctx: ModuleContext, opts: SeedOptions): Promise<ReadingSeedSummary | null> {
  const r = makeRandom(opts.seed + 1617);
  const db = ctx.db;
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const [admin] = await rows<{ id: number }>(db, sql`SELECT id FROM accounts WHERE username = 'admin'`);
  if (!root || !admin) return null;
  const summary = await transaction(db, async (tx) => {
    const bookIds: number[] = [];
    for (const b of books) {
      const isbn = b.isbn ? normaliseIsbn(b.isbn) : null;
      if (b.isbn && !isbn) throw new Error(`seed ISBN ${b.isbn} of ${b.title} fails its check digit`);
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO bases_reading_books (title, author, isbn, publisher, org_id, org_path, created_by)
            VALUES (${b.title}, ${b.author}, ${isbn}, ${b.publisher}, ${root.id}, ${root.path}, ${admin.id}) RETURNING id`,
      );
      bookIds.push(row.id);
    }
    const sessions = await rows<{ id: number; starts_at: string | Date }>(tx, sql`SELECT id, starts_at FROM ${heldOfType('reading_session')} s ORDER BY starts_at, id`);
    const attendance = await rows<{ activity_id: number; person_id: number }>(tx, sql`SELECT activity_id, person_id FROM ${attendanceOfType('reading_session')} x ORDER BY activity_id, person_id`);
    const people = await rows<{ id: number; org_id: number; path: string }>(
      tx,
      sql`SELECT p.id, p.org_id, o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id IN (SELECT person_id FROM ${attendanceOfType('reading_session')} y)`,
    );
    const personOf = new Map(people.map((p) => [p.id, p]));
    const byActivity = new Map<number, number[]>();
    for (const a of attendance) byActivity.set(a.activity_id, [...(byActivity.get(a.activity_id) ?? []), a.person_id]);

    let notes = 0;
    const readers = new Set<number>();
    for (const s of sessions) {
      const discussed = [...new Set([r.pick(bookIds), r.pick(bookIds)])];
      for (const b of discussed) await tx.execute(sql`INSERT INTO bases_reading_session_books (activity_id, book_id) VALUES (${s.id}, ${b}) ON CONFLICT DO NOTHING`);
      const attendees = byActivity.get(s.id) ?? [];
      const start = new Date(s.starts_at).getTime();
      for (const personId of attendees) {
        if (!r.chance(0.45)) continue;
        const p = personOf.get(personId)!;
        const excerpt = r.chance(0.35);
        const at = new Date(Math.min(Date.now() - 3600_000, start + r.int(3, 72) * 3600_000));
        const [n] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO bases_reading_notes (book_id, person_id, org_id, org_path, kind, body, location, created_at)
              VALUES (${r.pick(discussed)}, ${p.id}, ${p.org_id}, ${p.path}, ${excerpt ? 'excerpt' : 'note'}, ${excerpt ? r.pick(excerptTexts) : r.pick(noteTexts)},
                      ${excerpt ? `第${r.int(1, 12)}章` : ''}, ${at.toISOString()}::timestamptz) RETURNING id`,
        );
        notes++;
        readers.add(p.id);
        const likers = attendees.filter((x) => x !== personId && r.chance(0.15));
        if (likers.length) await tx.execute(sql`INSERT INTO bases_reading_likes (note_id, person_id, created_at) SELECT ${n.id}, unnest(${`{${likers.join(',')}}`}::int[]), ${at.toISOString()}::timestamptz`);
        if (r.chance(0.2) && attendees.length > 1) {
          const by = r.pick(attendees.filter((x) => x !== personId));
          const pending = r.chance(0.15);
          await tx.execute(sql`INSERT INTO bases_reading_comments (note_id, person_id, body, status, decided_by, decided_at, created_at)
            VALUES (${n.id}, ${by}, ${r.pick(commentTexts)}, ${pending ? 'pending' : 'approved'}, ${pending ? null : admin.id}, ${pending ? null : at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz)`);
        }
      }
    }
    return { books: bookIds.length, sessions: sessions.length, notes, readers: readers.size };
  });
  opts.log(`读书分享会: 书目 ${summary.books} 本; 分享会 ${summary.sessions} 场; 读书笔记与摘抄 ${summary.notes} 篇（${summary.readers} 人）`);
  return summary;
}
