import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { pairingTestApp, peopleUnder, registerByStaff, signInIssued, type Client } from '../pairing.fixtures.js';

type Output = { id: number; status: string; contentId: number | null; reviewNote: string | null; title: string };

describe(`pairing: joint research (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, member: Client, founder: Client, other: Client;
  let orgs: Awaited<ReturnType<typeof pairingTestApp>>['orgs'];
  let memberPersonId: number, cadre2: number, foreignCadre: number;
  let e1: number, e2: number, foreignE: number;
  let topic: number;
  let e1Participant: number;
  let output: number;

  const newTopic = (client: Client, body: Record<string, unknown> = {}) =>
    client.post('/api/v1/pairing/research/topics', { title: '低空经济应用场景开放研究', field: 'low_altitude', description: '梳理低空物流、巡检场景需求', orgId: orgs.agency1.id, startedOn: '2026-03-01', ...body });
  const join = (client: Client, body: Record<string, unknown>) => client.post(`/api/v1/pairing/research/topics/${topic}/participants`, body);
  const step = (client: Client, id: number, action: string, body?: Record<string, unknown>) => client.post(`/api/v1/pairing/research/outputs/${id}/${action}`, body ?? {});

  beforeAll(async () => {
    ({ t, admin, orgadmin, orgadmin2, member, orgs, memberPersonId } = await pairingTestApp());
    other = await t.login('secretary');
    const [{ person_id: secretaryPersonId }] = await rows<{ person_id: number }>(t.db, sql`SELECT person_id FROM accounts WHERE username = 'secretary'`);
    [cadre2] = await peopleUnder(t, orgs.agency1.path, 1, [memberPersonId, secretaryPersonId]);
    [foreignCadre] = await peopleUnder(t, orgs.agency2.path, 1);
    const r1 = await registerByStaff(orgadmin, orgs.agency1.id, { name: '陈海川', sector: 'marine' });
    e1 = r1.entrepreneur.id;
    founder = await signInIssued(t, r1.account.username, r1.account.initialPassword);
    e2 = (await registerByStaff(orgadmin, orgs.agency1.id, { name: '周启航' })).entrepreneur.id;
    foreignE = (await registerByStaff(orgadmin2, orgs.agency2.id, { name: '吴远帆' })).entrepreneur.id;
  });
  afterAll(() => t.close());

  it('admins open topics in their subtree only; others neither see nor change them', async () => {
    expect((await newTopic(member)).statusCode).toBe(403);
    expect((await newTopic(orgadmin2)).statusCode).toBe(404);
    expect((await newTopic(orgadmin, { field: 'astrology' })).statusCode).toBe(400);
    const res = await newTopic(orgadmin);
    expect(res.statusCode, res.body).toBe(201);
    topic = res.json().id;
    expect(res.json()).toMatchObject({ status: 'active', field: 'low_altitude', fieldName: '低空经济', cadreCount: 0, outputCount: 0, endedOn: null });
    expect((await newTopic(orgadmin)).statusCode).toBe(409);
    await newTopic(orgadmin, { title: '海洋牧场数字化研究', field: 'marine', description: '近海养殖的物联网监测', startedOn: '2026-01-10' });

    expect((await orgadmin2.get(`/api/v1/pairing/research/topics/${topic}`)).statusCode).toBe(404);
    expect((await orgadmin2.patch(`/api/v1/pairing/research/topics/${topic}`, { title: '越权修改' })).statusCode).toBe(404);
    expect((await orgadmin2.get('/api/v1/pairing/research/topics')).json().total).toBe(0);

    const list = (q: string) => orgadmin.get(`/api/v1/pairing/research/topics?${q}`).then((r) => r.json());
    expect((await list('')).items.map((x: { title: string }) => x.title)).toEqual(['低空经济应用场景开放研究', '海洋牧场数字化研究']);
    expect((await list('sort=startedOn')).items[0].title).toBe('海洋牧场数字化研究');
    expect((await list('field=marine')).total).toBe(1);
    expect((await list('q=低空')).total).toBe(1);
    expect((await list('pageSize=1&page=2')).items).toHaveLength(1);
    expect((await admin.get('/api/v1/pairing/research/topics?status=active')).json().total).toBe(2);

    const edited = await orgadmin.patch(`/api/v1/pairing/research/topics/${topic}`, { description: '低空物流、城市巡检与应急场景' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().description).toBe('低空物流、城市巡检与应急场景');
    expect((await orgadmin.patch(`/api/v1/pairing/research/topics/${topic}`, {})).statusCode).toBe(400);
  });

  it('the group comes from both sides: people of the subtree and entrepreneurs the admin reaches; leaving keeps history', async () => {
    expect((await join(orgadmin, { side: 'cadre', personId: memberPersonId, role: 'lead' })).statusCode).toBe(201);
    const added = await join(orgadmin, { side: 'entrepreneur', entrepreneurId: e1 });
    expect(added.statusCode, added.body).toBe(201);
    e1Participant = added.json().items.find((p: { entrepreneurId: number | null }) => p.entrepreneurId === e1).id;
    await join(orgadmin, { side: 'cadre', personId: cadre2 });
    await join(orgadmin, { side: 'entrepreneur', entrepreneurId: e2 });

    expect((await join(orgadmin, { side: 'cadre', personId: foreignCadre })).statusCode).toBe(404);
    expect((await join(orgadmin, { side: 'entrepreneur', entrepreneurId: foreignE })).statusCode).toBe(404);
    expect((await join(orgadmin, { side: 'cadre', entrepreneurId: e1 })).statusCode).toBe(400);
    expect((await join(orgadmin, { side: 'entrepreneur', entrepreneurId: e1 })).statusCode).toBe(409);
    expect((await join(orgadmin2, { side: 'cadre', personId: foreignCadre })).statusCode).toBe(404);

    const detail = (await orgadmin.get(`/api/v1/pairing/research/topics/${topic}`)).json();
    expect(detail.topic).toMatchObject({ cadreCount: 2, entrepreneurCount: 2 });
    expect(detail.participants[0]).toMatchObject({ personId: memberPersonId, role: 'lead', side: 'cadre' });
    expect(detail.participants.find((p: { entrepreneurId: number }) => p.entrepreneurId === e1).affiliation).toContain('青岛测试科技有限公司');

    // e2 leaves and comes back: two rows, the first kept with its leaving time
    const e2Row = detail.participants.find((p: { entrepreneurId: number }) => p.entrepreneurId === e2).id;
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/participants/${e2Row}/leave`)).statusCode).toBe(200);
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/participants/${e2Row}/leave`)).statusCode).toBe(409);
    expect((await join(orgadmin, { side: 'entrepreneur', entrepreneurId: e2 })).statusCode).toBe(201);
    const all = (await orgadmin.get(`/api/v1/pairing/research/topics/${topic}/participants?includeLeft=true`)).json().items;
    expect(all.filter((p: { entrepreneurId: number }) => p.entrepreneurId === e2).map((p: { leftAt: string | null }) => p.leftAt === null)).toEqual([true, false]);
    expect((await orgadmin.get(`/api/v1/pairing/research/topics/${topic}/participants`)).json().items).toHaveLength(4);
  });

  it('participants see their topics on the phone; others see nothing', async () => {
    const mine = (await member.get('/api/v1/me/research/topics')).json();
    expect(mine.items.map((x: { id: number }) => x.id)).toEqual([topic]);
    expect(mine.items[0]).toMatchObject({ mySide: 'cadre', myRole: 'lead', myLeftAt: null });
    const theirs = (await founder.get('/api/v1/me/entrepreneur/research/topics')).json();
    expect(theirs.items[0]).toMatchObject({ id: topic, mySide: 'entrepreneur', myRole: 'member' });
    expect((await founder.get(`/api/v1/me/entrepreneur/research/topics/${topic}`)).json().participants).toHaveLength(4);
    expect((await other.get('/api/v1/me/research/topics')).json().total).toBe(0);
    expect((await other.get(`/api/v1/me/research/topics/${topic}`)).statusCode).toBe(404);
    // an entrepreneur account does not use the cadre's routes, nor a cadre the entrepreneur's
    expect((await founder.get('/api/v1/me/research/topics')).statusCode).toBe(403);
    expect((await member.get('/api/v1/me/entrepreneur/research/topics')).statusCode).toBe(403);
  });

  it('outputs: the lead drafts and submits, admins return, approve and publish into content; wrong steps are 409', async () => {
    const body = { kind: 'policy_proposal', title: '关于开放低空物流试点航线的建议', summary: '建议先行开放三条试点航线', body: '<p>一、现状</p><script>alert(1)</script>' };
    expect((await founder.post(`/api/v1/me/entrepreneur/research/topics/${topic}/outputs`, body)).statusCode).toBe(403);
    expect((await other.post(`/api/v1/me/research/topics/${topic}/outputs`, body)).statusCode).toBe(404);
    expect((await member.post(`/api/v1/me/research/topics/${topic}/outputs`, { ...body, kind: 'poem' })).statusCode).toBe(400);
    const created = await member.post(`/api/v1/me/research/topics/${topic}/outputs`, body);
    expect(created.statusCode, created.body).toBe(201);
    output = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', contentId: null, topicTitle: '低空经济应用场景开放研究' });
    expect((await member.patch(`/api/v1/me/research/outputs/${output}`, { summary: '建议在西海岸新区先行开放三条试点航线' })).json().summary).toContain('西海岸');

    // draft: nothing but submit
    for (const action of ['approve', 'publish']) expect((await step(orgadmin, output, action)).statusCode).toBe(409);
    expect((await step(orgadmin, output, 'return', { note: '请补充数据' })).statusCode).toBe(409);
    const submitted = await member.post(`/api/v1/me/research/outputs/${output}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    expect((await member.post(`/api/v1/me/research/outputs/${output}/submit`)).statusCode).toBe(409);
    expect((await member.patch(`/api/v1/me/research/outputs/${output}`, { title: '改标题' })).statusCode).toBe(409);

    // the review queue, out of reach for the other agency
    expect((await orgadmin.get('/api/v1/pairing/research/outputs?status=submitted')).json().items.map((o: Output) => o.id)).toEqual([output]);
    expect((await orgadmin2.get('/api/v1/pairing/research/outputs')).json().total).toBe(0);
    expect((await step(orgadmin2, output, 'approve')).statusCode).toBe(404);

    expect((await step(orgadmin, output, 'return', {})).statusCode).toBe(400);
    const returned = await step(orgadmin, output, 'return', { note: '请补充试点航线的空域条件' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: '请补充试点航线的空域条件' });
    expect((await step(orgadmin, output, 'publish')).statusCode).toBe(409);
    expect((await member.patch(`/api/v1/me/research/outputs/${output}`, { body: '<p>一、现状</p><p>二、空域条件</p>' })).statusCode).toBe(200);
    expect((await member.post(`/api/v1/me/research/outputs/${output}/submit`)).json().status).toBe('submitted');
    expect((await step(orgadmin, output, 'approve', { note: '同意' })).json().status).toBe('approved');
    expect((await step(orgadmin, output, 'approve')).statusCode).toBe(409);
    expect((await step(orgadmin, output, 'submit')).statusCode).toBe(409);

    const published = await step(orgadmin, output, 'publish');
    expect(published.statusCode, published.body).toBe(200);
    const p = published.json() as Output & { publishedAt: string };
    expect(p.status).toBe('published');
    expect(p.contentId).not.toBeNull();
    const [item] = await rows<{ status: string; title: string; body: string; org_id: number; source: string }>(t.db, sql`SELECT status, title, body, org_id, source FROM content_items WHERE id = ${p.contentId}`);
    expect(item).toMatchObject({ status: 'published', title: body.title, org_id: orgs.agency1.id, source: `pairing_output:${output}` });
    expect(item.body).not.toContain('<script>');
    expect((await step(orgadmin, output, 'publish')).statusCode).toBe(409);
    expect((await step(orgadmin, 987654, 'publish')).statusCode).toBe(404);

    // participants read it; search, filters and sorting
    expect((await founder.get(`/api/v1/me/entrepreneur/research/topics/${topic}/outputs`)).json().items[0]).toMatchObject({ id: output, status: 'published' });
    expect((await founder.get(`/api/v1/me/entrepreneur/research/outputs/${output}`)).statusCode).toBe(200);
    expect((await other.get(`/api/v1/me/research/outputs/${output}`)).statusCode).toBe(404);
    const draft = await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/outputs`, { kind: 'report', title: '低空物流需求调研报告' });
    expect(draft.statusCode, draft.body).toBe(201);
    const list = (q: string) => orgadmin.get(`/api/v1/pairing/research/outputs?${q}`).then((r) => r.json());
    expect((await list('kind=report')).items.map((o: Output) => o.title)).toEqual(['低空物流需求调研报告']);
    expect((await list('q=航线')).total).toBe(1);
    expect((await list('sort=title')).total).toBe(2);
    expect((await list('field=marine')).total).toBe(0);
    expect((await list(`topicId=${topic}&status=published`)).items[0].id).toBe(output);
  });

  it('meetings, optionally held as an activity of the caller’s scope', async () => {
    const act = await orgadmin2.post('/api/v1/activities', { typeCode: 'co_study', title: '别处的活动', orgId: orgs.agency2.id, startsAt: '2026-05-01T06:00:00Z', endsAt: '2026-05-01T08:00:00Z' });
    expect(act.statusCode, act.body).toBe(201);
    const meet = (body: Record<string, unknown>) => orgadmin.post(`/api/v1/pairing/research/topics/${topic}/meetings`, { title: '课题研讨会', heldAt: '2026-04-10T06:00:00Z', ...body });
    expect((await meet({ activityId: act.json().id })).statusCode).toBe(404);
    const own = await orgadmin.post('/api/v1/activities', { typeCode: 'co_study', title: '低空经济课题研讨', orgId: orgs.agency1.id, startsAt: '2026-05-02T06:00:00Z', endsAt: '2026-05-02T08:00:00Z' });
    const m = await meet({ activityId: own.json().id, notes: '确定调研提纲' });
    expect(m.statusCode, m.body).toBe(201);
    expect(m.json()).toMatchObject({ activityTitle: '低空经济课题研讨', notes: '确定调研提纲' });
    expect((await member.get(`/api/v1/me/research/topics/${topic}/meetings`)).json().total).toBe(1);
    expect((await orgadmin2.get(`/api/v1/pairing/research/topics/${topic}/meetings`)).statusCode).toBe(404);
  });

  it('leaving and concluding: history stays, a concluded topic takes no new work', async () => {
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/participants/${e1Participant}/leave`)).statusCode).toBe(200);
    const theirs = (await founder.get('/api/v1/me/entrepreneur/research/topics')).json();
    expect(theirs.items[0].myLeftAt).not.toBeNull();
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/conclude`, { endedOn: '2020-01-01' })).statusCode).toBe(400);
    const done = await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/conclude`, { endedOn: '2026-06-30' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'concluded', endedOn: '2026-06-30', publishedCount: 1, meetingCount: 1 });
    expect((await orgadmin.post(`/api/v1/pairing/research/topics/${topic}/conclude`, {})).statusCode).toBe(409);
    expect((await orgadmin.patch(`/api/v1/pairing/research/topics/${topic}`, { title: '再改' })).statusCode).toBe(409);
    expect((await join(orgadmin, { side: 'cadre', personId: memberPersonId })).statusCode).toBe(409);
    expect((await member.post(`/api/v1/me/research/topics/${topic}/outputs`, { kind: 'report', title: '结题后的成果' })).statusCode).toBe(409);
  });

  it('audits every write and counts approved outputs in the figures, equal to their records', async () => {
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'pairing.research_%'`);
    // 2 topics, 1 edit, 5 joins, 2 leaves, 2 outputs, 2 output edits, 5 review steps, 1 meeting, 1 conclusion
    expect(n).toBe(21);
    const value = (await orgadmin.get(`/api/v1/figures/pairing.research_outputs?orgId=${orgs.agency1.id}`)).json().value;
    expect(value).toBe(1);
    const records = (await orgadmin.get(`/api/v1/figures/pairing.research_outputs/records?orgId=${orgs.agency1.id}`)).json();
    expect(records.total).toBe(value);
    expect(records.items[0]).toMatchObject({ id: output, field: 'low_altitude' });
    const bySector = (await orgadmin.get(`/api/v1/figures/pairing.research_outputs/breakdown?orgId=${orgs.agency1.id}&by=category`)).json();
    expect(bySector.items).toEqual([expect.objectContaining({ key: 'low_altitude', label: '低空经济', value: 1 })]);
    expect((await orgadmin2.get(`/api/v1/figures/pairing.research_outputs?orgId=${orgs.agency2.id}`)).json().value).toBe(0);
  });
});
