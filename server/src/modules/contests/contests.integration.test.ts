import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { letterOf, sampleQuestions } from './contests.fixtures.js';

describe(`contests: online round (${dbKind})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let agencyId: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('orgadmin');
    [{ id: agencyId }] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin'`);
    for (const q of sampleQuestions) expect((await admin.post('/api/v1/learning/questions', { ...q, orgId: agencyId, tags: ['党史'] })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('refuses bad input naming the field, and another organisation', async () => {
    const bad = await admin.post('/api/v1/contests', { name: '测试赛', orgId: agencyId, questionSource: { kind: 'draw', count: 0 }, rounds: [] });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.questionSource.count', 'body.rounds']));
    const noWindow = await admin.post('/api/v1/contests', { name: '测试赛', orgId: agencyId, questionSource: { kind: 'draw', count: 2 }, rounds: [{ name: '初赛', kind: 'async' }] });
    expect(noWindow.json().error.details[0].field).toBe('body.rounds.0.closesAt');
    const [{ id: root }] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL LIMIT 1`);
    const foreign = await admin.post('/api/v1/contests', { name: '测试赛', orgId: root, questionSource: { kind: 'draw', count: 2 }, rounds: [{ name: '决赛', kind: 'live' }] });
    expect(foreign.statusCode).toBe(404);
  });

  it('draws questions by tag, times each one on the server, refuses double and late answers, awards at the end', async () => {
    const now = Date.now();
    const created = await admin.post('/api/v1/contests', {
      name: '党史知识线上赛',
      orgId: agencyId,
      questionSource: { kind: 'draw', tags: ['党史'], count: 3 },
      awardRule: { kind: 'count', gold: 1, silver: 0, bronze: 0 },
      rounds: [{ name: '线上初赛', kind: 'async', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString(), secondsPerQuestion: 30 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const roundId = created.json().rounds[0].id;
    const member = await t.login('member');
    expect((await member.get('/api/v1/contests/my/rounds')).json().items.map((r: { id: number }) => r.id)).toContain(roundId);

    const q0 = (await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
    expect(q0).toMatchObject({ done: false, index: 0 });
    expect((await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json().stem).toBe(q0.stem); // a reload serves the same question
    const source = sampleQuestions.find((q) => q.stem === q0.stem)!;
    const right = source.type === 'judge' ? ['A'] : [letterOf(q0, source.options[source.answer[0].charCodeAt(0) - 65])];
    const first = await member.post(`/api/v1/contests/rounds/${roundId}/answer`, { index: 0, choice: right });
    expect(first.statusCode, first.body).toBe(200);
    const again = await member.post(`/api/v1/contests/rounds/${roundId}/answer`, { index: 0, choice: right });
    expect(again.json().error.code).toBe('contest_already_answered');

    const q1 = (await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json();
    expect(q1.index).toBe(1);
    await t.db.execute(sql`UPDATE contest_answers SET served_at = now() - interval '1 minute' WHERE round_id = ${roundId} AND question_index = 1`);
    const late = await member.post(`/api/v1/contests/rounds/${roundId}/answer`, { index: 1, choice: ['A'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('contest_answer_late');
    expect((await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json().index).toBe(2);

    const finish = await admin.post(`/api/v1/contests/rounds/${roundId}/finish`);
    expect(finish.json()).toMatchObject({ finished: true, awards: 1, players: 1 });
    const results = (await admin.get(`/api/v1/contests/rounds/${roundId}/results`)).json();
    expect(results.individuals[0]).toMatchObject({ rank: 1, correct: 1 });
    expect(results.individuals[0].score).toBeGreaterThan(1900);
    expect((await member.get('/api/v1/contests/my/awards')).json().items[0]).toMatchObject({ tier: 'gold', contestName: '党史知识线上赛' });
    expect((await member.post(`/api/v1/contests/rounds/${roundId}/play`)).json().error.code).toBe('contest_not_open');
    const [points] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'contests.finish_round'`);
    expect(points.n).toBe(1);
  });
});
