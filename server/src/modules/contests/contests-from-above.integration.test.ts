import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { sampleQuestions } from './contests.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
interface Individual {
  rank: number;
  playerId: number;
  name: string;
}

/** An agency admin follows their own people into the city's contest: listed read-only, results over their people only. */
describe(`contests: a city contest seen by agency admins (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let firstPath: string;
  let secondPath: string;
  let contestId: number;
  let roundId: number;

  const pathOf = async (username: string) =>
    (await rows<{ path: string }>(t.db, sql`SELECT o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${username}`))[0].path;
  /** Hand count: the round's players under `path`, by player id. */
  const playersUnder = async (path: string) =>
    (await rows<{ id: number }>(t.db, sql`SELECT id FROM contest_players WHERE round_id = ${roundId} AND org_path LIKE ${path + '%'} ORDER BY id`)).map((p) => p.id);

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, orgadmin2] = await Promise.all(['admin', 'orgadmin', 'orgadmin2'].map((u) => t.login(u)));
    firstPath = await pathOf('orgadmin');
    secondPath = await pathOf('orgadmin2');
    // A city contest (the tiny city seeds none): two agency teams, three players of the first agency, two of the second,
    // their answers written straight to the tables, then the round is finished (awards by the overall ranking).
    const [root] = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`);
    const agencyId = async (path: string) => (await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path = ${path}`))[0].id;
    const ids: number[] = [];
    for (const q of sampleQuestions) ids.push((await admin.post('/api/v1/learning/questions', { ...q, orgId: root.id })).json().id);
    const now = Date.now();
    const created = await admin.post('/api/v1/contests', {
      name: '全市青年理论知识挑战赛',
      orgId: root.id,
      questionSource: { kind: 'fixed', questionIds: ids },
      entrantKind: 'team',
      teams: [{ name: '第一单位代表队', orgId: await agencyId(firstPath) }, { name: '第二单位代表队', orgId: await agencyId(secondPath) }],
      awardRule: { kind: 'count', gold: 1, silver: 1, bronze: 1 },
      rounds: [{ name: '线上初赛', kind: 'async', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString(), secondsPerQuestion: 30 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    contestId = created.json().id;
    roundId = created.json().rounds[0].id;
    const teams = created.json().teams as { id: number }[];
    const play = async (path: string, n: number, team: number, points: number[]) => {
      const people = await rows<{ id: number; name: string; path: string }>(t.db, sql`SELECT p.id, p.name, o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${path + '%'} ORDER BY p.id LIMIT ${n}`);
      for (const [i, p] of people.entries()) {
        const [pl] = await rows<{ id: number }>(
          t.db,
          sql`INSERT INTO contest_players (round_id, person_id, name, org_path, team_id, token_hash) VALUES (${roundId}, ${p.id}, ${p.name}, ${p.path}, ${team}, ${`h-${roundId}-${p.id}`}) RETURNING id`,
        );
        await t.db.execute(sql`INSERT INTO contest_answers (round_id, player_id, question_index, question_id, choice, correct, time_ms, points, served_at, answered_at)
          VALUES (${roundId}, ${pl.id}, 0, ${ids[0]}, '{A}', ${points[i] > 0}, 3000, ${points[i]}, now(), now())`);
      }
    };
    await play(firstPath, 3, teams[0].id, [1500, 0, 900]);
    await play(secondPath, 2, teams[1].id, [1800, 1200]);
    expect((await admin.post(`/api/v1/contests/rounds/${roundId}/finish`)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('the agency admin lists the city contest marked city, counting their own players, and cannot finish its round', async () => {
    const own = await playersUnder(firstPath);
    expect(own.length).toBeGreaterThan(0);
    const list = (await orgadmin.get('/api/v1/contests?pageSize=100')).json();
    const row = list.items.find((c: { id: number }) => c.id === contestId);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM contest_players p JOIN contest_rounds r ON r.id = p.round_id WHERE r.contest_id = ${contestId} AND p.org_path LIKE ${firstPath + '%'}`);
    expect(row).toMatchObject({ origin: 'city', players: n });
    const detail = (await orgadmin.get(`/api/v1/contests/${contestId}`)).json();
    expect(detail.origin).toBe('city');
    expect(detail.rounds.find((r: { id: number }) => r.id === roundId).players).toBe(own.length);
    const teamPaths = await rows<{ id: number }>(t.db, sql`SELECT id FROM contest_teams WHERE contest_id = ${contestId} AND org_path LIKE ${firstPath + '%'} ORDER BY id`);
    expect(detail.teams.map((x: { id: number }) => x.id)).toEqual(teamPaths.map((x) => x.id));
    expect((await admin.get(`/api/v1/contests/${contestId}`)).json().origin).toBe('own');

    expect((await orgadmin.post(`/api/v1/contests/rounds/${roundId}/finish`)).statusCode).toBe(403);
  });

  it('results and their export show the first agency’s players only, each with their overall rank', async () => {
    const own = await playersUnder(firstPath);
    const full = (await admin.get(`/api/v1/contests/rounds/${roundId}/results`)).json();
    const rankOf = new Map((full.individuals as Individual[]).map((x) => [x.playerId, x.rank]));
    const res = (await orgadmin.get(`/api/v1/contests/rounds/${roundId}/results`)).json();
    expect(res.round.ownPeopleOnly).toBe(true);
    const individuals = res.individuals as Individual[];
    expect(individuals.map((x) => x.playerId).sort((a, b) => a - b)).toEqual(own);
    for (const x of individuals) expect(x.rank).toBe(rankOf.get(x.playerId));
    const [{ answered }] = await rows<{ answered: number }>(
      t.db,
      sql`SELECT count(answered_at)::int AS answered FROM contest_answers WHERE round_id = ${roundId} AND question_index = 0 AND player_id = ANY(${`{${own.join(',')}}`}::int[])`,
    );
    expect(res.questions[0].answered).toBe(answered);
    // A team contest: awards go to teams; the first agency's team is second (800 on average against 1500), it sees its own only.
    const ownTeams = await rows<{ id: number }>(t.db, sql`SELECT id FROM contest_teams WHERE contest_id = ${contestId} AND org_path LIKE ${firstPath + '%'}`);
    expect(res.teams).toEqual([expect.objectContaining({ teamId: ownTeams[0].id, rank: 2, score: 800, players: 3 })]);
    expect(res.awards).toEqual([expect.objectContaining({ teamId: ownTeams[0].id, tier: 'silver', rank: 2 })]);
    expect(full.awards).toHaveLength(2);
    const xlsx = await orgadmin.get(`/api/v1/contests/rounds/${roundId}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const sheet = wb.getWorksheet('个人排名')!;
    const names = (sheet.getRows(3, sheet.rowCount - 2) ?? []).map((r) => r.getCell(2).value);
    expect(names).toEqual(individuals.map((x) => x.name));
  });

  it('another agency’s admin sees their own players only', async () => {
    const own = await playersUnder(secondPath);
    const res = (await orgadmin2.get(`/api/v1/contests/rounds/${roundId}/results`)).json();
    expect((res.individuals as Individual[]).map((x) => x.playerId).sort((a, b) => a - b)).toEqual(own);
    expect((await admin.get(`/api/v1/contests/rounds/${roundId}/results`)).json().round.ownPeopleOnly).toBe(false);
  });
});
