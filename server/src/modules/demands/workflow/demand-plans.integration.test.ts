// The first page of the demand queue runs on plans kept per connection: the city's scope, the page size and the count's
// cap are written into the statements, which PostgreSQL had planned again on every request (about 1 ms for the page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { dbKind } from '../../../../../test/harness.js';
import type { Database } from '../../../kernel/db/client.js';
import { authOf, definePermissionsOfAllModules, openPreparingDatabase, plansOf } from '../../../kernel/db/kept-plans.test-helpers.js';
import { listQuery } from '../demands.dto.js';
import { listDemands } from './demands.queries.js';

describe(`demand queue plans (${dbKind})`, () => {
  let database: Database;

  beforeAll(async () => {
    definePermissionsOfAllModules();
    database = await openPreparingDatabase();
    // A city's queue: the seeded demands many times over, and statistics that know it.
    await database.db.execute(sql`
      INSERT INTO demands (district_code, street_code, tracking_code, channel, category_code, title, description, address, status, org_id, org_path,
                           received_at, response_due_at, resolution_due_at, answered_at, closed_at)
      SELECT d.district_code, d.street_code, d.tracking_code || '-' || i, d.channel, d.category_code, d.title, d.description, d.address, d.status,
             d.org_id, d.org_path, d.received_at - i * interval '1 hour', d.response_due_at, d.resolution_due_at, d.answered_at, d.closed_at
        FROM demands d, generate_series(1, 8000 / (SELECT count(*) FROM demands)::int) AS i`);
    await database.db.execute(sql`ANALYZE`);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("runs the first page of the city's queue with its capped count on a kept plan", async () => {
    const auth = await authOf(database.db, 'admin');
    const q = listQuery.parse({ page: '1', pageSize: '20' });
    const first = await listDemands(database.db, auth, q);
    expect(first.items.length).toBeGreaterThan(0);
    const plans = await plansOf(database, 'queue_part', (db) => listDemands(db, auth, q));
    // The capped count rides in the page's statement: one round trip for both.
    expect(plans.statement).toContain('SELECT count(*)::int FROM (SELECT 1 FROM demands d');
    // With every value in its text a statement runs its one plan from the first call; with parameters PostgreSQL plans
    // the first five calls for their values before it may keep one. Either way, not a plan per call.
    expect({ plannedPerCall: plans.custom > 5, keptPlanRuns: plans.generic >= 5 }).toEqual({ plannedPerCall: false, keptPlanRuns: true });
  });
});
