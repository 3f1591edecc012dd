// A list's first page is planned once per connection and then run on that plan, not planned again on every request:
// with the city's or an agency's subtree and the page size as parameters the planner could not tell whether a plan
// for one fits the next call, so it planned each call afresh (≈ 0.3 ms of server CPU, five times the page's own work).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { dbKind } from '../../../../test/harness.js';
import { rows, type Database } from '../db/client.js';
import { openPreparingDatabase, plansOf } from '../db/kept-plans.test-helpers.js';
import type { Scope } from '../access/scope.js';
import { listPeople } from './people.queries.js';
import { peopleQuery } from './people.dto.js';
import { homeOrg } from './org.test-helpers.js';

describe(`people list plans (${dbKind})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openPreparingDatabase();
    // A city's worth of people spread over every organisation, and statistics that know it.
    await database.db.execute(sql`
      INSERT INTO people (org_id, name, gender, birth_date, id_number, party_status)
      SELECT o.ids[1 + i % cardinality(o.ids)], '计划' || i, '女', DATE '1990-01-01' + i % 5000, 'PLAN' || lpad(i::text, 14, '0'), '正式党员'
        FROM generate_series(1, 12000) AS i, (SELECT array_agg(id ORDER BY id) AS ids FROM orgs) o`);
    await database.db.execute(sql`ANALYZE`);
  });
  afterAll(async () => {
    await database?.close();
  });

  const scopeOf = (path: string): Scope => ({ permission: 'people.read', paths: [path], personId: null, self: false });

  it('runs the first page of the whole city and of an agency on a kept plan', async () => {
    const [root] = await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const agency = await homeOrg(database.db, 'orgadmin');
    for (const path of [root.path, agency.path]) {
      for (const sort of ['name', 'id']) {
        const plans = await plansOf(database, 'page_total__', (db) => listPeople(db, scopeOf(path), peopleQuery.parse({ page: '1', pageSize: '20', sort })));
        expect(plans.statement).toContain(`LIKE '${path}%'`);
        expect({ path, sort, custom: plans.custom, generic: plans.generic }).toEqual({ path, sort, custom: 5, generic: 5 });
      }
    }
  });

  it('gives the same rows and total as the same list asked with parameters', async () => {
    const agency = await homeOrg(database.db, 'orgadmin');
    const scope = scopeOf(agency.path);
    const page = await listPeople(database.db, scope, peopleQuery.parse({ page: '2', pageSize: '15', sort: 'name' }));
    const expected = await rows<{ id: number }>(
      database.db,
      sql`SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'} ORDER BY p.name, p.id LIMIT 15 OFFSET 15`,
    );
    const [{ n }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${agency.path + '%'}`);
    expect(page.items.map((p) => p.id)).toEqual(expected.map((r) => r.id));
    expect(page.total).toBe(n);
  });
});
