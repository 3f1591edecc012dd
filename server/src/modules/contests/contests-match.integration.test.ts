import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { bulkMembers } from '../../../../test/bulk-members.js';
import { rows } from '../../kernel/db/client.js';
import { sampleQuestions, WsClient, type Msg } from './contests.fixtures.js';
import { matchTiming } from './match/match-rules.js';

type Member = Awaited<ReturnType<typeof bulkMembers>>[number];

describe(`双人对战 and 四人赛 (${dbKind})`, () => {
  let t: TestApp;
  let base: string;
  let members: Member[];
  const clients: WsClient[] = [];
  const saved = { ...matchTiming };
  const open = async (m?: Member) => {
    const c = await WsClient.match(base, m?.cookie);
    clients.push(c);
    return c;
  };
  const points = async (personId: number, rule: string) =>
    (await rows<{ n: number }>(t.db, sql`SELECT coalesce(sum(points), 0)::int AS n FROM points_ledger WHERE person_id = ${personId} AND rule_code = ${rule}`))[0].n;

  /** The letter this player must send to be right (or wrong), from the bank's answer and the options as this player sees them. */
  const pick = async (q: Msg, right: boolean): Promise<string[]> => {
    const [bank] = await rows<{ options: string[]; answer: string[] }>(t.db, sql`SELECT options, answer FROM learning_questions WHERE stem = ${q.stem} AND deleted_at IS NULL ORDER BY id LIMIT 1`);
    if (q.type === 'judge') return [(bank.answer[0] === 'true') === right ? 'A' : 'B'];
    const good = bank.answer.map((l) => bank.options['ABCDEFGHIJ'.indexOf(l)]);
    const shown = (q.options as string[]).map((o, i) => ({ o, l: 'ABCDEFGHIJ'[i] }));
    if (right) return shown.filter((x) => good.includes(x.o)).map((x) => x.l).sort();
    return [shown.find((x) => !good.includes(x.o))!.l];
  };

  beforeAll(async () => {
    Object.assign(matchTiming, { questions: 3, questionMs: 4000, readyMs: 100, gapMs: 100, queueMs: 60_000 });
    t = await createTestApp();
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const admin = await t.login('orgadmin');
    const [agency] = await rows<{ id: number; path: string }>(t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = 'orgadmin'`);
    const branches = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path LIKE ${agency.path + '%'} AND id <> ${agency.id} ORDER BY id LIMIT 2`);
    members = [...(await bulkMembers(t.db, branches[0].id, 3, 'match_a')), ...(await bulkMembers(t.db, branches[1].id, 2, 'match_b'))];
    for (const q of sampleQuestions) expect((await admin.post('/api/v1/learning/questions', { ...q, orgId: agency.id })).statusCode).toBe(201);
  });
  afterAll(async () => {
    Object.assign(matchTiming, saved);
    for (const c of clients) c.close();
    await t.close();
  });

  /** Plays every question: `right[k]` says whether player k answers right; players answer in order, one after the other. */
  const play = async (cs: WsClient[], right: boolean[], stopAfter?: { player: number; index: number }) => {
    const stems: string[][] = cs.map(() => []);
    for (let i = 0; i < matchTiming.questions; i++) {
      for (const [k, c] of cs.entries()) {
        if (c.closed) continue;
        const q = await c.next('question');
        expect(q.index).toBe(i);
        // Nothing of the answer travels with the question.
        expect(JSON.stringify(q)).not.toMatch(/answer"|correct|explanation/);
        stems[k].push(q.stem);
        const choice = await pick(q, right[k]);
        c.send({ t: 'answer', index: i, choice });
        expect(await c.next('ack')).toMatchObject({ index: i, ok: true });
        if (k === 0 && i === 0) {
          c.send({ t: 'answer', index: i, choice });
          expect(await c.next('ack')).toMatchObject({ index: i, ok: false, reason: 'duplicate' });
        }
        // Further apart than the latency grace (≤ 300 ms), so the earlier answer is the faster one.
        await new Promise((r) => setTimeout(r, 350));
      }
      for (const [k, c] of cs.entries()) {
        if (c.closed) continue;
        const r = await c.next('result');
        expect(r).toMatchObject({ index: i, answered: true, correct: right[k] });
        expect(r.standings).toHaveLength(cs.length);
      }
      if (stopAfter?.index === i) cs[stopAfter.player].close();
    }
    return stems;
  };

  it('refuses a socket without a session', async () => {
    const c = await open();
    expect((await c.next('error')).code).toBe('unauthenticated');
  });

  it('双人对战: two members are matched within seconds, get the same questions, the right and fast one wins; points as 学习强国 (first duel of the day only)', async () => {
    const [a, b] = await Promise.all([open(members[0]), open(members[3])]);
    const started = Date.now();
    a.send({ t: 'queue', kind: 'duel' });
    const waiting = await a.next('queued');
    expect(waiting).toMatchObject({ kind: 'duel', size: 2, waiting: ['match_a0'] });
    expect(waiting.remainingMs).toBeGreaterThan(50_000);
    b.send({ t: 'queue', kind: 'duel' });
    const [ma, mb] = await Promise.all([a.next('matched'), b.next('matched')]);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(ma.players.map((p: { name: string }) => p.name)).toEqual(['match_a0', 'match_b0']);
    expect(mb.total).toBe(3);
    const stems = await play([a, b], [true, false]);
    expect(stems[0]).toEqual(stems[1]);
    expect(new Set(stems[0]).size).toBe(3);
    const [ea, eb] = await Promise.all([a.next('ended'), b.next('ended')]);
    expect(ea).toMatchObject({ kind: 'duel', rank: 1, players: 2, correct: 3 });
    expect(eb).toMatchObject({ rank: 2, correct: 0, score: 0 });
    expect(ea.score).toBeGreaterThan(3000);
    expect(ea.standings.map((s: { name: string }) => s.name)).toEqual(['match_a0', 'match_b0']);
    expect(await points(members[0].personId, 'match_duel')).toBe(2);
    expect(await points(members[3].personId, 'match_duel')).toBe(1);

    // A second duel the same day: the loser wins now, but only the first duel of a day earns.
    a.send({ t: 'queue', kind: 'duel' });
    b.send({ t: 'queue', kind: 'duel' });
    await Promise.all([a.next('matched'), b.next('matched')]);
    await play([a, b], [false, true]);
    expect((await b.next('ended')).rank).toBe(1);
    await a.next('ended');
    expect(await points(members[0].personId, 'match_duel')).toBe(2);
    expect(await points(members[3].personId, 'match_duel')).toBe(1);

    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/contests/my/matches', headers: { cookie: members[3].cookie } });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ kind: 'duel', place: 1, players: 2, correct: 3, total: 3, opponents: ['match_a0'], leftEarly: false }),
      expect.objectContaining({ kind: 'duel', place: 2, players: 2, correct: 0, score: 0 }),
    ]);
    const [audited] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'contests.match_finished' AND entity = 'contest_match'`);
    expect(audited.n).toBe(2);
  });

  it('a member is in one queue at a time; cancel leaves the queue', async () => {
    const [a, a2, b] = await Promise.all([open(members[1]), open(members[1]), open(members[4])]);
    a.send({ t: 'queue', kind: 'four' });
    expect((await a.next('queued')).waiting).toEqual(['match_a1']);
    // The same member on a second phone takes the place: the first phone is told it left.
    a2.send({ t: 'queue', kind: 'duel' });
    expect(await a.next('left')).toMatchObject({ reason: 'elsewhere' });
    expect((await a2.next('queued')).kind).toBe('duel');
    a2.send({ t: 'cancel' });
    expect(await a2.next('left')).toMatchObject({ reason: 'cancelled' });
    // Nobody waits now: a new member waits alone.
    b.send({ t: 'queue', kind: 'duel' });
    expect((await b.next('queued')).waiting).toEqual(['match_b1']);
    b.send({ t: 'cancel' });
    await b.next('left');
    for (const c of [a, a2, b]) c.close();
  });

  it('四人赛: four members, ranked by correctness and speed; one disconnects and ranks last while the others finish; points by place, capped at 5 a day', async () => {
    const order = [members[0], members[1], members[2], members[3]];
    const cs = await Promise.all(order.map((m) => open(m)));
    for (const c of cs) c.send({ t: 'queue', kind: 'four' });
    const matched = await Promise.all(cs.map((c) => c.next('matched')));
    expect(matched[0].players).toHaveLength(4);
    // Players 0 and 1 right (0 answers first), 2 wrong, 3 leaves after the first question.
    const stems = await play(cs, [true, true, false, true], { player: 3, index: 0 });
    expect(stems[0]).toEqual(stems[1]);
    const ended = await Promise.all(cs.slice(0, 3).map((c) => c.next('ended')));
    expect(ended.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(ended[0].standings.map((s: { name: string; left: boolean }) => [s.name, s.left])).toEqual([
      ['match_a0', false],
      ['match_a1', false],
      ['match_a2', false],
      ['match_b0', true],
    ]);
    const stored = await rows<{ person_id: number; place: number; left_early: boolean; answered: number }>(
      t.db,
      sql`SELECT person_id, place, left_early, answered FROM contest_match_players WHERE match_id = (SELECT max(id) FROM contest_matches WHERE kind = 'four') ORDER BY place`,
    );
    expect(stored.map((s) => [s.person_id, s.place, s.left_early, s.answered])).toEqual([
      [members[0].personId, 1, false, 3],
      [members[1].personId, 2, false, 3],
      [members[2].personId, 3, false, 3],
      [members[3].personId, 4, true, 1],
    ]);
    expect(await Promise.all(order.map((m) => points(m.personId, 'match_four')))).toEqual([5, 3, 2, 1]);

    // A second match: the winner is at the cap already; the others earn by their new places, up to 5.
    const again = [cs[1], cs[2], await open(members[3]), cs[0]];
    for (const c of again) c.send({ t: 'queue', kind: 'four' });
    await Promise.all(again.map((c) => c.next('matched')));
    await play(again, [true, true, true, false]);
    expect((await Promise.all(again.map((c) => c.next('ended')))).map((e) => e.rank)).toEqual([1, 2, 3, 4]);
    // members[1]: 3 + 5 → 5 (cap); members[2]: 2 + 3; members[3]: 1 + 2; members[0]: at the cap.
    expect(await Promise.all(order.map((m) => points(m.personId, 'match_four')))).toEqual([5, 5, 5, 3]);

    // A third match of the day earns nothing.
    for (const c of again) c.send({ t: 'queue', kind: 'four' });
    await Promise.all(again.map((c) => c.next('matched')));
    await play(again, [false, false, false, true]);
    await Promise.all(again.map((c) => c.next('ended')));
    expect(await points(members[3].personId, 'match_four')).toBe(3);
  });
});
