import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../../../test/harness.js';
import { answerMetrics } from '../answers/answers.metrics.js';
import { roleModelMetrics } from '../role-models/role-models.metrics.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows } from '../../../kernel/db/client.js';
import { seedShowcase } from './seed-showcase.js';
import { conflictReason } from '../review/conflicts.js';

// The seed writes the posters where the app under test reads its uploads.
const ctxOf = (t: TestApp) => ({ db: t.db, env: t.env }) as unknown as ModuleContext;

/** The demo seed on the tiny city (the module's own seed skips tiny; this calls it directly). */
describe('showcase demo seed (tiny city)', () => {
  let t: TestApp;
  let summary: Awaited<ReturnType<typeof seedShowcase>>;

  beforeAll(async () => {
    t = await createTestApp();
    summary = await seedShowcase(ctxOf(t), { scale: 'tiny', seed: 2026, demoPassword: DEMO_PASSWORD, log: () => {} }, new Date('2026-12-01T00:00:00Z'));
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

  it('seeds a closed and an open role-model round with consistent counts, and a year of 我们的答卷 per agency', async () => {
    const rm = summary!.roleModels;
    expect(rm.exemplars).toBeGreaterThan(0);
    expect(rm.episodes).toBeGreaterThan(0);
    const [c] = await rows<{ drift: number; ballots: number; open: number; wall: number; series: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM showcase_nominations n WHERE n.vote_count <> (SELECT count(*) FROM showcase_votes v WHERE v.nomination_id = n.id)) AS drift,
                 (SELECT count(*)::int FROM showcase_ballots b JOIN showcase_vote_rounds r ON r.id = b.round_id WHERE b.used > r.votes_per_member) AS ballots,
                 (SELECT count(*)::int FROM showcase_vote_rounds WHERE status = 'voting' AND now() BETWEEN voting_opens_at AND voting_closes_at AND hide_results) AS open,
                 (SELECT count(*)::int FROM showcase_exemplars WHERE on_wall) AS wall,
                 (SELECT count(*)::int FROM showcase_video_series) AS series`,
    );
    expect(c).toMatchObject({ drift: 0, ballots: 0, open: 1, series: 3 });
    expect(c.wall).toBeGreaterThan(0);
    const member = await t.login('member');
    const rounds = (await member.get('/api/v1/showcase/voting')).json().items;
    expect(rounds.some((x: { open: boolean; resultsVisible: boolean }) => x.open && !x.resultsVisible)).toBe(true);
    const wall = (await member.get('/api/v1/showcase/wall')).json();
    expect(wall.total).toBe(c.wall);
    const photo = wall.items[0].media[0];
    expect((await member.get(`/api/v1/showcase/media/${photo.id}/file`)).headers['content-type']).toBe('image/png');
    const [{ agencies }] = await rows<{ agencies: number }>(t.db, sql`SELECT count(*)::int AS agencies FROM orgs WHERE parent_id = (SELECT id FROM orgs WHERE parent_id IS NULL)`);
    expect(summary!.answers.entries).toBe(agencies * 12);
    const feed = (await member.get('/api/v1/showcase/feed?pageSize=1')).json();
    expect(feed.total).toBe(summary!.answers.published);
    const ctx = { db: t.db } as ModuleContext;
    const [root] = await rows<{ path: string }>(t.db, sql`SELECT path FROM orgs WHERE parent_id IS NULL`);
    expect(await answerMetrics[0].value(ctx, { orgPath: root.path })).toBe(summary!.answers.published);
    expect(await roleModelMetrics.find((m) => m.name === 'showcase.votes')!.value(ctx, { orgPath: root.path })).toBe(rm.votes);
  });

  it('is deterministic: the same seed gives the same cases and scores', async () => {
    const [a] = await rows<{ h: string }>(t.db, sql`SELECT md5(string_agg(s.title || s.category || sc.total::text, ',' ORDER BY a.id)) AS h FROM showcase_assignments a JOIN showcase_submissions s ON s.id = a.submission_id JOIN showcase_scores sc ON sc.assignment_id = a.id`);
    const t2 = await createTestApp();
    try {
      await seedShowcase(ctxOf(t2), { scale: 'tiny', seed: 2026, demoPassword: DEMO_PASSWORD, log: () => {} }, new Date('2026-12-01T00:00:00Z'));
      const [b] = await rows<{ h: string }>(t2.db, sql`SELECT md5(string_agg(s.title || s.category || sc.total::text, ',' ORDER BY a.id)) AS h FROM showcase_assignments a JOIN showcase_submissions s ON s.id = a.submission_id JOIN showcase_scores sc ON sc.assignment_id = a.id`);
      expect(b.h).toBe(a.h);
    } finally {
      await t2.close();
    }
  });
});
