import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { count, homeOrg } from './org.test-helpers.js';

type Node = { id: number; parentId: number | null; name: string; kind: string; path: string; personCount: number; childCount: number };

describe(`organisation tree (${dbKind})`, () => {
  let t: TestApp;
  let first: { id: number; path: string; name: string };
  let second: { id: number; path: string; name: string };
  beforeAll(async () => {
    t = await createTestApp();
    first = await homeOrg(t.db, 'orgadmin');
    second = await homeOrg(t.db, 'orgadmin2');
  });
  afterAll(() => t.close());

  it('the committee admin sees every organisation with direct counts', async () => {
    const res = await (await t.login('admin')).get('/api/v1/orgs/tree');
    expect(res.statusCode).toBe(200);
    const nodes = res.json().nodes as Node[];
    expect(nodes.length).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM orgs`));
    const branch = nodes.find((n) => n.kind === 'branch')!;
    expect(branch.personCount).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE org_id = ${branch.id}`));
    expect(branch.childCount).toBe(0);
  });

  it('an org admin sees only their own agency; the other agency is 404', async () => {
    const orgadmin = await t.login('orgadmin');
    const nodes = (await orgadmin.get('/api/v1/orgs/tree')).json().nodes as Node[];
    const expected = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path LIKE ${first.path + '%'} ORDER BY id`);
    expect(nodes.map((n) => n.id).sort((a, b) => a - b)).toEqual(expected.map((e) => e.id));
    expect(nodes.every((n) => n.path.startsWith(first.path))).toBe(true);
    const foreign = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE path LIKE ${second.path + '%'}`);
    expect(foreign.length).toBeGreaterThan(0);
    for (const f of foreign) expect((await orgadmin.get(`/api/v1/orgs/${f.id}`)).statusCode).toBe(404);

    const detail = (await orgadmin.get(`/api/v1/orgs/${first.id}`)).json();
    expect(detail.personCount).toBe(
      await count(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${first.path + '%'}`),
    );
    expect(detail.ancestors.map((a: { id: number }) => a.id)).toEqual(first.path.split('/').filter(Boolean).map(Number).slice(0, -1));
  });

  it('a branch secretary sees only their own branch', async () => {
    const branch = await homeOrg(t.db, 'secretary');
    const nodes = (await (await t.login('secretary')).get('/api/v1/orgs/tree')).json().nodes as Node[];
    expect(nodes.map((n) => n.id)).toEqual([branch.id]);
  });

  it('creates, renames and refuses bad or foreign placements', async () => {
    const orgadmin = await t.login('orgadmin');
    const created = await orgadmin.post('/api/v1/orgs', { parentId: first.id, name: '测试党总支', kind: 'general_branch' });
    expect(created.statusCode, created.body).toBe(201);
    const g = created.json();
    expect(g.path).toBe(`${first.path}${g.id}/`);
    const [auditRow] = await rows<{ after: { name: string } }>(t.db, sql`SELECT after FROM audit_log WHERE action = 'org.create' AND entity_id = ${String(g.id)}`);
    expect(auditRow.after.name).toBe('测试党总支');

    const branch = await orgadmin.post('/api/v1/orgs', { parentId: g.id, name: '测试党支部', kind: 'branch' });
    expect(branch.statusCode).toBe(201);
    const underBranch = await orgadmin.post('/api/v1/orgs', { parentId: branch.json().id, name: '不可以', kind: 'branch' });
    expect(underBranch.statusCode).toBe(400);
    expect(underBranch.json().error.details[0].field).toBe('kind');
    const committeeUnder = await orgadmin.post('/api/v1/orgs', { parentId: first.id, name: '不可以', kind: 'committee' });
    expect(committeeUnder.statusCode).toBe(400);

    const foreign = await orgadmin.post('/api/v1/orgs', { parentId: second.id, name: '越权支部', kind: 'branch' });
    expect(foreign.statusCode).toBe(404);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM orgs WHERE name = '越权支部'`)).toBe(0);

    const bad = await orgadmin.post('/api/v1/orgs', { parentId: first.id, name: '', kind: 'club' });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.kind']));

    const dup = await orgadmin.post('/api/v1/orgs', { parentId: first.id, name: '测试党总支', kind: 'general_branch' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0].field).toBe('name');

    const renamed = await orgadmin.patch(`/api/v1/orgs/${g.id}`, { name: '测试第一党总支', personalLeaderboard: true });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '测试第一党总支', personalLeaderboard: true });
    const [upd] = await rows<{ before: unknown; after: unknown }>(t.db, sql`SELECT before, after FROM audit_log WHERE action = 'org.update' AND entity_id = ${String(g.id)}`);
    expect(upd.before).toEqual({ name: '测试党总支', personalLeaderboard: false });
    expect(upd.after).toEqual({ name: '测试第一党总支', personalLeaderboard: true });
    expect((await orgadmin.patch(`/api/v1/orgs/${second.id}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('moves a subtree and recomputes every descendant path', async () => {
    const admin = await t.login('admin');
    const g = (await admin.post('/api/v1/orgs', { parentId: first.id, name: '搬迁党总支', kind: 'general_branch' })).json();
    const branches = await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id = ${first.id} AND kind = 'branch' ORDER BY id LIMIT 2`);
    for (const b of branches) {
      const res = await admin.post(`/api/v1/orgs/${b.id}/move`, { parentId: g.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().path).toBe(`${first.path}${g.id}/${b.id}/`);
    }
    const third = (await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE kind = 'party_committee' AND id NOT IN (${first.id}, ${second.id}) LIMIT 1`))[0];
    const moved = await admin.post(`/api/v1/orgs/${g.id}/move`, { parentId: third.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const subtree = await rows<{ id: number; parent_id: number; path: string }>(
      t.db,
      sql`SELECT id, parent_id, path FROM orgs WHERE id IN (${g.id}, ${branches[0].id}, ${branches[1].id}) ORDER BY id`,
    );
    expect(subtree.find((o) => o.id === g.id)).toMatchObject({ parent_id: third.id, path: `${third.path}${g.id}/` });
    for (const b of branches) expect(subtree.find((o) => o.id === b.id)!.path).toBe(`${third.path}${g.id}/${b.id}/`);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM orgs WHERE path LIKE ${first.path + g.id + '/%'}`)).toBe(0);
    const [mv] = await rows<{ before: { path: string }; after: { path: string; subtreeSize: number } }>(
      t.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'org.move' AND entity_id = ${String(g.id)}`,
    );
    expect(mv.before.path).toBe(`${first.path}${g.id}/`);
    expect(mv.after).toMatchObject({ path: `${third.path}${g.id}/`, subtreeSize: 3 });

    // The moved people now belong to the third agency, so the first agency's admin no longer sees them.
    const orgadmin = await t.login('orgadmin');
    expect((await orgadmin.get(`/api/v1/orgs/${branches[0].id}`)).statusCode).toBe(404);
  });

  it('refuses a cycle, moving the root, and moving into a foreign agency', async () => {
    const admin = await t.login('admin');
    const child = (await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id = ${first.id} ORDER BY id LIMIT 1`))[0];
    const self = await admin.post(`/api/v1/orgs/${first.id}/move`, { parentId: first.id });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('org_cycle');
    const under = await admin.post(`/api/v1/orgs/${first.id}/move`, { parentId: child.id });
    expect(under.json().error.code).toBe('org_cycle');
    const root = (await rows<{ id: number }>(t.db, sql`SELECT id FROM orgs WHERE parent_id IS NULL`))[0];
    expect((await admin.post(`/api/v1/orgs/${root.id}/move`, { parentId: first.id })).statusCode).toBe(409);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM orgs WHERE id = ${first.id} AND parent_id = ${root.id}`)).toBe(1);

    const orgadmin = await t.login('orgadmin');
    const res = await orgadmin.post(`/api/v1/orgs/${child.id}/move`, { parentId: second.id });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.details[0].field).toBe('parentId');
  });

  it('dissolves only an empty organisation', async () => {
    const orgadmin = await t.login('orgadmin');
    const agency = await orgadmin.delete(`/api/v1/orgs/${first.id}`);
    expect(agency.statusCode).toBe(409);
    expect(agency.json().error.code).toBe('org_not_empty');
    const withPeople = (await rows<{ id: number }>(
      t.db,
      sql`SELECT o.id FROM orgs o WHERE o.path LIKE ${first.path + '%'} AND o.kind = 'branch' AND EXISTS (SELECT 1 FROM people p WHERE p.org_id = o.id) LIMIT 1`,
    ))[0];
    expect((await orgadmin.delete(`/api/v1/orgs/${withPeople.id}`)).json().error.code).toBe('org_not_empty');
    const empty = (await orgadmin.post('/api/v1/orgs', { parentId: first.id, name: '待撤销支部', kind: 'branch' })).json();
    expect((await orgadmin.delete(`/api/v1/orgs/${empty.id}`)).statusCode).toBe(200);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM orgs WHERE id = ${empty.id}`)).toBe(0);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'org.dissolve' AND entity_id = ${String(empty.id)}`)).toBe(1);
    const foreignEmpty = (await (await t.login('orgadmin2')).post('/api/v1/orgs', { parentId: second.id, name: '乙方空支部', kind: 'branch' })).json();
    expect((await orgadmin.delete(`/api/v1/orgs/${foreignEmpty.id}`)).statusCode).toBe(404);
    expect(await count(t.db, sql`SELECT count(*)::int AS n FROM orgs WHERE id = ${foreignEmpty.id}`)).toBe(1);
  });
});
