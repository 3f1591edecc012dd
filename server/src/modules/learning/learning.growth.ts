import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';

/** One dated fact of a person's record, as the growth profile (assessment) shows it; `link`s are web paths. */
export interface GrowthFact {
  at: string;
  kind: string;
  title: string;
  detail: string;
  value: string | null;
  link: string | null;
  mobileLink: string | null;
}

const iso = (d: string | Date) => new Date(d).toISOString();

/** A person's study record: courses completed, exams sat, daily quizzes (one fact per month). */
export async function learningGrowth(db: Db, personId: number): Promise<GrowthFact[]> {
  const courses = await rows<{ id: number; title: string; kind: string; at: string }>(
    db,
    sql`SELECT k.id, k.title, k.kind, c.completed_at AS at FROM learning_course_completions c JOIN learning_courses k ON k.id = c.course_id WHERE c.person_id = ${personId}`,
  );
  const exams = await rows<{ id: number; title: string; score: string | null; total: string; pass: string | null; at: string }>(
    db,
    sql`SELECT e.id, e.title, t.score, t.total_points AS total, e.pass_score AS pass, t.submitted_at AS at
          FROM learning_exam_attempts t JOIN learning_exams e ON e.id = t.exam_id WHERE t.person_id = ${personId} AND t.submitted_at IS NOT NULL`,
  );
  const quizzes = await rows<{ month: string; n: number; correct: number; total: number; at: string }>(
    db,
    sql`SELECT to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS n, sum(correct)::int AS correct, sum(total)::int AS total, max(submitted_at) AS at
          FROM learning_daily_quizzes WHERE person_id = ${personId} AND submitted_at IS NOT NULL GROUP BY 1`,
  );
  return [
    ...courses.map((c) => ({ at: iso(c.at), kind: 'study', title: `完成课程《${c.title}》`, detail: c.kind === 'required' ? '必修课' : '终身课', value: null, link: `/learning/courses/${c.id}`, mobileLink: `/m/study/courses/${c.id}` })),
    ...exams.map((e) => ({
      at: iso(e.at),
      kind: 'exam',
      title: `参加考试《${e.title}》`,
      detail: e.pass == null ? '' : Number(e.score ?? 0) >= Number(e.pass) ? '合格' : '未合格',
      value: `${Number(e.score ?? 0)} / ${Number(e.total)} 分`,
      link: `/learning/exams/${e.id}`,
      mobileLink: `/m/study/exams/${e.id}`,
    })),
    ...quizzes.map((q) => ({
      at: iso(q.at),
      kind: 'quiz',
      title: `${q.month} 每日答题 ${q.n} 次`,
      detail: '每日答题',
      value: q.total ? `正确率 ${Math.round((1000 * q.correct) / q.total) / 10}%` : null,
      link: null,
      mobileLink: '/m/study/quiz',
    })),
  ];
}
