import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { rows } from '../../../kernel/db/client.js';
import { assessmentFixture, personTree, reviewFixture, reviewTree } from './fixture.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const fields = (res: { json(): { error: { details: { field: string }[] } } }) => res.json().error.details.map((d) => d.field).sort();

/** Every object in a JSON value that pairs a grade with somebody's account: what "raw votes" would look like. */
function rawVotesIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(rawVotesIn);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const who = ['accountId', 'raterAccountId', 'voterId', 'voter', 'accountIds'].some((k) => k in o);
  const what = ['grade', 'myGrade'].some((k) => k in o);
  return [...(who && what ? [o] : []), ...Object.values(o).flatMap(rawVotesIn)];
}

describe(`assessment: 述职 reports, 述职评议 votes, appeals and uses (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let reviewer: Client;
  let secX: Client;
  let secZ: Client;
  let fx: Awaited<ReturnType<typeof reviewFixture>>;
  let base: Awaited<ReturnType<typeof assessmentFixture>>;
  let roundId: number;
  let target: Record<'x' | 'y' | 'z', number>;
  const groups: Record<string, number> = {};
  const voter: Record<string, Client> = {};

  beforeAll(async () => {
    t = await createTestApp();
    base = await assessmentFixture(t.db);
    fx = await reviewFixture(t.db, base.agency);
    [admin, orgadmin, orgadmin2, reviewer, secX, secZ] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'reviewer', 'sec_x', 'sec_z'].map((u) => t.login(u)));
    for (const k of ['l1', 'l2', 'l3', 'm1', 'm2', 'm3', 'p1', 'p2', 'c']) voter[k] = await t.login(`v_${k}`);
  });
  afterAll(() => t.close());

  it('the secretary writes the 述职 report with attachments; the round’s admins read it, other agencies do not', async () => {
    const sys = await admin.post('/api/v1/assessment/systems', { name: '党组织书记述职评议', targetKind: 'org', tree: reviewTree });
    expect(sys.statusCode, sys.body).toBe(201);
    await admin.post(`/api/v1/assessment/systems/${sys.json().id}/publish`);
    const round = await orgadmin.post('/api/v1/assessment/rounds', {
      name: '2020 年度支部书记述职评议',
      systemId: sys.json().id,
      kind: 'annual',
      periodFrom: '2020-01-01',
      periodTo: '2020-12-31',
      scopeOrgId: fx.committee.id,
      targetOrgKind: 'branch',
      grading: { mode: 'quota', excellentShare: 0.34, good: 70, fair: 60 },
      minVotes: 3,
    });
    expect(round.statusCode, round.body).toBe(201);
    roundId = round.json().id;
    expect(round.json()).toMatchObject({ targets: 3, minVotes: 3, meetingAt: null, appealUntil: null, voting: { open: false, openedAt: null, closedAt: null } });
    const ts = await rows<{ id: number; orgId: number }>(t.db, sql`SELECT id, org_id AS "orgId" FROM assessment_targets WHERE round_id = ${roundId}`);
    const of = (orgId: number) => ts.find((x) => x.orgId === orgId)!.id;
    target = { x: of(fx.branches.x.id), y: of(fx.branches.y.id), z: of(fx.branches.z.id) };

    const mine = (await secX.get('/api/v1/me/assessment/reports')).json().items;
    expect(mine.map((r: { targetId: number }) => r.targetId)).toEqual([target.x]);
    expect(mine[0]).toMatchObject({ body: null, editable: true, attachments: [] });
    expect((await secX.put(`/api/v1/me/assessment/reports/${target.y}`, { body: '不是本支部' })).statusCode).toBe(404);
    expect((await (await t.login('member')).get('/api/v1/me/assessment/reports')).statusCode).toBe(403);

    const saved = await secX.put(`/api/v1/me/assessment/reports/${target.x}`, { body: '一年来，支部围绕“四个三”开展工作……', submit: false });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ submittedAt: null, editable: true });
    const upload = (file: Buffer, name: string, type: string) => secX.request({ method: 'POST', url: `/api/v1/me/assessment/reports/${target.x}/attachments`, ...multipartBody(file, name, type) });
    const pdf = await upload(sampleFiles.pdf(), '述职报告.pdf', 'application/pdf');
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json().attachments).toEqual([{ index: 0, fileName: '述职报告.pdf', mime: 'application/pdf', size: 2048 }]);
    expect((await upload(sampleFiles.text(), 'x.html', 'text/html')).statusCode).toBe(400);
    await upload(sampleFiles.png(), '照片.png', 'image/png');
    const dropped = await secX.delete(`/api/v1/me/assessment/reports/${target.x}/attachments/1`);
    expect(dropped.json().attachments).toHaveLength(1);
    const submitted = await secX.put(`/api/v1/me/assessment/reports/${target.x}`, { body: '一年来，支部围绕“四个三”开展工作，成效明显。' });
    expect(submitted.json().submittedAt).not.toBeNull();
    expect(submitted.json().body).toBe('一年来，支部围绕“四个三”开展工作，成效明显。');

    const listed = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/reports`)).json().items as { targetId: number; body: string | null }[];
    expect(listed.map((r) => [r.targetId, r.body != null])).toEqual([
      [target.x, true],
      [target.y, false],
      [target.z, false],
    ]);
    const file = await orgadmin.get(`/api/v1/assessment/reports/${target.x}/attachments/0`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await orgadmin2.get(`/api/v1/assessment/rounds/${roundId}/reports`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/assessment/reports/${target.x}`)).statusCode).toBe(404);
    expect((await voter.m1.get(`/api/v1/assessment/reports/${target.x}`)).statusCode).toBe(404);
    const audit = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE action LIKE 'assessment.report%' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['assessment.report_create', 'assessment.report_attach', 'assessment.report_attach', 'assessment.report_detach', 'assessment.report_edit']);
  });

  it('vote groups feed rated leaves with their weights; voters are added without conflicts of interest', async () => {
    const wrong = await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/vote-groups`, { code: 'leaders', name: '党委领导', weight: 60, leafKey: 'reads' });
    expect(wrong.statusCode).toBe(400);
    expect(fields(wrong)).toEqual(['leafKey']);
    const make = async (code: string, name: string, weight: number, leafKey: string) => {
      const res = await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/vote-groups`, { code, name, weight, leafKey });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ code, weight, leafKey, minVotes: 3, gradeScores: { good: 100, fairly_good: 85, average: 70, poor: 50 }, voters: 0, votesCast: 0 });
      groups[code] = res.json().id;
    };
    await make('leaders', '党委领导班子成员', 60, 'vote');
    await make('members', '党员代表', 40, 'vote');
    await make('public', '群众代表（幸福党建）', 100, 'happy');
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/vote-groups`, { code: 'public', name: '重复', weight: 1, leafKey: 'happy' })).statusCode).toBe(409);

    const a = fx.accounts;
    const add = (code: string, accountIds: number[]) => orgadmin.post(`/api/v1/assessment/rounds/${roundId}/vote-groups/${groups[code]}/voters`, { accountIds });
    // L1 is a person of the committee above the branches: a leader rates the branches; C is the person of branch X.
    expect((await add('leaders', [a.l1, a.l2, a.l3])).json()).toEqual({ added: 3, excludedConflicts: 0 });
    expect((await add('members', [a.m1, a.m2, a.m3, a.c])).json()).toEqual({ added: 4, excludedConflicts: 1 });
    expect((await add('public', [a.p1, a.p2])).json()).toEqual({ added: 2, excludedConflicts: 0 });
    expect((await add('public', [987654])).statusCode).toBe(400);
    const voters = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/vote-groups/${groups.members}/voters`)).json().items;
    expect(voters).toHaveLength(4);

    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/raters`, { accountIds: [fx.accounts.secX], leafKeys: ['self'] })).statusCode).toBe(400);
    const raters = await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/raters`, { accountIds: [(await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'reviewer'`))[0].id], leafKeys: ['self'] });
    expect(raters.json()).toEqual({ assigned: 3, excludedConflicts: 0 });
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/start`)).json().status).toBe('running');
  });

  it('the meeting opens the voting and locks the reports; one vote per voter, target and group, even at the same instant', async () => {
    const cast = (c: Client, code: string, targetId: number, grade: string) => c.post('/api/v1/me/assessment/votes', { groupId: groups[code], targetId, grade });
    expect((await cast(voter.l1, 'leaders', target.x, 'good')).statusCode).toBe(409);
    const meeting = await orgadmin.put(`/api/v1/assessment/rounds/${roundId}/meeting`, { meetingAt: '2030-01-15T09:00:00+08:00' });
    expect(new Date(meeting.json().meetingAt).toISOString()).toBe('2030-01-15T01:00:00.000Z');
    expect((await secX.put(`/api/v1/me/assessment/reports/${target.x}`, { body: '会前补充。' })).statusCode).toBe(200);
    const opened = await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/voting/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().voting.open).toBe(true);
    expect(new Date(opened.json().meetingAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/voting/open`)).statusCode).toBe(409);
    expect((await secX.put(`/api/v1/me/assessment/reports/${target.x}`, { body: '会后修改。' })).statusCode).toBe(409);
    expect((await secX.request({ method: 'POST', url: `/api/v1/me/assessment/reports/${target.x}/attachments`, ...multipartBody(sampleFiles.pdf(), 'a.pdf', 'application/pdf') })).statusCode).toBe(409);

    // The phone ballot: L1's groups and targets; voters read the submitted report.
    const ballot = (await voter.l1.get('/api/v1/me/assessment/ballot')).json().items;
    expect(ballot).toHaveLength(1);
    expect(ballot[0]).toMatchObject({ roundId, groupId: groups.leaders, votingOpen: true, leafName: '述职评议' });
    expect(ballot[0].targets.map((x: { targetId: number; hasReport: boolean; myGrade: null }) => [x.targetId, x.hasReport, x.myGrade])).toEqual([
      [target.x, true, null],
      [target.y, false, null],
      [target.z, false, null],
    ]);
    expect((await voter.l1.get(`/api/v1/assessment/reports/${target.x}`)).json().body).toBe('会前补充。');

    const same = await Promise.all(Array.from({ length: 6 }, () => cast(voter.l1, 'leaders', target.x, 'good')));
    expect(same.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM assessment_votes WHERE rater_account_id = ${fx.accounts.l1} AND target_id = ${target.x}`);
    expect(n).toBe(1);
    expect((await cast(voter.l1, 'leaders', target.x, 'poor')).statusCode).toBe(409);
    await expect(
      t.db.execute(sql`INSERT INTO assessment_votes (round_id, group_id, target_id, rater_account_id, grade) VALUES (${roundId}, ${groups.leaders}, ${target.x}, ${fx.accounts.l1}, 'poor')`),
    ).rejects.toThrow();

    // C belongs to branch X: X is not offered and a vote on it is refused; a non-voter is refused too.
    const cBallot = (await voter.c.get('/api/v1/me/assessment/ballot')).json().items[0];
    expect(cBallot.targets.map((x: { targetId: number }) => x.targetId)).toEqual([target.y, target.z]);
    expect((await cast(voter.c, 'members', target.x, 'good')).statusCode).toBe(403);
    expect((await cast(voter.p1, 'leaders', target.x, 'good')).statusCode).toBe(404);
    expect((await cast(voter.l1, 'leaders', 987654, 'good')).statusCode).toBe(404);

    const votes: [string, string, 'x' | 'y' | 'z', string][] = [
      ['l2', 'leaders', 'x', 'good'], ['l3', 'leaders', 'x', 'fairly_good'],
      ['l1', 'leaders', 'y', 'fairly_good'], ['l2', 'leaders', 'y', 'fairly_good'], ['l3', 'leaders', 'y', 'average'],
      ['l1', 'leaders', 'z', 'average'], ['l2', 'leaders', 'z', 'average'], ['l3', 'leaders', 'z', 'poor'],
      ['m1', 'members', 'x', 'good'], ['m2', 'members', 'x', 'fairly_good'], ['m3', 'members', 'x', 'fairly_good'],
      ['m1', 'members', 'y', 'good'], ['m2', 'members', 'y', 'average'], ['m3', 'members', 'y', 'average'],
      ['m1', 'members', 'z', 'poor'], ['m2', 'members', 'z', 'poor'], ['m3', 'members', 'z', 'average'],
      ['p1', 'public', 'x', 'good'], ['p2', 'public', 'x', 'good'],
      ['p1', 'public', 'y', 'fairly_good'], ['p2', 'public', 'y', 'fairly_good'],
      ['p1', 'public', 'z', 'average'], ['p2', 'public', 'z', 'poor'],
    ];
    for (const [who, code, tk, grade] of votes) {
      const res = await cast(voter[who], code, target[tk], grade);
      expect(res.statusCode, `${who} ${tk} ${res.body}`).toBe(201);
    }
    const mine = (await voter.l3.get('/api/v1/me/assessment/ballot')).json().items[0].targets.map((x: { myGrade: string }) => x.myGrade);
    expect(mine).toEqual(['fairly_good', 'average', 'poor']);
    // The audit says that a vote was cast, never the grade.
    const logged = await rows<{ summary: string; after: unknown }>(t.db, sql`SELECT summary, after FROM audit_log WHERE action = 'assessment.vote'`);
    expect(logged).toHaveLength(votes.length + 1);
    expect(logged.every((l) => l.after == null && !/good|average|poor|好|一般|差/.test(l.summary))).toBe(true);
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/voting/close`)).json().voting).toMatchObject({ open: false });
    expect((await cast(voter.c, 'members', target.y, 'good')).statusCode).toBe(409);
  });

  it('admins see per-group aggregates only from minVotes votes, and never who voted what', async () => {
    const agg = await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/votes`);
    expect(agg.statusCode, agg.body).toBe(200);
    const x = agg.json().items.find((i: { targetId: number }) => i.targetId === target.x);
    expect(x.groups).toEqual([
      { groupId: groups.leaders, groupName: '党委领导班子成员', enough: true, votes: 3, counts: { good: 2, fairly_good: 1, average: 0, poor: 0 }, score: 95 },
      { groupId: groups.members, groupName: '党员代表', enough: true, votes: 3, counts: { good: 1, fairly_good: 2, average: 0, poor: 0 }, score: 90 },
      // Two votes of the public, below the round's threshold of 3: no number at all.
      { groupId: groups.public, groupName: '群众代表（幸福党建）', enough: false, votes: null, counts: null, score: null },
    ]);
    const listed = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/vote-groups`)).json().items;
    expect(listed.map((g: { code: string; voters: number; votesCast: number }) => [g.code, g.voters, g.votesCast])).toEqual([
      ['leaders', 3, 9],
      ['members', 4, 9],
      ['public', 2, 6],
    ]);
    // Everything an agency admin can read about the round: aggregates, groups, voters, round, results, drill-down, reports.
    const urls = [
      `/api/v1/assessment/rounds/${roundId}/votes`,
      `/api/v1/assessment/rounds/${roundId}/vote-groups`,
      ...Object.values(groups).map((g) => `/api/v1/assessment/rounds/${roundId}/vote-groups/${g}/voters`),
      `/api/v1/assessment/rounds/${roundId}`,
      `/api/v1/assessment/rounds/${roundId}/results`,
      `/api/v1/assessment/rounds/${roundId}/targets/${target.x}`,
      `/api/v1/assessment/rounds/${roundId}/reports`,
      `/api/v1/audit?pageSize=200`,
      '/api/v1/me/assessment/ballot',
    ];
    for (const url of urls) {
      const res = await orgadmin.get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      if (res.statusCode === 200) expect(rawVotesIn(res.json()), url).toEqual([]);
    }
    expect((await orgadmin.get('/api/v1/me/assessment/ballot')).json().items).toEqual([]);
    expect((await orgadmin2.get(`/api/v1/assessment/rounds/${roundId}/votes`)).statusCode).toBe(404);
    expect((await voter.l1.get(`/api/v1/assessment/rounds/${roundId}/votes`)).statusCode).toBe(403);
  });

  it('computes a result equal to the hand computation (computed + rated + vote groups with weights + 优秀 quota)', async () => {
    const tasks = (await reviewer.get(`/api/v1/me/assessment/tasks?roundId=${roundId}`)).json().items as { id: number; targetId: number }[];
    const given: Record<number, number> = { [target.x]: 10, [target.y]: 8, [target.z]: 6 };
    for (const k of tasks) expect((await reviewer.put(`/api/v1/me/assessment/tasks/${k.id}`, { score: given[k.targetId] })).statusCode).toBe(200);
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/compute`)).statusCode).toBe(200);
    // reads (30 %): 4, 2, 0 completed, linear 0–4 → 100, 50, 0. self (20 %): 10, 8, 6 of 10 → 100, 80, 60.
    // vote (35 %), 好 100 / 较好 85 / 一般 70 / 差 50, leaders 60 : members 40:
    //   X leaders (100 + 100 + 85) / 3 = 95, members (100 + 85 + 85) / 3 = 90 → 0.6 × 95 + 0.4 × 90 = 93
    //   Y leaders (85 + 85 + 70) / 3 = 80, members (100 + 70 + 70) / 3 = 80 → 80
    //   Z leaders (70 + 70 + 50) / 3 = 63.33, members (50 + 50 + 70) / 3 = 56.67 → 38 + 22.67 = 60.67
    // happy (15 %), the public alone (two votes count for the score even below the display threshold): 100, 85, 60.
    // X 30 + 20 + 32.55 + 15 = 97.55; Y 15 + 16 + 28 + 12.75 = 71.75; Z 0 + 12 + 21.2345 + 9 = 42.23.
    // Quota 34 % of 3 → one 优秀 (X); Y ≥ 70 → 良好; Z < 60 → 较差.
    const results = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/results`)).json();
    expect(results.items.map((r: { targetId: number; total: number; grade: string; rank: number }) => [r.targetId, r.total, r.grade, r.rank])).toEqual([
      [target.x, 97.55, 'excellent', 1],
      [target.y, 71.75, 'good', 2],
      [target.z, 42.23, 'poor', 3],
    ]);
    const z = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/targets/${target.z}`)).json();
    expect(z.leaves.map((l: { key: string; rawValue: number; score: number; weighted: number }) => [l.key, l.rawValue, l.score, l.weighted])).toEqual([
      ['reads', 0, 0, 0],
      ['self', 6, 60, 12],
      ['vote', 60.67, 60.67, 21.23],
      ['happy', 60, 60, 9],
    ]);
  });

  it('appeals: within the window after the close, by the target; the committee upholds with a new score (results regraded, audited) or rejects', async () => {
    const appeal = (c: Client, targetId: number, leafKey: string) => c.post('/api/v1/me/assessment/appeals', { targetId, leafKey, reason: '自评材料未被充分采纳，请求复核。' });
    expect((await appeal(secX, target.x, 'self')).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/close`)).json().status).toBe('closed');
    expect((await appeal(secX, target.x, 'self')).statusCode).toBe(409);
    const window = await orgadmin.put(`/api/v1/assessment/rounds/${roundId}/meeting`, { appealUntil: '2099-12-31T00:00:00Z' });
    expect(window.statusCode, window.body).toBe(200);
    expect((await orgadmin.put(`/api/v1/assessment/rounds/${roundId}/meeting`, { minVotes: 1 })).statusCode).toBe(409);

    expect((await appeal(secX, target.y, 'self')).statusCode).toBe(404);
    expect(fields(await appeal(secX, target.x, 'nope'))).toEqual(['leafKey']);
    const ax = await appeal(secX, target.x, 'happy');
    expect(ax.statusCode, ax.body).toBe(201);
    expect(ax.json()).toMatchObject({ status: 'open', leafName: '幸福党建群众评议', scoreBefore: 100 });
    expect((await appeal(secX, target.x, 'happy')).statusCode).toBe(409);
    const az = (await appeal(secZ, target.z, 'self')).json();
    const mine = (await secZ.get('/api/v1/me/assessment/results')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ targetId: target.z, appealOpen: true, result: { total: 42.23, rank: 3 } });
    expect((await secZ.get('/api/v1/me/assessment/appeals')).json().items.map((a: { id: number }) => a.id)).toEqual([az.id]);

    const answer = (id: number, body: unknown) => orgadmin.post(`/api/v1/assessment/rounds/${roundId}/appeals/${id}/answer`, body);
    expect(fields(await answer(az.id, { decision: 'upheld', answer: '予以采纳' }))).toEqual(['body.score']);
    expect((await orgadmin2.post(`/api/v1/assessment/rounds/${roundId}/appeals/${az.id}/answer`, { decision: 'rejected', answer: '否' })).statusCode).toBe(404);
    const upheld = await answer(az.id, { decision: 'upheld', answer: '补充材料充分，改为 90 分', score: 90 });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld', scoreBefore: 60, scoreAfter: 90 });
    // Z: 0 + 0.2 × 90 + 21.2345 + 9 = 48.23; still third, still 较差.
    const z = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/results`)).json().items[2];
    expect([z.targetId, z.total, z.grade, z.rank]).toEqual([target.z, 48.23, 'poor', 3]);
    const rejected = await answer(ax.json().id, { decision: 'rejected', answer: '群众评议结果不予调整' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', answer: '群众评议结果不予调整', scoreAfter: null });
    expect((await answer(ax.json().id, { decision: 'rejected', answer: '再次' })).statusCode).toBe(409);
    const [log] = await rows<{ before: { score: string; result: { total: string } }; after: { score: number; result: { total: string } } }>(
      t.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'assessment.appeal_uphold'`,
    );
    expect([Number(log.before.score), Number(log.before.result.total), log.after.score, Number(log.after.result.total)]).toEqual([60, 42.23, 90, 48.23]);
    const listed = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/appeals?status=open`)).json();
    expect(listed.total).toBe(0);

    await orgadmin.put(`/api/v1/assessment/rounds/${roundId}/meeting`, { appealUntil: '2020-12-31T00:00:00Z' });
    expect((await appeal(secX, target.x, 'self')).statusCode).toBe(409);
  });

  it('after confirming, the committee marks 评先评优 and 调整使用 lists (audited) and exports them as Excel and PDF within scope', async () => {
    const uses = (targetId: number, list: string[]) => orgadmin.put(`/api/v1/assessment/rounds/${roundId}/results/${targetId}/uses`, { uses: list });
    expect((await uses(target.x, ['award'])).statusCode).toBe(409);
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${roundId}/confirm`)).json().status).toBe('confirmed');
    const marked = await uses(target.x, ['award', 'appointment']);
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ targetId: target.x, uses: ['appointment', 'award'] });
    await uses(target.y, ['appointment']);
    expect((await uses(987654, ['award'])).statusCode).toBe(404);
    expect((await orgadmin2.put(`/api/v1/assessment/rounds/${roundId}/results/${target.y}/uses`, { uses: ['award'] })).statusCode).toBe(404);
    const awards = (await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/results?use=award`)).json().items;
    expect(awards.map((r: { targetId: number }) => r.targetId)).toEqual([target.x]);
    const audit = await rows<{ before: { uses: string[] }; after: { uses: string[] } }>(t.db, sql`SELECT before, after FROM audit_log WHERE action = 'assessment.result_uses' ORDER BY id`);
    expect(audit.map((a) => [a.before.uses, a.after.uses])).toEqual([
      [[], ['appointment', 'award']],
      [[], ['appointment']],
    ]);

    const xlsx = await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/export.xlsx?list=appointment`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent('调整使用参考名单'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('调整使用参考');
    expect(ws.getRow(1).getCell(1).value).toBe('2020 年度支部书记述职评议调整使用参考名单');
    expect([2, 3, 4, 5].map((r) => ws.getRow(4).getCell(r).value)).toEqual(['述职甲支部', '述职甲支部', 97.55, '优秀']);
    expect(ws.getRow(5).getCell(2).value).toBe('述职乙支部');
    expect(ws.rowCount).toBe(5);
    const all = new ExcelJS.Workbook();
    await all.xlsx.load((await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/export.xlsx`)).rawPayload as unknown as ArrayBuffer);
    expect(all.worksheets[0].rowCount).toBe(6);

    const pdf = await orgadmin.get(`/api/v1/assessment/rounds/${roundId}/export.pdf?list=award`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain('NotoSansCJK');
    expect((await orgadmin2.get(`/api/v1/assessment/rounds/${roundId}/export.pdf`)).statusCode).toBe(404);
    expect((await secX.get(`/api/v1/assessment/rounds/${roundId}/export.xlsx`)).statusCode).toBe(403);
    const exports = await rows(t.db, sql`SELECT 1 FROM audit_log WHERE action = 'assessment.results_export'`);
    expect(exports).toHaveLength(3);
  });

  it('figures: grade distribution, computed weight share and appeals, by organisation, whose records add up to the values', async () => {
    const q = 'from=2020-01-01&to=2030-12-31';
    const figure = async (c: Client, name: string, extra = '') => {
      const v = await c.get(`/api/v1/figures/${name}?${q}${extra}`);
      expect(v.statusCode, v.body).toBe(200);
      const rec = await c.get(`/api/v1/figures/${name}/records?${q}${extra}&pageSize=100`);
      expect(rec.statusCode, rec.body).toBe(200);
      return { value: v.json().value as number, records: rec.json() as { total: number; items: Record<string, unknown>[] } };
    };
    const breakdown = async (name: string) => (await admin.get(`/api/v1/figures/${name}/breakdown?${q}&by=category`)).json().items as { key: string; label: string; value: number }[];

    const graded = await figure(admin, 'assessment.results_graded');
    expect(graded.value).toBe(3);
    expect(graded.records.total).toBe(3);
    expect(graded.records.items.map((r) => r.grade).sort()).toEqual(['excellent', 'good', 'poor']);
    const dist = await breakdown('assessment.results_graded');
    expect(Object.fromEntries(dist.map((d) => [d.label, d.value]))).toEqual({ 优秀: 1, 良好: 1, 较差: 1 });

    const share = await figure(admin, 'assessment.computed_weight_share');
    const items = share.records.items as { computedWeight: number; totalWeight: number }[];
    expect(items).toHaveLength(1);
    expect(share.value).toBe(Math.round((10_000 * items.reduce((s, r) => s + r.computedWeight, 0)) / items.reduce((s, r) => s + r.totalWeight, 0)) / 100);
    expect(share.value).toBe(30);
    expect(items[0]).toMatchObject({ computedWeight: 30, ratedWeight: 70, evidenceWeight: 0, totalWeight: 100 });

    const appeals = await figure(admin, 'assessment.appeals');
    expect(appeals.value).toBe(2);
    expect(appeals.records.total).toBe(2);
    expect(appeals.records.items.map((r) => r.status).sort()).toEqual(['rejected', 'upheld']);
    expect((await breakdown('assessment.appeals')).reduce((s, d) => s + d.value, 0)).toBe(2);

    // By organisation: the branch's own figures, and nothing for another agency.
    const z = await figure(admin, 'assessment.appeals', `&orgId=${fx.branches.z.id}`);
    expect([z.value, z.records.total]).toEqual([1, 1]);
    const zGraded = await figure(admin, 'assessment.results_graded', `&orgId=${fx.branches.z.id}`);
    expect([zGraded.value, zGraded.records.items[0].grade]).toEqual([1, 'poor']);
    for (const name of ['assessment.results_graded', 'assessment.appeals', 'assessment.computed_weight_share']) {
      const other = await figure(orgadmin2, name);
      expect([other.value, other.records.total], name).toEqual([0, 0]);
    }
  });

  it('in a person round the person appeals for themself, nobody else for them', async () => {
    const sys = (await admin.post('/api/v1/assessment/systems', { name: '青年干部考核（申诉）', targetKind: 'person', tree: personTree })).json();
    await admin.post(`/api/v1/assessment/systems/${sys.id}/publish`);
    const round = (await admin.post('/api/v1/assessment/rounds', { name: '2020 青年干部', systemId: sys.id, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31', scopeOrgId: base.branch.id })).json();
    await admin.post(`/api/v1/assessment/rounds/${round.id}/start`);
    await admin.post(`/api/v1/assessment/rounds/${round.id}/close`);
    await admin.put(`/api/v1/assessment/rounds/${round.id}/meeting`, { appealUntil: '2099-01-01T00:00:00Z' });
    const ts = await rows<{ id: number; personId: number }>(t.db, sql`SELECT id, person_id AS "personId" FROM assessment_targets WHERE round_id = ${round.id} ORDER BY person_id`);
    const own = ts.find((x) => x.personId === base.people[0])!.id;
    const other = ts.find((x) => x.personId === base.people[1])!.id;
    // r_near is the account of person 甲.
    const near = await t.login('r_near');
    const body = (targetId: number) => ({ targetId, leafKey: 'hours', reason: '学习时长统计有遗漏' });
    expect((await near.post('/api/v1/me/assessment/appeals', body(other))).statusCode).toBe(404);
    const res = await near.post('/api/v1/me/assessment/appeals', body(own));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ targetId: own, leafName: '学习时长', status: 'open', scoreBefore: 100 });
    expect((await near.get('/api/v1/me/assessment/results')).json().items.map((r: { targetId: number }) => r.targetId)).toEqual([own]);
    expect((await secX.post('/api/v1/me/assessment/appeals', body(own))).statusCode).toBe(404);
    // 述职 reports belong to organisation rounds only: the person's targets are no report's.
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM assessment_reports WHERE round_id = ${round.id}`);
    expect(n).toBe(0);
    expect((await admin.get(`/api/v1/assessment/rounds/${round.id}/reports`)).json().items).toEqual([]);
  });
});
