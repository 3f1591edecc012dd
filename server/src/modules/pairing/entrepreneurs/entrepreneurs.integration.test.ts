import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { pairingTestApp, registerByStaff, registration, signInIssued, type Client } from '../pairing.fixtures.js';

type Entrepreneur = { id: number; name: string; status: string; phone: string; orgId: number; accountId: number | null; rejectReason: string | null; creditCode: string };

describe(`pairing: entrepreneurs — registration, review, masking (${dbKind})`, () => {
  let t: TestApp;
  let admin: Client, orgadmin: Client, orgadmin2: Client, member: Client;
  let orgs: Awaited<ReturnType<typeof pairingTestApp>>['orgs'];
  const publicForm = (body: Record<string, unknown>) => t.anonymous().post('/api/v1/public/pairing/registrations', body);
  const queue = async (client: Client) => ((await client.get('/api/v1/pairing/entrepreneurs?status=pending&pageSize=200')).json().items as Entrepreneur[]);
  const auditActions = async (id: number) => (await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'pairing_entrepreneur' AND entity_id = ${String(id)} ORDER BY id`)).map((a) => a.action);

  beforeAll(async () => {
    ({ t, admin, orgadmin, orgadmin2, member, orgs } = await pairingTestApp());
  });
  afterAll(() => t.close());

  it('the public form checks the credit code, then queues the registration for the committee', async () => {
    const bad = await publicForm({ ...registration(), creditCode: '91110000600037341N', consent: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/creditCode/);
    expect(bad.body).toMatch(/校验位/);
    expect((await publicForm({ ...registration(), consent: false })).statusCode).toBe(400);
    expect((await publicForm({ ...registration(), districtCode: '110101', consent: true })).statusCode).toBe(400);

    const before = (await queue(admin)).length;
    // a code typed with spaces and lower case is normalised; a real published code is accepted
    const body = registration({ creditCode: ' 91110000 600037341l ', name: '周子航' });
    const ok = await publicForm({ ...body, consent: true });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'pending' });
    const pending = await queue(admin);
    expect(pending.length).toBe(before + 1);
    const mine = pending.find((e) => e.name === '周子航')!;
    expect(mine).toMatchObject({ status: 'pending', creditCode: '91110000600037341L', phone: '138****1234', accountId: null });
    // at the committee root: an agency admin neither lists nor opens it
    expect((await queue(orgadmin)).map((e) => e.id)).not.toContain(mine.id);
    expect((await orgadmin.get(`/api/v1/pairing/entrepreneurs/${mine.id}`)).statusCode).toBe(404);
    expect((await orgadmin.post(`/api/v1/pairing/entrepreneurs/${mine.id}/approve`, {})).statusCode).toBe(404);
    // the same person of the same company cannot queue twice
    const again = await publicForm({ ...body, consent: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('entrepreneur_registered');
    expect(await auditActions(mine.id)).toEqual(['pairing.entrepreneur_self_register']);
    // no full phone number in the audit log
    const [row] = await rows<{ after: unknown }>(t.db, sql`SELECT after FROM audit_log WHERE entity = 'pairing_entrepreneur' AND entity_id = ${String(mine.id)}`);
    expect(JSON.stringify(row.after)).not.toContain('13805321234');
  });

  it('rejection needs a reason and frees the person to register again; approval issues an entrepreneur account', async () => {
    const body = registration({ name: '陈可欣' });
    expect((await publicForm({ ...body, consent: true })).statusCode).toBe(201);
    const e = (await queue(admin)).find((x) => x.name === '陈可欣')!;
    expect((await admin.post(`/api/v1/pairing/entrepreneurs/${e.id}/reject`, { reason: '' })).statusCode).toBe(400);
    const rejected = await admin.post(`/api/v1/pairing/entrepreneurs/${e.id}/reject`, { reason: '企业不在本市登记' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ entrepreneur: { status: 'rejected', rejectReason: '企业不在本市登记' }, account: null });
    expect((await admin.post(`/api/v1/pairing/entrepreneurs/${e.id}/approve`, {})).statusCode).toBe(409);

    expect((await publicForm({ ...body, consent: true })).statusCode).toBe(201);
    const second = (await queue(admin)).find((x) => x.name === '陈可欣')!;
    expect(second.id).not.toBe(e.id);
    // an organisation outside the approver's reach is refused; then approved and handed to agency 1
    expect((await orgadmin2.post(`/api/v1/pairing/entrepreneurs/${second.id}/approve`, { orgId: orgs.agency1.id })).statusCode).toBe(404);
    const approved = await admin.post(`/api/v1/pairing/entrepreneurs/${second.id}/approve`, { orgId: orgs.agency1.id, username: 'chenkexin' });
    expect(approved.statusCode, approved.body).toBe(200);
    const { entrepreneur, account } = approved.json();
    expect(entrepreneur).toMatchObject({ status: 'approved', orgId: orgs.agency1.id, phone: '138****1234' });
    expect(account.username).toBe('chenkexin');
    expect(account.initialPassword.length).toBeGreaterThan(7);
    const [acc] = await rows<{ role: string; orgId: number; mustChange: boolean }>(
      t.db,
      sql`SELECT r.role, r.org_id AS "orgId", a.must_change_password AS "mustChange" FROM accounts a JOIN role_assignments r ON r.account_id = a.id WHERE a.id = ${entrepreneur.accountId}`,
    );
    expect(acc).toEqual({ role: 'entrepreneur', orgId: orgs.agency1.id, mustChange: true });
    // reviewed once only
    const twice = await admin.post(`/api/v1/pairing/entrepreneurs/${second.id}/approve`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('invalid_transition');
    expect(await auditActions(second.id)).toEqual(['pairing.entrepreneur_self_register', 'pairing.entrepreneur_approve']);

    // now in agency 1's directory, not agency 2's
    expect((await orgadmin.get(`/api/v1/pairing/entrepreneurs/${second.id}`)).statusCode).toBe(200);
    expect((await orgadmin2.get(`/api/v1/pairing/entrepreneurs/${second.id}`)).statusCode).toBe(404);

    // the entrepreneur signs in and sees their own record in full
    const self = await signInIssued(t, 'chenkexin', account.initialPassword);
    const me = await self.get('/api/v1/me/entrepreneur');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({ id: second.id, phone: '13805321234', pair: null });
    expect((await self.get('/api/v1/pairing/entrepreneurs')).statusCode).toBe(403);
  });

  it('staff registration in scope: approved with an account; lists mask the phone, the full read is audited', async () => {
    expect((await orgadmin2.post('/api/v1/pairing/entrepreneurs', { ...registration(), orgId: orgs.agency1.id })).statusCode).toBe(404);
    const bad = await orgadmin.post('/api/v1/pairing/entrepreneurs', { ...registration(), creditCode: '9137021200000000X', orgId: orgs.agency1.id });
    expect(bad.statusCode).toBe(400);
    const { entrepreneur, account } = await registerByStaff(orgadmin, orgs.agency1.id, { name: '王海洋', phone: '139 0532 5678', sector: 'marine' });
    expect(entrepreneur).toMatchObject({ status: 'approved', phone: '139****5678' });
    expect(account.username).toBe(`qy${entrepreneur.id}`);

    const list = (await orgadmin.get('/api/v1/pairing/entrepreneurs?q=王海洋')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ name: '王海洋', phone: '139****5678', sectorName: '海洋经济', districtName: '崂山区' });
    expect((await orgadmin.get('/api/v1/pairing/entrepreneurs?sector=marine&pageSize=200')).json().items.map((e: Entrepreneur) => e.id)).toContain(entrepreneur.id);

    const full = await orgadmin.get(`/api/v1/pairing/entrepreneurs/${entrepreneur.id}/full`);
    expect(full.statusCode).toBe(200);
    expect(full.json().phone).toBe('13905325678');
    const [read] = await rows<{ actor: string }>(t.db, sql`SELECT actor FROM audit_log WHERE action = 'pairing.entrepreneur_read_full' AND entity_id = ${String(entrepreneur.id)}`);
    expect(read.actor).toBe('orgadmin');
    expect((await orgadmin2.get(`/api/v1/pairing/entrepreneurs/${entrepreneur.id}/full`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/pairing/entrepreneurs/${entrepreneur.id}/full`)).statusCode).toBe(403);

    // edits stay in scope and keep the duplicate rule
    const other = (await registerByStaff(orgadmin, orgs.agency1.id)).entrepreneur;
    const [{ creditCode, name }] = await rows<{ creditCode: string; name: string }>(t.db, sql`SELECT credit_code AS "creditCode", name FROM pairing_entrepreneurs WHERE id = ${entrepreneur.id}`);
    const clash = await orgadmin.patch(`/api/v1/pairing/entrepreneurs/${other.id}`, { creditCode, name });
    expect(clash.statusCode).toBe(409);
    expect((await orgadmin.patch(`/api/v1/pairing/entrepreneurs/${other.id}`, { orgId: orgs.agency2.id })).statusCode).toBe(404);
    const moved = await admin.patch(`/api/v1/pairing/entrepreneurs/${other.id}`, { orgId: orgs.agency2.id, size: 'medium' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ orgId: orgs.agency2.id, size: 'medium' });
    expect((await orgadmin.get(`/api/v1/pairing/entrepreneurs/${other.id}`)).statusCode).toBe(404);
    expect((await orgadmin2.get(`/api/v1/pairing/entrepreneurs/${other.id}`)).statusCode).toBe(200);
  });

  it('the directory pages and filters in scope', async () => {
    for (let i = 0; i < 3; i++) await registerByStaff(orgadmin, orgs.agency1.id, { sector: 'ai' });
    const p1 = (await orgadmin.get('/api/v1/pairing/entrepreneurs?sector=ai&pageSize=2&page=1')).json();
    const p2 = (await orgadmin.get('/api/v1/pairing/entrepreneurs?sector=ai&pageSize=2&page=2')).json();
    expect(p1.total).toBe(3);
    expect(p1.items).toHaveLength(2);
    expect(p2.items).toHaveLength(1);
    expect(new Set([...p1.items, ...p2.items].map((e: Entrepreneur) => e.id)).size).toBe(3);
    expect((await orgadmin2.get('/api/v1/pairing/entrepreneurs?sector=ai')).json().total).toBe(0);
    expect((await orgadmin2.get(`/api/v1/pairing/entrepreneurs?orgId=${orgs.agency1.id}`)).statusCode).toBe(404);
    expect((await member.get('/api/v1/pairing/entrepreneurs')).statusCode).toBe(403);
  });

  it('the public form is rate limited per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await publicForm({ ...registration(), consent: true })).statusCode);
    expect(codes).toContain(429);
    expect(codes.filter((c) => c !== 201 && c !== 429)).toEqual([]);
  });
});
