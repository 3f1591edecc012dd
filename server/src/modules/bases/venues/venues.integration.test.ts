import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../kernel/db/client.js';
import { basesTestApp, createVenue, pointBody } from '../bases.fixtures.js';

type Ctx = Awaited<ReturnType<typeof basesTestApp>>;

describe('venues, projects and brands: scope, validation, audit', () => {
  let c: Ctx;
  beforeAll(async () => {
    c = await basesTestApp();
  }, 120_000);
  afterAll(() => c.t.close());

  it('an org admin manages only their subtree’s venues; another agency gets 404', async () => {
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { name: '范围测试示范点' }));
    const detail = (await c.orgadmin.get(`/api/v1/bases/venues/${v.id}`)).json();
    expect(detail).toMatchObject({ kindName: '机关党建示范点', districtName: '市南区', streetName: '香港中路街道', orgId: c.orgs.agency1.id, status: 'active' });
    expect((await c.orgadmin2.get(`/api/v1/bases/venues/${v.id}`)).statusCode).toBe(404);
    expect((await c.orgadmin2.patch(`/api/v1/bases/venues/${v.id}`, { capacity: 10 })).statusCode).toBe(404);
    expect((await c.orgadmin2.post(`/api/v1/bases/venues/${v.id}/retire`)).statusCode).toBe(404);
    expect((await c.orgadmin2.get(`/api/v1/bases/venues/${v.id}/photos`)).statusCode).toBe(404);
    // creating for another agency: the same 404
    expect((await c.orgadmin.post('/api/v1/bases/venues', pointBody(c.orgs.agency2.id))).statusCode).toBe(404);
    // lists: the owner and the committee see it, the other agency does not
    const names = async (client: Ctx['admin'], q = '') => (await client.get(`/api/v1/bases/venues?pageSize=200${q}`)).json().items.map((x: { id: number }) => x.id);
    expect(await names(c.orgadmin)).toContain(v.id);
    expect(await names(c.admin)).toContain(v.id);
    expect(await names(c.orgadmin2)).not.toContain(v.id);
    expect(await names(c.orgadmin, `&q=${encodeURIComponent('范围测试')}`)).toEqual([v.id]);
    expect(await names(c.orgadmin, '&kind=party_school')).not.toContain(v.id);
    expect((await c.orgadmin2.get(`/api/v1/bases/venues?orgId=${c.orgs.agency1.id}`)).statusCode).toBe(404);
    // members cannot manage venues at all
    const member = await c.t.login('member');
    expect((await member.get('/api/v1/bases/venues')).statusCode).toBe(403);
  });

  it('validates codes from the city reference and the kind’s rules; edits are audited', async () => {
    const bad = async (over: Record<string, unknown>, field: string) => {
      const res = await c.orgadmin.post('/api/v1/bases/venues', pointBody(c.orgs.agency1.id, over));
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.stringify(res.json().error.details)).toContain(field);
    };
    await bad({ districtCode: '999999' }, 'districtCode');
    await bad({ streetCode: '370203001' }, 'streetCode'); // a street of 市北区 with 市南区
    await bad({ designatedOn: null }, 'designatedOn');
    await bad({ openingHours: [{ weekday: 1, opens: '18:00', closes: '09:00' }] }, 'openingHours');
    await bad({ capacity: 0 }, 'capacity');
    const v = await createVenue(c.orgadmin, pointBody(c.orgs.agency1.id, { name: '编辑测试示范点' }));
    expect((await c.orgadmin.post('/api/v1/bases/venues', pointBody(c.orgs.agency1.id, { name: '编辑测试示范点' }))).statusCode).toBe(409);
    // a change that breaks the merged venue is refused and nothing is written
    expect((await c.orgadmin.patch(`/api/v1/bases/venues/${v.id}`, { districtCode: '370203' })).statusCode).toBe(400);
    const ok = await c.orgadmin.patch(`/api/v1/bases/venues/${v.id}`, { capacity: 80, theme: '党建+城市更新' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ capacity: 80, theme: '党建+城市更新', districtCode: '370202' });
    const [entry] = await rows<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      c.t.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'bases.venue_update' AND entity_id = ${String(v.id)}`,
    );
    expect(entry.after).toEqual({ capacity: 80, theme: '党建+城市更新' });
    expect(entry.before).toEqual({ capacity: 50, theme: '党建+营商环境' });
    const retired = await c.orgadmin.post(`/api/v1/bases/venues/${v.id}/retire`);
    expect(retired.json().status).toBe('retired');
    expect((await c.orgadmin.get(`/api/v1/bases/venues?status=retired&pageSize=200`)).json().items.map((x: { id: number }) => x.id)).toContain(v.id);
  });

  it('first-button projects: plan, cohort, progress per member; scoped to the owner subtree', async () => {
    const people = await rows<{ id: number }>(c.t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${c.orgs.agency1.path + '%'} ORDER BY p.id LIMIT 3`);
    const [outsider] = await rows<{ id: number }>(c.t.db, sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${c.orgs.agency2.path + '%'} ORDER BY p.id LIMIT 1`);
    const body = {
      name: '测试“第一粒扣子”成长营',
      orgId: c.orgs.agency1.id,
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
      milestones: [
        { title: '入职第一课', dueOn: '2026-03-15' },
        { title: '基层实践', dueOn: '2026-06-30' },
      ],
      memberIds: people.map((p) => p.id),
    };
    expect((await c.orgadmin.post('/api/v1/bases/projects', { ...body, memberIds: [...body.memberIds, outsider.id] })).statusCode).toBe(404);
    expect(await rows(c.t.db, sql`SELECT id FROM bases_projects WHERE name = ${body.name}`)).toHaveLength(0);
    const created = await c.orgadmin.post('/api/v1/bases/projects', body);
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ memberCount: 3, milestoneCount: 2, progress: 0 });
    const [m1, m2] = p.milestones;
    for (const [milestone, person] of [[m1, people[0]], [m2, people[0]], [m1, people[1]]] as const) {
      const res = await c.orgadmin.post(`/api/v1/bases/projects/${p.id}/progress`, { milestoneId: milestone.id, personId: person.id, completedOn: '2026-03-20' });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = (await c.orgadmin.get(`/api/v1/bases/projects/${p.id}`)).json();
    const byPerson = new Map(after.members.map((m: { personId: number; completed: number }) => [m.personId, m.completed]));
    expect([byPerson.get(people[0].id), byPerson.get(people[1].id), byPerson.get(people[2].id)]).toEqual([2, 1, 0]);
    expect(after.progress).toBe(50); // 3 of 6 (member, milestone) pairs
    expect(after.milestones.map((m: { completed: number }) => m.completed)).toEqual([2, 1]);
    // progress for someone outside the cohort
    expect((await c.orgadmin.post(`/api/v1/bases/projects/${p.id}/progress`, { milestoneId: m1.id, personId: outsider.id, completedOn: '2026-03-20' })).statusCode).toBe(404);
    const result = await c.orgadmin.post(`/api/v1/bases/projects/${p.id}/results`, { title: '调研报告汇编', achievedOn: '2026-07-01' });
    expect(result.json().results).toHaveLength(1);
    expect((await c.orgadmin2.get(`/api/v1/bases/projects/${p.id}`)).statusCode).toBe(404);
    expect((await c.orgadmin2.post(`/api/v1/bases/projects/${p.id}/results`, { title: '越权', achievedOn: '2026-07-01' })).statusCode).toBe(404);
    expect((await c.orgadmin2.get('/api/v1/bases/projects')).json().items.map((x: { id: number }) => x.id)).not.toContain(p.id);
    // figure: first-button projects counts it in the agency and the committee
    const figure = async (client: Ctx['admin'], orgId: number) => (await client.get(`/api/v1/figures/bases.first_button_projects?orgId=${orgId}`)).json().value;
    expect(await figure(c.orgadmin, c.orgs.agency1.id)).toBe(1);
    expect(await figure(c.orgadmin2, c.orgs.agency2.id)).toBe(0);
    expect(await figure(c.admin, c.root.id)).toBe(1);
  });

  it('brands: figures pulled from registered metrics; unknown metrics refused; honours need a level', async () => {
    const bad = await c.admin.post('/api/v1/bases/brands', { code: 'test_brand', name: '测试品牌', orgId: c.root.id, metricNames: ['bases.no_such_metric'] });
    expect(bad.statusCode).toBe(400);
    const created = await c.admin.post('/api/v1/bases/brands', { code: 'test_brand', name: '测试品牌', orgId: c.root.id, linkedModules: ['bases'], metricNames: ['bases.demonstration_points'] });
    expect(created.statusCode, created.body).toBe(201);
    const brand = created.json();
    const points = (await c.admin.get(`/api/v1/figures/bases.demonstration_points?orgId=${c.root.id}`)).json().value;
    expect(brand.figures).toEqual([{ name: 'bases.demonstration_points', label: '机关党建示范点', unit: '个', value: points, orgId: c.root.id }]);
    expect((await c.admin.post(`/api/v1/bases/brands/${brand.id}/entries`, { kind: 'honour', title: '全国示范品牌', happenedOn: '2026-05-01' })).statusCode).toBe(400);
    const honoured = await c.admin.post(`/api/v1/bases/brands/${brand.id}/entries`, { kind: 'honour', title: '全国示范品牌', level: 'national', awardedBy: '中央和国家机关工委', happenedOn: '2026-05-01' });
    expect(honoured.json().honourCount).toBe(1);
    // an agency admin reads the brand (figures over their own subtree) but cannot edit it
    const seen = (await c.orgadmin.get(`/api/v1/bases/brands/${brand.id}`)).json();
    expect(seen.figures[0].orgId).toBe(c.orgs.agency1.id);
    expect((await c.orgadmin.patch(`/api/v1/bases/brands/${brand.id}`, { description: '越权' })).statusCode).toBe(404);
    // a change leaves what it does not name as it was
    const changed = (await c.admin.patch(`/api/v1/bases/brands/${brand.id}`, { description: '新的介绍' })).json();
    expect(changed).toMatchObject({ description: '新的介绍', metricNames: ['bases.demonstration_points'], linkedModules: ['bases'] });
    expect((await c.admin.post('/api/v1/bases/brands', { code: 'test_brand', name: '重复', orgId: c.root.id })).statusCode).toBe(409);
  });
});
