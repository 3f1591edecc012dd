import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { agencyWithPeople } from '../../kernel/org/org.test-helpers.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Agency = Awaited<ReturnType<typeof agencyWithPeople>>;

/** An agency admin follows their own people into a city-wide exam: listed read-only, results over their people only. */
describe(`learning: a city-wide exam seen by agency admins (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let first: Agency;
  let second: Agency;
  let examId: number;
  let questionId: number;

  /** A sitting written straight to the tables: one question, right or wrong, submitted unless score is null. */
  const sit = async (personId: number, score: number | null) => {
    const [a] = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO learning_exam_attempts (exam_id, person_id, items, submitted_at, score, total_points)
          VALUES (${examId}, ${personId}, ${JSON.stringify([{ questionId, points: 100, section: 0 }])}::jsonb, ${score == null ? null : new Date().toISOString()}, ${score}, 100) RETURNING id`,
    );
    if (score != null) await t.db.execute(sql`INSERT INTO learning_exam_answers (attempt_id, question_id, answer, correct, points) VALUES (${a.id}, ${questionId}, '{A}', ${score >= 80}, ${score})`);
  };

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, orgadmin2] = await Promise.all(['admin', 'orgadmin', 'orgadmin2'].map((u) => t.login(u)));
    first = await agencyWithPeople(t.db, 'orgadmin');
    second = await agencyWithPeople(t.db, 'orgadmin2');
    const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const q = await admin.post('/api/v1/learning/questions', { type: 'single', options: ['甲', '乙'], answer: ['A'], stem: '全市测试题', tags: ['全市'], difficulty: 1, orgId: root.id });
    expect(q.statusCode, q.body).toBe(201);
    questionId = q.json().id;
    const res = await admin.post('/api/v1/learning/exams', { title: '全市党章党规测试', orgId: root.id, timeLimitMinutes: 30, passScore: 70, sections: [{ questionIds: [questionId], points: 100 }] });
    expect(res.statusCode, res.body).toBe(201);
    examId = res.json().id;
    // Three of the first agency's people (one still sitting), two of the second's.
    await sit(first.people[0], 80);
    await sit(first.people[1], 60);
    await sit(first.people[2], null);
    await sit(second.people[0], 95);
    await sit(second.people[1], 90);
    // A draft above and the second agency's own exam stay out of the first agency's list.
    expect((await admin.post('/api/v1/learning/exams', { title: '全市草稿考试', orgId: root.id, timeLimitMinutes: 30, status: 'draft', sections: [{ questionIds: [questionId], points: 1 }] })).statusCode).toBe(201);
    expect((await orgadmin2.post('/api/v1/learning/exams', { title: '第二单位内部测试', orgId: second.id, timeLimitMinutes: 30, sections: [{ questionIds: [questionId], points: 1 }] })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('the agency admin lists the city exam marked city and read-only, with their own sittings counted', async () => {
    const list = (await orgadmin.get('/api/v1/learning/exams?pageSize=100')).json();
    const titles = list.items.map((e: { title: string }) => e.title);
    expect(titles).toContain('全市党章党规测试');
    expect(titles).not.toContain('全市草稿考试');
    expect(titles).not.toContain('第二单位内部测试');
    expect(list.items.find((e: { id: number }) => e.id === examId)).toMatchObject({ origin: 'city', attempts: 3 });
    expect((await admin.get(`/api/v1/learning/exams/${examId}`)).json().origin).toBe('own');

    const edit = await orgadmin.patch(`/api/v1/learning/exams/${examId}`, { title: '改掉市级考试' });
    expect(edit.statusCode).toBe(403);
    expect((await admin.get(`/api/v1/learning/exams/${examId}`)).json().title).toBe('全市党章党规测试');
  });

  it('results, statistics and the not-taken list cover the first agency’s people only', async () => {
    const results = (await orgadmin.get(`/api/v1/learning/exams/${examId}/results`)).json().items as { personId: number; score: number | null }[];
    expect(results.map((r) => r.personId).sort((a, b) => a - b)).toEqual(first.people.slice(0, 3));
    expect(results.map((r) => r.score)).toEqual([80, 60, null]);

    const stats = (await orgadmin.get(`/api/v1/learning/exams/${examId}/statistics`)).json();
    expect(stats).toMatchObject({ started: 3, submitted: 2, averageScore: 70, maxScore: 80, minScore: 60, passed: 1, notTaken: first.people.length - 3 });
    expect(stats.questions).toEqual([expect.objectContaining({ questionId, count: 2, correct: 1, correctRate: 0.5 })]);

    const notTaken = (await orgadmin.get(`/api/v1/learning/exams/${examId}/not-taken?pageSize=100`)).json();
    expect(notTaken.total).toBe(first.people.length - 3);
    const outside = new Set([...second.people, ...first.people.slice(0, 3)]);
    expect(notTaken.items.filter((p: { personId: number }) => outside.has(p.personId))).toEqual([]);
  });

  it('another agency’s admin sees the same exam with their own people only', async () => {
    const results = (await orgadmin2.get(`/api/v1/learning/exams/${examId}/results`)).json().items as { personId: number }[];
    expect(results.map((r) => r.personId).sort((a, b) => a - b)).toEqual(second.people.slice(0, 2));
    const stats = (await orgadmin2.get(`/api/v1/learning/exams/${examId}/statistics`)).json();
    expect(stats).toMatchObject({ started: 2, submitted: 2, averageScore: 92.5, passed: 2, notTaken: second.people.length - 2 });
    expect(stats.questions).toEqual([expect.objectContaining({ count: 2, correct: 2, correctRate: 1 })]);
    // The committee sees everyone.
    expect((await admin.get(`/api/v1/learning/exams/${examId}/statistics`)).json()).toMatchObject({ started: 5, submitted: 4 });
  });
});
