import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { seedShowcase } from './seed-showcase.js';
import { conflictReason } from '../review/conflicts.js';

/** The demo seed on the tiny city (the module's own seed skips tiny; this calls it directly). */
describe('showcase demo seed (tiny city)', () => {
  let t: TestApp;
  let summary: Awaited<ReturnType<typeof seedShowcase>>;

  beforeAll(async () => {
    t = await createTestApp();
    summary = await seedShowcase({ db: t.db } as never, { scale: 'tiny', seed: 2026, demoPassword: DEMO_PASSWORD, log: () => {} }, new Date('2026-12-01T00:00:00Z'));
  });
  afterAll(() => t.close());

  it('finishes one competition: every case five reviewers, no conflicts, loads within one, awards by quota, certificates', async () => {
    expect(summary).toMatchObject({ cases: 40, reviewers: 12, reviews: 200, demonstration: 2, excellent: 6 });
    const perCase = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM showcase_assignments a JOIN showcase_competitions c ON c.id = a.competition_id WHERE c.status = 'published' GROUP BY a.submission_id`);
    expect(perCase).toHaveLength(40);
    expect(new Set(perCase.map((p) => p.n))).toEqual(new Set([5]));
    const loads = (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM showcase_assignments GROUP BY reviewer_account_id`)).map((l) => l.n);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const pairs = await rows<{ casePath: string; affiliation: string | null; declared: string[] | null }>(
      t.db,
      sql`SELECT s.org_path AS "casePath", o.path AS affiliation, (SELECT array_agg(c.org_path) FROM showcase_conflicts c WHERE c.account_id = a.reviewer_account_id) AS declared
            FROM showcase_assignments a JOIN showcase_submissions s ON s.id = a.submission_id JOIN showcase_reviewers r ON r.account_id = a.reviewer_account_id LEFT JOIN orgs o ON o.id = r.affiliation_org_id`,
    );
    expect(pairs.filter((p) => conflictReason({ affiliationPath: p.affiliation, declaredPaths: p.declared ?? [] }, p.casePath))).toEqual([]);
    const [{ certs }] = await rows<{ certs: number }>(t.db, sql`SELECT count(*)::int AS certs FROM showcase_certificates`);
    expect(certs).toBe(8);
    // The demo reviewer signs in and finds last year's reviews, blind.
    const reviewer = await t.login('reviewer');
    const mine = await reviewer.get('/api/v1/showcase/review/assignments?pending=false');
    expect(mine.json().total).toBeGreaterThan(0);
    expect(mine.body).not.toMatch(/"org(Id|Name)"/);
    const open = await (await t.login('orgadmin')).get('/api/v1/showcase/calls?status=open');
    expect(open.json().total).toBe(1);
  });

  it('is deterministic: the same seed gives the same cases and scores', async () => {
    const [a] = await rows<{ h: string }>(t.db, sql`SELECT md5(string_agg(s.title || s.category || sc.total::text, ',' ORDER BY a.id)) AS h FROM showcase_assignments a JOIN showcase_submissions s ON s.id = a.submission_id JOIN showcase_scores sc ON sc.assignment_id = a.id`);
    const t2 = await createTestApp();
    try {
      await seedShowcase({ db: t2.db } as never, { scale: 'tiny', seed: 2026, demoPassword: DEMO_PASSWORD, log: () => {} }, new Date('2026-12-01T00:00:00Z'));
      const [b] = await rows<{ h: string }>(t2.db, sql`SELECT md5(string_agg(s.title || s.category || sc.total::text, ',' ORDER BY a.id)) AS h FROM showcase_assignments a JOIN showcase_submissions s ON s.id = a.submission_id JOIN showcase_scores sc ON sc.assignment_id = a.id`);
      expect(b.h).toBe(a.h);
    } finally {
      await t2.close();
    }
  });
});
