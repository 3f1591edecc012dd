import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { buildJobRunner } from '../../app.js';
import type { DomainEvents } from '../../kernel/events.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Q = { id: number; type: string; stem: string; options: string[] };

describe(`learning: daily quiz, exams, wrong-answer book (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let member: Client;
  let secretary: Client;
  let rootId: number;
  let agencyId: number;
  const answers = new Map<number, string[]>();
  const quizEvents: DomainEvents['learning.daily_quiz_completed'][] = [];
  const examEvents: DomainEvents['learning.exam_submitted'][] = [];

  const right = (q: Q) => answers.get(q.id)!;
  const wrong = (q: Q) => (q.type === 'judge' ? [answers.get(q.id)![0] === 'true' ? 'false' : 'true'] : q.type === 'fill' ? ['不对的答案'] : [answers.get(q.id)![0] === 'A' ? 'B' : 'A']);

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, member, secretary] = await Promise.all(['admin', 'orgadmin', 'member', 'secretary'].map((u) => t.login(u)));
    [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    [{ id: agencyId }] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin'`);
    const kinds = [
      { type: 'single', options: ['甲', '乙', '丙'], answer: ['B'] },
      { type: 'multiple', options: ['甲', '乙', '丙'], answer: ['A', 'C'] },
      { type: 'judge', options: [], answer: ['正确'] },
      { type: 'fill', options: [], answer: ['中央委员会'] },
    ];
    for (let i = 0; i < 24; i++) {
      const tag = i < 6 ? '党章' : i < 12 ? '党史' : '考试';
      const res = await admin.post('/api/v1/learning/questions', { ...kinds[i % 4], stem: `第 ${i + 1} 题（${tag}）`, tags: [tag], difficulty: (i % 5) + 1, explanation: `解析 ${i + 1}`, orgId: rootId });
      expect(res.statusCode, res.body).toBe(201);
      answers.set(res.json().id, res.json().answer);
    }
    t.ctx.events.on('learning.daily_quiz_completed', (p) => void quizEvents.push(p));
    t.ctx.events.on('learning.exam_submitted', (p) => void examEvents.push(p));
    await t.db.execute(sql`INSERT INTO points_rules (code, name, event_type, points, daily_cap, active) VALUES ('quiz_test', '每日答题', 'learning.daily_quiz_completed', 5, 5, true)`);
  });
  afterAll(() => t.close());

  it('daily quiz: 5 questions from the assigned tags, no answers before submit, one per day, event and points', async () => {
    expect((await orgadmin.put('/api/v1/learning/tag-assignments', { orgId: agencyId, tags: ['党章'] })).statusCode).toBe(200);
    const quiz = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    expect(quiz.questions).toHaveLength(5);
    expect(quiz.submitted).toBe(false);
    for (const q of quiz.questions) expect(Object.keys(q).sort()).toEqual(['id', 'options', 'stem', 'type']);
    expect(quiz.questions.every((q: Q) => q.stem.includes('党章'))).toBe(true);
    expect((await member.get('/api/v1/learning/me/daily-quiz')).json().id).toBe(quiz.id);

    const given = quiz.questions.map((q: Q, i: number) => ({ questionId: q.id, answer: i < 3 ? right(q) : wrong(q) }));
    const res = await member.post(`/api/v1/learning/me/daily-quiz/${quiz.id}/submit`, { answers: given });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ submitted: true, correct: 3, total: 5 });
    expect(result.questions[0]).toHaveProperty('explanation');
    expect(result.questions[4].correct).toBe(false);
    expect(quizEvents).toEqual([expect.objectContaining({ quizId: quiz.id, correct: 3, total: 5, day: quiz.day })]);

    const again = await member.post(`/api/v1/learning/me/daily-quiz/${quiz.id}/submit`, { answers: given });
    expect(again.json().error.code).toBe('quiz_already_submitted');
    expect((await member.get('/api/v1/learning/me/daily-quiz')).json()).toMatchObject({ id: quiz.id, submitted: true, correct: 3 });
    const ledger = await rows<{ points: number }>(t.db, sql`SELECT points FROM points_ledger WHERE rule_code = 'quiz_test'`);
    expect(ledger).toEqual([{ points: 5 }]);

    // Another person's quiz is not reachable; an unassigned org draws from every tag.
    const other = (await secretary.get('/api/v1/learning/me/daily-quiz')).json();
    expect((await member.post(`/api/v1/learning/me/daily-quiz/${other.id}/submit`, { answers: [] })).statusCode).toBe(404);
    await orgadmin.put('/api/v1/learning/tag-assignments', { orgId: agencyId, tags: [] });
    await t.db.execute(sql`UPDATE learning_daily_quizzes SET day = '2000-01-01' WHERE id = ${quiz.id}`);
    const tomorrow = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    expect(tomorrow.id).not.toBe(quiz.id);
    expect(tomorrow.submitted).toBe(false);
  });

  it('wrong-answer book: lists mistakes; two correct practice answers in a row remove one', async () => {
    const book = (await member.get('/api/v1/learning/me/wrong-answers')).json();
    expect(book.total).toBe(2);
    expect(book.items[0]).toHaveProperty('correctAnswer');
    const practice = (await member.get('/api/v1/learning/me/wrong-answers/practice')).json().items;
    expect(practice).toHaveLength(2);
    for (const q of practice) expect(q).not.toHaveProperty('correctAnswer');
    const q = practice[0] as Q;
    const post = (answer: string[]) => member.post(`/api/v1/learning/me/wrong-answers/${q.id}/practice`, { answer });
    expect((await post(right(q))).json()).toMatchObject({ correct: true, streak: 1, removed: false });
    expect((await post(wrong(q))).json()).toMatchObject({ correct: false, streak: 0, removed: false });
    expect((await post(right(q))).json()).toMatchObject({ streak: 1, removed: false });
    expect((await post(right(q))).json()).toMatchObject({ streak: 2, removed: true });
    expect((await member.get('/api/v1/learning/me/wrong-answers')).json().total).toBe(1);
    expect((await post(right(q))).statusCode).toBe(404);
  });

  async function createExam(body: Record<string, unknown> = {}) {
    const [fixed] = await rows<{ id: number }>(t.db, sql`SELECT id FROM learning_questions WHERE stem = '第 13 题（考试）'`);
    const res = await orgadmin.post('/api/v1/learning/exams', {
      title: '党章党规知识测试',
      orgId: agencyId,
      timeLimitMinutes: 30,
      sections: [{ title: '必答题', questionIds: [fixed.id], points: 10 }, { title: '随机题', tags: ['考试'], count: 5, points: 2 }],
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number };
  }

  it('exam: a stored draw per member, no answers while running, graded on submit', async () => {
    const short = await orgadmin.post('/api/v1/learning/exams', { title: '题量不足', orgId: agencyId, timeLimitMinutes: 10, sections: [{ tags: ['考试'], count: 50, points: 1 }] });
    expect(short.json().error.details[0].field).toBe('sections.0.count');
    const exam = await createExam();
    const mine = (await member.post(`/api/v1/learning/me/exams/${exam.id}/start`)).json();
    const theirs = (await secretary.post(`/api/v1/learning/me/exams/${exam.id}/start`)).json();
    expect(mine.questions).toHaveLength(6);
    expect(mine.questions[0]).toMatchObject({ stem: '第 13 题（考试）', points: 10 });
    expect(mine.questions.map((q: Q) => q.id)).not.toEqual(theirs.questions.map((q: Q) => q.id));
    expect(JSON.stringify(mine)).not.toMatch(/correctAnswer|explanation|解析/);
    expect(mine.remainingSeconds).toBeGreaterThan(29 * 60);
    expect((await member.post(`/api/v1/learning/me/exams/${exam.id}/start`)).json().questions).toEqual(mine.questions);
    expect((await secretary.get(`/api/v1/learning/me/exam-attempts/${mine.attemptId}`)).statusCode).toBe(404);

    const qs = mine.questions as (Q & { points: number })[];
    await member.put(`/api/v1/learning/me/exam-attempts/${mine.attemptId}/answers`, { answers: [{ questionId: qs[0].id, answer: right(qs[0]) }] });
    const rest = qs.slice(1).map((q, i) => ({ questionId: q.id, answer: i === 0 ? wrong(q) : right(q) }));
    const done = (await member.post(`/api/v1/learning/me/exam-attempts/${mine.attemptId}/submit`, { answers: rest })).json();
    expect(done).toMatchObject({ submitted: true, autoSubmitted: false, score: 18, totalPoints: 20 });
    expect(done.questions[1]).toMatchObject({ correct: false, earned: 0 });
    expect(done.questions[1].explanation).toMatch(/^解析/);
    expect((await member.post(`/api/v1/learning/me/exam-attempts/${mine.attemptId}/submit`, { answers: [] })).json().error.code).toBe('exam_already_submitted');
    expect(examEvents.at(-1)).toMatchObject({ attemptId: mine.attemptId, score: 18, auto: false });
    expect((await member.get('/api/v1/learning/me/wrong-answers')).json().total).toBe(2);

    // The secretary saves one answer, then the clock runs out: later answers are refused, the paper is graded as saved.
    const s = theirs.questions as Q[];
    await secretary.put(`/api/v1/learning/me/exam-attempts/${theirs.attemptId}/answers`, { answers: [{ questionId: s[0].id, answer: right(s[0]) }] });
    await t.db.execute(sql`UPDATE learning_exam_attempts SET started_at = now() - interval '31 minutes' WHERE id = ${theirs.attemptId}`);
    const late = await secretary.put(`/api/v1/learning/me/exam-attempts/${theirs.attemptId}/answers`, { answers: [{ questionId: s[1].id, answer: right(s[1]) }] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('exam_time_over');
    expect((await secretary.post(`/api/v1/learning/me/exam-attempts/${theirs.attemptId}/submit`, { answers: [] })).json().error.code).toBe('exam_time_over');
    const graded = (await secretary.get(`/api/v1/learning/me/exam-attempts/${theirs.attemptId}`)).json();
    expect(graded).toMatchObject({ submitted: true, autoSubmitted: true, score: 10 });
    expect(examEvents.filter((e) => e.attemptId === theirs.attemptId)).toEqual([expect.objectContaining({ auto: true, score: 10 })]);

    const stats = (await orgadmin.get(`/api/v1/learning/exams/${exam.id}/statistics`)).json();
    expect(stats).toMatchObject({ started: 2, submitted: 2, autoSubmitted: 1, averageScore: 14, maxScore: 18, minScore: 10 });
    expect(stats.questions.find((q: { questionId: number }) => q.questionId === qs[0].id)).toMatchObject({ count: 2, answered: 2, correct: 2, correctRate: 1 });
    expect(stats.questions.find((q: { questionId: number }) => q.questionId === qs[1].id)).toMatchObject({ correct: 0, correctRate: 0 });
    const results = (await orgadmin.get(`/api/v1/learning/exams/${exam.id}/results`)).json().items;
    expect(results.map((r: { score: number }) => r.score)).toEqual([18, 10]);
    const orgadmin2 = await t.login('orgadmin2');
    expect((await orgadmin2.get(`/api/v1/learning/exams/${exam.id}/statistics`)).statusCode).toBe(404);

    const listed = (await orgadmin.get('/api/v1/learning/exams?status=published')).json().items.find((e: { id: number }) => e.id === exam.id);
    expect(listed).toMatchObject({ attempts: 2, passScore: null, sections: [{ title: '必答题', points: 10 }, { title: '随机题', count: 5, tags: ['考试'] }] });
    const closed = await orgadmin.patch(`/api/v1/learning/exams/${exam.id}`, { status: 'closed', closesAt: new Date().toISOString() });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ id: exam.id, status: 'closed', closesAt: expect.any(String) });
  });

  it('exam: the sweep job auto-submits sittings past their deadline; audience and opening time enforced', async () => {
    const exam = await createExam({ title: '限时测验', timeLimitMinutes: 5 });
    const sitting = (await secretary.post(`/api/v1/learning/me/exams/${exam.id}/start`)).json();
    await t.db.execute(sql`UPDATE learning_exam_attempts SET started_at = now() - interval '6 minutes' WHERE id = ${sitting.attemptId}`);
    await buildJobRunner(t.ctx).tick();
    const [row] = await rows<{ submitted_at: string | null; auto_submitted: boolean; score: string }>(
      t.db,
      sql`SELECT submitted_at, auto_submitted, score FROM learning_exam_attempts WHERE id = ${sitting.attemptId}`,
    );
    expect(row.submitted_at).not.toBeNull();
    expect(row).toMatchObject({ auto_submitted: true });
    expect(Number(row.score)).toBe(0);

    const [otherBranch] = await rows<{ id: number }>(
      t.db,
      sql`SELECT o.id FROM orgs o WHERE o.parent_id IS NOT NULL AND o.path LIKE (SELECT path FROM orgs WHERE id = ${agencyId}) || '%'
             AND o.id <> (SELECT p.org_id FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.username = 'member') AND o.id <> ${agencyId} LIMIT 1`,
    );
    const narrow = await createExam({ title: '仅限其他支部', audienceOrgIds: [otherBranch.id] });
    expect((await member.post(`/api/v1/learning/me/exams/${narrow.id}/start`)).statusCode).toBe(404);
    const later = await createExam({ title: '尚未开始', opensAt: new Date(Date.now() + 3600_000).toISOString() });
    expect((await member.post(`/api/v1/learning/me/exams/${later.id}/start`)).json().error.code).toBe('exam_not_open');
    const list = (await member.get('/api/v1/learning/me/exams')).json().items.map((e: { id: number }) => e.id);
    expect(list).toContain(later.id);
    expect(list).not.toContain(narrow.id);
  });

  it('exam: section errors in the caller’s language, the available count, a pass mark within the total; pass/fail and who has not taken it, per scope', async () => {
    const pool = async (query: string, who = orgadmin) => who.get(`/api/v1/learning/exams/pool-size?${query}`);
    expect((await pool(`orgId=${agencyId}&tags=考试`)).json()).toEqual({ available: 12 });
    expect((await pool(`orgId=${agencyId}&tags=${encodeURIComponent('考试')}&types=single`)).json()).toEqual({ available: 3 });
    expect((await pool(`orgId=${rootId}&tags=考试`)).statusCode).toBe(404);
    expect((await pool(`orgId=${agencyId}&types=essay`)).statusCode).toBe(400);

    // The form's default (10 single-choice) against a bank of 3: a field error under the section's count, in either language.
    const tooMany = { title: '题量不足', orgId: agencyId, timeLimitMinutes: 10, sections: [{ tags: ['考试'], types: ['single'], count: 10, points: 5 }] };
    const zh = await orgadmin.post('/api/v1/learning/exams', tooMany);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.details).toEqual([expect.objectContaining({ field: 'sections.0.count', message: '题库中符合条件的题目只有 3 道，抽题数不能超过 3' })]);
    const en = await orgadmin.request({ method: 'POST', url: '/api/v1/learning/exams', payload: tooMany, headers: { 'accept-language': 'en' } });
    expect(en.json().error.details[0]).toMatchObject({ field: 'sections.0.count', message: 'Only 3 questions match this section; draw at most 3' });

    // A pass mark above the total (1 × 10 + 5 × 2 = 20) is refused and nothing is written.
    const [fixed, second] = await rows<{ id: number }>(t.db, sql`SELECT id FROM learning_questions WHERE stem IN ('第 13 题（考试）', '第 15 题（考试）') ORDER BY id`);
    const high = await orgadmin.post('/api/v1/learning/exams', {
      title: '及格分过高', orgId: agencyId, timeLimitMinutes: 10, passScore: 30,
      sections: [{ questionIds: [fixed.id], points: 10 }, { tags: ['考试'], count: 5, points: 2 }],
    });
    expect(high.statusCode).toBe(400);
    expect(high.json().error.details).toEqual([expect.objectContaining({ field: 'passScore', message: '及格分 30 超过试卷总分 20' })]);
    expect(await rows(t.db, sql`SELECT id FROM learning_exams WHERE title = '及格分过高'`)).toEqual([]);

    // An agency's exam also open to a second agency: the agency admin follows only its own people.
    const [{ id: agency2Id }] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin2'`);
    const created = await admin.post('/api/v1/learning/exams', {
      title: '团章知识测验', orgId: agencyId, audienceOrgIds: [agencyId, agency2Id], timeLimitMinutes: 10, passScore: 12,
      sections: [{ questionIds: [fixed.id, second.id], points: 10 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const examId = created.json().id as number;
    const sit = async (who: Client, rightCount: number) => {
      const paper = (await who.post(`/api/v1/learning/me/exams/${examId}/start`)).json();
      const given = (paper.questions as Q[]).map((q, i) => ({ questionId: q.id, answer: i < rightCount ? right(q) : wrong(q) }));
      return (await who.post(`/api/v1/learning/me/exam-attempts/${paper.attemptId}/submit`, { answers: given })).json();
    };
    expect(await sit(member, 1)).toMatchObject({ score: 10, totalPoints: 20, passScore: 12, passed: false });
    expect(await sit(secretary, 2)).toMatchObject({ score: 20, passScore: 12, passed: true });
    expect((await member.get('/api/v1/learning/me/exams')).json().items.find((e: { id: number }) => e.id === examId)).toMatchObject({ passScore: 12, passed: false });

    const results = (await orgadmin.get(`/api/v1/learning/exams/${examId}/results`)).json().items;
    expect(results.map((r: { score: number; passed: boolean }) => [r.score, r.passed])).toEqual([[20, true], [10, false]]);
    const underAgency = sql`o.path LIKE (SELECT path FROM orgs WHERE id = ${agencyId}) || '%'`;
    const [{ n: agencyPeople }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${underAgency}`);
    const [{ n: bothPeople }] = await rows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE ${underAgency} OR o.path LIKE (SELECT path FROM orgs WHERE id = ${agency2Id}) || '%'`,
    );
    expect(bothPeople).toBeGreaterThan(agencyPeople);
    const mine = (await orgadmin.get(`/api/v1/learning/exams/${examId}/not-taken?pageSize=100`)).json();
    expect(mine.total).toBe(agencyPeople - 2);
    const listedIds = (mine.items as { personId: number }[]).map((p) => p.personId);
    const outside = await rows<{ id: number }>(t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE NOT (${underAgency})`);
    expect(listedIds.some((id) => outside.some((o) => o.id === id))).toBe(false);
    const takers = await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM learning_exam_attempts WHERE exam_id = ${examId}`);
    expect(takers).toHaveLength(2);
    expect(listedIds.some((id) => takers.some((tk) => tk.person_id === id))).toBe(false);
    const page2 = (await orgadmin.get(`/api/v1/learning/exams/${examId}/not-taken?pageSize=1&page=2`)).json();
    expect(page2).toMatchObject({ total: agencyPeople - 2, page: 2, pageSize: 1, items: [{ personId: listedIds[1] }] });
    expect((await admin.get(`/api/v1/learning/exams/${examId}/not-taken`)).json().total).toBe(bothPeople - 2);
    expect((await orgadmin.get(`/api/v1/learning/exams/${examId}/statistics`)).json()).toMatchObject({ submitted: 2, passed: 1, notTaken: agencyPeople - 2 });
    expect((await (await t.login('orgadmin2')).get(`/api/v1/learning/exams/${examId}/not-taken`)).statusCode).toBe(404);
  });
});
