import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import type { DomainEvents } from '../../kernel/events.js';
import { rows } from '../../kernel/db/client.js';
import { contentModule } from './module.js';
import { contentTestApp, demoOrgs, publishItem, type Client } from './content.fixtures.js';

describe(`content reading heartbeat (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client, member: Client;
  let memberPersonId: number;
  let orgs: Awaited<ReturnType<typeof demoOrgs>>;
  const read: DomainEvents['content.read_completed'][] = [];
  const watched: DomainEvents['content.video_watched'][] = [];

  /** Moves the previous beat back in time, as if the page had been open that long. */
  const ago = (itemId: number, seconds: number) =>
    t.db.execute(sql`UPDATE content_reads SET last_beat_at = now() - make_interval(secs => ${seconds}) WHERE item_id = ${itemId} AND person_id = ${memberPersonId}`);
  const beat = async (itemId: number, visible = true) => {
    const res = await member.post(`/api/v1/content/${itemId}/heartbeat`, { visible });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { credited: number; seconds: number; capSeconds: number; thresholdSeconds: number; completed: boolean };
  };

  beforeAll(async () => {
    ({ t } = await contentTestApp());
    [orgadmin, member] = await Promise.all(['orgadmin', 'member'].map((u) => t.login(u)));
    orgs = await demoOrgs(t);
    [{ person_id: memberPersonId }] = await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = 'member'`);
    t.ctx.events.on('content.read_completed', (p) => void read.push(p));
    t.ctx.events.on('content.video_watched', (p) => void watched.push(p));
  });
  afterAll(() => t.close());

  it('credits elapsed time capped per beat, nothing for a hidden tab, and completes once', async () => {
    const article = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '修好理论武装“必修课”' });
    const first = await beat(article.id);
    expect(first).toMatchObject({ credited: 0, seconds: 0, thresholdSeconds: 60, capSeconds: 120, completed: false });

    await ago(article.id, 100); // a long gap still earns one beat's worth
    expect((await beat(article.id)).credited).toBe(30);
    await ago(article.id, 12);
    const normal = await beat(article.id);
    expect(normal.credited).toBeGreaterThanOrEqual(12);
    expect(normal.credited).toBeLessThanOrEqual(13);

    await ago(article.id, 15);
    expect((await beat(article.id, false)).credited).toBe(0); // tab went to the background
    await ago(article.id, 15);
    expect((await beat(article.id, true)).credited).toBe(0); // the interval was spent hidden
    expect(read).toHaveLength(0);

    await ago(article.id, 25);
    const done = await beat(article.id);
    expect(done.seconds).toBeGreaterThanOrEqual(60);
    expect(done.completed).toBe(true);
    expect(read).toEqual([{ personId: memberPersonId, contentId: article.id, seconds: done.seconds }]);

    for (let i = 0; i < 6; i++) {
      await ago(article.id, 30);
      await beat(article.id);
    }
    const capped = await beat(article.id);
    expect(capped.seconds).toBe(120); // never more than twice the reading time
    expect(read).toHaveLength(1); // the event fires once per person and item
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM points_ledger WHERE person_id = ${memberPersonId} AND idempotency_key = ${`article_read:content:${article.id}`}`);
    expect(n).toBe(1); // and earns its reading point through the points rules
  });

  it('a video completes at 80% of its duration and publishes video_watched', async () => {
    const video = await publishItem(orgadmin, orgadmin, { kind: 'video', orgId: orgs.agency1, title: '微视频《奔赴》', body: '', videoUrl: 'https://video.example/benfu.mp4', durationSeconds: 50 });
    expect(await beat(video.id)).toMatchObject({ thresholdSeconds: 40, capSeconds: 100 });
    await ago(video.id, 30);
    expect((await beat(video.id)).completed).toBe(false);
    await ago(video.id, 30);
    expect((await beat(video.id)).completed).toBe(true);
    expect(watched.filter((w) => w.contentId === video.id)).toEqual([{ personId: memberPersonId, contentId: video.id, seconds: 60 }]);
    const progress = (await member.get(`/api/v1/me/content/${video.id}`)).json().myProgress;
    expect(progress).toEqual({ seconds: 60, completed: true });
    const [{ path }] = await rows<{ path: string }>(t.db, sql`SELECT path FROM orgs WHERE id = ${orgs.agency1}`);
    const metric = contentModule.metrics![0];
    expect(await metric.value(t.ctx, { orgPath: path })).toBe(2);
    const behind = await metric.records!(t.ctx, { orgPath: path, page: 1, pageSize: 10 });
    expect(behind.items.map((r) => r.contentId).sort()).toEqual([read[0].contentId, video.id].sort());
  });

  it('rejects a malformed beat with the field named', async () => {
    const res = await member.post('/api/v1/content/1/heartbeat', { visible: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toContain('visible');
  });

  it('an article completes after exactly its estimated reading time; beats 15 s apart count 15 s each', async () => {
    // 500 characters: "约 2 分钟" — and two minutes of reading complete it.
    const body = `<p>${'青春之岛先锋队伍奋斗一线。'.repeat(38)}</p><p>${'字'.repeat(6)}</p>`;
    const article = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '两分钟的文章', body });
    const detail = (await member.get(`/api/v1/me/content/${article.id}`)).json();
    expect(detail.estimatedSeconds).toBe(120);
    expect(await beat(article.id)).toMatchObject({ thresholdSeconds: 120, capSeconds: 240 });
    let last = { seconds: 0, completed: false };
    for (let i = 0; i < 8; i++) {
      expect(last.completed).toBe(false);
      await ago(article.id, 14.6); // a beat a little early still counts its 15 s
      last = await beat(article.id);
    }
    expect(last).toMatchObject({ seconds: 120, completed: true });
  });

  it('the reader does not show a summary that only repeats the first paragraph', async () => {
    const body = '<p>青春之岛先锋队伍的奋斗故事，从五四广场讲起。</p><p>第二段。</p>';
    const cut = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '摘要取自正文', body, summary: '青春之岛先锋队伍的奋斗故事' });
    const written = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '另写摘要', body, summary: '一支队伍的故事。' });
    expect((await member.get(`/api/v1/me/content/${cut.id}`)).json().summary).toBe('');
    expect((await member.get(`/api/v1/me/content/${written.id}`)).json().summary).toBe('一支队伍的故事。');
  });
});
