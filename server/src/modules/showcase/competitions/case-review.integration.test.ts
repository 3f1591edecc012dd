import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../../kernel/db/client.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { caseParts, competitionBody, showcaseTestApp } from '../showcase.fixtures.js';
import { showcaseMetrics } from '../showcase.metrics.js';
import type { ModuleContext } from '../../../kernel/module.js';

type Ctx = Awaited<ReturnType<typeof showcaseTestApp>>;

/**
 * A competition end to end through the API: call, cases by three organisations (drafts, limits, withdrawal,
 * attachments and the blind flags), conflicts (same organisation's parent, declared), the optimised assignment and
 * a hand-made one refused for a conflict, blind scoring, normalisation, awards by quota, publication and figures.
 */
describe('innovation case competition', () => {
  let c: Ctx;
  let competitionId: number;
  const cases: Record<string, number> = {};

  beforeAll(async () => {
    c = await showcaseTestApp();
  });
  afterAll(() => c.t.close());

  it('the committee publishes a call; organisation admins cannot, members see nothing', async () => {
    const bad = await c.admin.post('/api/v1/showcase/competitions', competitionBody({ rubric: [{ key: 'a', label: 'A', weight: 0.5, max: 10 }] }));
    expect(bad.statusCode).toBe(400);
    expect((await c.orgadmin.post('/api/v1/showcase/competitions', competitionBody())).statusCode).toBe(403);
    const res = await c.admin.post('/api/v1/showcase/competitions', competitionBody());
    expect(res.statusCode, res.body).toBe(201);
    competitionId = res.json().id;
    expect(res.json().status).toBe('draft');
    // A patch changes what it names and nothing else (no field falls back to its default).
    const patched = await c.admin.patch(`/api/v1/showcase/competitions/${competitionId}`, { title: '机关党建创新案例征集（改）' });
    expect(patched.json()).toMatchObject({ title: '机关党建创新案例征集（改）', reviewersPerCase: 1, demonstrationQuota: 1, maxAttachments: res.json().maxAttachments });
    // A draft call is not offered to organisations; an open one is.
    expect((await c.orgadmin.get('/api/v1/showcase/calls')).json().total).toBe(0);
    expect((await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/status`, { to: 'open' })).statusCode).toBe(200);
    expect((await c.orgadmin.get('/api/v1/showcase/calls')).json().items.map((x: { id: number }) => x.id)).toContain(competitionId);
    expect((await c.member.get('/api/v1/showcase/calls')).statusCode).toBe(403);
  });

  it('organisations draft, submit within the word limits, withdraw and submit again; each sees only its own', async () => {
    const [a1, a2, a3] = c.agencies;
    const draft = await c.orgadmin.post('/api/v1/showcase/submissions', { competitionId, category: 'youth', title: '青春之岛先锋队伍', parts: { background: '太短' } });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id as number;
    expect(draft.json().wordCounts).toEqual({ background: 2 });
    // Submitting: background under 10 characters, practice missing.
    const incomplete = await c.orgadmin.post(`/api/v1/showcase/submissions/${id}/submit`);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['parts.background', 'parts.practice']);
    const tooLong = await c.orgadmin.patch(`/api/v1/showcase/submissions/${id}`, { parts: { ...caseParts(), results: '成'.repeat(201) } });
    expect(tooLong.statusCode).toBe(200);
    expect((await c.orgadmin.post(`/api/v1/showcase/submissions/${id}/submit`)).statusCode).toBe(400);
    expect((await c.orgadmin.patch(`/api/v1/showcase/submissions/${id}`, { parts: caseParts() })).statusCode).toBe(200);
    const done = await c.orgadmin.post(`/api/v1/showcase/submissions/${id}/submit`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('submitted');
    // Submitted cases are withdrawn before editing.
    expect((await c.orgadmin.patch(`/api/v1/showcase/submissions/${id}`, { title: '改' + '名字' })).statusCode).toBe(409);
    expect((await c.orgadmin.post(`/api/v1/showcase/submissions/${id}/withdraw`)).json().status).toBe('withdrawn');
    expect((await c.orgadmin.post(`/api/v1/showcase/submissions/${id}/submit`)).json().status).toBe('submitted');
    cases.a1 = id;

    const second = await c.orgadmin2.post('/api/v1/showcase/submissions', { competitionId, category: 'service', title: '青诉即办服务群众', parts: caseParts() });
    cases.a2 = second.json().id;
    expect((await c.orgadmin2.post(`/api/v1/showcase/submissions/${cases.a2}/submit`)).statusCode).toBe(200);
    // The third agency's case names its organisation in the text and in an attachment's file name.
    const third = await c.admin.post('/api/v1/showcase/submissions', { competitionId, orgId: a3.id, category: 'youth', title: '两青共进', parts: caseParts(`${a3.name}在`) });
    expect(third.statusCode, third.body).toBe(201);
    cases.a3 = third.json().id;
    expect(third.json().blindFlags).toEqual(['part:background']);
    const up = multipartBody(sampleFiles.pdf(), `${a3.name}-材料.pdf`, 'application/pdf');
    const file = await c.admin.request({ method: 'POST', url: `/api/v1/showcase/submissions/${cases.a3}/files`, ...up });
    expect(file.statusCode, file.body).toBe(201);
    // Not a readable PDF: only its file name could be searched, and that names the organisation.
    expect(file.json().files[0]).toMatchObject({ nameFlag: true, flagSource: 'file_name' });
    expect(file.json().blindFlags).toEqual(['part:background', `file:${file.json().files[0].id}`]);
    expect((await c.admin.post(`/api/v1/showcase/submissions/${cases.a3}/submit`)).statusCode).toBe(200);

    // Scope: an organisation admin reaches its own cases only.
    expect((await c.orgadmin.get(`/api/v1/showcase/submissions/${cases.a2}`)).statusCode).toBe(404);
    expect((await c.orgadmin2.get(`/api/v1/showcase/submissions/${cases.a1}`)).statusCode).toBe(404);
    expect((await c.orgadmin.get('/api/v1/showcase/submissions')).json().items.map((x: { id: number }) => x.id)).toEqual([cases.a1]);
    expect((await c.orgadmin.post('/api/v1/showcase/submissions', { competitionId, orgId: a2.id, category: 'youth', title: '越权', parts: {} })).statusCode).toBe(404);
    expect(a1).toBeDefined();
  });

  it('reviewers declare expertise and conflicts; the optimiser excludes them and balances the loads; a conflicting hand assignment is refused', async () => {
    const [a1, a2] = c.agencies;
    const branch = await c.branchOf(a1.path);
    const profile = await c.reviewer.put('/api/v1/showcase/review/profile', { expertise: ['youth'], title: '党建研究员', affiliationOrgId: branch.id });
    expect(profile.statusCode, profile.body).toBe(200);
    expect((await c.reviewer.post('/api/v1/showcase/review/conflicts', { orgId: a2.id, reason: '曾在该单位任职' })).statusCode).toBe(201);
    expect((await c.member.get('/api/v1/showcase/review/profile')).statusCode).toBe(403);

    const reviewerId = await c.accountId('reviewer');
    const adminId = await c.accountId('admin');
    expect((await c.admin.put(`/api/v1/showcase/competitions/${competitionId}/panel`, { round: 1, accountIds: [reviewerId, adminId] })).json().members).toBe(2);
    // Assignment waits for the call to close.
    const early = await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/assignments/compute`, { round: 1 });
    expect(early.statusCode, early.body).toBe(409);
    expect((await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/status`, { to: 'reviewing' })).json().status).toBe('reviewing');
    // After the deadline (closed) organisations cannot submit or withdraw.
    expect((await c.orgadmin.post(`/api/v1/showcase/submissions/${cases.a1}/withdraw`)).statusCode).toBe(409);

    const computed = await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/assignments/compute`, { round: 1 });
    expect(computed.statusCode, computed.body).toBe(200);
    // 3 cases × 1 review over 2 reviewers: loads within [1, 2]. The reviewer conflicts with a1 (affiliation under it)
    // and a2 (declared): only a3 is theirs, and the floor makes them take it.
    expect(computed.json()).toMatchObject({ cases: 3, created: 3, floor: 1, ceil: 2, minLoad: 1, maxLoad: 2, shortCaseIds: [] });
    const m = (await c.admin.get(`/api/v1/showcase/competitions/${competitionId}/assignments?round=1`)).json();
    const who = (id: number) => m.cases.find((x: { submissionId: number }) => x.submissionId === id);
    expect(who(cases.a3).reviewers.map((r: { accountId: number }) => r.accountId)).toEqual([reviewerId]);
    expect(who(cases.a1).reviewers.map((r: { accountId: number }) => r.accountId)).toEqual([adminId]);
    expect(who(cases.a1).conflicts).toEqual([{ accountId: reviewerId, reason: 'parent_org' }]);
    expect(who(cases.a2).conflicts).toEqual([{ accountId: reviewerId, reason: 'declared' }]);
    expect(who(cases.a3).reviewers[0].expertiseMatch).toBe(true);

    const refused = await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/assignments`, { round: 1, submissionId: cases.a2, reviewerAccountId: reviewerId });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('review_conflict');
    const [{ n }] = await rows<{ n: number }>(c.t.db, sql`SELECT count(*)::int AS n FROM showcase_assignments WHERE submission_id = ${cases.a2}`);
    expect(n).toBe(1);
  });

  it('the reviewer sees the case blind: no organisation id or name anywhere in their responses', async () => {
    const a3 = c.agencies[2];
    const names = [a3.name, a3.name.replace(/机关党委$/, '')];
    const list = await c.reviewer.get('/api/v1/showcase/review/assignments');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1);
    const assignmentId = list.json().items[0].id;
    const one = await c.reviewer.get(`/api/v1/showcase/review/assignments/${assignmentId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().parts[0].text).toContain('■');
    expect(one.json().files[0].label).toBe('附件1');
    const file = await c.reviewer.get(`/api/v1/showcase/review/assignments/${assignmentId}/files/${one.json().files[0].id}`);
    expect(file.statusCode).toBe(200);
    for (const res of [list, one, file]) {
      const text = res.body + JSON.stringify(res.headers);
      for (const name of names) expect(text).not.toContain(name);
      expect(decodeURIComponent(String(res.headers['content-disposition'] ?? ''))).not.toContain(a3.name);
    }
    for (const body of [list.body, one.body]) {
      expect(body).not.toMatch(/"org(Id|Name|Path)"/);
      expect(body).not.toContain(a3.path);
    }
    // Another reviewer's assignment is not found.
    const others = (await c.admin.get('/api/v1/showcase/review/assignments')).json().items.map((x: { id: number }) => x.id);
    expect((await c.reviewer.get(`/api/v1/showcase/review/assignments/${others[0]}`)).statusCode).toBe(404);
  });

  it('scores on the rubric, normalises, awards by quota, publishes with certificates; figures count it', async () => {
    const mine = (await c.reviewer.get('/api/v1/showcase/review/assignments')).json().items[0].id;
    expect((await c.reviewer.put(`/api/v1/showcase/review/assignments/${mine}/score`, { scores: { innovation: 11, effect: 5, replicable: 5 } })).statusCode).toBe(400);
    const s = await c.reviewer.put(`/api/v1/showcase/review/assignments/${mine}/score`, { scores: { innovation: 9, effect: 8, replicable: 7 }, comment: '做法扎实' });
    expect(s.json().total).toBe(80); // (0.3·9 + 0.4·8 + 0.3·7) / 10 · 100
    const adminItems = (await c.admin.get('/api/v1/showcase/review/assignments')).json().items;
    for (const [i, a] of adminItems.entries()) expect((await c.admin.put(`/api/v1/showcase/review/assignments/${a.id}/score`, { scores: { innovation: 6 + i, effect: 6 + i, replicable: 6 + i } })).statusCode).toBe(200);

    const progress = (await c.admin.get(`/api/v1/showcase/competitions/${competitionId}/progress?round=1`)).json();
    expect(progress).toMatchObject({ assigned: 3, scored: 3, cases: 3, casesComplete: 3 });

    const run = await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/results`, { round: 1, method: 'zscore' });
    expect(run.statusCode, run.body).toBe(201);
    const results = (await c.admin.get(`/api/v1/showcase/competitions/${competitionId}/results?runId=${run.json().runId}`)).json();
    expect(results.method).toBe('zscore');
    // The reviewer scored one case only (σ = 0 → z 0); the admin's two: −1 and +1. Order: admin's best, a3, admin's other.
    expect(results.items.map((r: { score: number }) => r.score)).toEqual([1, 0, -1]);
    expect(results.items[1].submissionId).toBe(cases.a3);
    expect(results.items[1].rawRank).toBe(1);

    const decided = await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/decisions`, { runId: run.json().runId });
    expect(decided.json()).toMatchObject({ demonstration: 1, excellent: 1, method: 'zscore' });
    expect((await c.admin.post(`/api/v1/showcase/competitions/${competitionId}/publish`)).json().certificates).toBe(2);
    const winners = (await c.member.get('/api/v1/showcase/winners')).json();
    expect(winners.items.map((w: { tierName: string }) => w.tierName)).toEqual(['示范案例', '优秀案例']);
    const [cert] = await rows<{ code: string }>(c.t.db, sql`SELECT code FROM showcase_certificates ORDER BY id LIMIT 1`);
    const verified = await c.t.anonymous().get(`/api/v1/showcase/certificates/${cert.code}`);
    expect(verified.json()).toMatchObject({ valid: true, tierName: '示范案例' });
    expect((await c.t.anonymous().get('/api/v1/showcase/certificates/AAAAAAAAAAAA')).statusCode).toBe(404);
    // The certificate as a PDF: for the committee and the awarded organisation's admins; 404 for another organisation.
    const pdf = await c.admin.get(`/api/v1/showcase/certificates/${cert.code}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await c.member.get(`/api/v1/showcase/certificates/${cert.code}/certificate.pdf`)).statusCode).toBe(403);
    const [{ path }] = await rows<{ path: string }>(c.t.db, sql`SELECT s.org_path AS path FROM showcase_certificates ce JOIN showcase_decisions d ON d.id = ce.decision_id JOIN showcase_submissions s ON s.id = d.submission_id WHERE ce.code = ${cert.code}`);
    const outsider = path.startsWith(c.agencies[0].path) ? c.orgadmin2 : c.orgadmin;
    expect((await outsider.get(`/api/v1/showcase/certificates/${cert.code}/certificate.pdf`)).statusCode).toBe(404);
    // Scoring is closed after the decision.
    expect((await c.reviewer.put(`/api/v1/showcase/review/assignments/${mine}/score`, { scores: { innovation: 1, effect: 1, replicable: 1 } })).statusCode).toBe(409);

    const ctx = { db: c.t.db } as ModuleContext;
    const value = (name: string, orgPath: string) => showcaseMetrics.find((m) => m.name === name)!.value(ctx, { orgPath });
    const root = c.agencies[0].path.split('/').slice(0, 2).join('/') + '/';
    expect(await value('showcase.cases_submitted', root)).toBe(3);
    expect(await value('showcase.cases_submitted', c.agencies[0].path)).toBe(1);
    expect(await value('showcase.cases_reviewed', root)).toBe(3);
    expect((await value('showcase.cases_demonstration', root)) + (await value('showcase.cases_excellent', root))).toBe(2);
  });
});
