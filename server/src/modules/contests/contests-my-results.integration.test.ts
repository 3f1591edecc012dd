import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { letterOf, sampleQuestions } from './contests.fixtures.js';

type Result = { roundId: number; score: number; correct: number; answered: number; total: number; done: boolean; rank: number; players: number; final: boolean; tier: string | null; awardId: number | null };

describe(`contests: a member's own results, read back after a reload or once the round closed (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let roundId = 0;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('orgadmin');
    const [{ id: agencyId }] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin'`);
    for (const q of sampleQuestions) ids.push((await admin.post('/api/v1/learning/questions', { ...q, orgId: agencyId })).json().id);
    const now = Date.now();
    const created = await admin.post('/api/v1/contests', {
      name: '线上成绩回看测试赛',
      orgId: agencyId,
      questionSource: { kind: 'fixed', questionIds: ids },
      awardRule: { kind: 'count', gold: 1, silver: 0, bronze: 0 },
      rounds: [{ name: '线上初赛', kind: 'async', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString(), secondsPerQuestion: 30 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    roundId = created.json().rounds[0].id;
  });
  afterAll(() => t.close());

  /** Plays every question: right answers for the first `right` questions, wrong ones after. */
  async function play(who: Awaited<ReturnType<TestApp['login']>>, right: number) {
    for (let i = 0; i < sampleQuestions.length; i++) {
      const q = (await who.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
      expect(q).toMatchObject({ done: false, index: i });
      const src = sampleQuestions[i];
      const good = src.type === 'judge' ? ['A'] : [letterOf(q, src.options[src.answer[0].charCodeAt(0) - 65])];
      const bad = src.type === 'judge' ? ['B'] : [letterOf(q, src.options[(src.answer[0].charCodeAt(0) - 64) % src.options.length])];
      expect((await who.post(`/api/v1/contests/rounds/${roundId}/answer`, { index: i, choice: i < right ? good : bad })).statusCode).toBe(200);
    }
    return (await who.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
  }
  const mine = async (who: Awaited<ReturnType<TestApp['login']>>, query = '') => {
    const res = await who.get(`/api/v1/contests/my/results${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Result[];
  };

  it('nothing before playing; a half-played round is there, not done', async () => {
    const member = await t.login('member');
    expect(await mine(member)).toEqual([]);
    await member.post(`/api/v1/contests/rounds/${roundId}/play`);
    const [r] = await mine(member, `?roundId=${roundId}`);
    expect(r).toMatchObject({ roundId, answered: 0, total: 3, done: false, score: 0, final: false });
  });

  it('score and rank of each player, only their own rows, still there after the round closes', async () => {
    const member = await t.login('member');
    const secretary = await t.login('secretary');
    // The member's first question is already served: answer it right, then the rest.
    const q0 = (await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
    expect((await member.post(`/api/v1/contests/rounds/${roundId}/answer`, { index: 0, choice: [letterOf(q0, '1921年')] })).statusCode).toBe(200);
    for (const i of [1, 2]) {
      const q = (await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
      expect(q.index).toBe(i);
      const choice = i === 1 ? [letterOf(q, '全心全意为人民服务')] : ['A'];
      expect((await member.post(`/api/v1/contests/rounds/${roundId}/answer`, { index: i, choice })).statusCode).toBe(200);
    }
    const done = (await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
    expect(done).toMatchObject({ done: true, answered: 3, total: 3 });
    expect((await play(secretary, 1)).done).toBe(true);

    const [m] = await mine(member, `?roundId=${roundId}`);
    expect(m).toMatchObject({ done: true, correct: 3, answered: 3, score: done.score, rank: 1, players: 2, final: false, tier: null, awardId: null });
    const s = await mine(secretary);
    expect(s.map((r) => r.roundId)).toEqual([roundId]);
    expect(s[0]).toMatchObject({ correct: 1, rank: 2, players: 2 });
    expect(s[0].score).toBeLessThan(m.score);
    // Another round's id gives nothing, not someone else's row.
    expect(await mine(member, `?roundId=${roundId + 1000}`)).toEqual([]);

    expect((await admin.post(`/api/v1/contests/rounds/${roundId}/finish`)).statusCode).toBe(200);
    expect((await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json().error.code).toBe('contest_not_open');
    const [after] = await mine(member);
    expect(after).toMatchObject({ roundId, final: true, rank: 1, tier: 'gold' });
    const [award] = (await member.get('/api/v1/contests/my/awards')).json().items;
    expect(after.awardId).toBe(award.id);
    expect((await mine(secretary))[0]).toMatchObject({ final: true, rank: 2, tier: null });
  });

  it('refuses a bad round id and a stranger', async () => {
    const member = await t.login('member');
    expect((await member.get('/api/v1/contests/my/results?roundId=abc')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/contests/my/results' })).statusCode).toBe(401);
  });
});
