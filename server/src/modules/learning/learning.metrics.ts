import { sql, type SQL } from 'drizzle-orm';
import type { MetricDef, MetricQuery, ModuleContext, SeriesBucket } from '../../kernel/module.js';
import { bucketsOf } from '../../kernel/figures/buckets.js';
import { rows } from '../../kernel/db/client.js';
import { escapeLike } from '../../kernel/access/scope.js';
import { childOrgOf, sqlMetric } from '../../kernel/figures/sql-metric.js';
import { inPeriod, personMetric } from '../../kernel/figures/person-metric.js';
import { personFacts } from '../../kernel/figures/person-facts.js';
import { lessonCount, lessonsDone } from './courses.access.js';

type Paged = MetricQuery & { page: number; pageSize: number };
const under = (q: MetricQuery) => sql`o.path LIKE ${escapeLike(q.orgPath) + '%'}`;
const between = (col: SQL, q: MetricQuery) => {
  const parts: SQL[] = [];
  if (q.from) parts.push(sql`${col} >= ${q.from.toISOString()}::timestamptz`);
  if (q.to) parts.push(sql`${col} < ${q.to.toISOString()}::timestamptz`);
  return parts.length ? sql` AND ${sql.join(parts, sql` AND `)}` : sql``;
};
const limit = (q: Paged) => sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
async function one(ctx: ModuleContext, query: SQL) {
  const [r] = await rows<{ n: number | string | null }>(ctx.db, query);
  return Number(r?.n ?? 0);
}

/**
 * Pairs (person of the subtree, required course assigned to them) whose deadline falls in the period; with
 * `bucket`, one pair per bucket its deadlines fall in (column `start`), as the period cut into buckets would count.
 */
const pairs = (q: MetricQuery, bucket?: SeriesBucket) => {
  const start = bucket ? sql`to_char(date_trunc(${sql.raw(`'${bucket}'`)}, a.deadline AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')` : null;
  return sql`SELECT p.id AS person_id, p.name, o.name AS org_name, o.path, k.id AS course_id, k.title, min(a.deadline) AS deadline,
    ${lessonsDone(sql`k.id`, sql`p.id`)} AS done, ${lessonCount(sql`k.id`)} AS total${start ? sql`, ${start} AS start` : sql``}
  FROM learning_course_assignments a JOIN learning_courses k ON k.id = a.course_id AND k.kind = 'required' AND k.status = 'published'
  JOIN orgs o ON o.path LIKE a.org_path || '%' JOIN people p ON p.org_id = o.id
  WHERE ${under(q)}${between(sql`a.deadline`, q)}
  GROUP BY p.id, p.name, o.name, o.path, k.id, k.title${start ? sql`, ${start}` : sql``}`;
};
const completion = (n: number, done: number) => (n === 0 ? 0 : Math.round((done / n) * 1000) / 10);
const finished = sql`x.total > 0 AND x.done >= x.total`;

/** Daily quizzes submitted by people of the subtree in the period. */
const quizzes = (q: MetricQuery) => sql`FROM learning_daily_quizzes d JOIN people p ON p.id = d.person_id JOIN orgs o ON o.id = p.org_id
  WHERE d.submitted_at IS NOT NULL AND ${under(q)}${between(sql`d.submitted_at`, q)}`;
const exams = (q: MetricQuery) => sql`FROM learning_exam_attempts t JOIN learning_exams e ON e.id = t.exam_id JOIN people p ON p.id = t.person_id JOIN orgs o ON o.id = p.org_id
  WHERE t.submitted_at IS NOT NULL AND ${under(q)}${between(sql`t.submitted_at`, q)}`;

