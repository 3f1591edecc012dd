import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { bulkMembers } from '../../../../test/bulk-members.js';
import { rows } from '../../kernel/db/client.js';
import { contestsMetrics } from './contests.metrics.js';
import { letterOf, sampleQuestions, WsClient } from './contests.fixtures.js';

describe(`live contest (${dbKind})`, () => {
  let t: TestApp;
  let base: string;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let players: Awaited<ReturnType<typeof bulkMembers>>;
  let roundId: number;
  let contestId: number;
  let code: string;
  let agencyPath: string;
  const clients: WsClient[] = [];
  const open = async (cookie?: string) => {
    const c = await WsClient.open(base, code, cookie);
    clients.push(c);
    return c;
  };
  const host = (command: string) => admin.post(`/api/v1/contests/rounds/${roundId}/live/${command}`);

  beforeAll(async () => {
    t = await createTestApp();
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    admin = await t.login('orgadmin');
    const [agency] = await rows<{ id: number; path: string }>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`);
    agencyPath = agency.path;
    const branches = await rows<{ id: number; name: string }>(t.db, sql`SELECT id, name FROM orgs WHERE path LIKE ${agency.path + '%'} AND id <> ${agency.id} ORDER BY id LIMIT 2`);
    players = [...(await bulkMembers(t.db, branches[0].id, 3, 'live_a')), ...(await bulkMembers(t.db, branches[1].id, 1, 'live_b'))];
    const ids: number[] = [];
    for (const q of sampleQuestions) {
      const res = await admin.post('/api/v1/learning/questions', { ...q, orgId: agency.id });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const created = await admin.post('/api/v1/contests', {
      name: '学思想强党性共奋斗知识挑战赛',
      orgId: agency.id,
      questionSource: { kind: 'fixed', questionIds: ids },
      entrantKind: 'individual',
      teams: branches.map((b) => ({ name: b.name, orgId: b.id })),
      awardRule: { kind: 'count', gold: 1, silver: 1, bronze: 1 },
      rounds: [{ name: '现场决赛', kind: 'live', secondsPerQuestion: 5 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    roundId = created.json().rounds[0].id;
    contestId = created.json().id;
    code = created.json().rounds[0].code;
    expect(code).toMatch(/^\d{6}$/);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await t.close();
  });

  it('lobby: players join by code; no question text reaches anyone before it starts', async () => {
    expect((await host('open')).statusCode).toBe(200);
    const [p1, p2, p3, p4] = await Promise.all(players.map((p) => open(p.cookie)));
    for (const c of [p1, p2, p3, p4]) c.send({ t: 'join' });
    const welcome = await p1.next('welcome');
    expect(welcome.token).toBeTruthy();
    const lobby = await p1.next('lobby');
    expect(lobby.total).toBe(3);
    const screen = await open(admin.cookie!);
    screen.send({ t: 'screen' });
    await screen.next('lobby');
    const stranger = await open();
    stranger.send({ t: 'join' });
    expect((await stranger.next('error')).code).toBe('unauthenticated');
    const detail = await admin.get(`/api/v1/contests/${contestId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().rounds[0]).toMatchObject({ id: roundId, kind: 'live', phase: 'lobby' });
    const list = await admin.get('/api/v1/contests?q=' + encodeURIComponent(detail.json().name));
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((c: { id: number }) => c.id)).toContain(contestId);
    const status = await admin.get(`/api/v1/contests/rounds/${roundId}/live`);
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ phase: 'lobby', currentIndex: -1, total: 3 });
    const everything = JSON.stringify([p1.messages, screen.messages, detail.json()]);
    for (const q of sampleQuestions) expect(everything).not.toContain(q.stem);
  });

  it('question: shuffled per player, one answer each, stored before the ack', async () => {
    const [p1, p2, p3, p4] = clients;
    await Promise.all([p2, p3, p4].map((c) => c.next('welcome')));
    expect((await host('start')).statusCode).toBe(200);
    const qs = await Promise.all([p1, p2, p3, p4].map((c) => c.next('question')));
    expect(qs[0].stem).toBe(sampleQuestions[0].stem);
    expect(qs.every((q) => q.remainingMs > 3000 && q.index === 0)).toBe(true);
    expect(new Set(qs.map((q) => q.options.join('|'))).size).toBeGreaterThan(1);
    expect(JSON.stringify(qs)).not.toContain('"answer"');

    p1.send({ t: 'answer', index: 0, choice: [letterOf(qs[0], '1921年')] });
    const ack = await p1.next('ack');
    expect(ack).toMatchObject({ ok: true, index: 0 });
    const stored = await rows<{ correct: boolean; points: number }>(t.db, sql`SELECT correct, points FROM contest_answers WHERE round_id = ${roundId}`);
    expect(stored).toHaveLength(1);
    expect(stored[0].correct).toBe(true);
    expect(stored[0].points).toBeGreaterThan(1000);

    p1.send({ t: 'answer', index: 0, choice: [letterOf(qs[0], '1919年')] });
    expect(await p1.next('ack')).toMatchObject({ ok: false, reason: 'duplicate' });
    p2.send({ t: 'answer', index: 0, choice: [letterOf(qs[1], '1919年')] });
    expect((await p2.next('ack')).ok).toBe(true);
    p4.send({ t: 'answer', index: 0, choice: [letterOf(qs[3], '1921年')] });
    expect((await p4.next('ack')).ok).toBe(true);
  });

  it('an answer after the deadline is refused', async () => {
    const p3 = clients[2];
    await p3.next('closed', 8000);
    p3.send({ t: 'answer', index: 0, choice: ['A'] });
    expect(await p3.next('ack')).toMatchObject({ ok: false, reason: 'late' });
  });

  it('reveal: per-player result and rank, distribution and top list on the big screen', async () => {
    expect((await host('reveal')).statusCode).toBe(200);
    const [p1, p2] = clients;
    const r1 = await p1.next('result');
    expect(r1).toMatchObject({ correct: true, rank: 1, answered: true });
    expect(r1.yourAnswer).toEqual(r1.correctAnswer);
    // Options are shuffled per player: the reveal also says the answer in words and in the big screen's letters.
    expect(r1).toMatchObject({ correctText: ['1921年'], yourText: ['1921年'], screenAnswer: ['B'] });
    const r2 = await p2.next('result');
    expect(r2).toMatchObject({ correct: false, points: 0, correctText: ['1921年'] });
    expect(r2.yourText).not.toEqual(['1921年']);
    const screen = clients[4];
    const reveal = await screen.next('reveal');
    expect(reveal.correctAnswer).toEqual(['B']);
    expect(reveal.counts[1]).toBe(2);
    expect(reveal.counts[0]).toBe(1);
    expect(reveal.top[0].name).toMatch(/^live_/);
  });

  it('reconnect: a resume token restores the player on a new socket', async () => {
    const p1 = clients[0];
    const token = p1.messages.find((m) => m.t === 'welcome')!.token;
    p1.close();
    const again = await open();
    again.send({ t: 'resume', token });
    expect((await again.next('welcome')).resumed).toBe(true);
    expect(await again.next('result')).toMatchObject({ index: 0, correct: true, rank: 1 });
    expect((await host('next')).statusCode).toBe(200);
    const q = await again.next('question');
    expect(q).toMatchObject({ index: 1, answered: false });
    again.send({ t: 'answer', index: 1, choice: [letterOf(q, '全心全意为人民服务')] });
    expect((await again.next('ack')).ok).toBe(true);
    const bad = await open();
    bad.send({ t: 'resume', token: 'nope' });
    expect((await bad.next('error')).code).toBe('bad_token');
  });

  it('pause keeps the clock; end ranks, awards, exports and certifies', async () => {
    expect((await host('pause')).json().phase).toBe('paused');
    expect((await host('next')).statusCode).toBe(409);
    expect((await host('resume')).json().phase).toBe('question');
    expect((await host('reveal')).statusCode).toBe(200);
    expect((await host('end')).statusCode).toBe(200);
    const again = clients[6];
    const ended = await again.next('ended');
    expect(ended).toMatchObject({ rank: 1, award: 'gold' });

    const results = (await admin.get(`/api/v1/contests/rounds/${roundId}/results`)).json();
    expect(results.individuals[0].score).toBeGreaterThan(2000);
    expect(results.teams.length).toBe(2);
    expect(results.questions[0]).toMatchObject({ answered: 3, correct: 2, correctRate: 66.7 });
    expect(results.awards.map((a: { tier: string }) => a.tier)).toEqual(['gold', 'silver']);

    const xlsx = await admin.get(`/api/v1/contests/rounds/${roundId}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const winner = players.find((p) => p.personId === results.awards[0].personId)!;
    const png = await t.app.inject({ method: 'GET', url: `/api/v1/contests/awards/${results.awards[0].id}/certificate.png`, headers: { cookie: winner.cookie } });
    expect(png.statusCode).toBe(200);
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/contests/my/results', headers: { cookie: winner.cookie } });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.find((r: { roundId: number }) => r.roundId === roundId)).toMatchObject({ code, kind: 'live', final: true, rank: 1, tier: 'gold', awardId: results.awards[0].id });
    const loser = players.find((p) => !results.awards.some((a: { personId: number }) => a.personId === p.personId))!;
    const denied = await t.app.inject({ method: 'GET', url: `/api/v1/contests/awards/${results.awards[0].id}/certificate.png`, headers: { cookie: loser.cookie } });
    expect(denied.statusCode).toBe(404);

    const ctx = { ...t.ctx };
    const value = (name: string) => contestsMetrics.find((m) => m.name === name)!.value(ctx, { orgPath: agencyPath });
    expect(await value('contests.held')).toBe(1);
    expect(await value('contests.players')).toBe(4);
    expect(await value('contests.award_ratio')).toBe(50);
    expect((await host('next')).statusCode).toBe(409);
  });

  it('host commands need contests.host in the contest organisation', async () => {
    const other = await t.login('orgadmin2');
    expect((await other.post(`/api/v1/contests/rounds/${roundId}/live/pause`)).statusCode).toBe(404);
    const member = await t.login('member');
    expect((await member.post(`/api/v1/contests/rounds/${roundId}/live/pause`)).statusCode).toBe(403);
  });
});
