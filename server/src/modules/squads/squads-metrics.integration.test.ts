import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, type Database } from '../../kernel/db/client.js';
import { EventBus } from '../../kernel/events.js';
import { bucketsOf } from '../../kernel/figures/buckets.js';
import type { ModuleContext } from '../../kernel/module.js';
import { openTestDatabase, testEnv } from '../../../../test/harness.js';
import { seedSquads } from './squads.seed.js';
import { squadsMetrics } from './squads.metrics.js';

type Org = { id: number; path: string };
const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThan(1e-6);

// The squads' own trends (how many squads and members existed, the last closed period's averages) come from one
// query per figure; bucket by bucket they must say what the figure says over that bucket alone.
describe('squads figures over a seeded year', () => {
  let database: Database;
  let ctx: ModuleContext;
  let root: Org;
  let agency: Org;

  beforeAll(async () => {
    database = await openTestDatabase();
    const env = testEnv();
    await seedSquads({ database, db: database.db, env, events: new EventBus() }, { scale: 'tiny', seed: 2026, demoPassword: 'x', log: () => {} }, '2026-02-10');
    ctx = { db: database.db } as ModuleContext;
    [root] = await rows<Org>(database.db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL`);
    [agency] = await rows<Org>(database.db, sql`SELECT o.id, o.path FROM squads s JOIN orgs o ON o.id = s.org_id ORDER BY s.id LIMIT 1`);
  }, 120_000);
  afterAll(() => database.close());

  it('gives, bucket by bucket, the value over that bucket (months at the committee, clipped weeks at an agency)', async () => {
    const withSeries = squadsMetrics.filter((d) => d.series);
    expect(withSeries.map((d) => d.name)).toEqual(expect.arrayContaining(['squads.active', 'squads.members', 'squads.avg_total', 'squads.avg_duty']));
    const cases = [
      { scope: root, from: new Date('2025-01-01T00:00:00+08:00'), to: new Date('2026-02-11T00:00:00+08:00'), bucket: 'month' as const },
      { scope: agency, from: new Date('2025-09-10T00:00:00+08:00'), to: new Date('2025-11-20T12:00:00+08:00'), bucket: 'week' as const },
    ];
    const nonZero = new Set<string>();
    for (const { scope, from, to, bucket } of cases) {
      const buckets = bucketsOf(from, to, bucket);
      for (const d of withSeries) {
        const series = await d.series!(ctx, { orgPath: scope.path, from, to, bucket });
        expect(series.map((b) => b.start), d.name).toEqual(buckets.map((b) => b.start));
        for (const [i, b] of buckets.entries()) {
          close(series[i].value, await d.value(ctx, { orgPath: scope.path, from: b.from, to: b.to }), `${d.name} ${b.start} at ${scope.path}`);
          if (series[i].value > 0) nonZero.add(d.name);
        }
      }
    }
    // The seeded year has squads, members and four closed quarters: every trend shows something.
    for (const name of ['squads.active', 'squads.members', 'squads.avg_total', 'squads.avg_duty', 'squads.avg_performance']) expect(nonZero, name).toContain(name);
  });
});