export const learningMetrics: MetricDef[] = [
  {
    name: 'learning.course_completion',
    label: { zh: '必修课学习完成率', en: 'Required course completion' },
    unit: '%',
    theme: 'courses',
    measure: 'none',
    value: async (ctx, q) => {
      const [r] = await rows<{ n: number; done: number }>(ctx.db, sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE ${finished})::int AS done FROM (${pairs(q)}) x`);
      return completion(r.n, r.done);
    },
    series: async (ctx, q) => {
      const list = await rows<{ start: string; n: number; done: number }>(
        ctx.db,
        sql`SELECT x.start, count(*)::int AS n, count(*) FILTER (WHERE ${finished})::int AS done FROM (${pairs(q, q.bucket)}) x GROUP BY x.start`,
      );
      const got = new Map(list.map((r) => [r.start, completion(r.n, r.done)]));
      return bucketsOf(q.from!, q.to!, q.bucket).map((b) => ({ start: b.start, value: got.get(b.start) ?? 0 }));
    },
    byOrg: async (ctx, q) => {
      const list = await rows<{ id: number; n: number; done: number }>(
        ctx.db,
        sql`SELECT ${childOrgOf(sql`x.path`, q)} AS id, count(*)::int AS n, count(*) FILTER (WHERE ${finished})::int AS done
              FROM (${pairs(q)}) x GROUP BY 1`,
      );
      return list.map((r) => ({ orgId: Number(r.id), value: completion(r.n, r.done) }));
    },
    records: async (ctx, q) => ({
      total: await one(ctx, sql`SELECT count(*) AS n FROM (${pairs(q)}) x`),
      items: await rows(
        ctx.db,
        sql`SELECT x.person_id AS "personId", x.name, x.org_name AS "orgName", x.course_id AS "courseId", x.title, x.deadline,
                   x.done::int AS done, x.total::int AS total, (${finished}) AS completed
              FROM (${pairs(q)}) x ORDER BY x.path, x.person_id, x.course_id ${limit(q)}`,
      ),
    }),
  },
  {
    name: 'learning.daily_quiz_participants',
    label: { zh: '每日答题参与人数', en: 'Daily quiz participants' },
    unit: '人',
    theme: 'courses',
    ...personFacts({
      facts: (q) => sql`FROM learning_daily_quizzes d WHERE d.submitted_at IS NOT NULL${between(sql`d.submitted_at`, q)}`,
      person: sql`d.person_id`,
      time: sql`d.submitted_at`,
      count: 'people',
    }),
    records: async (ctx, q) => ({
      total: await one(ctx, sql`SELECT count(DISTINCT d.person_id) AS n ${quizzes(q)}`),
      items: await rows(
        ctx.db,
        sql`SELECT p.id AS "personId", p.name, o.name AS "orgName", count(*)::int AS days, sum(d.correct)::int AS correct, max(d.day) AS "lastDay"
              ${quizzes(q)} GROUP BY p.id, p.name, o.name, o.path ORDER BY o.path, p.id ${limit(q)}`,
      ),
    }),
  },
  {
    name: 'learning.exams_taken',
    label: { zh: '参加考试人次', en: 'Exams taken' },
    unit: '人次',
    theme: 'courses',
    additive: true,
    ...sqlMetric({
      from: sql`FROM learning_exam_attempts t JOIN learning_exams e ON e.id = t.exam_id JOIN people p ON p.id = t.person_id JOIN orgs o ON o.id = p.org_id`,
      where: (q) => sql`t.submitted_at IS NOT NULL AND ${under(q)}${between(sql`t.submitted_at`, q)}`,
      time: sql`t.submitted_at`,
      orgPath: sql`o.path`,
      value: sql`count(*)`,
    }),
    records: async (ctx, q) => ({
      total: await one(ctx, sql`SELECT count(*) AS n ${exams(q)}`),
      items: await rows(
        ctx.db,
        sql`SELECT t.id AS "attemptId", e.title, p.name, o.name AS "orgName", t.score, t.total_points AS "totalPoints", t.submitted_at AS "submittedAt"
              ${exams(q)} ORDER BY t.submitted_at DESC, t.id DESC ${limit(q)}`,
      ),
    }),
  },
  {
    name: 'learning.my_exams',
    label: { zh: '我的考试次数', en: 'My exams taken' },
    unit: '次',
    theme: 'courses',
    kind: 'person',
    ...personMetric((_q, people) => sql`SELECT person_id AS id, count(*) AS n FROM learning_exam_attempts WHERE person_id = ANY(${people}) AND submitted_at IS NOT NULL GROUP BY 1`),
  },
  {
    // Per person: correct answers / questions of the daily quizzes submitted in the period (0 without quizzes).
    name: 'learning.my_quiz_accuracy',
    label: { zh: '我的每日答题正确率', en: 'My daily quiz accuracy' },
    unit: '%',
    theme: 'courses',
    kind: 'person',
    ...personMetric(
      (q, people) => sql`SELECT d.person_id AS id, round(100.0 * sum(d.correct) / nullif(sum(d.total), 0), 1) AS n
        FROM learning_daily_quizzes d WHERE d.person_id = ANY(${people}) AND d.submitted_at IS NOT NULL${inPeriod(sql`d.submitted_at`, q)} GROUP BY 1`,
    ),
  },
  {
    // Per person: lessons completed by the end of the period / lessons of the published required courses assigned to their
    // organisation (or above) by then; a lesson in two courses counts in both (0 without required courses).
    name: 'learning.my_required_progress',
    label: { zh: '我的必修课完成度', en: 'My required course progress' },
    unit: '%',
    theme: 'courses',
    kind: 'person',
    ...personMetric(
      (q, people) => sql`WITH me AS (SELECT p.id AS person_id, o.path FROM unnest(${people}) AS u(id) JOIN people p ON p.id = u.id JOIN orgs o ON o.id = p.org_id),
          req AS (SELECT DISTINCT me.person_id, k.id AS course_id FROM me
                    JOIN learning_course_assignments a ON me.path LIKE a.org_path || '%'${q.to ? sql` AND a.assigned_at < ${q.to.toISOString()}::timestamptz` : sql``}
                    JOIN learning_courses k ON k.id = a.course_id AND k.kind = 'required' AND k.status = 'published'),
          lessons AS (SELECT req.person_id, l.content_id FROM req JOIN learning_course_lessons l ON l.course_id = req.course_id)
        SELECT x.person_id AS id, round(100.0 * count(lc.person_id) / count(*), 1) AS n FROM lessons x
          LEFT JOIN learning_lesson_completions lc ON lc.person_id = x.person_id AND lc.content_id = x.content_id${q.to ? sql` AND lc.completed_at < ${q.to.toISOString()}::timestamptz` : sql``}
         GROUP BY 1`,
    ),
  },
];
