import { sql } from 'drizzle-orm';
import { livingCity, type ModuleContext, type SeedOptions } from '../../kernel/module.js';
import { addDays, monthStart, shanghaiDay, shanghaiTime } from '../../kernel/time.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { publishedForOrg, publishedIdsBySource } from '../content/index.js';

/**
 * Two courses built from content's demo articles (content seeds first: modules/index.ts order): the committee's required course
 * (assigned city-wide) and a lifelong one. The living city also has a past quarter's required course of three monthly study
 * articles, its deadline passed, so the required-course completion shows who finished it.
 */
export async function seedCourses(ctx: ModuleContext, opts: SeedOptions, today = shanghaiDay(new Date())) {
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
  if (livingCity(opts)) await seedPastRequiredCourse(ctx, root, today);
  opts.log(`课程: ${courses.length} 门（必修课已分配至全市）`);
}

async function seedPastRequiredCourse(ctx: ModuleContext, root: { id: number; path: string }, today: string) {
  const months = [6, 5, 4].map((back) => monthStart(today, back));
  const ids = await publishedIdsBySource(ctx.db, months.map((m) => `seed:study:${m.slice(0, 7)}`));
  const items = await rows<{ id: number; title: string; kind: string }>(ctx.db, sql`SELECT id, title, kind FROM content_items WHERE id = ANY(${`{${[...ids.values()].join(',')}}`}::int[]) ORDER BY published_at`);
  if (items.length === 0) return;
  const made = shanghaiTime(months[0], 10 * 60).toISOString();
  const deadline = shanghaiTime(addDays(today, -40), 24 * 60 - 1).toISOString();
  await transaction(ctx.db, async (tx) => {
    const [{ id }] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO learning_courses (title, description, kind, tags, org_id, org_path, created_at, updated_at)
          VALUES (${`理论学习必修课（${Number(months[0].slice(5, 7))}—${Number(months[2].slice(5, 7))}月）`}, ${'三个月的理论学习材料，按期学完。'}, 'required', '{理论学习}'::text[], ${root.id}, ${root.path}, ${made}::timestamptz, ${made}::timestamptz) RETURNING id`,
    );
    for (const [i, l] of items.entries()) {
      await tx.execute(sql`INSERT INTO learning_course_lessons (course_id, content_id, position, title, content_kind) VALUES (${id}, ${l.id}, ${i + 1}, ${l.title}, ${l.kind})`);
    }
    await tx.execute(sql`INSERT INTO learning_course_assignments (course_id, org_id, org_path, deadline, assigned_at) VALUES (${id}, ${root.id}, ${root.path}, ${deadline}::timestamptz, ${made}::timestamptz)`);
  });
}
