import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { publishedForOrg, publishedIdsBySource } from '../content/index.js';

/** Two courses built from content's demo articles (content seeds first: modules/index.ts order): the committee's required course (assigned city-wide) and a lifelong one. */
export async function seedCourses(ctx: ModuleContext, opts: SeedOptions) {
  const { db } = ctx;
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const ids = await publishedIdsBySource(db, ['seed:0', 'seed:1', 'seed:2']);
  const items = new Map((await publishedForOrg(db, root.path, { ids: [...ids.values()], page: 1, pageSize: 10 })).items.map((i) => [i.id, i]));
  const lessons = (sources: string[]) => sources.map((s) => items.get(ids.get(s) ?? 0)).filter((i) => i != null);
  const courses = [
    { title: '修好“三门课”：理论武装必修课', kind: 'required', tags: ['三门课', '理论武装'], description: '学习“四个三”实践路径与理论武装、深入基层两门课。', lessons: lessons(['seed:0', 'seed:1', 'seed:2']) },
    { title: '青春之岛先锋学堂', kind: 'lifelong', tags: ['终身学习'], description: '机关青年终身学习课程。', lessons: lessons(['seed:0', 'seed:2']) },
  ] as const;
  await transaction(db, async (tx) => {
    for (const c of courses) {
      if (c.lessons.length === 0) continue;
      const [{ id }] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO learning_courses (title, description, kind, tags, org_id, org_path, created_at, updated_at)
            VALUES (${c.title}, ${c.description}, ${c.kind}, ${`{${c.tags.join(',')}}`}::text[], ${root.id}, ${root.path}, '2026-06-10T02:00:00Z', '2026-06-10T02:00:00Z') RETURNING id`,
      );
      for (const [i, l] of c.lessons.entries()) {
        await tx.execute(sql`INSERT INTO learning_course_lessons (course_id, content_id, position, title, content_kind) VALUES (${id}, ${l.id}, ${i + 1}, ${l.title}, ${l.kind})`);
      }
      // Assigned the day the course was made: study before the seed ran counts towards it (learning.my_required_progress).
      if (c.kind === 'required') {
        await tx.execute(sql`INSERT INTO learning_course_assignments (course_id, org_id, org_path, deadline, assigned_at) VALUES (${id}, ${root.id}, ${root.path}, '2026-12-31T15:59:59Z', '2026-06-10T02:00:00Z')`);
      }
    }
  });
  opts.log(`课程: ${courses.length} 门（必修课已分配至全市）`);
}
