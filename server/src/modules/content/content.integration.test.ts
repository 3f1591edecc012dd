import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { contentTestApp, createItem, demoOrgs, move, publishItem, type Client } from './content.fixtures.js';

describe(`content: sanitising, workflow, audience (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, secretary: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof demoOrgs>>;

  beforeAll(async () => {
    ({ t } = await contentTestApp());
    [admin, orgadmin, orgadmin2, secretary, member] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'secretary', 'member'].map((u) => t.login(u)));
    orgs = await demoOrgs(t);
  });
  afterAll(() => t.close());

  it('stores article HTML sanitised: scripts, handlers and javascript: URLs go, formatting stays', async () => {
    const dirty = `<h2 style="text-align:center" onclick="steal()">标题</h2><p>正文<strong>加粗</strong><em>强调</em></p>
      <script>alert(1)</script><img src="https://img.example/x.png" onerror="alert(2)" alt="图">
      <img src="data:image/png;base64,AAAA"><a href="javascript:alert(3)">坏链接</a><a href="JaVaScRiPt&colon;alert(4)">坏</a>
      <a href="https://qd.gov.cn/" target="_blank">好链接</a><iframe src="https://evil.example"></iframe><svg onload="alert(5)"></svg>
      <ul><li>一</li><li>二</li></ul><style>body{display:none}</style><p style="position:fixed;color:#c00">红字</p>`;
    const item = await createItem(orgadmin, { orgId: orgs.agency1, title: '防注入测试', body: dirty });
    const body = item.body;
    for (const bad of ['<script', 'alert(', 'onerror', 'onclick', 'onload', 'javascript', 'data:', '<iframe', '<svg', '<style', 'position']) {
      expect(body.toLowerCase()).not.toContain(bad.toLowerCase());
    }
    expect(body).toContain('<h2 style="text-align:center">标题</h2>');
    expect(body).toContain('<strong>加粗</strong><em>强调</em>');
    expect(body).toContain('<img src="https://img.example/x.png" alt="图" />');
    expect(body).toContain('<a href="https://qd.gov.cn/" target="_blank" rel="noopener noreferrer">好链接</a>');
    expect(body).toContain('<ul><li>一</li><li>二</li></ul>');
    expect(body).toContain('<p style="color:#c00">红字</p>');
    const patched = await orgadmin.patch(`/api/v1/content/${item.id}`, { body: '<p>改<img src=x onerror=alert(1)></p>' });
    expect(patched.json().body).toBe('<p>改</p>');
  });

  it('validates input and names the field; out-of-scope orgs refused', async () => {
    const bad = await orgadmin.post('/api/v1/content', { kind: 'video', title: '视频', orgId: orgs.agency1, videoUrl: 'http://insecure.example/v.mp4' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('videoUrl');
    const foreign = await orgadmin.post('/api/v1/content', { kind: 'article', title: '越权', orgId: orgs.agency2 });
    expect(foreign.json().error.details[0].field).toBe('orgId');
    expect((await member.post('/api/v1/content', { kind: 'article', title: '成员', orgId: orgs.branch })).statusCode).toBe(403);
  });

  it('workflow: allowed transitions move, forbidden ones are 409/403, each one audited', async () => {
    const item = await createItem(secretary, { orgId: orgs.branch, title: '支部学习材料' });
    expect(item.status).toBe('draft');
    expect((await move(secretary, item.id, 'publish')).statusCode).toBe(403); // a branch secretary writes, does not review
    expect((await move(orgadmin, item.id, 'publish')).json().error.code).toBe('invalid_transition'); // not in review yet
    expect((await move(secretary, item.id, 'submit')).json().status).toBe('review');
    expect((await secretary.patch(`/api/v1/content/${item.id}`, { title: '审核中修改' })).statusCode).toBe(409);
    expect((await move(secretary, item.id, 'submit')).statusCode).toBe(409);
    const noComment = await move(orgadmin, item.id, 'return');
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.details[0].field).toBe('comment');
    const returned = await move(orgadmin, item.id, 'return', '请补充学习要点');
    expect(returned.json()).toMatchObject({ status: 'draft', reviewComment: '请补充学习要点' });
    expect((await secretary.patch(`/api/v1/content/${item.id}`, { body: '<p>补充了学习要点</p>' })).statusCode).toBe(200);
    await move(secretary, item.id, 'submit');
    const published = await move(orgadmin, item.id, 'publish');
    expect(published.json()).toMatchObject({ status: 'published', reviewComment: null });
    expect(published.json().publishedAt).toBeTruthy();
    expect((await secretary.patch(`/api/v1/content/${item.id}`, { title: '发布后修改' })).statusCode).toBe(409);
    expect((await move(orgadmin, item.id, 'return', '晚了')).statusCode).toBe(409);
    expect((await move(orgadmin, item.id, 'archive')).json().status).toBe('archived');
    const again = await move(orgadmin, item.id, 'publish');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toMatchObject({ from: 'archived', action: 'publish' });
    const trail = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'content_item' AND entity_id = ${String(item.id)} ORDER BY id`);
    expect(trail.map((r) => r.action)).toEqual([
      'content.create', 'content.submit', 'content.return', 'content.update', 'content.submit', 'content.publish', 'content.archive',
    ]);
  });

  it('a video or PDF cannot go to review without its media', async () => {
    const video = await createItem(orgadmin, { kind: 'video', orgId: orgs.agency1, title: '微视频《奔赴》', body: '' });
    const res = await move(orgadmin, video.id, 'submit');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['durationSeconds', 'video']);
    await orgadmin.patch(`/api/v1/content/${video.id}`, { videoUrl: 'https://video.example/benfu.mp4', durationSeconds: 180 });
    expect((await move(orgadmin, video.id, 'submit')).json().status).toBe('review');
    const pdf = await createItem(orgadmin, { kind: 'pdf', orgId: orgs.agency1, title: '学习手册' });
    expect((await move(orgadmin, pdf.id, 'submit')).json().error.details[0].field).toBe('pdf');
  });

  it('members see published items whose audience contains them; nothing leaks across agencies', async () => {
    const ours = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '本机关学习' });
    const theirs = await publishItem(orgadmin2, orgadmin2, { orgId: orgs.agency2, title: '他机关学习' });
    const draft = await createItem(orgadmin, { orgId: orgs.agency1, title: '未发布草稿' });
    const forSecretaries = await publishItem(admin, admin, { orgId: orgs.root, title: '书记专题', audienceRoles: ['branch_secretary'] });
    const toAgency2 = await publishItem(admin, admin, { orgId: orgs.root, title: '面向二机关', audienceOrgIds: [orgs.agency2] });

    const feedIds = (await member.get('/api/v1/me/content?pageSize=50')).json().items.map((i: { id: number }) => i.id);
    expect(feedIds).toContain(ours.id);
    for (const hidden of [theirs.id, draft.id, forSecretaries.id, toAgency2.id]) {
      expect(feedIds).not.toContain(hidden);
      expect((await member.get(`/api/v1/me/content/${hidden}`)).statusCode).toBe(404);
      expect((await member.post(`/api/v1/content/${hidden}/heartbeat`, { visible: true })).statusCode).toBe(404);
    }
    const seen = await member.get(`/api/v1/me/content/${ours.id}`);
    expect(seen.json()).toMatchObject({ title: '本机关学习', body: '<p>正文内容</p>' });
    expect((await secretary.get(`/api/v1/me/content/${forSecretaries.id}`)).statusCode).toBe(200);

    // Staff: their own subtree only; another agency's item is 404, not 403.
    const managed = (await orgadmin.get('/api/v1/content?pageSize=100')).json().items.map((i: { id: number }) => i.id);
    expect(managed).toContain(draft.id);
    expect(managed).not.toContain(theirs.id);
    expect(managed).not.toContain(forSecretaries.id);
    expect((await orgadmin.get(`/api/v1/content/${theirs.id}`)).statusCode).toBe(404);
    expect((await move(orgadmin, theirs.id, 'archive')).statusCode).toBe(404);
    expect((await orgadmin.patch(`/api/v1/content/${theirs.id}`, { title: '越权修改' })).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/content/${theirs.id}`)).statusCode).toBe(200);
    const queue = (await admin.get('/api/v1/content?status=review')).json().items;
    expect(queue.every((i: { status: string }) => i.status === 'review')).toBe(true);
  });

  it('the seeded articles quote the case and are published to everyone', async () => {
    const feed = (await member.get('/api/v1/me/content?pageSize=50')).json().items.map((i: { title: string }) => i.title);
    expect(feed).toContain('“四个三”路径淬炼“青春之岛”先锋队伍');
    expect(feed).not.toContain('完善关心关爱机制（草稿）');
  });
});
