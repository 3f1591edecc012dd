import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';
import { contentTestApp, createItem, demoOrgs, publishItem, type Client } from './content.fixtures.js';

describe(`content categories, tags and the warning-case library (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof demoOrgs>>;
  let memberPersonId: number;
  let caseId: number;

  /** Moves the member's previous beat back in time, as if the page had been open that long. */
  const ago = (itemId: number, seconds: number) =>
    t.db.execute(sql`UPDATE content_reads SET last_beat_at = now() - make_interval(secs => ${seconds}) WHERE item_id = ${itemId} AND person_id = ${memberPersonId}`);
  const peopleUnder = async (orgId: number) =>
    (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE (SELECT path FROM orgs WHERE id = ${orgId}) || '%'`))[0].n;

  beforeAll(async () => {
    ({ t } = await contentTestApp());
    [admin, orgadmin, orgadmin2, member] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'member'].map((u) => t.login(u)));
    orgs = await demoOrgs(t);
    [{ person_id: memberPersonId }] = await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = 'member'`);
    // A committee case published to the whole city.
    caseId = (await publishItem(admin, admin, { orgId: orgs.root, title: '某局干部违规公款吃喝被处分', category: 'warning_case', tags: ['中央八项规定', '测试专用'], body: '<p>案例正文……</p>' })).id;
  });
  afterAll(() => t.close());

  it('validates category and tags and names the field; nothing is written on a bad request', async () => {
    const before = (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM content_items`))[0].n;
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await orgadmin.post('/api/v1/content', { kind: 'article', orgId: orgs.agency1, title: '标签校验', ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json().error.details)).toContain(field);
    };
    await bad({ category: '警示' }, 'category');
    await bad({ tags: ['违规,吃喝'] }, 'tags');
    await bad({ tags: ['有 空格'] }, 'tags');
    await bad({ tags: ['<b>'] }, 'tags');
    await bad({ tags: ['一二三四五六七八九十一二三四五六七'] }, 'tags');
    await bad({ tags: ['甲', '甲'] }, 'tags');
    await bad({ tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }, 'tags');
    expect((await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM content_items`))[0].n).toBe(before);
    expect((await admin.get('/api/v1/content?category=bogus')).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/content?tag=${encodeURIComponent('a,b')}`)).statusCode).toBe(400);
    expect((await member.get('/api/v1/me/content?category=none')).statusCode).toBe(400);
    // Tags are trimmed and kept in order.
    const ok = await createItem(orgadmin, { orgId: orgs.agency1, title: '理论学习', category: 'theory', tags: [' 党史 ', '青年'] });
    expect(ok).toMatchObject({ category: 'theory', tags: ['党史', '青年'] });
  });

  it('filters staff lists and the phone reader by category and tag', async () => {
    const theory = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '学深悟透党的创新理论', category: 'theory', tags: ['理论武装'] });
    const plain = await publishItem(orgadmin, orgadmin, { orgId: orgs.agency1, title: '未分类的通知' });
    const ids = async (c: Client, url: string) => {
      const res = await c.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { id: number }[]).map((i) => i.id);
    };
    const warning = await ids(admin, '/api/v1/content?category=warning_case&pageSize=100');
    expect(warning).toContain(caseId);
    expect(warning).not.toContain(theory.id);
    expect(await ids(orgadmin, '/api/v1/content?category=theory&pageSize=100')).toEqual(expect.arrayContaining([theory.id]));
    const none = await ids(orgadmin, '/api/v1/content?category=none&pageSize=100');
    expect(none).toContain(plain.id);
    expect(none).not.toContain(theory.id);
    expect(await ids(admin, `/api/v1/content?tag=${encodeURIComponent('测试专用')}&pageSize=100`)).toEqual([caseId]);

    const feed = await ids(member, '/api/v1/me/content?category=warning_case&pageSize=50');
    expect(feed).toContain(caseId);
    expect(feed).not.toContain(theory.id);
    expect(await ids(member, `/api/v1/me/content?tag=${encodeURIComponent('理论武装')}`)).toEqual([theory.id]);

    // Filing a published item needs no new review; only the owner's scope may do it.
    const labelled = await orgadmin.put(`/api/v1/content/${plain.id}/labels`, { category: 'role_model', tags: ['青年显担当'] });
    expect(labelled.statusCode, labelled.body).toBe(200);
    expect(labelled.json()).toMatchObject({ status: 'published', category: 'role_model', tags: ['青年显担当'] });
    expect((await orgadmin2.put(`/api/v1/content/${plain.id}/labels`, { category: 'theory', tags: [] })).statusCode).toBe(404);
    const tags = (await orgadmin.get('/api/v1/content/tags')).json().items as { tag: string; count: number }[];
    expect(tags.map((x) => x.tag)).toEqual(expect.arrayContaining(['青年显担当', '理论武装', '中央八项规定']));
  });

  it('an agency admin assigns a committee case to its own subtree; reading it through counts; completion is scoped', async () => {
    // Outside its subtree: the other agency, and an unknown org, are the same 404; nothing written.
    expect((await orgadmin.put(`/api/v1/content/${caseId}/assignments/${orgs.agency2}`, { deadline: '2030-12-31' })).statusCode).toBe(404);
    expect((await orgadmin.put(`/api/v1/content/${caseId}/assignments/2147483647`, { deadline: '2030-12-31' })).statusCode).toBe(404);
    expect((await orgadmin.put(`/api/v1/content/${caseId}/assignments/${orgs.agency1}`, { deadline: '2030-02-30' })).statusCode).toBe(400);
    expect((await rows(t.db, sql`SELECT 1 FROM content_assignments`)).length).toBe(0);

    const assigned = await orgadmin.put(`/api/v1/content/${caseId}/assignments/${orgs.agency1}`, { deadline: '2030-12-31' });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const people = await peopleUnder(orgs.agency1);
    expect(assigned.json().items).toEqual([expect.objectContaining({ orgId: orgs.agency1, assigned: people, completed: 0, rate: 0 })]);
    const [audited] = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE action = 'content.assign' AND entity_id = ${String(caseId)}`);
    expect(audited).toBeTruthy();

    // The other agency's admin cannot see this assignment, its completion, or withdraw it.
    expect((await orgadmin2.get(`/api/v1/content/${caseId}/assignments`)).json().items).toEqual([]);
    expect((await orgadmin2.delete(`/api/v1/content/${caseId}/assignments/${orgs.agency1}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/content/${caseId}/completion?orgId=${orgs.agency1}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/content/${caseId}/completion`)).json().total).toMatchObject({ assigned: 0, completed: 0, rate: null });

    // The member sees it as required reading.
    const mine = (await member.get('/api/v1/me/required-reading')).json();
    expect(mine).toMatchObject({ total: 1, completed: 0 });
    expect(mine.items[0]).toMatchObject({ id: caseId, category: 'warning_case', myProgress: null });
    expect(new Date(mine.items[0].requiredBy).toISOString()).toBe('2030-12-31T16:00:00.000Z'); // the end of 2030-12-31 in Asia/Shanghai

    // A confirmed read needs a heartbeat interval of reading first.
    expect((await member.post(`/api/v1/me/content/${caseId}/confirm-read`)).statusCode).toBe(409);
    expect((await member.post(`/api/v1/content/${caseId}/heartbeat`, { visible: true })).statusCode).toBe(200);
    await ago(caseId, 20);
    expect((await member.post(`/api/v1/content/${caseId}/heartbeat`, { visible: true })).json()).toMatchObject({ completed: false });
    const confirmed = await member.post(`/api/v1/me/content/${caseId}/confirm-read`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ completed: true, confirmed: true });
    expect((await member.get('/api/v1/me/required-reading')).json()).toMatchObject({ total: 1, completed: 1 });

    const completion = (await orgadmin.get(`/api/v1/content/${caseId}/completion?orgId=${orgs.agency1}`)).json();
    expect(completion.total).toEqual({ assigned: people, completed: 1, rate: Math.round((1 / people) * 10000) / 10000 });
    expect(completion.children.reduce((n: number, c: { completed: number }) => n + c.completed, 0)).toBe(1);
    const unfinished = (await orgadmin.get(`/api/v1/content/${caseId}/unfinished?orgId=${orgs.agency1}&pageSize=100`)).json();
    expect(unfinished.total).toBe(people - 1);
    expect(unfinished.items.map((p: { personId: number }) => p.personId)).not.toContain(memberPersonId);

    const library = (await orgadmin.get('/api/v1/content/library?assigned=yes')).json();
    expect(library.items).toEqual([expect.objectContaining({ id: caseId, assignedOrgs: 1, assigned: people, completed: 1 })]);
    expect((await orgadmin2.get('/api/v1/content/library?assigned=yes')).json().items).toEqual([]);
    expect((await member.get('/api/v1/content/library')).statusCode).toBe(403);
  });

  it('the completion-rate figure equals the share of completed records; the count figure counts them', async () => {
    const q = `orgId=${orgs.root}&from=2026-01-01&to=2031-01-01`;
    const rate = (await admin.get(`/api/v1/figures/content.warning_case_completion?${q}`)).json().value as number;
    const records = (await admin.get(`/api/v1/figures/content.warning_case_completion/records?${q}&pageSize=100`)).json();
    const done = (records.items as { completed: boolean }[]).filter((r) => r.completed).length;
    expect(records.total).toBe(await peopleUnder(orgs.agency1));
    expect(done).toBe(1);
    expect(rate).toBe(Math.round((done / records.total) * 1000) / 10);
    const count = (await admin.get(`/api/v1/figures/content.warning_case_reads?${q}`)).json().value;
    expect(count).toBe(1);
    const reads = (await admin.get(`/api/v1/figures/content.warning_case_reads/records?${q}`)).json();
    expect(reads.items).toEqual([expect.objectContaining({ contentId: caseId, personId: memberPersonId, confirmed: true })]);
    // The other agency's figure is 0 (nothing assigned there); the agency itself has the same rate.
    expect((await admin.get(`/api/v1/figures/content.warning_case_completion?orgId=${orgs.agency2}&from=2026-01-01&to=2031-01-01`)).json().value).toBe(0);
    expect((await orgadmin.get(`/api/v1/figures/content.warning_case_completion?orgId=${orgs.agency1}&from=2026-01-01&to=2031-01-01`)).json().value).toBe(rate);
    expect((await orgadmin.get(`/api/v1/figures/content.warning_case_completion?orgId=${orgs.agency2}`)).statusCode).toBe(404);
  });

  it('links an integrity activity to the cases it uses, within scope', async () => {
    const [drama] = await rows<{ id: number }>(t.db, sql`SELECT a.id FROM activities a JOIN activity_types ty ON ty.code = a.type_code WHERE ty.category_code = 'integrity' ORDER BY a.id LIMIT 1`);
    const [other] = await rows<{ id: number }>(t.db, sql`SELECT a.id FROM activities a WHERE a.type_code = 'party_day' ORDER BY a.id LIMIT 1`);
    expect(drama).toBeTruthy();
    const linked = await admin.put(`/api/v1/content/${caseId}/activities/${drama.id}`);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().items).toEqual([expect.objectContaining({ activityId: drama.id })]);
    expect((await admin.put(`/api/v1/content/${caseId}/activities/${drama.id}`)).json().items).toHaveLength(1); // twice is once
    expect((await admin.put(`/api/v1/content/${caseId}/activities/${other.id}`)).statusCode).toBe(400);
    expect((await admin.put(`/api/v1/content/${caseId}/activities/2147483647`)).statusCode).toBe(404);
    const library = (await admin.get('/api/v1/content/library?category=warning_case&pageSize=100')).json();
    expect(library.items.find((i: { id: number }) => i.id === caseId).activities).toBe(1);
    expect((await admin.delete(`/api/v1/content/${caseId}/activities/${drama.id}`)).json().items).toEqual([]);
  });
});
