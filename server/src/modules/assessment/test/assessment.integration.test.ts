import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { assessmentFixture, personTree } from './fixture.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const fields = (res: { json(): { error: { details: { field: string }[] } } }) => res.json().error.details.map((d) => d.field).sort();

describe(`assessment: systems, rounds, raters and results (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client;
  let orgadmin: Client;
  let orgadmin2: Client;
  let reviewer: Client;
  let fx: Awaited<ReturnType<typeof assessmentFixture>>;
  let systemId: number;
  let roundId: number;

  beforeAll(async () => {
    t = await createTestApp();
    fx = await assessmentFixture(t.db);
    [admin, orgadmin, orgadmin2, reviewer] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'reviewer'].map((u) => t.login(u)));
  });
  afterAll(() => t.close());

  it('refuses trees whose weights do not add up to 100 at a level, naming each field', async () => {
    const bad = structuredClone(personTree) as typeof personTree;
    bad[0].weight = 50; // 50 + 40
    (bad[0].children![1] as { weight: number }).weight = 40; // 50 + 40 under 学习
    (bad[1] as { leaf: unknown }).leaf = { type: 'computed', metric: 'content.reads_completed', scoring: { fn: 'pass', threshold: 1 } };
    const res = await admin.post('/api/v1/assessment/systems', { name: '青年干部考核', targetKind: 'person', tree: bad });
    expect(res.statusCode, res.body).toBe(400);
    expect(fields(res)).toEqual(['tree', 'tree.0.children', 'tree.1.leaf.metric']);
    // The code and, per issue, a reason and the message in Chinese (the default) and English.
    type Issue = { field: string; reason: string; message: string; message_zh: string; message_en: string };
    const sumIssue = (r: typeof res) => (r.json().error.details as Issue[]).find((d) => d.field === 'tree.0.children')!;
    expect(res.json().error.code).toBe('validation_failed');
    expect(sumIssue(res)).toEqual({
      field: 'tree.0.children',
      reason: 'weights_sum',
      message: '二级指标的权重之和为 90，应为 100',
      message_zh: '二级指标的权重之和为 90，应为 100',
      message_en: 'weights of level 2 add up to 90, must be 100',
    });
    expect((res.json().error.details as Issue[]).every((d) => /[\u4e00-\u9fff]/.test(d.message_zh) && d.message_en !== d.message_zh && d.message === d.message_zh)).toBe(true);
    const inEnglish = await admin.request({ method: 'POST', url: '/api/v1/assessment/systems', payload: { name: '青年干部考核', targetKind: 'person', tree: bad }, headers: { 'accept-language': 'en' } });
    expect(inEnglish.statusCode).toBe(400);
    expect(sumIssue(inEnglish).message).toBe('weights of level 2 add up to 90, must be 100');
    const none = await admin.post('/api/v1/assessment/systems', { name: '青年干部考核', targetKind: 'person', tree: [{ key: 'a', name: 'A', weight: 100 }] });
    expect(none.statusCode).toBe(400);
    expect(fields(none)).toEqual(['tree.0.leaf']);
    const leafDef = { type: 'rated', maxScore: 10 };
    const deep = [{ key: 'a', name: 'A', weight: 100, children: [{ key: 'b', name: 'B', weight: 100, children: [{ key: 'c', name: 'C', weight: 100, leaf: leafDef, children: [{ key: 'd', name: 'D', weight: 100, leaf: leafDef }] }] }] }];
    const fourth = await admin.post('/api/v1/assessment/systems', { name: '青年干部考核', targetKind: 'person', tree: deep });
    expect(fourth.statusCode, fourth.body).toBe(400);
    expect(await rows(t.db, sql`SELECT 1 FROM assessment_systems`)).toHaveLength(0);
  });

  it('publishing freezes a version; a round keeps its version when the system is edited and published again', async () => {
    const res = await admin.post('/api/v1/assessment/systems', { name: '青年干部考核', targetKind: 'person', tree: personTree });
    expect(res.statusCode, res.body).toBe(201);
    systemId = res.json().id;
    expect(res.json()).toMatchObject({ latestVersion: 0, editable: true, versions: [] });
    const early = await admin.post('/api/v1/assessment/rounds', { name: '未发布', systemId, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31', scopeOrgId: fx.branch.id });
    expect(early.statusCode).toBe(409);

    const v1 = await admin.post(`/api/v1/assessment/systems/${systemId}/publish`);
    expect(v1.statusCode, v1.body).toBe(200);
    expect(v1.json().leaves.map((l: { key: string; weight: number }) => [l.key, l.weight])).toEqual([['hours', 30], ['hours_rank', 30], ['conduct', 40]]);
    expect((await admin.post(`/api/v1/assessment/systems/${systemId}/publish`)).statusCode).toBe(409);

    const round = await admin.post('/api/v1/assessment/rounds', {
      name: '2020 年度青年干部考核',
      systemId,
      kind: 'annual',
      periodFrom: '2020-01-01',
      periodTo: '2020-12-31',
      scopeOrgId: fx.branch.id,
      grading: { mode: 'quota', excellentShare: 0.25, good: 80, fair: 50 },
    });
    expect(round.statusCode, round.body).toBe(201);
    roundId = round.json().id;
    expect(round.json()).toMatchObject({ status: 'draft', version: 1, targets: 4, targetKind: 'person' });

    const edited = structuredClone(personTree);
    edited[0].weight = 20;
    edited[1].weight = 80;
    const draft = await admin.put(`/api/v1/assessment/systems/${systemId}/draft`, { tree: edited });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().draft[0].weight).toBe(20);
    expect((await admin.post(`/api/v1/assessment/systems/${systemId}/publish`)).json().version).toBe(2);

    expect((await admin.get(`/api/v1/assessment/rounds/${roundId}`)).json().version).toBe(1);
    const v1again = (await admin.get(`/api/v1/assessment/systems/${systemId}/versions/1`)).json();
    expect(v1again.tree[0].weight).toBe(60);
    const audit = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE action LIKE 'assessment.system%' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['assessment.system_create', 'assessment.system_publish', 'assessment.system_edit', 'assessment.system_publish']);
  });

  it('assigns raters without conflicts of interest, and raters score only their own tasks', async () => {
    const bad = await admin.post(`/api/v1/assessment/rounds/${roundId}/raters`, { accountIds: [fx.accounts.secretary], leafKeys: ['hours'] });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['accountIds.0', 'leafKeys.0']);

    // r_near is person 甲 of the branch, orgadmin administers the agency above it: every pair of theirs is excluded.
    const res = await admin.post(`/api/v1/assessment/rounds/${roundId}/raters`, { accountIds: [fx.accounts.reviewer, fx.accounts.rFar, fx.accounts.rNear, fx.accounts.orgadmin] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ assigned: 8, excludedConflicts: 8 });
    const raters = await rows<{ id: number }>(t.db, sql`SELECT DISTINCT rater_account_id AS id FROM assessment_rater_tasks WHERE round_id = ${roundId} ORDER BY 1`);
    expect(raters.map((r) => r.id)).toEqual([fx.accounts.reviewer, fx.accounts.rFar].sort((a, b) => a - b));

    // Draft rounds' tasks are not shown; nothing can be rated before the round runs.
    expect((await reviewer.get('/api/v1/me/assessment/tasks')).json().total).toBe(0);
    expect((await admin.post(`/api/v1/assessment/rounds/${roundId}/compute`)).statusCode).toBe(409);
    expect((await admin.post(`/api/v1/assessment/rounds/${roundId}/start`)).json().status).toBe('running');

    const far = await t.login('r_far');
    const mine = (await reviewer.get('/api/v1/me/assessment/tasks?pageSize=10')).json();
    expect(mine.total).toBe(4);
    expect(mine.items[0]).toMatchObject({ leafKey: 'conduct', leafType: 'rated', maxScore: 10, score: null, guidance: '按岗位职责履行情况评分' });
    const farTasks = (await far.get('/api/v1/me/assessment/tasks')).json().items as { id: number; targetName: string }[];
    expect((await reviewer.put(`/api/v1/me/assessment/tasks/${farTasks[0].id}`, { score: 5 })).statusCode).toBe(404);
    const tooHigh = await reviewer.put(`/api/v1/me/assessment/tasks/${mine.items[0].id}`, { score: 11 });
    expect(tooHigh.statusCode).toBe(400);
    expect(fields(tooHigh)).toEqual(['score']);

    // 甲 8 and 10, 乙 6 and 6, 丙 10 and 10, 丁 5 and 7.
    const given: Record<string, [number, number]> = { 考核甲: [8, 10], 考核乙: [6, 6], 考核丙: [10, 10], 考核丁: [5, 7] };
    for (const [client, k] of [[reviewer, 0], [far, 1]] as const) {
      const list = (await client.get('/api/v1/me/assessment/tasks')).json().items as { id: number; targetName: string }[];
      for (const task of list) {
        const r = await client.put(`/api/v1/me/assessment/tasks/${task.id}`, { score: given[task.targetName][k], comment: '' });
        expect(r.statusCode, r.body).toBe(200);
      }
    }
    expect((await far.get('/api/v1/me/assessment/tasks?status=pending')).json().total).toBe(0);
    // Raters have no access to the rounds themselves.
    expect((await far.get(`/api/v1/assessment/rounds/${roundId}`)).statusCode).toBe(403);
  });

  it('computes results equal to a hand computation (computed + rated leaves, 优秀 quota)', async () => {
    const res = await admin.post(`/api/v1/assessment/rounds/${roundId}/compute`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tasks).toEqual({ assigned: 8, done: 8 });
    // hours (30 %): linear 0–10 h → 100, 50, 20, 0. hours_rank (30 %): 100, 66.67, 33.33, 0. conduct (40 %): 90, 60, 100, 60.
    // 甲 30 + 30 + 36 = 96; 乙 15 + 20.001 + 24 = 59; 丙 6 + 9.999 + 40 = 56; 丁 0 + 0 + 24 = 24.
    // Quota 25 % of 4 → one 优秀 (甲, above 良好's 80); 50 ≤ 乙, 丙 < 80 → 一般; 丁 < 50 → 较差.
    const results = (await admin.get(`/api/v1/assessment/rounds/${roundId}/results`)).json();
    expect(results.items.map((r: { name: string; total: number; grade: string; rank: number }) => [r.name, r.total, r.grade, r.rank])).toEqual([
      ['考核甲', 96, 'excellent', 1],
      ['考核乙', 59, 'fair', 2],
      ['考核丙', 56, 'fair', 3],
      ['考核丁', 24, 'poor', 4],
    ]);
    expect(results.distribution).toEqual({ excellent: 1, good: 0, fair: 2, poor: 1 });
    const second = results.items[1];
    const detail = (await admin.get(`/api/v1/assessment/rounds/${roundId}/targets/${second.targetId}`)).json();
    expect(detail.leaves.map((l: { key: string; rawValue: number; score: number; weighted: number }) => [l.key, l.rawValue, l.score, l.weighted])).toEqual([
      ['hours', 5, 50, 15],
      ['hours_rank', 5, 66.67, 20],
      ['conduct', 6, 60, 24],
    ]);
    expect(detail.leaves[2].raters).toEqual({ assigned: 2, done: 2 });
    expect(detail.result).toMatchObject({ total: 59, grade: 'fair', gradeLabel: '一般', rank: 2, previousRank: null });

    // Closing recomputes; confirming is audited with the grade distribution; nothing goes back.
    expect((await admin.post(`/api/v1/assessment/rounds/${roundId}/confirm`)).statusCode).toBe(409);
    expect((await admin.post(`/api/v1/assessment/rounds/${roundId}/close`)).json().status).toBe('closed');
    const reviewerTask = (await reviewer.get('/api/v1/me/assessment/tasks')).json().items[0];
    expect((await reviewer.put(`/api/v1/me/assessment/tasks/${reviewerTask.id}`, { score: 1 })).statusCode).toBe(409);
    expect((await admin.post(`/api/v1/assessment/rounds/${roundId}/confirm`)).json().status).toBe('confirmed');
    const [confirm] = await rows<{ after: { grades: Record<string, number> } }>(t.db, sql`SELECT after FROM audit_log WHERE action = 'assessment.round_confirm' AND entity_id = ${String(roundId)}`);
    expect(confirm.after.grades).toEqual({ excellent: 1, good: 0, fair: 2, poor: 1 });
  });

  it('the next round of the same system shows each target’s movement', async () => {
    const next = await admin.post('/api/v1/assessment/rounds', { name: '2021 年度', systemId, version: 1, kind: 'annual', periodFrom: '2021-01-01', periodTo: '2021-12-31', scopeOrgId: fx.branch.id });
    expect(next.statusCode, next.body).toBe(201);
    const id = next.json().id;
    await admin.post(`/api/v1/assessment/rounds/${id}/start`);
    expect((await admin.post(`/api/v1/assessment/rounds/${id}/compute`)).statusCode).toBe(200);
    // No records in 2021 and no ratings: all four tie at 30 (everyone first on the rank leaf) → rank 1, 甲 was 1, 丁 was 4.
    const items = (await admin.get(`/api/v1/assessment/rounds/${id}/results`)).json().items as { name: string; total: number; rank: number; previousRank: number; movement: number }[];
    expect(items.map((r) => [r.name, r.total, r.rank, r.previousRank, r.movement])).toEqual([
      ['考核甲', 30, 1, 1, 0],
      ['考核乙', 30, 1, 2, 1],
      ['考核丙', 30, 1, 3, 2],
      ['考核丁', 30, 1, 4, 3],
    ]);
  });

  it('org admins run rounds only within their subtree and never see other agencies’ rounds', async () => {
    const theirs = await orgadmin.post('/api/v1/assessment/rounds', { name: '越权', systemId, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31', scopeOrgId: fx.other.id });
    expect(theirs.statusCode).toBe(404);
    expect(fields(theirs)).toEqual(['scopeOrgId']);
    // The committee's system is usable below it, not editable.
    expect((await orgadmin.get(`/api/v1/assessment/systems/${systemId}`)).json().editable).toBe(false);
    expect((await orgadmin.put(`/api/v1/assessment/systems/${systemId}/draft`, { tree: personTree })).statusCode).toBe(403);
    const own = await orgadmin.post('/api/v1/assessment/rounds', { name: '本单位青年干部', systemId, kind: 'quarterly', periodFrom: '2020-01-01', periodTo: '2020-03-31' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().scopeOrgId).toBe(fx.agency.id);
    const cityWide = (await admin.post('/api/v1/assessment/rounds', { name: '全市', systemId, kind: 'annual', periodFrom: '2020-01-01', periodTo: '2020-12-31' })).json();
    expect((await orgadmin.get(`/api/v1/assessment/rounds/${cityWide.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/assessment/rounds/${own.json().id}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/assessment/rounds/${roundId}/results`)).statusCode).toBe(404);
    const listed = (await orgadmin.get('/api/v1/assessment/rounds')).json().items.map((r: { id: number }) => r.id);
    expect(listed).toContain(own.json().id);
    expect(listed).toContain(roundId);
    expect(listed).not.toContain(cityWide.id);
    expect((await reviewer.get('/api/v1/assessment/rounds')).statusCode).toBe(403);
    expect((await (await t.login('member')).get('/api/v1/me/assessment/tasks')).statusCode).toBe(403);
  });

  it('an organisation round scores each target organisation from the org metric of its subtree and period', async () => {
    const tree = [
      { key: 'attend', name: '参加活动', weight: 70, leaf: { type: 'computed', metric: 'activities.attendees', scoring: { fn: 'linear', from: 0, to: 50 } } },
      { key: 'attend_rank', name: '参加活动排名', weight: 30, leaf: { type: 'computed', metric: 'activities.attendees', scoring: { fn: 'rank' } } },
    ];
    const wrongKind = await orgadmin.post('/api/v1/assessment/systems', { name: '支部考核', targetKind: 'person', tree });
    expect(fields(wrongKind)).toEqual(['tree.0.leaf.metric', 'tree.1.leaf.metric']);
    const sys = (await orgadmin.post('/api/v1/assessment/systems', { name: '支部考核', targetKind: 'org', tree })).json();
    expect(sys).toMatchObject({ ownerOrgId: fx.agency.id, editable: true });
    await orgadmin.post(`/api/v1/assessment/systems/${sys.id}/publish`);
    const noKind = await orgadmin.post('/api/v1/assessment/rounds', { name: '2026 支部考核', systemId: sys.id, kind: 'annual', periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    expect(fields(noKind)).toEqual(['targetOrgKind']);
    const round = await orgadmin.post('/api/v1/assessment/rounds', { name: '2026 支部考核', systemId: sys.id, kind: 'annual', periodFrom: '2026-01-01', periodTo: '2026-12-31', targetOrgKind: 'branch', grading: { mode: 'cutoffs', excellent: 90, good: 75, fair: 60 } });
    expect(round.statusCode, round.body).toBe(201);
    const id = round.json().id;
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM orgs WHERE kind = 'branch' AND path LIKE ${fx.agency.path + '%'}`);
    expect(round.json().targets).toBe(n);
    await orgadmin.post(`/api/v1/assessment/rounds/${id}/start`);
    expect((await orgadmin.post(`/api/v1/assessment/rounds/${id}/compute`)).statusCode).toBe(200);
    const results = (await orgadmin.get(`/api/v1/assessment/rounds/${id}/results?pageSize=100`)).json().items as { targetId: number; orgId: number; total: number; grade: string }[];
    expect(results).toHaveLength(n);
    for (const r of results.slice(0, 3)) {
      const figure = (await orgadmin.get(`/api/v1/figures/activities.attendees?orgId=${r.orgId}&from=2026-01-01&to=2027-01-01`)).json().value as number;
      const leaves = (await orgadmin.get(`/api/v1/assessment/rounds/${id}/targets/${r.targetId}`)).json().leaves as { key: string; rawValue: number; score: number }[];
      expect(leaves[0].rawValue).toBe(figure);
      expect(leaves[0].score).toBe(Math.min(100, Math.round(figure * 200) / 100));
      expect(r.total).toBe(Math.round((0.7 * leaves[0].score + 0.3 * leaves[1].score) * 100) / 100);
    }
  });

  it('registers figures whose records add up to their values', async () => {
    for (const name of ['assessment.rounds', 'assessment.targets_assessed']) {
      const v = await admin.get(`/api/v1/figures/${name}?from=2020-01-01&to=2030-12-31`);
      expect(v.statusCode, v.body).toBe(200);
      const value = v.json().value;
      const rec = (await admin.get(`/api/v1/figures/${name}/records?from=2020-01-01&to=2030-12-31&pageSize=100`)).json();
      expect(rec.total, name).toBe(value);
      expect(rec.items, name).toHaveLength(value);
      expect(value).toBeGreaterThan(0);
    }
  });
});
