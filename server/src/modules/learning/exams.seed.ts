import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { addDays, shanghaiDay, shanghaiTime } from '../../kernel/time.js';
import { makeRandom } from '../../seed/random.js';
import { seedActor, seedAuditEntries, type SeededAudit } from '../../seed/seed-records.js';
import { answerOf, type BankQuestion } from './study.seed.js';

/** The committee's exams over the year: two closed (most members sat them), one open now (few have yet). */
const plan = [
  { title: '上半年理论学习测试', description: '围绕“四个三”实践路径和理论武装“必修课”的半年测试。', opens: -150, closes: -120, picks: [0, 1, 2, 3, 4], young: 0.8, others: 0.5 },
  { title: '“四个三”专题知识测试', description: '“三门课”“三载体”“三机制”“三导向”专题测试。', opens: -60, closes: -45, picks: [3, 4, 5, 6, 7], young: 0.75, others: 0.45 },
  { title: '年度理论学习考试', description: '年度理论学习考试，限时作答，一人一次。', opens: -5, closes: 10, picks: [0, 2, 5, 6, 7], young: 0.25, others: 0.1 },
] as const;

const POINTS = 20;
const PASS = 60;
const LIMIT_MINUTES = 30;

const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);

/**
 * Exams of the living city: sittings with their answers and scores (pass mark 60 of 100), members who have not sat
 * an exam, and the 错题本 entries wrong exam answers leave. The demo member sat the closed exams and has the open one
 * to do. Deterministic for a seed and `today` (Asia/Shanghai).
 */
