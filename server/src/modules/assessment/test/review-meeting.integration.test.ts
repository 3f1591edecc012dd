import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { rows } from '../../../kernel/db/client.js';
import { assessmentFixture, reviewFixture, reviewTree } from './fixture.js';
import { reviewGroups, reviewRoundBody, reviewVotes } from './review-round.js';


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


describe(`assessment: 述职 reports and the 述职评议 meeting — groups, voters, conflicts, one vote, anonymity (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let secX: Client;
  let fx: Awaited<ReturnType<typeof reviewFixture>>;
  let roundId: number;
  let target: Record<'x' | 'y' | 'z', number>;
  const groups: Record<string, number> = {};
  const voter: Record<string, Client> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const base = await assessmentFixture(t.db);
    fx = await reviewFixture(t.db, base.agency);
    [admin, orgadmin, orgadmin2, secX] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'sec_x'].map((u) => t.login(u)));
    for (const k of ['l1', 'l2', 'l3', 'm1', 'm2', 'm3', 'p1', 'p2', 'c']) voter[k] = await t.login(`v_${k}`);
  });
  afterAll(() => t.close());

  it('the secretary writes the 述职 report with attachments; the round’s admins read it, other agencies do not', async () => {
    const sys = await admin.post('/api/v1/assessment/systems', { name: '党组织书记述职评议', targetKind: 'org', tree: reviewTree });
    expect(sys.statusCode, sys.body).toBe(201);
    await admin.post(`/api/v1/assessment/systems/${sys.json().id}/publish`);
    const round = await orgadmin.post('/api/v1/assessment/rounds', reviewRoundBody(sys.json().id, fx.committee.id));
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
    for (const g of reviewGroups) await make(g.code, g.name, g.weight, g.leafKey);
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

    const votes = reviewVotes;
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

});
