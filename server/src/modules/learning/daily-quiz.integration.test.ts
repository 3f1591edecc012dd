import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import type { DomainEvents } from '../../kernel/events.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Q = { id: number; type: string; stem: string; options: string[] };
type Card = { question_id: number; due: Date; scheduled_days: number; reps: number };

describe(`learning: the daily quiz one question at a time, with spaced repetition of mistakes (${dbKind})`, () => {
  let t: TestApp;
  let member: Client;
  let personId: number;
  const quizEvents: DomainEvents['learning.daily_quiz_completed'][] = [];

  const answerOf = async (q: Q) => (await rows<{ answer: string[] }>(t.db, sql`SELECT answer FROM learning_questions WHERE id = ${q.id}`))[0].answer;
  const right = (q: Q) => answerOf(q);
  const wrong = async (q: Q) => {
    const a = await answerOf(q);
    return q.type === 'judge' ? [a[0] === 'true' ? 'false' : 'true'] : q.type === 'fill' ? ['不对的答案'] : [a[0] === 'A' ? 'B' : 'A'];
  };
  const cards = () => rows<Card>(t.db, sql`SELECT question_id, due, scheduled_days, reps FROM learning_review_cards WHERE person_id = ${personId} ORDER BY question_id`);
  const answer = (quizId: number, questionId: number, a: string[]) => member.post(`/api/v1/learning/me/daily-quiz/${quizId}/answer`, { questionId, answer: a });

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin');
    member = await t.login('member');
    [{ person_id: personId }] = await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = 'member'`);
    const [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    for (let i = 0; i < 12; i++) {
      const res = await admin.post('/api/v1/learning/questions', { type: 'single', options: ['甲', '乙', '丙'], answer: ['B'], stem: `复习题 ${i + 1}`, tags: ['复习'], explanation: `解析 ${i + 1}`, orgId: rootId });
      expect(res.statusCode, res.body).toBe(201);
    }
    t.ctx.events.on('learning.daily_quiz_completed', (p) => void quizEvents.push(p));
    await t.db.execute(sql`INSERT INTO points_rules (code, name, event_type, points, daily_cap, active) VALUES ('quiz_one', '每日答题', 'learning.daily_quiz_completed', 5, 5, true)`);
  });
  afterAll(() => t.close());

  it('answers one question at a time: the verdict and explanation at once, never twice, finished and rewarded once all are answered', async () => {
    const quiz = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    expect(quiz).toMatchObject({ submitted: false, total: 5, answered: [], reviewIds: [] });
    const qs = quiz.questions as Q[];
    for (const q of qs) expect(Object.keys(q).sort()).toEqual(['id', 'options', 'stem', 'type']);

    const missed = await answer(quiz.id, qs[0].id, await wrong(qs[0]));
    expect(missed.statusCode, missed.body).toBe(200);
    expect(missed.json()).toMatchObject({ finished: false, result: { id: qs[0].id, correct: false, correctAnswer: await right(qs[0]) } });
    expect(missed.json().result.explanation).toMatch(/^解析 \d+$/);
    // The next question is still without its answer.
    expect(missed.json().quiz.questions[1]).not.toHaveProperty('correctAnswer');
    expect((await answer(quiz.id, qs[0].id, await right(qs[0]))).json().error.code).toBe('question_already_answered');
    expect((await member.get('/api/v1/learning/me/wrong-answers')).json().total).toBe(1);
    expect((await cards()).map((c) => c.question_id)).toEqual([qs[0].id]);

    // A reload continues where the member was.
    const reloaded = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    expect(reloaded.answered.map((a: { id: number }) => a.id)).toEqual([qs[0].id]);
    for (const q of qs.slice(1, 4)) expect((await answer(quiz.id, q.id, await right(q))).json()).toMatchObject({ finished: false, result: { correct: true } });
    expect(quizEvents).toHaveLength(0);
    // The timer ran out on the last question: an empty answer counts as wrong.
    const last = (await answer(quiz.id, qs[4].id, [])).json();
    expect(last).toMatchObject({ finished: true, result: { correct: false }, quiz: { submitted: true, correct: 3, total: 5 } });
    expect(quizEvents).toEqual([expect.objectContaining({ quizId: quiz.id, correct: 3, total: 5 })]);
    expect((await answer(quiz.id, qs[4].id, ['A'])).json().error.code).toBe('quiz_already_submitted');
    expect((await member.post(`/api/v1/learning/me/daily-quiz/${quiz.id}/submit`, { answers: [] })).json().error.code).toBe('quiz_already_submitted');
    const ledger = await rows<{ points: number }>(t.db, sql`SELECT points FROM points_ledger WHERE rule_code = 'quiz_one'`);
    expect(ledger).toEqual([{ points: 5 }]);
    expect((await cards()).map((c) => c.question_id)).toEqual([qs[0].id, qs[4].id].sort((a, b) => a - b));
    // Missed today: not due today.
    expect((await member.get('/api/v1/learning/me/reviews')).json()).toMatchObject({ due: 0 });
  });

  it('the missed questions come back as due reviews in the next day’s quiz; a right answer moves the due date later', async () => {
    const before = await cards();
    expect(before).toHaveLength(2);
    // The next day: yesterday's quiz is done and the cards fall due.
    await t.db.execute(sql`UPDATE learning_daily_quizzes SET day = '2000-01-01' WHERE person_id = ${personId}`);
    await t.db.execute(sql`UPDATE learning_review_cards SET due = now() - interval '1 hour', last_review = now() - interval '1 day' WHERE person_id = ${personId}`);
    expect((await member.get('/api/v1/learning/me/reviews')).json()).toMatchObject({ due: 2 });

    const quiz = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    expect(quiz.total).toBe(5);
    expect([...quiz.reviewIds].sort()).toEqual(before.map((c) => c.question_id).sort());
    expect(quiz.questions.map((q: Q) => q.id)).toEqual(expect.arrayContaining(before.map((c) => c.question_id)));
    const reviewed = quiz.questions.find((q: Q) => q.id === before[0].question_id) as Q;
    const res = (await answer(quiz.id, reviewed.id, await right(reviewed))).json();
    expect(res.result.correct).toBe(true);
    const [after] = (await cards()).filter((c) => c.question_id === reviewed.id);
    expect(new Date(after.due).getTime()).toBeGreaterThan(Date.now() + before[0].scheduled_days * 86400_000);
    expect(after.scheduled_days).toBeGreaterThan(before[0].scheduled_days);
    expect(after.reps).toBe(before[0].reps + 1);
    expect((await member.get('/api/v1/learning/me/reviews')).json()).toMatchObject({ due: 1 });

    // Missing the other review rates it Again: it stays in the book and comes back soon.
    const other = quiz.questions.find((q: Q) => q.id === before[1].question_id) as Q;
    expect((await answer(quiz.id, other.id, await wrong(other))).json().result.correct).toBe(false);
    const [again] = (await cards()).filter((c) => c.question_id === other.id);
    expect(new Date(again.due).getTime()).toBeGreaterThan(Date.now());
    expect(again.scheduled_days).toBeLessThanOrEqual(after.scheduled_days);
  });

  it('a mistake in wrong-answer practice also schedules the question', async () => {
    await t.db.execute(sql`DELETE FROM learning_review_cards WHERE person_id = ${personId}`);
    const practice = (await member.get('/api/v1/learning/me/wrong-answers/practice')).json().items as Q[];
    expect(practice.length).toBeGreaterThan(0);
    await member.post(`/api/v1/learning/me/wrong-answers/${practice[0].id}/practice`, { answer: await wrong(practice[0]) });
    expect((await cards()).map((c) => c.question_id)).toEqual([practice[0].id]);
  });
});
