import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { sampleQuestions } from '../../contests/contests.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const YEAR = 2099;
const base = '/api/v1/squads/scoring';
// Records of the fixture fall in 2099 Q2 (a year no demo data reaches): the hand computation below holds whatever else is seeded.
const inQ2 = '2099-05-15T04:00:00Z';

describe(`squads 五比一做 scoring (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let reviewer: Client;
  let A: number;
  let B: number;
  let periods: Array<{ id: number; seq: number }>;
  let criteria: Array<{ id: number }>;
  let q1: number;
  let q2: number;

  const one = async <T>(q: ReturnType<typeof sql>) => (await rows<T>(t.db, q))[0];
  async function person(orgId: number, n: number) {
    const r = await one<{ id: number }>(
      sql`INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status) VALUES (${orgId}, ${`尖刀队员${n}`}, '男', '1998-03-01', ${`3702029998${String(n).padStart(8, '0')}`}, '中共党员') RETURNING id`,
    );
    return r.id;
  }
  async function squad(name: string, org: { id: number; path: string }, members: number[]) {
    const s = await one<{ id: number }>(sql`INSERT INTO squads (name, org_id, org_path, field, started_on) VALUES (${name}, ${org.id}, ${org.path}, '招商引资', '2099-01-01') RETURNING id`);
    for (const [i, p] of members.entries()) {
      await t.db.execute(sql`INSERT INTO squad_members (squad_id, person_id, role, status, joined_at) VALUES (${s.id}, ${p}, ${i === 0 ? 'leader' : 'member'}, 'active', '2099-01-01T00:00:00Z')`);
    }
    return s.id;
  }
  const innovation = (squadId: number, at: string) =>
    t.db.execute(sql`INSERT INTO squad_innovations (squad_id, kind, title, status, submitted_at, decided_at) VALUES (${squadId}, 'method', '“一网通办”流程再造', 'accepted', ${at}, ${at})`);
  const task = async (squadId: number, difficulty: number, onTime: boolean) =>
    (
      await one<{ id: number }>(
        sql`INSERT INTO squad_tasks (squad_id, title, difficulty, due_on, status, accepted_at, done_at, on_time) VALUES (${squadId}, '攻坚任务', ${difficulty}, '2099-06-30', 'accepted', ${inQ2}, ${inQ2}, ${onTime}) RETURNING id`,
      )
    ).id;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, orgadmin, reviewer] = await Promise.all([t.login('admin'), t.login('orgadmin'), t.login('reviewer')]);
    const agencyOf = (u: string) =>
      one<{ id: number; path: string }>(sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${u}`);
    const first = await agencyOf('orgadmin');
    const second = await agencyOf('orgadmin2');
    const a = [await person(first.id, 1), await person(first.id, 2)];
    const b = [await person(second.id, 3), await person(second.id, 4), await person(second.id, 5), await person(second.id, 6)];
    A = await squad('招商引资青年尖刀班（测试）', first, a);
    B = await squad('城市更新攻坚尖刀班（测试）', second, b);

    // 比学习: quiz accuracy a1 80 %, b1 100 %; a1 read one hour.
    await t.db.execute(sql`INSERT INTO learning_daily_quizzes (person_id, day, question_ids, correct, total, submitted_at) VALUES (${a[0]}, '2099-05-15', '{1,2,3,4,5}', 4, 5, ${inQ2}), (${b[0]}, '2099-05-15', '{1,2,3,4,5}', 5, 5, ${inQ2})`);
    const item = await one<{ id: number }>(sql`INSERT INTO content_items (kind, title, org_id, org_path) VALUES ('article', '学习材料', ${first.id}, ${first.path}) RETURNING id`);
    await t.db.execute(sql`INSERT INTO content_reads (item_id, person_id, seconds, last_beat_at) VALUES (${item.id}, ${a[0]}, 3600, ${inQ2})`);
    // 比本领: a1 played a finished round of two questions, one right, and won gold.
    const c = await one<{ id: number }>(
      sql`INSERT INTO contests (name, org_id, org_path, question_source, scoring, award_rule) VALUES ('知识挑战赛', ${first.id}, ${first.path}, '{"kind":"fixed","questionIds":[1,2]}', '{}', '{}') RETURNING id`,
    );
    const r = await one<{ id: number }>(
      sql`INSERT INTO contest_rounds (contest_id, seq, name, kind, question_ids, seconds_per_question, phase, shuffle_seed, finished_at) VALUES (${c.id}, 1, '初赛', 'async', '{1,2}', 30, 'ended', 7, ${inQ2}) RETURNING id`,
    );
    const pl = await one<{ id: number }>(
      sql`INSERT INTO contest_players (round_id, person_id, name, org_path, token_hash) VALUES (${r.id}, ${a[0]}, '尖刀队员1', ${first.path}, 'scoring-test-token') RETURNING id`,
    );
    await t.db.execute(sql`INSERT INTO contest_answers (round_id, player_id, question_index, question_id, correct) VALUES (${r.id}, ${pl.id}, 0, 1, true), (${r.id}, ${pl.id}, 1, 2, false)`);
    await t.db.execute(sql`INSERT INTO contest_awards (contest_id, round_id, tier, rank, score, player_id, person_id, name, certificate_no) VALUES (${c.id}, ${r.id}, 'gold', 1, 100, ${pl.id}, ${a[0]}, '尖刀队员1', 'T-1')`);
    // 比创新: one accepted item each (A has 2 members, B 4).
    await innovation(A, inQ2);
    await innovation(B, inQ2);
    // 比担当: A a hard task on time (2) and one of its milestones late (0.2 × 2 × 0.5); B a very hard task on time (3).
    const at = await task(A, 2, true);
    await t.db.execute(sql`INSERT INTO squad_milestones (task_id, seq, title, due_on, status, done_at, on_time) VALUES (${at}, 1, '方案', '2099-04-30', 'done', ${inQ2}, false)`);
    await task(B, 3, true);
  }, 120_000);
  afterAll(() => t?.close());

  it('configures a year: settings, 3–5 rubric criteria, periods created on demand (committee admin only)', async () => {
    const settings = { periodKind: 'quarter', weights: { learning: 3, skill: 1, innovation: 1, duty: 1, performance: 1 }, youngMaxAge: 35, badgeTopN: 1 };
    expect((await orgadmin.put(`${base}/years/${YEAR}`, settings)).statusCode).toBe(403);
    const saved = await admin.put(`${base}/years/${YEAR}`, settings);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, badgeTopN: 1, weights: settings.weights });
    expect((await admin.put(`${base}/years/${YEAR}`, { ...settings, weights: { learning: 0, skill: 0, innovation: 0, duty: 0, performance: 0 } })).statusCode).toBe(400);

    const two = [{ name: '担当作为' }, { name: '群众评价' }];
    expect((await admin.put(`${base}/years/${YEAR}/rubric`, { criteria: two })).statusCode).toBe(400);
    expect((await admin.put(`${base}/years/${YEAR}/rubric`, { criteria: [...two, { name: '群众评价' }] })).statusCode).toBe(400);
    const rubric = await admin.put(`${base}/years/${YEAR}/rubric`, { criteria: [{ name: '担当作为', weight: 1 }, { name: '群众评价', weight: 1 }, { name: '攻坚实效', weight: 2 }] });
    expect(rubric.statusCode).toBe(200);
    criteria = rubric.json().items;
    expect(criteria).toHaveLength(3);

    const made = await admin.post(`${base}/years/${YEAR}/periods`);
    expect(made.statusCode).toBe(200);
    expect(made.json().created).toBe(4);
    periods = made.json().items;
    expect((await admin.post(`${base}/years/${YEAR}/periods`)).json().created).toBe(0);
    expect((await admin.put(`${base}/years/${YEAR}`, { ...settings, periodKind: 'month' })).statusCode).toBe(409);
    q1 = periods.find((p) => p.seq === 1)!.id;
    q2 = periods.find((p) => p.seq === 2)!.id;
    expect(made.json().items.find((p: { seq: number }) => p.seq === 2)).toMatchObject({ startsOn: '2099-04-01', endsOn: '2099-06-30', status: 'open', label: '2099年第2季度' });
    const audits = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('squads.year_settings', 'squads.rubric_save', 'squads.periods_create')`);
    expect(audits.n).toBe(3);
  });

  it('raters rate squads of their scope; the form shows the computed four beside it', async () => {
    const scores = (s: number[]) => ({ scores: criteria.map((c, i) => ({ criterionId: c.id, score: s[i] })) });
    expect((await reviewer.put(`${base}/periods/${q2}/ratings/${A}`, scores([80, 90, 70]))).statusCode).toBe(200);
    expect((await reviewer.put(`${base}/periods/${q2}/ratings/${B}`, scores([60, 60, 60]))).statusCode).toBe(200);
    expect((await orgadmin.put(`${base}/periods/${q2}/ratings/${A}`, scores([100, 100, 100]))).statusCode).toBe(200);
    // Out of scope, not a rater, an incomplete or foreign rubric.
    expect((await orgadmin.put(`${base}/periods/${q2}/ratings/${B}`, scores([100, 100, 100]))).statusCode).toBe(404);
    expect((await (await t.login('member')).put(`${base}/periods/${q2}/ratings/${A}`, scores([100, 100, 100]))).statusCode).toBe(403);
    expect((await reviewer.put(`${base}/periods/${q2}/ratings/${A}`, { scores: [{ criterionId: criteria[0].id, score: 50 }] })).statusCode).toBe(400);
    expect((await reviewer.put(`${base}/periods/${q2}/ratings/${A}`, { scores: [...scores([1, 2, 3]).scores.slice(0, 2), { criterionId: 999999, score: 3 }] })).statusCode).toBe(400);
    expect((await reviewer.put(`${base}/periods/${q2}/ratings/${A}`, scores([101, 1, 1]))).statusCode).toBe(400);

    const form = await reviewer.get(`${base}/periods/${q2}/ratings/${A}`);
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ raters: 2, computed: { learning: 66.67, skill: 100, innovation: 100, duty: 100 }, performance: 88.75 });
    expect(form.json().criteria.map((c: { myScore: number }) => c.myScore)).toEqual([80, 90, 70]);
    // A reviewer finds what to rate: the period's squads in their scope.
    const toRate = await reviewer.get(`${base}/periods/${q2}/ranking`);
    expect(toRate.statusCode).toBe(200);
    expect(toRate.json().items.map((r: { squadId: number }) => r.squadId)).toEqual(expect.arrayContaining([A, B]));
    // With ratings the rubric keeps its criteria: renaming is fine, adding one is not.
    expect((await admin.put(`${base}/years/${YEAR}/rubric`, { criteria: [{ name: '担当作为' }, { name: '群众评价' }, { name: '攻坚实效', weight: 2 }, { name: '廉洁自律' }] })).statusCode).toBe(409);
    expect((await admin.put(`${base}/years/${YEAR}/rubric`, { criteria: [{ name: '群众评价' }, { name: '担当作为' }, { name: '攻坚实效', weight: 2 }] })).statusCode).toBe(200);
    expect((await admin.put(`${base}/years/${YEAR}/rubric`, { criteria: [{ name: '担当作为' }, { name: '群众评价' }, { name: '攻坚实效', weight: 2 }] })).statusCode).toBe(200);
  });

  it('previews an open period equal to the hand computation, ranked across squads, scoped to the caller', async () => {
    expect((await orgadmin.post(`${base}/periods/${q1}/close`)).statusCode).toBe(403);
    expect((await admin.post(`${base}/periods/${q1}/close`)).statusCode).toBe(200);

    const res = await admin.get(`${base}/periods/${q2}/ranking?pageSize=200`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.live).toBe(true);
    const a = body.items.find((r: { squadId: number }) => r.squadId === A);
    const b = body.items.find((r: { squadId: number }) => r.squadId === B);
    // 比学习 A: quiz 40 vs B 25 → 100 / 62.5; study 0.5 h vs 0 → 100 / 0; required 0 / 0 → (100 + 100 + 0) / 3 and (0 + 62.5 + 0) / 3.
    // 比本领 A: every indicator is the best → 100; B 0. 比创新: 1/2 vs 1/4 per member → 100 / 50.
    // 比担当: A (2 + 0.2) / 2 = 1.1, B 3 / 4 = 0.75 → 100 / 68.18. 比作为 A: (90 + 95 + 2 × 85) / 4 = 88.75; B 60.
    expect(a).toMatchObject({ memberCount: 2, learning: 66.67, skill: 100, innovation: 100, duty: 100, performance: 88.75, rank: 1, badge: true });
    expect(b).toMatchObject({ memberCount: 4, learning: 20.83, skill: 0, innovation: 50, duty: 68.18, performance: 60, rank: 2, badge: false });
    // Weights 3:1:1:1:1 → (3 × 66.67 + 100 + 100 + 100 + 88.75) / 7 and (3 × 20.83 + 0 + 50 + 68.18 + 60) / 7.
    expect(a.total).toBe(84.11);
    expect(b.total).toBe(34.38);
    // Q1 had no records: every squad shared rank 1 there.
    expect(a).toMatchObject({ previousRank: 1, movement: 0 });
    expect(b).toMatchObject({ previousRank: 1, movement: -1 });

    const mine = (await orgadmin.get(`${base}/periods/${q2}/ranking`)).json();
    expect(mine.items.map((r: { squadId: number }) => r.squadId)).toContain(A);
    expect(mine.items.map((r: { squadId: number }) => r.squadId)).not.toContain(B);
    expect((await orgadmin.get(`${base}/periods/${q2}/ranking?q=招商`)).json().items.map((r: { squadId: number }) => r.squadId)).toEqual([A]);
    expect((await orgadmin.get(`${base}/periods/${q2}/squads/${B}`)).statusCode).toBe(404);

    const drill = (await orgadmin.get(`${base}/periods/${q2}/squads/${A}`)).json();
    expect(drill.members).toHaveLength(2);
    expect(drill.inputs.learning.metrics.quizAccuracy).toBe('learning.my_quiz_accuracy');
    expect(drill.inputs.learning.averages).toMatchObject({ quizAccuracy: 40, studyHours: 0.5 });
    expect(drill.inputs.skill.averages).toMatchObject({ contestRounds: 0.5, contestAccuracy: 25, awardPoints: 1.5 });
    expect(drill.inputs.duty).toMatchObject({ points: 2.2, perMember: 1.1 });
    expect(drill.inputs.innovation.innovationIds).toHaveLength(1);
  });

  it('closing freezes the period: later records do not move it, it never reopens', async () => {
    const before = (await admin.get(`${base}/periods/${q2}/ranking?pageSize=200`)).json().items;
    const closed = await admin.post(`${base}/periods/${q2}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().period).toMatchObject({ status: 'closed', weights: { learning: 3, skill: 1 } });
    expect((await admin.post(`${base}/periods/${q2}/close`)).statusCode).toBe(409);
    const after = (await admin.get(`${base}/periods/${q2}/ranking?pageSize=200`)).json();
    expect(after.live).toBe(false);
    expect(after.items).toEqual(before);

    // Records inside the closed period change afterwards; ratings are refused; year weights change.
    await innovation(B, '2099-05-20T04:00:00Z');
    await innovation(B, '2099-05-21T04:00:00Z');
    await task(B, 3, true);
    expect((await reviewer.put(`${base}/periods/${q2}/ratings/${B}`, { scores: criteria.map((c) => ({ criterionId: c.id, score: 100 })) })).statusCode).toBe(409);
    await admin.put(`${base}/years/${YEAR}`, { periodKind: 'quarter', weights: { learning: 0, skill: 0, innovation: 1, duty: 0, performance: 0 }, youngMaxAge: 35, badgeTopN: 1 });
    expect((await admin.get(`${base}/periods/${q2}/ranking?pageSize=200`)).json().items).toEqual(before);
    const [snap] = await rows<{ total: string; rank: number }>(t.db, sql`SELECT total, rank FROM squad_score_snapshots WHERE period_id = ${q2} AND squad_id = ${A}`);
    expect(snap).toMatchObject({ total: '84.11', rank: 1 });
    // The open Q3 sees nothing of Q2's records.
    const q3 = periods.find((p) => p.seq === 3)!.id;
    expect((await admin.get(`${base}/periods/${q3}/ranking?pageSize=200`)).json().items.find((r: { squadId: number }) => r.squadId === B)).toMatchObject({ innovation: 0, duty: 0 });
  });

  it('history, Excel export within scope (audited), the public board', async () => {
    const h = (await orgadmin.get(`${base}/squads/${A}/history`)).json();
    expect(h.items.filter((i: { status: string }) => i.status === 'closed').map((i: { periodId: number; rank: number }) => [i.periodId, i.rank])).toEqual([
      [q1, 1],
      [q2, 1],
    ]);
    expect((await orgadmin.get(`${base}/squads/${B}/history`)).statusCode).toBe(404);

    const x = await orgadmin.get(`${base}/periods/${q2}/ranking.xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const ws = wb.worksheets[0];
    const names = ws.getColumn(2).values.slice(3);
    expect(names).toContain('招商引资青年尖刀班（测试）');
    expect(names).not.toContain('城市更新攻坚尖刀班（测试）');
    const audited = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'squads.ranking_export' AND entity_id = ${String(q2)}`);
    expect(audited.n).toBe(1);

    const board = await t.anonymous().get(`${base}/board?limit=5`);
    expect(board.statusCode).toBe(200);
    expect(board.json().items.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(board.json())).not.toContain('尖刀队员');
  });

  it('a contest team can be a squad of the caller’s scope; its roster is the squad’s active members', async () => {
    const [{ id: agencyId }] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin'`);
    const q = await orgadmin.post('/api/v1/learning/questions', { ...sampleQuestions[0], orgId: agencyId, tags: ['党史'] });
    expect(q.statusCode).toBe(201);
    const contest = (teams: unknown[]) => ({
      name: '尖刀班知识挑战赛',
      orgId: agencyId,
      entrantKind: 'team',
      questionSource: { kind: 'fixed', questionIds: [q.json().id] },
      teams,
      rounds: [{ name: '决赛', kind: 'live' }],
    });
    const made = await orgadmin.post('/api/v1/contests', contest([{ name: '招商引资尖刀班队', squadId: A }]));
    expect(made.statusCode).toBe(201);
    const detail = (await orgadmin.get(`/api/v1/contests/${made.json().id}`)).json();
    expect(detail.teams).toEqual([expect.objectContaining({ squadId: A, rosterSize: 2, orgId: null })]);
    const foreign = await orgadmin.post('/api/v1/contests', contest([{ name: '外单位尖刀班', squadId: B }]));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].field).toBe('teams.0.squadId');
    expect((await orgadmin.post('/api/v1/contests', contest([{ name: '混合', squadId: A, orgId: agencyId }]))).statusCode).toBe(400);
  });

  it('registers the squads figures: squads active, members, innovations, on-time tasks, averages of the last closed period', async () => {
    const q = 'from=2099-04-01&to=2099-07-01';
    const value = async (name: string) => (await admin.get(`/api/v1/figures/${name}?${q}`)).json().value;
    const records = async (name: string) => (await admin.get(`/api/v1/figures/${name}/records?${q}&pageSize=100`)).json();
    expect(await value('squads.active')).toBeGreaterThanOrEqual(2);
    expect((await records('squads.active')).total).toBe(await value('squads.active'));
    expect(await value('squads.members')).toBeGreaterThanOrEqual(6);
    // Q2: two innovations at first, two more added after the close; A's task and B's two tasks all on time.
    expect(await value('squads.innovations_accepted')).toBeGreaterThanOrEqual(4);
    expect(await value('squads.tasks_on_time')).toBe(100);
    // Q2 is the last closed period ending in the window: its frozen totals, averaged.
    const snaps = await rows<{ avg: string }>(t.db, sql`SELECT round(avg(total), 2) AS avg FROM squad_score_snapshots WHERE period_id = ${q2}`);
    expect(await value('squads.avg_total')).toBe(Number(snaps[0].avg));
    expect((await records('squads.avg_total')).items.map((r: { squadId: number }) => r.squadId)).toEqual(expect.arrayContaining([A, B]));
  });
});
