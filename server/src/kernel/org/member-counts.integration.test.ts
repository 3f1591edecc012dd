import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, dbKind, type TestApp } from '../../../../test/harness.js';
import { rows } from '../db/client.js';
import { makeIdNumber } from './id-number.js';
import { homeOrg } from './org.test-helpers.js';

/** Organisations whose kept member count differs from a count of their people. */
const drift = (t: TestApp) =>
  rows<{ id: number; kept: number; counted: number }>(
    t.db,
    sql`SELECT o.id, o.member_count AS kept, count(p.id)::int AS counted FROM orgs o LEFT JOIN people p ON p.org_id = o.id
         GROUP BY o.id HAVING o.member_count <> count(p.id)`,
  );

/** Organisations whose kept subtree count differs from a count of the people in their subtree. */
const subtreeDrift = (t: TestApp) =>
  rows<{ id: number; kept: number; counted: number }>(
    t.db,
    sql`SELECT a.id, a.subtree_member_count AS kept,
               (SELECT count(*)::int FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE a.path || '%') AS counted
          FROM orgs a
         WHERE a.subtree_member_count <> (SELECT count(*)::int FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE a.path || '%')`,
  );

describe(`organisations keep their member counts (${dbKind})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the seeded city, bulk inserts, moves and deletes leave every count equal to a count of people, and the list totals use them', async () => {
    expect(await drift(t)).toEqual([]);
    expect(await subtreeDrift(t)).toEqual([]);
    const first = await homeOrg(t.db, 'orgadmin');
    const second = await homeOrg(t.db, 'orgadmin2');
    const [before] = await rows<{ a: number; b: number }>(t.db, sql`SELECT (SELECT member_count FROM orgs WHERE id = ${first.id}) AS a, (SELECT member_count FROM orgs WHERE id = ${second.id}) AS b`);

    // Three people in one statement, one moved to the other organisation, one deleted, one renamed.
    const ids = [0, 1, 2].map((i) => makeIdNumber('370202', '1995-03-0' + (i + 1), 700 + i * 2, true));
    const added = await rows<{ id: number }>(
      t.db,
      sql`INSERT INTO people (org_id, name, gender, ethnicity, birth_date, id_number, party_status)
          SELECT ${first.id}, '计数' || i, '男', '汉族', ('1995-03-0' || (i + 1))::date, (${`{${ids.join(',')}}`}::text[])[i + 1], '正式党员'
            FROM generate_series(0, 2) AS i RETURNING id`,
    );
    await t.db.execute(sql`UPDATE people SET org_id = ${second.id} WHERE id = ${added[0].id}`);
    await t.db.execute(sql`DELETE FROM people WHERE id = ${added[1].id}`);
    await t.db.execute(sql`UPDATE people SET name = '计数改名' WHERE id = ${added[2].id}`);
    const [after] = await rows<{ a: number; b: number }>(t.db, sql`SELECT (SELECT member_count FROM orgs WHERE id = ${first.id}) AS a, (SELECT member_count FROM orgs WHERE id = ${second.id}) AS b`);
    expect(after).toEqual({ a: before.a + 1, b: before.b + 1 });
    expect(await drift(t)).toEqual([]);
    expect(await subtreeDrift(t)).toEqual([]);

    // The unfiltered total (kept counts) and a filtered one (counted) agree with a count of the scope's people.
    const admin = await t.login('admin');
    const [{ n: city }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people`);
    expect((await admin.get('/api/v1/people?pageSize=1')).json().total).toBe(city);
    const [{ n: men }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people WHERE gender = '男'`);
    expect((await admin.get(`/api/v1/people?pageSize=1&gender=${encodeURIComponent('男')}`)).json().total).toBe(men);
    const orgadmin = await t.login('orgadmin');
    const [{ n: mine }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${first.path + '%'}`);
    expect((await orgadmin.get('/api/v1/people?pageSize=1')).json().total).toBe(mine);
  });

  it('new organisations and moved subtrees carry their people into the subtree counts along the new path', async () => {
    const admin = await t.login('admin');
    const first = await homeOrg(t.db, 'orgadmin');
    const second = await homeOrg(t.db, 'orgadmin2');
    const general = (await admin.post('/api/v1/orgs', { parentId: first.id, name: '计数党总支', kind: 'general_branch' })).json();
    const branch = (await admin.post('/api/v1/orgs', { parentId: general.id, name: '计数党支部', kind: 'branch' })).json();
    const ids = [0, 1, 2, 3].map((i) => makeIdNumber('370202', '1996-04-0' + (i + 1), 800 + i * 2, true));
    await t.db.execute(
      sql`INSERT INTO people (org_id, name, gender, ethnicity, birth_date, id_number, party_status)
          SELECT ${branch.id}, '子树' || i, '男', '汉族', ('1996-04-0' || (i + 1))::date, (${`{${ids.join(',')}}`}::text[])[i + 1], '正式党员'
            FROM generate_series(0, 3) AS i`,
    );
    const subtree = async (id: number) => (await rows<{ n: number }>(t.db, sql`SELECT subtree_member_count AS n FROM orgs WHERE id = ${id}`))[0].n;
    expect(await subtree(general.id)).toBe(4);
    const [firstBefore, secondBefore] = [await subtree(first.id), await subtree(second.id)];

    // The general branch (and its branch with four people) moves to the other agency.
    expect((await admin.post(`/api/v1/orgs/${general.id}/move`, { parentId: second.id })).statusCode).toBe(200);
    expect([await subtree(first.id), await subtree(second.id), await subtree(general.id)]).toEqual([firstBefore - 4, secondBefore + 4, 4]);
    expect(await subtreeDrift(t)).toEqual([]);
    const orgadmin2 = await t.login('orgadmin2');
    expect((await orgadmin2.get(`/api/v1/people?pageSize=1&orgId=${general.id}`)).json().total).toBe(4);
    expect((await orgadmin2.get('/api/v1/people?pageSize=1')).json().total).toBe(secondBefore + 4);
  });
});
