import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../../kernel/db/client.js';
import { multipartBody } from '../../../../../test/multipart.js';
import { sampleFiles } from '../../../../../test/sample-files.js';
import { showcaseTestApp } from '../showcase.fixtures.js';
import { answerMetrics } from './answers.metrics.js';
import type { ModuleContext } from '../../../kernel/module.js';

type Ctx = Awaited<ReturnType<typeof showcaseTestApp>>;

/**
 * 我们的答卷 through the API: an organisation drafts an achievement whose claim names a registered metric, adds
 * evidence, sends it for review; the committee publishes; members read the feed and the organisation's timeline,
 * like once, comment (hidden until moderated); scope between organisations; figures equal the records.
 */
describe('我们的答卷', () => {
  let c: Ctx;
  let id: number;
  let o1: { id: number; path: string };
  let o2: { id: number; path: string };
  // The current year in Shanghai: the entry's period, so the live figure counts its own publication.
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const entry = (orgId: number) => ({
    orgId,
    title: '“青诉即办”服务群众成效',
    category: 'service',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    body: '全年围绕群众急难愁盼问题，组建青年尖刀班，推动诉求按时办结。',
    results: [
      { label: '按时办结率', value: 98, unit: '%' },
      { label: '本单位发布答卷', value: 1, unit: '篇', metric: 'showcase.answers_published' },
    ],
  });

  beforeAll(async () => {
    c = await showcaseTestApp();
    const orgOf = async (u: string) =>
      (await rows<{ id: number; path: string }>(c.t.db, sql`SELECT o.id, o.path FROM role_assignments r JOIN accounts a ON a.id = r.account_id JOIN orgs o ON o.id = r.org_id WHERE a.username = ${u} LIMIT 1`))[0];
    o1 = await orgOf('orgadmin');
    o2 = await orgOf('orgadmin2');
  });
  afterAll(() => c.t.close());

  it('an organisation drafts within its subtree; an unknown metric and a reversed period are refused', async () => {
    expect((await c.orgadmin.post('/api/v1/showcase/answers', entry(o2.id))).statusCode).toBe(404);
    const badMetric = await c.orgadmin.post('/api/v1/showcase/answers', { ...entry(o1.id), results: [{ label: '虚构指标', value: 1, unit: '', metric: 'nothing.here' }] });
    expect(badMetric.statusCode).toBe(400);
    expect(badMetric.json().error.details[0].field).toBe('results.0.metric');
    expect((await c.orgadmin.post('/api/v1/showcase/answers', { ...entry(o1.id), periodStart: `${year}-12-31`, periodEnd: `${year}-01-01` })).statusCode).toBe(400);
    const r = await c.orgadmin.post('/api/v1/showcase/answers', entry(o1.id));
    expect(r.statusCode, r.body).toBe(201);
    id = r.json().id;
    expect(r.json().status).toBe('draft');
    const f = await c.orgadmin.request({ method: 'POST', url: `/api/v1/showcase/answers/${id}/files`, ...multipartBody(sampleFiles.pdf(), '办结台账.pdf', 'application/pdf') });
    expect(f.statusCode, f.body).toBe(201);
    expect(f.json().files).toHaveLength(1);
    // Another organisation neither sees nor edits it; members do not find drafts in the feed.
    expect((await c.orgadmin2.get(`/api/v1/showcase/answers/${id}`)).statusCode).toBe(404);
    expect((await c.orgadmin2.patch(`/api/v1/showcase/answers/${id}`, { title: '改一改标题' })).statusCode).toBe(404);
    expect((await c.member.get(`/api/v1/showcase/feed/${id}`)).statusCode).toBe(404);
    expect((await c.member.get(`/api/v1/showcase/answers/${id}/files/${f.json().files[0].id}`)).statusCode).toBe(404);
  });

  it('review before publication: sent back, corrected, published', async () => {
    expect((await c.orgadmin.post(`/api/v1/showcase/answers/${id}/review`, { decision: 'published' })).statusCode).toBe(403);
    expect((await c.orgadmin.post(`/api/v1/showcase/answers/${id}/submit`)).json().status).toBe('pending');
    expect((await c.orgadmin.patch(`/api/v1/showcase/answers/${id}`, { title: '审核中不能修改' })).statusCode).toBe(409);
    expect((await c.admin.post(`/api/v1/showcase/answers/${id}/review`, { decision: 'rejected', note: '请补充办结台账' })).json()).toMatchObject({ status: 'rejected', reviewNote: '请补充办结台账' });
    expect((await c.orgadmin.patch(`/api/v1/showcase/answers/${id}`, { body: entry(o1.id).body + '附全年办结台账。' })).statusCode).toBe(200);
    const again = await c.orgadmin.post(`/api/v1/showcase/answers/${id}/submit`);
    expect(again.statusCode, again.body).toBe(200);
    const pub = await c.admin.post(`/api/v1/showcase/answers/${id}/review`, { decision: 'published' });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().status).toBe('published');
    expect(pub.json().publishedAt).toBeTruthy();
  });

  it('members read the feed and the timeline, with the live figure beside the claim', async () => {
    const feed = (await c.member.get('/api/v1/showcase/feed')).json();
    expect(feed.items.map((a: { id: number }) => a.id)).toContain(id);
    expect((await c.member.get(`/api/v1/showcase/feed?orgId=${o1.id}`)).json().items.map((a: { id: number }) => a.id)).toEqual([id]);
    expect((await c.member.get(`/api/v1/showcase/feed?orgId=${o2.id}`)).json().total).toBe(0);
    const item = (await c.member.get(`/api/v1/showcase/feed/${id}`)).json();
    expect(item.results[0].live).toBeNull();
    expect(item.results[1].live).toMatchObject({ label: '“我们的答卷”发布实绩', value: 1 });
    expect((await c.member.get(`/api/v1/showcase/answers/${id}/files/${item.files[0].id}`)).statusCode).toBe(200);
  });

  it('one like per member, however often; comments wait for moderation by the organisation', async () => {
    const likes = await Promise.all([1, 2, 3].map(() => c.member.put(`/api/v1/showcase/feed/${id}/like`)));
    expect(likes.every((l) => l.statusCode === 200)).toBe(true);
    await c.orgadmin2.put(`/api/v1/showcase/feed/${id}/like`);
    expect((await c.member.get(`/api/v1/showcase/feed/${id}`)).json()).toMatchObject({ likeCount: 2, likedByMe: true });
    expect((await c.member.delete(`/api/v1/showcase/feed/${id}/like`)).json()).toEqual({ liked: false, likeCount: 1 });

    const cm = await c.member.post(`/api/v1/showcase/feed/${id}/comments`, { body: '为青年尖刀班点赞！' });
    expect(cm.statusCode, cm.body).toBe(201);
    expect(cm.json()).toMatchObject({ status: 'pending', mine: true });
    // The author sees their own pending comment; others do not.
    expect((await c.orgadmin2.get(`/api/v1/showcase/feed/${id}`)).json().comments).toEqual([]);
    // Only the organisation's subtree (or the committee) moderates it.
    expect((await c.orgadmin2.get('/api/v1/showcase/comments')).json().total).toBe(0);
    expect((await c.orgadmin2.post(`/api/v1/showcase/comments/${cm.json().id}/moderate`, { to: 'visible' })).statusCode).toBe(404);
    expect((await c.member.post(`/api/v1/showcase/comments/${cm.json().id}/moderate`, { to: 'visible' })).statusCode).toBe(403);
    expect((await c.orgadmin.get('/api/v1/showcase/comments')).json().items.map((x: { id: number }) => x.id)).toEqual([cm.json().id]);
    expect((await c.orgadmin.post(`/api/v1/showcase/comments/${cm.json().id}/moderate`, { to: 'visible' })).statusCode).toBe(200);
    const seen = (await c.orgadmin2.get(`/api/v1/showcase/feed/${id}`)).json();
    expect(seen.comments.map((x: { body: string }) => x.body)).toEqual(['为青年尖刀班点赞！']);
    expect(seen.commentCount).toBe(1);
  });

  it('figures by organisation and the published figure equal the records', async () => {
    const figs = (await c.member.get('/api/v1/showcase/feed-figures')).json().items;
    const withEntries = figs.filter((f: { published: number }) => f.published > 0);
    expect(withEntries).toHaveLength(1);
    expect(withEntries[0]).toMatchObject({ published: 1, likes: 1, comments: 1 });
    const ctx = { db: c.t.db } as ModuleContext;
    const m = answerMetrics[0];
    for (const orgPath of [o1.path, o2.path]) {
      const value = await m.value(ctx, { orgPath });
      expect((await m.records!(ctx, { orgPath, page: 1, pageSize: 5 })).total).toBe(value);
    }
    expect(await m.value(ctx, { orgPath: o1.path })).toBe(1);
    expect(await m.value(ctx, { orgPath: o2.path })).toBe(0);
  });
});
