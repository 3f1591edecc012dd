import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { seedAssessment, type AssessmentSeedSummary } from './seed-assessment.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
const one = async (t: TestApp, q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(t.db, q))[0].n);

// The test template is the tiny city without assessment data (the manifest seeds from `small` up); seeded here on it.
describe('assessment demo data: two systems, two confirmed years and a running one, figures from the records', () => {
  let t: TestApp;
  let admin: Client;
  let summary: AssessmentSeedSummary;
  const now = new Date('2026-12-06T12:00:00Z');

  beforeAll(async () => {
    t = await createTestApp();
    summary = (await seedAssessment(t.ctx, { scale: 'tiny', seed: 2026, demoPassword: t.env.DEMO_PASSWORD, log: () => {} }, now))!;
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('holds the rounds, results, uses, reports, votes and an appeal, each as the commands wrote them', async () => {
    expect(summary).not.toBeNull();
    const rounds = await rows<{ name: string; status: string; votingOpen: boolean }>(
      t.db,
      sql`SELECT name, status, (grading->'voting'->>'closedAt') IS NULL AND grading ? 'voting' AS "votingOpen" FROM assessment_rounds ORDER BY period_from, id`,
    );
    expect(rounds.map((r) => [r.name, r.status])).toEqual([
      ['2024年度党支部书记抓党建述职评议', 'confirmed'],
      ['2024年度青年干部考核', 'confirmed'],
      ['2025年度党支部书记抓党建述职评议', 'confirmed'],
      ['2025年度青年干部考核', 'confirmed'],
      ['2026年度党支部书记抓党建述职评议', 'running'],
      ['2026年度青年干部考核', 'running'],
    ]);
    expect(rounds[4].votingOpen).toBe(true);
    expect(summary.rounds).toEqual({ closed: 4, running: 2 });
    expect(summary.targets).toBe(await one(t, sql`SELECT count(*) AS n FROM assessment_targets`));
    expect(summary.votes).toBe(await one(t, sql`SELECT count(*) AS n FROM assessment_votes`));
    expect(summary.reports).toBe(await one(t, sql`SELECT count(*) AS n FROM assessment_reports WHERE submitted_at IS NOT NULL`));
    // Four rater groups voted in each round; nobody voted on their own branch.
    const groups = await rows<{ code: string; n: number }>(t.db, sql`SELECT g.code, count(v.id)::int AS n FROM assessment_vote_groups g LEFT JOIN assessment_votes v ON v.group_id = g.id GROUP BY g.code ORDER BY g.code`);
    expect(groups.map((g) => g.code)).toEqual(['leaders', 'members', 'public', 'secretaries']);
    expect(groups.every((g) => g.n > 0)).toBe(true);
    const conflicted = await one(
      t,
      sql`SELECT count(*) AS n FROM assessment_votes v JOIN assessment_targets x ON x.id = v.target_id JOIN accounts a ON a.id = v.rater_account_id
           WHERE EXISTS (SELECT 1 FROM role_assignments ra JOIN orgs o ON o.id = ra.org_id WHERE ra.account_id = a.id AND ra.role = 'branch_secretary' AND o.id = x.org_id)
              OR EXISTS (SELECT 1 FROM people p WHERE p.id = a.person_id AND p.org_id = x.org_id)`,
    );
    expect(conflicted).toBe(0);
    // Confirmed results: a grade distribution within the 优秀 quota, uses marked, last year's ranks moving against the year before.
    const sum = Object.values(summary.grades).reduce((a, b) => a + b, 0);
    expect(sum).toBe(await one(t, sql`SELECT count(*) AS n FROM assessment_results x JOIN assessment_rounds r ON r.id = x.round_id WHERE r.status = 'confirmed'`));
    expect(summary.grades.excellent).toBeGreaterThan(0);
    expect(summary.grades.excellent / sum).toBeLessThanOrEqual(0.2);
    expect(summary.uses).toBeGreaterThan(0);
    expect(await one(t, sql`SELECT count(*) AS n FROM assessment_results x JOIN assessment_rounds r ON r.id = x.round_id WHERE r.name LIKE '2025%' AND x.previous_rank IS NOT NULL`)).toBeGreaterThan(0);
    expect(await rows(t.db, sql`SELECT status, answer IS NOT NULL AS answered FROM assessment_appeals`)).toEqual([{ status: 'rejected', answered: true }]);
    // The closed years are dated as they happened; nothing lies in the future.
    expect(await one(t, sql`SELECT count(*) AS n FROM assessment_rounds WHERE closed_at > ${now} OR created_at > now() OR confirmed_at > ${now}`)).toBe(0);
  });

  it('the registered figures equal the counts from the tables', async () => {
    const q = 'from=2020-01-01&to=2030-12-31';
    const value = async (name: string) => {
      const res = await admin.get(`/api/v1/figures/${name}?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().value as number;
    };
    expect(await value('assessment.rounds')).toBe(6);
    expect(await value('assessment.targets_assessed')).toBe(await one(t, sql`SELECT count(*) AS n FROM assessment_targets x JOIN assessment_rounds r ON r.id = x.round_id WHERE r.status IN ('closed', 'confirmed')`));
    expect(await value('assessment.results_graded')).toBe(await one(t, sql`SELECT count(*) AS n FROM assessment_results x JOIN assessment_rounds r ON r.id = x.round_id WHERE r.status IN ('closed', 'confirmed')`));
    expect(await value('assessment.appeals')).toBe(1);
    const dist = (await admin.get(`/api/v1/figures/assessment.results_graded/breakdown?${q}&by=category`)).json().items as { key: string; value: number }[];
    expect(Object.fromEntries(dist.filter((d) => d.value > 0).map((d) => [d.key, d.value]))).toEqual(Object.fromEntries(Object.entries(summary.grades).filter(([, n]) => n > 0)));
    // 35 + 20 of the organisation system's weight and 70 of the young-cadre system's are computed: (28+… ) over six rounds.
    const share = await value('assessment.computed_weight_share');
    expect(share).toBeGreaterThan(40);
    expect(share).toBeLessThan(80);
  });

  it('the running meeting shows aggregates only for groups that reached the threshold, and the demo secretary has a ballot to cast', async () => {
    const [running] = await rows<{ id: number }>(t.db, sql`SELECT id FROM assessment_rounds WHERE status = 'running' AND target_kind = 'org'`);
    const agg = await admin.get(`/api/v1/assessment/rounds/${running.id}/votes`);
    expect(agg.statusCode, agg.body).toBe(200);
    const cells = (agg.json().items as { groups: { enough: boolean; votes: number | null; score: number | null }[] }[]).flatMap((x) => x.groups);
    expect(cells.some((c) => c.enough)).toBe(true);
    expect(cells.filter((c) => !c.enough).every((c) => c.score == null && c.votes == null)).toBe(true);
    const secretary = await t.login('secretary');
    const ballot = (await secretary.get(`/api/v1/me/assessment/ballot?roundId=${running.id}`)).json().items as { targets: { myGrade: string | null }[] }[];
    expect(ballot).toHaveLength(1);
    expect(ballot[0].targets.length).toBeGreaterThan(0);
    expect(ballot[0].targets.every((x) => x.myGrade == null)).toBe(true);
  });
});
