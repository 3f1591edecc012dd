import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { shanghaiDay } from '../../kernel/time.js';
import { Rating, review } from './review-schedule.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
type Q = { id: number; type: string; stem: string; options: string[] };
type Run = { id: number; streak: number; finished: boolean; endReason: string | null; question: Q | null };

describe(`learning: 挑战答题, one question at a time until the first mistake (${dbKind})`, () => {
  let t: TestApp;
  let member: Client;
  let secretary: Client;
  let personId: number;
  const answers = new Map<number, string[]>();
  let hiddenId: number;
  const right = (q: Q) => answers.get(q.id)!;
  const wrong = (q: Q) => (q.type === 'judge' ? [answers.get(q.id)![0] === 'true' ? 'false' : 'true'] : q.type === 'fill' ? ['不对的答案'] : [answers.get(q.id)![0] === 'A' ? 'B' : 'A']);
  const challengePoints = async () =>
    (await rows<{ points: number }>(t.db, sql`SELECT points FROM points_ledger WHERE person_id = ${personId} AND rule_code = 'challenge_quiz' AND day = ${shanghaiDay(new Date())} ORDER BY id`)).map((r) => r.points);
  const start = async () => {
    const res = await member.post('/api/v1/learning/me/challenge/start', {});
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { best: number; run: Run };
  };
  const answer = async (run: Run, given: (q: Q) => string[]) => {
    const res = await member.post(`/api/v1/learning/me/challenge/${run.id}/answer`, { questionId: run.question!.id, answer: given(run.question!) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { best: number; run: Run; answered: { id: number; correct: boolean; correctAnswer: string[]; explanation: string } };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin');
    [member, secretary] = await Promise.all(['member', 'secretary'].map((u) => t.login(u)));
    [{ id: personId }] = await rows<{ id: number }>(t.db, sql`SELECT person_id AS id FROM accounts WHERE username = 'member'`);
    const [{ id: rootId }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    // An organisation that is neither the member's nor one of its ancestors: its bank is not the member's.
    const [{ id: otherId }] = await rows<{ id: number }>(
      t.db,
      sql`SELECT o.id FROM orgs o, people p JOIN orgs po ON po.id = p.org_id WHERE p.id = ${personId} AND o.parent_id = ${rootId} AND po.path NOT LIKE o.path || '%' ORDER BY o.id LIMIT 1`,
    );
    const kinds = [
      { type: 'single', options: ['甲', '乙', '丙'], answer: ['B'] },
      { type: 'multiple', options: ['甲', '乙', '丙'], answer: ['A', 'C'] },
      { type: 'judge', options: [], answer: ['正确'] },
      { type: 'fill', options: [], answer: ['中央委员会'] },
    ];
    for (let i = 0; i < 6; i++) {
      const res = await admin.post('/api/v1/learning/questions', { ...kinds[i % 4], stem: `挑战第 ${i + 1} 题`, tags: ['挑战'], difficulty: 2, explanation: `解析 ${i + 1}`, orgId: i === 5 ? otherId : rootId });
      expect(res.statusCode, res.body).toBe(201);
      answers.set(res.json().id, res.json().answer);
      if (i === 5) hiddenId = res.json().id;
    }
  });
  afterAll(() => t.close());

  it('counts the streak until the first mistake, never sends an answer before it is given, and keeps the best', async () => {
    expect((await member.get('/api/v1/learning/me/challenge')).json()).toEqual({ best: 0, run: null });
    let { run, best } = await start();
    expect(best).toBe(0);
    expect(run).toMatchObject({ streak: 0, finished: false, endReason: null });
    expect(Object.keys(run.question!).sort()).toEqual(['id', 'options', 'stem', 'type']);
    const shown = await member.get('/api/v1/learning/me/challenge');
    expect(shown.json().run.question).toEqual(run.question);
    expect(shown.body).not.toMatch(/answer|explanation|解析/);

    const asked = [run.question!.id];
    for (let n = 1; n <= 2; n++) {
      const res = await answer(run, right);
      expect(res.answered).toMatchObject({ id: asked.at(-1), correct: true, correctAnswer: answers.get(asked.at(-1)!) });
      run = res.run;
      expect(run).toMatchObject({ streak: n, finished: false });
      expect(Object.keys(run.question!).sort()).toEqual(['id', 'options', 'stem', 'type']);
      expect(asked).not.toContain(run.question!.id);
      asked.push(run.question!.id);
    }
    const stale = await member.post(`/api/v1/learning/me/challenge/${run.id}/answer`, { questionId: asked[0], answer: right(run.question!) });
    expect(stale.json().error.code).toBe('challenge_stale');
    // Someone else cannot answer the member's run.
    expect((await secretary.post(`/api/v1/learning/me/challenge/${run.id}/answer`, { questionId: run.question!.id, answer: right(run.question!) })).statusCode).toBe(404);

    const miss = await answer(run, wrong);
    expect(miss.answered).toMatchObject({ correct: false, explanation: expect.stringMatching(/^解析/) });
    expect(miss.run).toMatchObject({ id: run.id, streak: 2, finished: true, endReason: 'wrong', question: null });
    expect(miss.best).toBe(2);
    // The miss goes to the wrong-answer book as the challenge's, and its review card is rated Again as any miss is.
    const book = (await member.get('/api/v1/learning/me/wrong-answers')).json();
    expect(book.items).toEqual([expect.objectContaining({ id: run.question!.id, source: 'challenge', wrongCount: 1, correctStreak: 0, yourAnswer: wrong(run.question!) })]);
    const [card] = await rows<{ reps: number; state: number }>(t.db, sql`SELECT reps, state FROM learning_review_cards WHERE person_id = ${personId} AND question_id = ${run.question!.id}`);
    const fresh = review(null, Rating.Again, new Date());
    expect(card).toEqual({ reps: fresh.reps, state: fresh.state });
    const over = await member.post(`/api/v1/learning/me/challenge/${run.id}/answer`, { questionId: run.question!.id, answer: right(run.question!) });
    expect(over.json().error.code).toBe('challenge_over');
    expect(await challengePoints()).toEqual([2]);

    // A shorter run keeps the best at 2; a new start ends the open run at its streak.
    ({ run } = await start());
    run = (await answer(run, right)).run;
    const restarted = await start();
    expect(restarted.best).toBe(2);
    const [ended] = await rows<{ streak: number; end_reason: string }>(t.db, sql`SELECT streak, end_reason FROM learning_challenge_runs WHERE id = ${run.id}`);
    expect(ended).toEqual({ streak: 1, end_reason: 'abandoned' });
    const [{ open }] = await rows<{ open: number }>(t.db, sql`SELECT count(*)::int AS open FROM learning_challenge_runs WHERE person_id = ${personId} AND finished_at IS NULL`);
    expect(open).toBe(1);
    expect(await challengePoints()).toEqual([2, 1]);

    // Every question of the member's bank right: the run is cleared at 5, the other organisation's question never asked.
    run = restarted.run;
    const seen: number[] = [];
    let last;
    while (run.question) {
      seen.push(run.question.id);
      last = await answer(run, right);
      run = last.run;
    }
    expect(seen).toHaveLength(5);
    expect(seen).not.toContain(hiddenId);
    expect(last!.run).toMatchObject({ streak: 5, finished: true, endReason: 'cleared' });
    expect(last!.best).toBe(5);
    expect((await member.get('/api/v1/learning/me/challenge')).json()).toMatchObject({ best: 5, run: { id: run.id, streak: 5, finished: true } });
    // Points by streak, six a day at most: 2 + 1 + (5 capped to 3).
    expect(await challengePoints()).toEqual([2, 1, 3]);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'learning.challenge_start' AND entity = 'learning_challenge_run'`);
    expect(n).toBe(3);
  });
});
