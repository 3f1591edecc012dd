import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseParts, competitionBody, showcaseTestApp } from '../showcase.fixtures.js';

type Ctx = Awaited<ReturnType<typeof showcaseTestApp>>;
type Item = { id: number; submissionId?: number; caseCode: string; round: number; open: boolean };

/**
 * The second round: a round-1 run shortlists the first cases (quotas 1 + 1 = 2 of 3), round 1 closes, the round-2
 * panel is assigned to the shortlist only, scores it, and the round-2 run (not round 1's) decides the awards.
 */
describe('second-round expert panel for the shortlist', () => {
  let c: Ctx;
  let id = 0;
  const cases: number[] = [];
  let run1 = 0;
  const base = () => `/api/v1/showcase/competitions/${id}`;
  const code = (n: number) => `C${String(n).padStart(5, '0')}`;
  const mine = async (who: Ctx['reviewer'], round: number) => ((await who.get('/api/v1/showcase/review/assignments?pageSize=100')).json().items as Item[]).filter((a) => a.round === round);
  const score = (who: Ctx['reviewer'], assignmentId: number, v: number) => who.put(`/api/v1/showcase/review/assignments/${assignmentId}/score`, { scores: { innovation: v, effect: v, replicable: v } });

  beforeAll(async () => {
    c = await showcaseTestApp();
    id = (await c.admin.post('/api/v1/showcase/competitions', competitionBody())).json().id;
    await c.admin.post(`${base()}/status`, { to: 'open' });
    for (const [who, orgId] of [[c.orgadmin, undefined], [c.orgadmin2, undefined], [c.admin, c.agencies[2].id]] as const) {
      const s = await who.post('/api/v1/showcase/submissions', { competitionId: id, orgId, category: 'youth', title: `案例${cases.length + 1}`, parts: caseParts() });
      expect(s.statusCode, s.body).toBe(201);
      expect((await who.post(`/api/v1/showcase/submissions/${s.json().id}/submit`)).statusCode).toBe(200);
      cases.push(s.json().id);
    }
    await c.admin.post(`${base()}/status`, { to: 'reviewing' });
  });
  afterAll(() => c.t.close());

  it('round 1: one expert scores every case; round 2 cannot be assigned before the shortlist', async () => {
    const [reviewerId, adminId] = [await c.accountId('reviewer'), await c.accountId('admin')];
    expect((await c.admin.put(`${base()}/panel`, { round: 1, accountIds: [reviewerId] })).statusCode).toBe(200);
    expect((await c.admin.put(`${base()}/panel`, { round: 2, accountIds: [reviewerId, adminId] })).json().members).toBe(2);
    const early = await c.admin.post(`${base()}/assignments/compute`, { round: 2, k: 2 });
    expect(early.statusCode).toBe(409);
    expect((await c.admin.post(`${base()}/assignments/compute`, { round: 1 })).json()).toMatchObject({ cases: 3, created: 3 });
    // Round-1 scores: 案例1 9, 案例2 7, 案例3 5.
    for (const a of await mine(c.reviewer, 1)) expect((await score(c.reviewer, a.id, { [code(cases[0])]: 9, [code(cases[1])]: 7, [code(cases[2])]: 5 }[a.caseCode]!)).statusCode).toBe(200);
    const run = await c.admin.post(`${base()}/results`, { round: 1, method: 'mean' });
    expect(run.statusCode, run.body).toBe(201);
    run1 = run.json().runId;
    // Provisional awards from round 1 are allowed, and cleared by the shortlist.
    expect((await c.admin.post(`${base()}/decisions`, { runId: run1 })).json()).toMatchObject({ demonstration: 1, excellent: 1 });
  });

  it('the shortlist: the first two of the round-1 run; round 1 closes; only the committee may do it, once', async () => {
    expect((await c.orgadmin.post(`${base()}/round2`, { runId: run1 })).statusCode).toBe(403);
    const res = await c.admin.post(`${base()}/round2`, { runId: run1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ shortlisted: 2, decisionsCleared: 2, submissionIds: [cases[0], cases[1]] });
    expect((await c.admin.get(base())).json()).toMatchObject({ status: 'reviewing', reviewRound: 2 });
    expect((await c.admin.post(`${base()}/round2`, { runId: run1 })).statusCode).toBe(409);
    // Round 1 is closed: shown closed to its reviewer, no rescoring, no hand assignment in round 1.
    const [first] = await mine(c.reviewer, 1);
    expect(first.open).toBe(false);
    expect((await score(c.reviewer, first.id, 10)).statusCode).toBe(409);
    expect((await c.admin.post(`${base()}/assignments`, { round: 1, submissionId: cases[2], reviewerAccountId: await c.accountId('admin') })).statusCode).toBe(409);
  });

  it('round 2: the panel reviews the shortlist only; its run, not round 1’s, decides the awards', async () => {
    const computed = await c.admin.post(`${base()}/assignments/compute`, { round: 2, k: 2 });
    expect(computed.json()).toMatchObject({ round: 2, cases: 2, reviewers: 2, created: 4, shortCaseIds: [] });
    const matrix = (await c.admin.get(`${base()}/assignments?round=2`)).json();
    expect(matrix.cases.map((x: { submissionId: number }) => x.submissionId)).toEqual([cases[0], cases[1]]);
    expect(matrix.reviewers.map((r: { load: number }) => r.load)).toEqual([2, 2]);
    // The third case is not on the shortlist.
    expect((await c.admin.post(`${base()}/assignments`, { round: 2, submissionId: cases[2], reviewerAccountId: await c.accountId('admin') })).statusCode).toBe(404);
    // The panel ranks 案例2 above 案例1.
    for (const who of [c.reviewer, c.admin]) {
      const items = await mine(who, 2);
      expect(items.map((a) => a.caseCode).sort()).toEqual([code(cases[0]), code(cases[1])]);
      for (const a of items) expect((await score(who, a.id, a.caseCode === code(cases[1]) ? 9.5 : 8)).statusCode).toBe(200);
    }
    expect((await c.admin.get(`${base()}/progress?round=2`)).json()).toMatchObject({ assigned: 4, scored: 4, casesComplete: 2 });
    const run2 = (await c.admin.post(`${base()}/results`, { round: 2, method: 'zscore' })).json().runId;
    expect((await c.admin.post(`${base()}/decisions`, { runId: run1 })).statusCode).toBe(400);
    // Results by round: round 1's latest run has the three cases, round 2's the shortlist in the panel's order.
    expect((await c.admin.get(`${base()}/results?round=1`)).json()).toMatchObject({ runId: run1, round: 1, total: 3 });
    const r2 = (await c.admin.get(`${base()}/results?round=2`)).json();
    expect(r2).toMatchObject({ runId: run2, round: 2, total: 2 });
    expect(r2.items.map((x: { submissionId: number }) => x.submissionId)).toEqual([cases[1], cases[0]]);
    expect((await c.admin.post(`${base()}/decisions`, { runId: run2 })).json()).toMatchObject({ demonstration: 1, excellent: 1 });
    expect((await c.admin.post(`${base()}/publish`)).statusCode).toBe(200);
    const winners = (await c.member.get(`/api/v1/showcase/winners?competitionId=${id}`)).json().items;
    expect(winners.map((w: { submissionId: number; tier: string }) => [w.submissionId, w.tier])).toEqual([[cases[1], 'demonstration'], [cases[0], 'excellent']]);
  });
});