export async function seedExams(ctx: ModuleContext, opts: SeedOptions, bank: BankQuestion[], today = shanghaiDay(new Date())) {
  const { db } = ctx;
  if (bank.length < 8) return;
  const r = makeRandom(opts.seed + 606);
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const admin = await seedActor(db, 'admin');
  const people = await rows<{ id: number; birth: string }>(db, sql`SELECT id, birth_date::text AS birth FROM people ORDER BY id`);
  const [demo] = await rows<{ person_id: number | null }>(db, sql`SELECT person_id FROM accounts WHERE username = 'member'`);
  const now = Date.now();

  type Attempt = { examId: number; personId: number; items: { questionId: number; points: number; section: number }[]; startedAt: Date; submittedAt: Date; auto: boolean; score: number; answers: { questionId: number; answer: string[]; correct: boolean }[] };
  const attempts: Attempt[] = [];
  const audits: SeededAudit[] = [];
  const wrong = new Map<string, { personId: number; questionId: number; count: number; last: string[]; first: Date; at: Date }>();

  await transaction(db, async (tx) => {
    for (const e of plan) {
      const opensAt = shanghaiTime(addDays(today, e.opens), 8 * 60);
      const closesAt = shanghaiTime(addDays(today, e.closes), 22 * 60);
      const questions = e.picks.map((i) => bank[i]);
      const sections = [{ title: '', questionIds: questions.map((q) => q.id), points: POINTS }];
      const createdAt = new Date(opensAt.getTime() - 2 * 86400_000);
      const [{ id }] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO learning_exams (title, description, org_id, org_path, audience_paths, time_limit_minutes, opens_at, closes_at, sections, pass_score, status, created_by, created_at)
            VALUES (${`${today.slice(0, 4)}年${e.title}`}, ${e.description}, ${root.id}, ${root.path}, '{}'::text[], ${LIMIT_MINUTES}, ${opensAt.toISOString()}::timestamptz,
                    ${closesAt.toISOString()}::timestamptz, ${JSON.stringify(sections)}::jsonb, ${PASS}, 'published', ${admin.accountId}, ${createdAt.toISOString()}::timestamptz) RETURNING id`,
      );
      audits.push({ at: createdAt, ...admin, action: 'learning.exam_create', entity: 'learning_exam', entityId: id, orgId: root.id, orgPath: root.path, summary: `${today.slice(0, 4)}年${e.title}` });
      const openDays = Math.max(0, Math.min(e.closes, -1) - e.opens);
      for (const p of people) {
        const isDemo = p.id === demo?.person_id;
        const sits = isDemo ? e.closes < 0 : r.chance(ageOn(p.birth, today) <= 35 ? e.young : e.others);
        if (!sits) continue;
        const knows = 0.45 + 0.5 * r.next();
        const startedAt = shanghaiTime(addDays(today, e.opens + r.int(0, openDays)), r.int(8 * 60, 21 * 60));
        if (startedAt.getTime() > now) continue;
        const auto = r.chance(0.03);
        const submittedAt = new Date(startedAt.getTime() + (auto ? LIMIT_MINUTES * 60_000 : r.int(4 * 60, 25 * 60) * 1000));
        const answers = questions.map((q) => {
          const correct = !auto || r.chance(0.7) ? r.chance(knows) : false;
          return { questionId: q.id, answer: answerOf(r, q, correct), correct };
        });
        for (const a of answers) {
          if (a.correct) continue;
          const key = `${p.id}:${a.questionId}`;
          const w = wrong.get(key);
          if (w) Object.assign(w, { count: w.count + 1, last: a.answer, at: submittedAt });
          else wrong.set(key, { personId: p.id, questionId: a.questionId, count: 1, last: a.answer, first: submittedAt, at: submittedAt });
        }
        const score = answers.filter((a) => a.correct).length * POINTS;
        attempts.push({ examId: id, personId: p.id, items: questions.map((q) => ({ questionId: q.id, points: POINTS, section: 0 })), startedAt, submittedAt, auto, score, answers });
      }
    }
    await bulkInsert(tx, 'learning_exam_attempts', [
      ['exam_id', 'int', (a) => a.examId],
      ['person_id', 'int', (a) => a.personId],
      ['items', 'jsonb', (a) => a.items as unknown as Record<string, unknown>],
      ['started_at', 'timestamptz', (a) => a.startedAt],
      ['submitted_at', 'timestamptz', (a) => a.submittedAt],
      ['auto_submitted', 'boolean', (a) => a.auto],
      ['score', 'numeric', (a) => a.score],
      ['total_points', 'numeric', (a) => a.items.length * POINTS],
    ], attempts);
    const ids = await rows<{ id: number; exam_id: number; person_id: number }>(tx, sql`SELECT id, exam_id, person_id FROM learning_exam_attempts`);
    const idOf = new Map(ids.map((x) => [`${x.exam_id}:${x.person_id}`, x.id]));
    const answerRows = attempts.flatMap((a) => a.answers.map((x) => ({ attemptId: idOf.get(`${a.examId}:${a.personId}`)!, ...x, at: a.submittedAt })));
    await bulkInsert(tx, 'learning_exam_answers', [
      ['attempt_id', 'int', (x) => x.attemptId],
      ['question_id', 'int', (x) => x.questionId],
      ['answer', 'text[]', (x) => x.answer],
      ['correct', 'boolean', (x) => x.correct],
      ['points', 'numeric', (x) => (x.correct ? POINTS : 0)],
      ['answered_at', 'timestamptz', (x) => x.at],
    ], answerRows);
    await bulkInsert(tx, 'learning_wrong_answers', [
      ['person_id', 'int', (w) => w.personId],
      ['question_id', 'int', (w) => w.questionId],
      ['wrong_count', 'int', (w) => w.count],
      ['last_answer', 'text[]', (w) => w.last],
      ['source', 'text', () => 'exam'],
      ['first_wrong_at', 'timestamptz', (w) => w.first],
      ['last_wrong_at', 'timestamptz', (w) => w.at],
    ], [...wrong.values()]);
    await seedAuditEntries(tx, audits);
  });
  const passed = attempts.filter((a) => a.score >= PASS).length;
  opts.log(`考试: ${plan.length} 场, 答卷 ${attempts.length} 份（及格 ${passed} 份）, 错题 ${wrong.size} 条`);
}
