import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { assessmentFixture, personTree, reviewFixture } from './fixture.js';
import { reviewedRound } from './review-round.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const fields = (res: { json(): { error: { details: { field: string }[] } } }) => res.json().error.details.map((d) => d.field).sort();

/** Over the review round of review-meeting.integration.test.ts, built in one go (review-round.ts) with its meeting's votes. */
describe(`assessment: a 述职评议 round's result, appeals, uses and exports, figures (${dbKind})`, () => {
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

  beforeAll(async () => {
    t = await createTestApp();
    base = await assessmentFixture(t.db);
    fx = await reviewFixture(t.db, base.agency);
    ({ roundId, target } = await reviewedRound(t, fx));
    [admin, orgadmin, orgadmin2, reviewer, secX, secZ] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'reviewer', 'sec_x', 'sec_z'].map((u) => t.login(u)));
  });
  afterAll(() => t.close());

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
