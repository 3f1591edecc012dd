import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Task = { code: string; label: { zh: string; en: string }; points: number; dailyCap: number | null; earned: number; times: number; done: boolean };
type Today = { day: string; todayPoints: number; totalPoints: number; tasks: Task[]; orgRank: { orgId: number; rank: number; of: number; perCapita: number } | null; personalRank: { rank: number; of: number } | null };

describe(`points: today's tasks on the member home (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let member: Client;
  let personId: number;
  let otherId: number;
  const today = async (c: Client = member) => {
    const res = await c.get('/api/v1/points/my/today');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Today;
  };
  const task = (d: Today, code: string) => d.tasks.find((x) => x.code === code)!;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    member = await t.login('member');
    [{ id: personId }] = await rows<{ id: number }>(t.db, sql`SELECT person_id AS id FROM accounts WHERE username = 'member'`);
    [{ id: otherId }] = await rows<{ id: number }>(t.db, sql`SELECT person_id AS id FROM accounts WHERE username = 'secretary'`);
    const [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    for (let i = 0; i < 6; i++) {
      const res = await admin.post('/api/v1/learning/questions', { type: 'judge', options: [], answer: ['true'], stem: `今日任务第 ${i + 1} 题`, tags: ['任务'], difficulty: 2, explanation: '', orgId: rootId });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('lists every active rule with today’s progress and cap, signing in done; the daily quiz and a challenge move it, caps show full', async () => {
    const before = await today();
    const active = await rows<{ code: string }>(t.db, sql`SELECT code FROM points_rules WHERE active ORDER BY code`);
    expect(before.tasks.map((x) => x.code).sort()).toEqual(active.map((r) => r.code));
    expect(before.tasks.slice(0, 5).map((x) => x.code)).toEqual(['daily_login', 'article_read', 'media_study', 'daily_quiz', 'challenge_quiz']);
    expect(task(before, 'daily_login')).toMatchObject({ label: { zh: '每日登录', en: 'Daily sign-in' }, points: 1, dailyCap: 1, earned: 1, done: true });
    expect(task(before, 'challenge_quiz')).toMatchObject({ label: { zh: '挑战答题', en: 'Challenge quiz' }, dailyCap: 6 });
    expect(task(before, 'course_completed')).toMatchObject({ dailyCap: null, points: 10, done: false });
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT coalesce(sum(points), 0)::int AS n FROM points_ledger WHERE person_id = ${personId}`);
    expect(before.totalPoints).toBe(n);

    // Someone else's points are not the member's.
    await t.ctx.events.publish('learning.challenge_finished', { personId: otherId, runId: 9901, streak: 4, reason: 'wrong' });
    await t.ctx.events.publish('learning.daily_quiz_completed', { personId: otherId, quizId: 9902, correct: 5, total: 5, day: before.day });
    const still = await today();
    expect(task(still, 'challenge_quiz').earned).toBe(task(before, 'challenge_quiz').earned);
    expect(still.todayPoints).toBe(before.todayPoints);

    const quiz = (await member.get('/api/v1/learning/me/daily-quiz')).json();
    const submitted = await member.post(`/api/v1/learning/me/daily-quiz/${quiz.id}/submit`, { answers: quiz.questions.map((q: { id: number }) => ({ questionId: q.id, answer: ['true'] })) });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const afterQuiz = await today();
    expect(task(afterQuiz, 'daily_quiz')).toMatchObject({ earned: 5, dailyCap: 5, times: 1, done: true });
    expect(afterQuiz.todayPoints).toBe(before.todayPoints + 5 - task(before, 'daily_quiz').earned);
    expect(afterQuiz.totalPoints).toBe(before.totalPoints + 5 - task(before, 'daily_quiz').earned);

    // Two challenge runs of four right: 4, then 2 more up to the cap of 6.
    for (const expected of [{ earned: 4, done: false }, { earned: 6, done: true }]) {
      let run = (await member.post('/api/v1/learning/me/challenge/start', {})).json().run;
      for (let i = 0; i < 4; i++) run = (await member.post(`/api/v1/learning/me/challenge/${run.id}/answer`, { questionId: run.question.id, answer: ['true'] })).json().run;
      const end = await member.post(`/api/v1/learning/me/challenge/${run.id}/answer`, { questionId: run.question.id, answer: ['false'] });
      expect(end.json().run).toMatchObject({ streak: 4, finished: true });
      expect(task(await today(), 'challenge_quiz')).toMatchObject(expected);
    }
  });

  it('ranks the member’s organisation per capita among its siblings, and the member only where the organisation allows it', async () => {
    const [mine] = await rows<{ id: number; parent_id: number }>(t.db, sql`SELECT o.id, o.parent_id FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${personId}`);
    const board = (await admin.get(`/api/v1/points/leaderboard/orgs?parentId=${mine.parent_id}`)).json().items as { orgId: number; perCapita: number }[];
    const at = board.findIndex((b) => b.orgId === mine.id);
    expect(at).toBeGreaterThanOrEqual(0);
    const d = await today();
    expect(d.orgRank).toMatchObject({ orgId: mine.id, rank: at + 1, of: board.length, perCapita: board[at].perCapita });
    expect(d.personalRank).toBeNull();

    await t.db.execute(sql`UPDATE orgs SET personal_leaderboard = true WHERE id = ${mine.id}`);
    const [{ members }] = await rows<{ members: number }>(t.db, sql`SELECT count(*)::int AS members FROM people WHERE org_id = ${mine.id}`);
    const ranked = await today();
    expect(ranked.personalRank).toMatchObject({ of: members });
    const board2 = (await member.get('/api/v1/points/leaderboard/people')).json();
    expect(board2.enabled).toBe(true);
    expect(ranked.personalRank!.rank).toBe(board2.items.find((p: { personId: number }) => p.personId === personId).rank);
  });
});
