import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, rows, type Database } from '../../../kernel/db/client.js';
import { dbKind, openTestDatabase } from '../../../../../test/harness.js';
import { scratchDatabase, type ScratchDatabase } from '../../../../../test/scratch-db.js';
import { baselineTables, copyBaselineData, dataChanges, fingerprint, migrationsCopy, releasedMigrations } from '../../../../../test/upgrade.js';

/**
 * The reading-sharing migration on a database of the release just before it: every table and row that was there is
 * kept, and the new tables arrive empty, usable, with the ISBN check in place.
 */
describe(`the reading-sharing migration upgrades a database of the previous release without loss (${dbKind})`, () => {
  const entries = releasedMigrations();
  const mine = entries.findIndex((e) => e.tag.endsWith('_reading_sharing'));
  let source: Database;
  let scratch: ScratchDatabase | null = null;
  let folder = '';
  beforeAll(async () => {
    source = await openTestDatabase();
  });
  afterAll(async () => {
    await source?.close();
    await scratch?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps every row of the previous schema and adds empty reading tables', async () => {
    expect(mine).toBeGreaterThan(0);
    const tables = baselineTables(mine - 1);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['activities', 'bases_venues', 'bases_bookings']));
    expect(tables.map((t) => t.name)).not.toContain('bases_reading_books');
    scratch = await scratchDatabase('vg_reading_up');
    const database = await scratch.open();
    folder = migrationsCopy({ upTo: mine });
    await migrateDatabase(database, folder);
    await copyBaselineData(source.db, database.db, tables);
    const before = await fingerprint(database.db, tables);
    expect(before.activities.rows).toBeGreaterThan(0);

    await migrateDatabase(database, migrationsCopy({ upTo: mine + 1 }));
    expect(dataChanges(before, await fingerprint(database.db, tables))).toEqual([]);
    const [{ n }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM bases_reading_books`);
    expect(n).toBe(0);
    const [org] = await rows<{ id: number; path: string }>(database.db, sql`SELECT id, path FROM orgs ORDER BY id LIMIT 1`);
    await database.db.execute(sql`INSERT INTO bases_reading_books (title, author, isbn, org_id, org_path) VALUES ('学习纲要', '中共中央宣传部', '9787514709346', ${org.id}, ${org.path})`);
    const refused = await database.db.execute(sql`INSERT INTO bases_reading_books (title, author, isbn, org_id, org_path) VALUES ('x', 'y', '7514709346', ${org.id}, ${org.path})`).then(
      () => null,
      (e: Error) => e,
    );
    expect(String(refused?.cause ?? refused)).toContain('bases_reading_books_isbn_ck');
    await database.close();
  }, 300_000);
});
