import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { contentTestApp, demoOrgs, files, upload, type Client } from '../content/content.fixtures.js';
import { practiceModule } from './module.js';

const longText = '<p>我们沿着产业链走访了三家链上企业，看到了党建引领下上下游协同的实效，并提出了建议。</p>';

describe(`practice: projects and reports from the grassroots (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, secretary: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof demoOrgs>>;
  let projectId: number;

  async function newReport(body: Record<string, unknown> = {}) {
    const res = await member.post('/api/v1/me/practice/reports', { title: '来自基层的报告', body: longText, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; body: string; status: string };
  }

  beforeAll(async () => {
    ({ t } = await contentTestApp());
    [admin, orgadmin, orgadmin2, secretary, member] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'secretary', 'member'].map((u) => t.login(u)));
    orgs = await demoOrgs(t);
  });
  afterAll(() => t.close());

  it('admins create projects in their scope; members of that line see and join them', async () => {
    const created = await orgadmin.post('/api/v1/practice/projects', { title: '沿着产业链看党建·本机关', orgId: orgs.agency1, startsOn: '2026-07-01', endsOn: '2026-09-30' });
    expect(created.statusCode, created.body).toBe(201);
    projectId = created.json().id;
    expect((await orgadmin.post('/api/v1/practice/projects', { title: '越权项目', orgId: orgs.agency2 })).json().error.details[0].field).toBe('orgId');
    expect((await member.post('/api/v1/practice/projects', { title: '成员建项目', orgId: orgs.branch })).statusCode).toBe(403);
    const other = (await orgadmin2.post('/api/v1/practice/projects', { title: '团聚青年·二机关', orgId: orgs.agency2 })).json();

    const visible = (await member.get('/api/v1/me/practice/projects')).json().items.map((p: { title: string }) => p.title);
    expect(visible).toEqual(expect.arrayContaining(['沿着产业链看党建·本机关', '沿着产业链看党建', '团聚青年·乡约振兴']));
    expect(visible).not.toContain('团聚青年·二机关');
    expect((await member.post(`/api/v1/me/practice/projects/${other.id}/join`)).statusCode).toBe(404);

    expect((await member.post(`/api/v1/me/practice/projects/${projectId}/join`)).json()).toEqual({ joined: true, changed: true });
    expect((await member.post(`/api/v1/me/practice/projects/${projectId}/join`)).json()).toEqual({ joined: true, changed: false });
    expect((await secretary.post(`/api/v1/me/practice/projects/${projectId}/join`)).json().changed).toBe(true);
    expect((await secretary.delete(`/api/v1/me/practice/projects/${projectId}/join`)).json().changed).toBe(true);
    const members = (await orgadmin.get(`/api/v1/practice/projects/${projectId}/members`)).json().items;
    expect(members).toHaveLength(1);
    expect((await orgadmin.get('/api/v1/practice/projects')).json().items.find((p: { id: number }) => p.id === projectId).memberCount).toBe(1);
    expect((await orgadmin2.get(`/api/v1/practice/projects/${projectId}/members`)).statusCode).toBe(404);
    const edited = await orgadmin.patch(`/api/v1/practice/projects/${projectId}`, { description: '走访链上企业' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ id: projectId, description: '走访链上企业', status: 'open', startsOn: '2026-07-01', memberCount: 1 });
  });

  it('review cycle: draft → submitted → returned with comments → edited → approved → published as content', async () => {
    const dirty = await newReport({ projectId, body: `${longText}<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:void(0)">链接</a>` });
    expect(dirty.body).toBe(`${longText}<a>链接</a>`);
    expect((await orgadmin.get(`/api/v1/practice/reports/${dirty.id}`)).statusCode).toBe(404); // drafts stay private

    const stranger = (await orgadmin2.post('/api/v1/practice/projects', { title: '另一个项目', orgId: orgs.agency2 })).json();
    expect((await member.post('/api/v1/me/practice/reports', { title: '挂错项目', projectId: stranger.id })).json().error.details[0].field).toBe('projectId');
    const short = await newReport({ body: '<p>太短</p>' });
    expect((await member.post(`/api/v1/me/practice/reports/${short.id}/submit`)).json().error.details[0].field).toBe('body');

    const submitted = await member.post(`/api/v1/me/practice/reports/${dirty.id}/submit`);
    expect(submitted.json().status).toBe('submitted');
    expect((await member.patch(`/api/v1/me/practice/reports/${dirty.id}`, { title: '提交后修改' })).statusCode).toBe(409);
    expect((await member.post(`/api/v1/me/practice/reports/${dirty.id}/submit`)).statusCode).toBe(409);

    expect((await orgadmin2.get(`/api/v1/practice/reports/${dirty.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.post(`/api/v1/practice/reports/${dirty.id}/review`, { action: 'approve' })).statusCode).toBe(404);
    expect((await secretary.post(`/api/v1/practice/reports/${dirty.id}/review`, { action: 'approve' })).statusCode).toBe(403);
    const queue = (await orgadmin.get('/api/v1/practice/reports?status=submitted')).json().items.map((r: { id: number }) => r.id);
    expect(queue).toContain(dirty.id);

    expect((await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/review`, { action: 'return' })).json().error.details[0].field).toBe('body.comment');
    const returned = await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/review`, { action: 'return', comment: '请补充具体数据' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充具体数据' });
    expect((await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/publish`, {})).statusCode).toBe(409);
    const mine = (await member.get(`/api/v1/me/practice/reports/${dirty.id}`)).json();
    expect(mine).toMatchObject({ status: 'returned', reviewComment: '请补充具体数据' });
    expect((await member.patch(`/api/v1/me/practice/reports/${dirty.id}`, { body: `${longText}<p>补充数据：走访企业3家，收集诉求12条。</p>` })).statusCode).toBe(200);
    await member.post(`/api/v1/me/practice/reports/${dirty.id}/submit`);

    const approved = await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/review`, { action: 'approve' });
    expect(approved.json().status).toBe('approved');
    expect((await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/review`, { action: 'approve' })).statusCode).toBe(409);

    expect((await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/publish`, { audienceOrgIds: [orgs.agency2] })).json().error.details[0].field).toBe('audienceOrgIds.0');
    const published = await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    const { contentId } = published.json();
    expect((await orgadmin.post(`/api/v1/practice/reports/${dirty.id}/publish`, {})).statusCode).toBe(409);
    const article = (await member.get(`/api/v1/me/content/${contentId}`)).json();
    expect(article).toMatchObject({ kind: 'article', status: 'published', title: '来自基层的报告' });
    expect(article.body).toContain('补充数据');
    expect(article.body).not.toContain('javascript');
    expect((await orgadmin2.get(`/api/v1/content/${contentId}`)).statusCode).toBe(404);
    expect((await orgadmin.get(`/api/v1/content/${contentId}`)).json().orgId).toBe(orgs.agency1);

    const trail = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'practice_report' AND entity_id = ${String(dirty.id)} ORDER BY id`);
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['practice.report_create', 'practice.report_submit', 'practice.report_return', 'practice.report_approve', 'practice.report_publish']));
  });

  it('attachments: images and PDFs only, visible to the author and reviewers in scope', async () => {
    const r = await newReport();
    const url = `/api/v1/me/practice/reports/${r.id}/attachments`;
    expect((await upload(member, url, files.text(), 'notes.pdf', 'application/pdf')).statusCode).toBe(400);
    expect((await upload(member, url, files.mp4(), 'clip.mp4', 'video/mp4')).statusCode).toBe(400);
    const ok = await upload(member, url, files.png(), '现场照片.png', 'image/png');
    expect(ok.statusCode, ok.body).toBe(201);
    const att = ok.json();
    const extra = (await upload(member, url, files.png(), 'extra.png', 'image/png')).json();
    expect((await member.delete(`${url}/${extra.id}`)).json()).toEqual({ ok: true });
    expect((await upload(secretary, url, files.png(), 'x.png', 'image/png')).statusCode).toBe(404);
    const own = await member.get(att.url);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toContain(encodeURIComponent('现场照片.png'));
    expect((await orgadmin.get(att.url)).statusCode).toBe(404); // still a draft
    await member.post(`/api/v1/me/practice/reports/${r.id}/submit`);
    expect((await orgadmin.get(att.url)).statusCode).toBe(200);
    expect((await orgadmin2.get(att.url)).statusCode).toBe(404);
    expect((await orgadmin.get(`/api/v1/practice/reports/${r.id}`)).json().attachments).toHaveLength(1);
  });

  it('counts submitted and approved reports per organisation, the same as the metrics', async () => {
    const stats = (await admin.get(`/api/v1/practice/stats?orgId=${orgs.root}`)).json();
    const [expected] = await rows<{ submitted: number; approved: number }>(
      t.db,
      sql`SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS submitted, count(*) FILTER (WHERE status = 'approved')::int AS approved FROM practice_reports`,
    );
    expect(stats.total).toMatchObject({ orgId: orgs.root, ...expected });
    const agency1 = stats.children.find((c: { orgId: number }) => c.orgId === orgs.agency1);
    expect(agency1.approved).toBeGreaterThanOrEqual(1);
    expect(stats.children.reduce((n: number, c: { submitted: number }) => n + c.submitted, 0)).toBe(expected.submitted);
    const own = (await orgadmin.get('/api/v1/practice/stats')).json();
    expect(own.total.orgId).toBe(orgs.agency1);
    expect(own.total.submitted).toBe(agency1.submitted);
    expect((await orgadmin.get(`/api/v1/practice/stats?orgId=${orgs.agency2}`)).statusCode).toBe(404);

    const [{ path }] = await rows<{ path: string }>(t.db, sql`SELECT path FROM orgs WHERE id = ${orgs.agency1}`);
    const metric = (name: string) => practiceModule.metrics!.find((m) => m.name === name)!.value(t.ctx, { orgPath: path });
    expect(await metric('practice.reports_submitted')).toBe(agency1.submitted);
    expect(await metric('practice.reports_approved')).toBe(agency1.approved);
    const behind = await practiceModule.metrics![1].records!(t.ctx, { orgPath: path, page: 1, pageSize: 50 });
    expect(behind.total).toBe(agency1.approved);
    expect(behind.items.every((r) => r.status === 'approved')).toBe(true);
    const future = await practiceModule.metrics![0].value(t.ctx, { orgPath: path, from: new Date(Date.now() + 86400_000) });
    expect(future).toBe(0);
  });
});
