import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { makeIdNumber } from './id-number.js';
import { count, homeOrg } from './org.test-helpers.js';

type Person = { id: number; name: string; gender: string; birthDate: string; age: number; idNumber: string; phone: string | null; partyStatus: string; unit: string | null; orgId: number };

const maskedId = /^\d{6}\*{8}[\dX]{4}$/;
const maskedPhone = /^\d{3}\*{4}\d{4}$/;

/** An unused valid ID number for a birth date. */
async function freshIdNumber(t: TestApp, birth: string, male: boolean, from = 900) {
  for (let seq = from; ; seq += 2) {
    const id = makeIdNumber('370202', birth, seq, male);
    if ((await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE id_number = ${id}`)) === 0) return id;
  }
}

describe(`people (${dbKind})`, () => {
  let t: TestApp;
  let first: { id: number; path: string };
  let second: { id: number; path: string };
  const inFirst = () => sql`p.org_id IN (SELECT id FROM orgs WHERE path LIKE ${first.path + '%'})`;
  beforeAll(async () => {
    t = await createTestApp();
    first = await homeOrg(t.db, 'orgadmin');
    second = await homeOrg(t.db, 'orgadmin2');
  });
  afterAll(() => t.close());

  it('pages through people in scope, masked', async () => {
    const orgadmin = await t.login('orgadmin');
    const total = await count(t.db, sql`SELECT count(*)::int AS n FROM people p WHERE ${inFirst()}`);
    const p1 = (await orgadmin.get('/api/v1/people?pageSize=5')).json();
    const p2 = (await orgadmin.get('/api/v1/people?pageSize=5&page=2')).json();
    expect(p1.total).toBe(total);
    expect(p1.items).toHaveLength(5);
    expect(p2.page).toBe(2);
    // The total rides on the page's rows: a page past the end still says how many there are.
    const past = (await orgadmin.get(`/api/v1/people?pageSize=5&page=${Math.ceil(total / 5) + 1}`)).json();
    expect(past.items).toEqual([]);
    expect(past.total).toBe(total);
    const filteredPast = (await orgadmin.get(`/api/v1/people?pageSize=100&page=500&gender=${encodeURIComponent('女')}`)).json();
    expect(filteredPast.total).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people p WHERE ${inFirst()} AND gender = '女'`));
    expect(filteredPast.total).toBeGreaterThan(0);
    expect(p1.items.map((p: Person) => p.id)).not.toEqual(expect.arrayContaining(p2.items.map((p: Person) => p.id)));
    for (const p of [...p1.items, ...p2.items] as Person[]) {
      expect(p.idNumber).toMatch(maskedId);
      if (p.phone) expect(p.phone).toMatch(maskedPhone);
    }
    const tooBig = await orgadmin.get('/api/v1/people?pageSize=101');
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.details[0].field).toContain('pageSize');
    expect((await orgadmin.get('/api/v1/people?sort=id_number')).statusCode).toBe(400);
  });

  it('searches name or unit, escapes LIKE characters, and filters', async () => {
    const admin = await t.login('admin');
    const [someone] = await rows<{ name: string }>(t.db, sql`SELECT name FROM people ORDER BY id LIMIT 1`);
    const byName = (await admin.get(`/api/v1/people?pageSize=100&q=${encodeURIComponent(someone.name)}`)).json();
    expect(byName.total).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE name ILIKE ${'%' + someone.name + '%'} OR unit ILIKE ${'%' + someone.name + '%'}`));
    expect(byName.items.every((p: Person) => p.name.includes(someone.name) || p.unit?.includes(someone.name))).toBe(true);
    const [unit] = await rows<{ unit: string }>(t.db, sql`SELECT unit FROM people WHERE unit IS NOT NULL LIMIT 1`);
    const byUnit = (await admin.get(`/api/v1/people?q=${encodeURIComponent(unit.unit)}`)).json();
    expect(byUnit.total).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE unit = ${unit.unit} OR name LIKE ${'%' + unit.unit + '%'}`));
    expect((await admin.get('/api/v1/people?q=%25')).json().total).toBe(0);
    expect((await admin.get('/api/v1/people?q=_')).json().total).toBe(0);

    const women = (await admin.get('/api/v1/people?gender=女&partyStatus=正式党员&pageSize=100')).json();
    expect(women.total).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE gender = '女' AND party_status = '正式党员'`));
    expect(women.items.every((p: Person) => p.gender === '女' && p.partyStatus === '正式党员')).toBe(true);

    const young = (await admin.get('/api/v1/people?young=true&pageSize=100')).json();
    expect(young.total).toBe(
      await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE extract(year from age((now() AT TIME ZONE 'Asia/Shanghai')::date, birth_date)) <= 35`),
    );
    expect(young.total).toBeGreaterThan(0);
    expect(young.items.every((p: Person) => p.age <= 35)).toBe(true);

    const oldestFirst = (await admin.get('/api/v1/people?sort=birthDate&pageSize=20')).json().items as Person[];
    expect(oldestFirst.map((p) => p.birthDate)).toEqual([...oldestFirst.map((p) => p.birthDate)].sort());
    const [oldest] = await rows<{ birth_date: string }>(t.db, sql`SELECT birth_date::text FROM people ORDER BY birth_date LIMIT 1`);
    expect(oldestFirst[0].birthDate).toBe(oldest.birth_date);

    const branch = await homeOrg(t.db, 'secretary');
    const inBranch = (await admin.get(`/api/v1/people?orgId=${branch.id}&pageSize=100`)).json();
    expect(inBranch.total).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people WHERE org_id = ${branch.id}`));
  });

  it('reads one person masked, and the full record only with people.read_full, audited', async () => {
    const orgadmin = await t.login('orgadmin');
    const [p] = await rows<{ id: number; id_number: string; phone: string }>(t.db, sql`SELECT p.id, p.id_number, p.phone FROM people p WHERE ${inFirst()} ORDER BY id LIMIT 1`);
    const masked = (await orgadmin.get(`/api/v1/people/${p.id}`)).json() as Person;
    expect(masked.idNumber).toMatch(maskedId);
    expect(masked.idNumber).not.toBe(p.id_number);
    const before = await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'people.read_full' AND entity_id = ${String(p.id)}`);
    const full = (await orgadmin.get(`/api/v1/people/${p.id}/full`)).json() as Person;
    expect(full.idNumber).toBe(p.id_number);
    expect(full.phone).toBe(p.phone);
    const [row] = await rows<{ actor: string; org_path: string }>(
      t.db,
      sql`SELECT actor, org_path FROM audit_log WHERE action = 'people.read_full' AND entity_id = ${String(p.id)} ORDER BY id DESC LIMIT 1`,
    );
    expect(before + 1).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'people.read_full' AND entity_id = ${String(p.id)}`));
    expect(row.actor).toBe('orgadmin');
    expect(row.org_path.startsWith(first.path)).toBe(true);
    expect((await (await t.login('secretary')).get(`/api/v1/people/${p.id}/full`)).statusCode).toBe(403);
  });

  it('creates and updates with validation, uniqueness and masked audit', async () => {
    const orgadmin = await t.login('orgadmin');
    const branch = await homeOrg(t.db, 'secretary');
    const idNumber = await freshIdNumber(t, '1998-05-20', false);
    const fullWidth = idNumber.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const body = { name: '测试人员', gender: '女', birthDate: '1998-05-20', idNumber: fullWidth, phone: '13912345678', partyStatus: '预备党员', unit: '测试单位', orgId: branch.id };
    const created = await orgadmin.post('/api/v1/people', body);
    expect(created.statusCode, created.body).toBe(201);
    const person = created.json() as Person;
    expect(person).toMatchObject({ name: '测试人员', idNumber: idNumber.slice(0, 6) + '********' + idNumber.slice(-4), phone: '139****5678' });
    expect((await rows<{ id_number: string }>(t.db, sql`SELECT id_number FROM people WHERE id = ${person.id}`))[0].id_number).toBe(idNumber);

    const [createdAudit] = await rows<{ after: unknown }>(t.db, sql`SELECT after FROM audit_log WHERE action = 'people.create' AND entity_id = ${String(person.id)}`);
    expect(JSON.stringify(createdAudit.after)).not.toContain(idNumber);
    expect(JSON.stringify(createdAudit.after)).not.toContain('13912345678');

    const dup = await orgadmin.post('/api/v1/people', { ...body, name: '重复' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0].field).toBe('idNumber');

    const bad = await orgadmin.post('/api/v1/people', { name: '', gender: '未知', birthDate: '1998-02-30', idNumber: '370202199805201234', phone: '12345', partyStatus: '党员', orgId: branch.id });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.gender', 'body.birthDate', 'body.idNumber', 'body.phone', 'body.partyStatus']));

    const mismatch = await orgadmin.post('/api/v1/people', { ...body, idNumber: await freshIdNumber(t, '1998-05-21', false) });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.details[0].field).toBe('birthDate');

    const foreign = await orgadmin.post('/api/v1/people', { ...body, idNumber: await freshIdNumber(t, '1998-05-20', false), orgId: second.id });
    expect(foreign.statusCode).toBe(404);

    const patched = await orgadmin.patch(`/api/v1/people/${person.id}`, { phone: '13700001111', position: '科员' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().phone).toBe('137****1111');
    const [upd] = await rows<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      t.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'people.update' AND entity_id = ${String(person.id)}`,
    );
    expect(upd.before).toEqual({ phone: '139****5678', position: null });
    expect(upd.after).toEqual({ phone: '137****1111', position: '科员' });

    const [other] = await rows<{ id_number: string }>(t.db, sql`SELECT id_number FROM people WHERE id <> ${person.id} AND gender = '女' ORDER BY id LIMIT 1`);
    const takeOther = await orgadmin.patch(`/api/v1/people/${person.id}`, { idNumber: other.id_number, birthDate: `${other.id_number.slice(6, 10)}-${other.id_number.slice(10, 12)}-${other.id_number.slice(12, 14)}` });
    expect(takeOther.statusCode).toBe(409);
    const badPatch = await orgadmin.patch(`/api/v1/people/${person.id}`, { birthDate: 'yesterday' });
    expect(badPatch.statusCode).toBe(400);
    expect(badPatch.json().error.details[0].field).toBe('body.birthDate');
  });

  describe('cross-organisation leaks', () => {
    const foreignPeople = () =>
      rows<{ id: number; name: string; org_id: number }>(
        t.db,
        sql`SELECT p.id, p.name, p.org_id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${second.path + '%'} ORDER BY p.id`,
      );

    it('orgadmin never sees the other agency’s people by list, id, full record or orgId filter', async () => {
      const orgadmin = await t.login('orgadmin');
      const foreign = await foreignPeople();
      expect(foreign.length).toBeGreaterThan(0);
      const foreignIds = new Set(foreign.map((f) => f.id));
      let seen = 0;
      for (let page = 1; ; page++) {
        const res = (await orgadmin.get(`/api/v1/people?pageSize=100&page=${page}`)).json();
        for (const p of res.items as Person[]) expect(foreignIds.has(p.id)).toBe(false);
        seen += res.items.length;
        if (res.items.length < 100) break;
      }
      expect(seen).toBe(await count(t.db, sql`SELECT count(*)::int AS n FROM people p WHERE ${inFirst()}`));
      for (const f of foreign.slice(0, 5)) {
        expect((await orgadmin.get(`/api/v1/people/${f.id}`)).statusCode).toBe(404);
        expect((await orgadmin.get(`/api/v1/people/${f.id}/full`)).statusCode).toBe(404);
        expect((await orgadmin.patch(`/api/v1/people/${f.id}`, { position: '越权' })).statusCode).toBe(404);
      }
      expect(await count(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'people.read_full' AND entity_id IN (${sql.join(foreign.slice(0, 5).map((f) => sql`${String(f.id)}`), sql`, `)})`)).toBe(0);
      const res = await orgadmin.get(`/api/v1/people?orgId=${foreign[0].org_id}`);
      expect(res.statusCode).toBe(404);
      expect((await orgadmin.get(`/api/v1/people?orgId=${second.id}`)).statusCode).toBe(404);
    });

    it('a search for a name found only in the other agency returns nothing', async () => {
      const [only] = await rows<{ name: string }>(
        t.db,
        sql`SELECT p.name FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${second.path + '%'}
              AND NOT EXISTS (SELECT 1 FROM people q JOIN orgs qo ON qo.id = q.org_id
                               WHERE qo.path LIKE ${first.path + '%'} AND (q.name LIKE '%' || p.name || '%' OR q.unit LIKE '%' || p.name || '%'))
            ORDER BY p.id LIMIT 1`,
      );
      expect(only).toBeDefined();
      const orgadmin2 = await t.login('orgadmin2');
      expect((await orgadmin2.get(`/api/v1/people?q=${encodeURIComponent(only.name)}`)).json().total).toBeGreaterThan(0);
      const orgadmin = await t.login('orgadmin');
      const res = (await orgadmin.get(`/api/v1/people?q=${encodeURIComponent(only.name)}`)).json();
      expect(res.total).toBe(0);
      expect(res.items).toEqual([]);
    });

    it('a branch secretary sees only their own branch', async () => {
      const branch = await homeOrg(t.db, 'secretary');
      const secretary = await t.login('secretary');
      const res = (await secretary.get('/api/v1/people?pageSize=100')).json();
      const expected = await rows<{ id: number }>(t.db, sql`SELECT id FROM people WHERE org_id = ${branch.id} ORDER BY id`);
      expect(res.items.map((p: Person) => p.id)).toEqual(expected.map((e) => e.id));
      const [outside] = await rows<{ id: number }>(t.db, sql`SELECT id FROM people WHERE org_id <> ${branch.id} ORDER BY id LIMIT 1`);
      expect((await secretary.get(`/api/v1/people/${outside.id}`)).statusCode).toBe(404);
      expect((await secretary.get(`/api/v1/people?orgId=${first.id}`)).statusCode).toBe(404);
    });
  });
});
