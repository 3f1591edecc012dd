import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { audit } from './audit.js';

type Item = { id: number; at: string; actor: string | null; action: string; entity: string; entityId: string | null; summary: string | null };

describe(`audit search (${dbKind})`, () => {
  let t: TestApp;
  let agencies: Array<{ id: number; path: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    agencies = await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE kind = 'party_committee' ORDER BY sort, id LIMIT 2`);
    const [branchOfFirst] = await rows<{ id: number; path: string }>(
      t.db,
      sql`SELECT id, path FROM orgs WHERE kind = 'branch' AND path LIKE ${agencies[0].path + '%'} ORDER BY id LIMIT 1`,
    );
    await audit(t.db, null, { action: 'people.update', entity: 'person', entityId: 11, orgId: branchOfFirst.id, orgPath: branchOfFirst.path, summary: '修改 甲一号 的职务' });
    await audit(t.db, null, { action: 'people.read_full', entity: 'person', entityId: 12, orgId: agencies[0].id, orgPath: agencies[0].path, summary: '查看 甲二号 完整信息' });
    await audit(t.db, null, { action: 'people.update', entity: 'person', entityId: 21, orgId: agencies[1].id, orgPath: agencies[1].path, summary: '修改 乙一号 的手机号' });
  });
  afterAll(() => t.close());

  it('an org admin sees the rows of their agency and not those of another agency', async () => {
    const orgadmin = await t.login('orgadmin');
    const res = await orgadmin.get('/api/v1/audit?pageSize=100');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Item[];
    const summaries = items.map((i) => i.summary);
    expect(summaries).toContain('修改 甲一号 的职务');
    expect(summaries).toContain('查看 甲二号 完整信息');
    expect(summaries).not.toContain('修改 乙一号 的手机号');
    // Sign-ins carry no organisation, so they stay with the committee.
    expect(items.some((i) => i.action.startsWith('auth.'))).toBe(false);
    expect(res.json().total).toBe(items.length);

    const other = (await (await t.login('orgadmin2')).get('/api/v1/audit?pageSize=100')).json().items as Item[];
    expect(other.map((i) => i.summary)).toEqual(['修改 乙一号 的手机号']);
  });

  it('the committee admin sees everything, organisation-less rows included', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/v1/audit?pageSize=100');
    const items = res.json().items as Item[];
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log`);
    expect(res.json().total).toBe(n);
    expect(items.some((i) => i.action === 'auth.login' && i.actor === 'admin')).toBe(true);
    expect(items.map((i) => i.summary)).toContain('修改 乙一号 的手机号');
    // newest first
    for (let i = 1; i < items.length; i++) expect(items[i].at <= items[i - 1].at).toBe(true);
  });

  it('filters by text, action prefix, entity, actor and date range, and pages', async () => {
    const admin = await t.login('admin');
    const get = async (qs: string) => {
      const res = await admin.get(`/api/v1/audit?${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Item[]; total: number; page: number; pageSize: number };
    };
    expect((await get(`q=${encodeURIComponent('乙一号')}`)).items.map((i) => i.entityId)).toEqual(['21']);
    expect((await get('action=people')).total).toBe(3);
    expect((await get('action=people.read_full')).total).toBe(1);
    expect((await get('action=peop')).total).toBe(0);
    expect((await get('entity=person')).total).toBe(3);
    const byAdmin = await get('actor=admin&action=auth.login');
    expect(byAdmin.total).toBeGreaterThan(0);
    expect(byAdmin.items.every((i) => i.actor === 'admin')).toBe(true);
    expect((await get('q=100%25')).total).toBe(0); // a literal %, not a wildcard

    expect((await get('entity=person&to=2000-01-01')).total).toBe(0);
    expect((await get('entity=person&from=2000-01-01')).total).toBe(3);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await get(`entity=person&from=${today}&to=${today}`)).total).toBe(3);
    expect((await get(`entity=person&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).total).toBe(0);

    const p1 = await get('entity=person&pageSize=2&page=1');
    const p2 = await get('entity=person&pageSize=2&page=2');
    expect([p1.items.length, p2.items.length, p1.total]).toEqual([2, 1, 3]);
    expect(p1.items.map((i) => i.id)).not.toContain(p2.items[0].id);
  });

  it('rejects bad filters with the field named, and refuses members', async () => {
    const admin = await t.login('admin');
    const bad = await admin.get('/api/v1/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('from');
    expect((await admin.get('/api/v1/audit?pageSize=1000')).statusCode).toBe(400);
    const member = await t.login('member');
    expect((await member.get('/api/v1/audit')).statusCode).toBe(403);
  });
});
