import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, type Database } from '../../../kernel/db/client.js';
import { EventBus } from '../../../kernel/events.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { openTestDatabase, testEnv } from '../../../../../test/harness.js';
import { basesMetrics } from '../bases.metrics.js';
import { seedBases } from './seed-bases.js';
import { seedReading } from './seed-reading.js';
import { readingMetrics } from '../reading/reading.metrics.js';

describe('the demo city’s position matrix', () => {
  let database: Database;
  let ctx: ModuleContext;
  const now = new Date('2026-11-20T04:00:00Z');
  beforeAll(async () => {
    database = await openTestDatabase();
    ctx = { database, db: database.db, env: testEnv(), events: new EventBus() };
  }, 120_000);
  afterAll(() => database.close());

  it('seeds the school, the centre, 15 points, a year of bookings, 11 projects and the six brands; the case figures read 15 and 11', async () => {
    const summary = await seedBases(ctx, { scale: 'tiny', seed: 2026, demoPassword: 'x', log: () => {} }, now);
    expect(summary).toMatchObject({ demonstrationPoints: 15, projects: 11, brands: 6 });
    expect(summary!.bookings.approved).toBeGreaterThan(500);
    const root = (await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL`))[0];
    const metric = (name: string) => basesMetrics.find((m) => m.name === name)!;
    expect(await metric('bases.demonstration_points').value(ctx, { orgPath: root.path })).toBe(15);
    expect(await metric('bases.first_button_projects').value(ctx, { orgPath: root.path })).toBe(11);
    const [kinds] = await rows<Record<string, number>>(
      database.db,
      sql`SELECT count(*) FILTER (WHERE kind = 'party_school')::int AS school, count(*) FILTER (WHERE kind = 'exchange_centre')::int AS centre,
                 count(DISTINCT org_id) FILTER (WHERE kind = 'demonstration_point')::int AS owners, count(DISTINCT district_code) FILTER (WHERE kind = 'demonstration_point')::int AS districts
            FROM bases_venues`,
    );
    expect(kinds.school).toBe(1);
    expect(kinds.centre).toBe(1);
    expect(kinds.owners).toBeGreaterThan(1);
    expect(kinds.districts).toBeGreaterThan(5);
    const violations = await rows(
      database.db,
      sql`SELECT b.id FROM bases_bookings b WHERE (b.status = 'pending' AND b.starts_at < ${now.toISOString()}::timestamptz)
             OR (b.attendees IS NOT NULL AND (b.status <> 'approved' OR b.starts_at > ${now.toISOString()}::timestamptz))
          UNION ALL SELECT g.milestone_id FROM bases_project_progress g JOIN bases_project_members m ON m.person_id = g.person_id
             JOIN bases_project_milestones s ON s.id = g.milestone_id AND s.project_id = m.project_id WHERE m.role <> 'trainee'`,
    );
    expect(violations).toEqual([]);
    const [{ n }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM bases_brand_entries WHERE kind = 'honour' AND level = 'national'`);
    expect(n).toBe(1);
  });

  it('seeds the reading-sharing book list, the books of each held session and notes by its attendees; the figures read them', async () => {
    const summary = await seedReading(ctx, { scale: 'tiny', seed: 2026, demoPassword: 'x', log: () => {} });
    expect(summary!.books).toBe(11);
    expect(summary!.sessions).toBeGreaterThan(0);
    const [{ isbns, linked, strangers }] = await rows<{ isbns: number; linked: number; strangers: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM bases_reading_books WHERE isbn IS NOT NULL) AS isbns,
                 (SELECT count(DISTINCT activity_id)::int FROM bases_reading_session_books) AS linked,
                 (SELECT count(*)::int FROM bases_reading_notes n WHERE NOT EXISTS (SELECT 1 FROM activity_attendance x JOIN bases_reading_session_books s ON s.activity_id = x.activity_id
                    WHERE x.person_id = n.person_id AND s.book_id = n.book_id)) AS strangers`,
    );
    expect(isbns).toBe(1);
    expect(linked).toBe(summary!.sessions);
    expect(strangers).toBe(0); // every note is by an attendee of a session that discussed the book
    const root = (await rows<{ path: string }>(database.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL`))[0];
    const metric = (name: string) => readingMetrics.find((m) => m.name === name)!;
    expect(await metric('bases.reading_notes').value(ctx, { orgPath: root.path })).toBe(summary!.notes);
    expect(await metric('bases.reading_participants').value(ctx, { orgPath: root.path })).toBe(summary!.readers);
  });
});
