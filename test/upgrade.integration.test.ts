import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, rows, type Database } from '../server/src/kernel/db/client.js';
import { dbKind, openTestDatabase } from './harness.js';
import { scratchDatabase, type ScratchDatabase } from './scratch-db.js';
import { httpLogin, startServer } from './server-process.js';
import { baselineTables, copyBaselineData, dataChanges, fingerprint, migrationsCopy, releasedMigrations } from './upgrade.js';

/**
 * Migrations are append-only: a city that installed the released baseline (migration 0000) must be
 * able to upgrade to the current stream and keep every row. The demo city is seeded on the current
 * schema (the harness template), its baseline tables and columns are copied into a database built by
 * migration 0000 alone, and the whole stream is then applied on top, as a server does at boot.
 */

/** "table.column" whose values a later migration rewrites on purpose, with the migration that does it. */
const deliberateRewrites = new Set<string>([]);

const tables = baselineTables();

describe(`upgrading a database of the released baseline keeps its data (${dbKind})`, () => {
  let source: Database;
  const scratch: ScratchDatabase[] = [];
  const folders: string[] = [];

  beforeAll(async () => {
    source = await openTestDatabase();
  });
  afterAll(async () => {
    await source?.close();
    for (const s of scratch) await s.drop();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  const folder = (opts: Parameters<typeof migrationsCopy>[0]) => {
    const f = migrationsCopy(opts);
    folders.push(f);
    return f;
  };

  /** A database built by the baseline migration alone, holding the demo city; `before` is what it holds. */
  async function baselineCity() {
    const where = await scratchDatabase('vg_up');
    scratch.push(where);
    const database = await where.open();
    await migrateDatabase(database, folder({ upTo: 1 }));
    await copyBaselineData(source.db, database.db, tables);
    const before = await fingerprint(database.db, tables);
    return { where, database, before };
  }

  it('applies every later migration to the baseline city, loses nothing, and the server boots on it', async () => {
    const { where, database, before } = await baselineCity();
    // The copy is the whole demo city: every baseline table as many rows as the seeded source.
    const seeded = await fingerprint(source.db, tables);
    for (const t of tables) expect(before[t.name].rows, t.name).toBe(seeded[t.name].rows);
    expect(before.accounts.rows).toBeGreaterThan(5);

    await migrateDatabase(database); // the released folder, as main.ts runs it
    const [{ n: applied }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    expect(applied).toBe(releasedMigrations().length);
    expect(dataChanges(before, await fingerprint(database.db, tables), deliberateRewrites)).toEqual([]);
    // 0004 fills each activity's attendance totals from the attendance rows already there.
    const [totals] = await rows<{ kept: number; drift: number }>(
      database.db,
      sql`SELECT count(*) FILTER (WHERE a.attended_count > 0)::int AS kept,
                 count(*) FILTER (WHERE a.attended_count <> coalesce(x.n, 0) OR a.service_hours_total <> coalesce(x.h, 0))::int AS drift
            FROM activities a LEFT JOIN (SELECT activity_id, count(*)::int AS n, coalesce(sum(service_hours), 0) AS h FROM activity_attendance GROUP BY activity_id) x
              ON x.activity_id = a.id`,
    );
    expect(totals).toEqual({ kept: expect.any(Number), drift: 0 });
    expect(totals.kept).toBeGreaterThan(0);
    // 0012 files existing content by its origin (videos 微视频, practice reports 来自基层的报告, the committee's seeded
    // articles 理论文章) and leaves the rest uncategorised; tags start empty.
    const [filed] = await rows<{ wrong: number; filed: number; tagged: number }>(
      database.db,
      sql`SELECT count(*) FILTER (WHERE category IS DISTINCT FROM CASE WHEN kind = 'video' THEN 'micro_video'
                                                                  WHEN source LIKE 'practice\_report:%' THEN 'grassroots_report'
                                                                  WHEN source ~ '^seed:([0-9]+$|study:)' AND kind = 'article' THEN 'theory' END)::int AS wrong,
                 count(category)::int AS filed, count(*) FILTER (WHERE cardinality(tags) > 0)::int AS tagged
            FROM content_items`,
    );
    expect(filed).toEqual({ wrong: 0, filed: expect.any(Number), tagged: 0 });
    expect(filed.filed).toBeGreaterThan(0);
    // 0021 and 0022 fill each organisation's own and subtree member counts from the people already there.
    const [counts] = await rows<{ drift: number; city: number; people: number }>(
      database.db,
      sql`SELECT count(*) FILTER (WHERE a.member_count <> (SELECT count(*) FROM people p WHERE p.org_id = a.id)
                                    OR a.subtree_member_count <> (SELECT count(*) FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE a.path || '%'))::int AS drift,
                 max(a.subtree_member_count) FILTER (WHERE a.parent_id IS NULL)::int AS city,
                 (SELECT count(*)::int FROM people) AS people
            FROM orgs a`,
    );
    expect(counts.drift).toBe(0);
    expect(counts.city).toBe(counts.people);
    await database.close();

    const server = await startServer(where.serverEnv);
    try {
      const admin = await httpLogin(server.url, 'admin');
      const me = await admin.get('/api/v1/auth/me');
      expect(me.status).toBe(200);
      expect(((await me.json()) as { username: string }).username).toBe('admin');
      const member = await httpLogin(server.url, 'member');
      expect((await member.get('/api/v1/auth/me')).status).toBe(200);
    } finally {
      await server.stop();
    }
    // The server took the city as already seeded: no account was added or lost.
    const reopened = await where.open();
    const [{ n: accounts }] = await rows<{ n: number }>(reopened.db, sql`SELECT count(*)::int AS n FROM accounts`);
    await reopened.close();
    expect(accounts).toBe(before.accounts.rows);
  }, 300_000);

  it('catches a later migration that drops a column, deletes rows or rewrites values', async () => {
    const { database, before } = await baselineCity();
    for (const t of ['people', 'points_ledger', 'orgs']) expect(before[t].rows, t).toBeGreaterThan(1);
    const lossy = folder({
      extra: [
        {
          tag: '9999_lossy',
          sql: [
            'ALTER TABLE "people" DROP COLUMN "phone";',
            'DELETE FROM "points_ledger" WHERE "id" = (SELECT min("id") FROM "points_ledger");',
            `UPDATE "orgs" SET "name" = "name" || ' ' WHERE "id" = (SELECT max("id") FROM "orgs");`,
          ].join('\n--> statement-breakpoint\n'),
        },
      ],
    });
    await migrateDatabase(database, lossy);
    const changes = dataChanges(before, await fingerprint(database.db, tables), deliberateRewrites);
    await database.close();
    expect(changes.sort()).toEqual(
      ['people.phone: column dropped', `points_ledger: ${before.points_ledger.rows} rows before, ${before.points_ledger.rows! - 1} after`, 'orgs.name: values changed'].sort(),
    );
  }, 300_000);

  it('refuses a later migration that adds a NOT NULL column without a default to a table with rows', async () => {
    const { database } = await baselineCity();
    const careless = folder({ extra: [{ tag: '9999_not_null', sql: 'ALTER TABLE "people" ADD COLUMN "nickname" text NOT NULL;' }] });
    const failed = await migrateDatabase(database, careless).then(
      () => null,
      (e: Error) => e,
    );
    await database.close();
    expect(failed).toBeInstanceOf(Error);
    expect(String(failed?.cause ?? failed)).toMatch(/nickname.*null|null.*nickname/i);
  }, 300_000);
});
