import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import { hashPassword } from '../../../kernel/auth/password.js';
import { accounts, roleAssignments } from '../../../kernel/auth/auth.schema.js';
import { makeRandom, type Random } from '../../../seed/random.js';
import { showcaseCompetitions, showcaseReviewers } from '../showcase.schema.js';
import { assignReviewers } from '../review/assignment.js';
import { conflictReason } from '../review/conflicts.js';
import { normalise, tiersByQuota } from '../review/normalise.js';
import { countChars } from '../competitions/word-count.js';
import { caseParts, caseTitle, categories } from './texts.js';
import { seedRoleModels } from './seed-role-models.js';
import { seedAnswers } from './seed-answers.js';

/** Per scale: cases of the finished competition, reviewers (with the demo `reviewer`), award quotas, open-call cases. */
const plan: Record<SeedOptions['scale'], { cases: number; reviewers: number; demonstration: number; excellent: number; open: number; perAgency: number; voters: number; readers: number }> = {
  tiny: { cases: 40, reviewers: 12, demonstration: 2, excellent: 6, open: 3, perAgency: 2, voters: 200, readers: 100 },
  small: { cases: 160, reviewers: 20, demonstration: 5, excellent: 20, open: 6, perAgency: 3, voters: 1000, readers: 400 },
  city: { cases: 770, reviewers: 60, demonstration: 15, excellent: 80, open: 12, perAgency: 4, voters: 3000, readers: 800 },
};

const form = [
  { key: 'background', label: '背景与问题', required: true, minChars: 30, maxChars: 800 },
  { key: 'practice', label: '主要做法', required: true, minChars: 60, maxChars: 3000 },
  { key: 'results', label: '成效与经验', required: true, minChars: 20, maxChars: 1500 },
];
const rubric = [
  { key: 'innovation', label: '创新性', weight: 0.3, max: 10 },
  { key: 'effect', label: '实效性', weight: 0.4, max: 10 },
  { key: 'replicable', label: '可推广性', weight: 0.3, max: 10 },
];

const day = 86_400_000;
const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

interface Reviewer {
  accountId: number;
  affiliationPath: string | null;
  declaredPaths: string[];
  expertise: string[];
  /** Harsh (negative) or lenient (positive) offset, and how widely the reviewer spreads scores. */
  bias: number;
  spread: number;
}

export interface ShowcaseSeedSummary {
  cases: number;
  reviewers: number;
  reviews: number;
  demonstration: number;
  excellent: number;
  openCases: number;
  roleModels: Awaited<ReturnType<typeof seedRoleModels>>;
  answers: Awaited<ReturnType<typeof seedAnswers>>;
  seconds: number;
}

/**
 * The demo city's case competitions: last year's, finished and published (cases from agencies and branches, a
 * panel with harsh and lenient reviewers, the optimised assignment, scores, z-score normalisation, awards and
 * certificates), and this year's call, open, with a few cases in. Deterministic for a seed and a day (`now`).
 */
export async function seedShowcase(ctx: ModuleContext, opts: SeedOptions, now = new Date()): Promise<ShowcaseSeedSummary | null> {
  const started = Date.now();
  const size = plan[opts.scale];
  const r = makeRandom(opts.seed + 1717);
  const db = ctx.db;
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  const [admin] = await rows<{ id: number; must: boolean }>(db, sql`SELECT id, must_change_password AS must FROM accounts WHERE username = 'admin'`);
  if (!root || !admin) return null;
  const agencies = await rows<{ id: number; path: string; name: string }>(db, sql`SELECT id, path, name FROM orgs WHERE parent_id = ${root.id} ORDER BY sort, id`);
  const branches = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE path LIKE ${root.path + '%/%/%'} ORDER BY id`);
  if (!agencies.length) return null;
  const passwordHash = await hashPassword(opts.demoPassword);

  const summary = await transaction(db, async (tx) => {
    const reviewers = await makeReviewers(tx, r, size.reviewers, root.id, agencies, passwordHash, admin.must);
    const year = new Date(now).getUTCFullYear();
    const finished = await insertCompetition(tx, {
      title: `${year - 1}年度全市机关党建创新案例评选`,
      theme: '以高质量党建引领高质量发展——机关党建创新案例',
      opensAt: new Date(now.getTime() - 300 * day),
      submissionDeadline: new Date(now.getTime() - 240 * day),
      reviewDeadline: new Date(now.getTime() - 200 * day),
      demonstrationQuota: size.demonstration,
      excellentQuota: size.excellent,
      status: 'published',
      publishedAt: new Date(now.getTime() - 180 * day),
      orgId: root.id,
      orgPath: root.path,
      createdBy: admin.id,
    });
    const orgsPool = [...agencies, ...branches];
    const cases = Array.from({ length: size.cases }, (_, i) => {
      const org = r.chance(0.35) ? r.pick(agencies) : r.pick(orgsPool);
      const parts = caseParts(r);
      return {
        org,
        category: categories[r.zipf(categories.length, 0.5)].code,
        title: caseTitle(r),
        parts,
        quality: 74 + 8 * normal(r),
        submittedAt: new Date(now.getTime() - (300 - (60 * i) / size.cases) * day),
      };
    });
    await insertCases(tx, finished, cases, 'submitted');
    const ids = (await rows<{ id: number }>(tx, sql`SELECT id FROM showcase_submissions WHERE competition_id = ${finished} ORDER BY id`)).map((x) => Number(x.id));
    await bulkInsert(tx, 'showcase_panel_members', [['competition_id', 'int', () => finished], ['round', 'int', () => 1], ['account_id', 'int', (x: Reviewer) => x.accountId]], reviewers);

    const assignment = assignReviewers({
      reviewers: reviewers.length,
      k: 5,
      cases: cases.map((c) => {
        const allowed = reviewers.flatMap((x, j) => (conflictReason(x, c.org.path) ? [] : [j]));
        return { allowed, matches: (j: number) => reviewers[j].expertise.includes(c.category) };
      }),
    });
    const reviews = assignment.byCase.flatMap((list, ci) => list.map((j) => ({ ci, j })));
    await bulkInsert(
      tx,
      'showcase_assignments',
      [
        ['competition_id', 'int', () => finished],
        ['round', 'int', () => 1],
        ['submission_id', 'int', (x) => ids[x.ci]],
        ['reviewer_account_id', 'int', (x) => reviewers[x.j].accountId],
        ['source', 'text', () => 'auto'],
        ['expertise_match', 'boolean', (x) => reviewers[x.j].expertise.includes(cases[x.ci].category)],
        ['created_by', 'int', () => admin.id],
      ],
      reviews,
    );
    const assignmentIds = await rows<{ id: number; submission_id: number; reviewer_account_id: number }>(tx, sql`SELECT id, submission_id, reviewer_account_id FROM showcase_assignments WHERE competition_id = ${finished}`);
    const caseOf = new Map(ids.map((id, i) => [id, i]));
    const reviewerOf = new Map(reviewers.map((x) => [x.accountId, x]));
    const scored = assignmentIds.map((a) => {
      const c = cases[caseOf.get(Number(a.submission_id))!];
      const x = reviewerOf.get(Number(a.reviewer_account_id))!;
      const base = clamp((c.quality - 74) * x.spread + 74 + x.bias + 3 * normal(r), 30, 99) / 10;
      const scores = Object.fromEntries(rubric.map((k) => [k.key, Math.round(clamp(base + 0.6 * normal(r), 1, 10) * 2) / 2]));
      const total = Math.round(rubric.reduce((s, k) => s + (k.weight * scores[k.key]) / k.max, 0) * 100 * 1000) / 1000;
      return { assignmentId: Number(a.id), caseId: Number(a.submission_id), reviewerId: Number(a.reviewer_account_id), scores, total, at: new Date(now.getTime() - (235 - r.int(0, 30)) * day) };
    });
    await bulkInsert(
      tx,
      'showcase_scores',
      [
        ['assignment_id', 'int', (x) => x.assignmentId],
        ['scores', 'jsonb', (x) => x.scores],
        ['total', 'numeric', (x) => x.total],
        ['submitted_at', 'timestamptz', (x) => x.at],
        ['updated_at', 'timestamptz', (x) => x.at],
      ],
      scored,
    );
    const results = normalise(scored, 'zscore');
    const [run] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO showcase_result_runs (competition_id, round, method, computed_by, computed_at) VALUES (${finished}, 1, 'zscore', ${admin.id}, ${new Date(now.getTime() - 195 * day).toISOString()}::timestamptz) RETURNING id`,
    );
    await bulkInsert(
      tx,
      'showcase_results',
      [
        ['run_id', 'int', () => run.id],
        ['submission_id', 'int', (x) => x.caseId],
        ['reviews', 'int', (x) => x.reviews],
        ['raw_mean', 'numeric', (x) => x.rawMean],
        ['score', 'numeric', (x) => x.score],
        ['raw_rank', 'int', (x) => x.rawRank],
        ['rank', 'int', (x) => x.rank],
      ],
      results,
    );
    const tiers = [...tiersByQuota(results, { demonstration: size.demonstration, excellent: size.excellent })];
    await bulkInsert(
      tx,
      'showcase_decisions',
      [
        ['competition_id', 'int', () => finished],
        ['submission_id', 'int', ([id]) => id],
        ['tier', 'text', ([, t]) => t],
        ['run_id', 'int', () => run.id],
        ['decided_by', 'int', () => admin.id],
        ['decided_at', 'timestamptz', () => new Date(now.getTime() - 190 * day)],
      ],
      tiers,
    );
    await tx.execute(sql`INSERT INTO showcase_certificates (decision_id, code, issued_at)
      SELECT d.id, upper(substr(md5(${String(opts.seed)} || ':' || d.id), 1, 12)), ${new Date(now.getTime() - 180 * day).toISOString()}::timestamptz FROM showcase_decisions d WHERE d.competition_id = ${finished}`);

    const open = await insertCompetition(tx, {
      title: `${year}年度全市机关党建创新案例征集`,
      theme: '“四个三”路径淬炼“青春之岛”先锋队伍',
      opensAt: new Date(now.getTime() - 10 * day),
      submissionDeadline: new Date(now.getTime() + 30 * day),
      reviewDeadline: new Date(now.getTime() + 60 * day),
      demonstrationQuota: size.demonstration,
      excellentQuota: size.excellent,
      status: 'open',
      publishedAt: null,
      orgId: root.id,
      orgPath: root.path,
      createdBy: admin.id,
    });
    const openCases = Array.from({ length: size.open }, (_, i) => ({
      org: r.pick(agencies),
      category: r.pick(categories).code,
      title: caseTitle(r),
      parts: caseParts(r),
      quality: 0,
      submittedAt: new Date(now.getTime() - (9 - (i % 9)) * day),
    }));
    await insertCases(tx, open, openCases.slice(0, Math.ceil(size.open / 2)), 'submitted');
    await insertCases(tx, open, openCases.slice(Math.ceil(size.open / 2)), 'draft');
    await bulkInsert(tx, 'showcase_panel_members', [['competition_id', 'int', () => open], ['round', 'int', () => 1], ['account_id', 'int', (x: Reviewer) => x.accountId]], reviewers);
    return {
      cases: size.cases,
      reviewers: reviewers.length,
      reviews: scored.length,
      demonstration: tiers.filter(([, t]) => t === 'demonstration').length,
      excellent: tiers.filter(([, t]) => t === 'excellent').length,
      openCases: size.open,
      roleModels: await seedRoleModels(tx, r, { dataDir: ctx.env.DATA_DIR, now, rootId: root.id, rootPath: root.path, adminId: admin.id, agencies, perAgency: size.perAgency, maxVoters: size.voters }),
      answers: await seedAnswers(tx, r, { now, adminId: admin.id, agencies, maxReaders: size.readers }),
      seconds: 0,
    };
  });
  summary.seconds = (Date.now() - started) / 1000;
  opts.log(
    `创新案例评选: 往年评选 ${summary.cases} 个案例、${summary.reviewers} 名评审专家、${summary.reviews} 份评分，示范案例 ${summary.demonstration}、优秀案例 ${summary.excellent}；本年征集中 ${summary.openCases} 个案例；树典型 ${summary.roleModels.exemplars} 个典型、${summary.roleModels.nominees} 名候选、${summary.roleModels.votes} 票（${summary.roleModels.voters} 人）、微视频系列 ${summary.roleModels.episodes} 集；我们的答卷 ${summary.answers.entries} 篇（发布 ${summary.answers.published}）、点赞 ${summary.answers.likes}、评论 ${summary.answers.comments}; ${summary.seconds.toFixed(1)} s`,
  );
  return summary;
}

async function insertCompetition(tx: Db, v: Omit<typeof showcaseCompetitions.$inferInsert, 'categories' | 'form' | 'rubric'>) {
  const [c] = await tx
    .insert(showcaseCompetitions)
    .values({ ...v, categories, form, rubric, description: '面向全市各级机关党组织征集党建创新案例，经专家匿名评审、标准化计分，评出示范案例与优秀案例。', reviewersPerCase: 5 })
    .returning({ id: showcaseCompetitions.id });
  return c.id;
}

type PlannedCase = { org: { id: number; path: string }; category: string; title: string; parts: Record<string, string>; submittedAt: Date };

async function insertCases(tx: Db, competitionId: number, list: PlannedCase[], status: 'submitted' | 'draft') {
  await bulkInsert(
    tx,
    'showcase_submissions',
    [
      ['competition_id', 'int', () => competitionId],
      ['org_id', 'int', (c) => c.org.id],
      ['org_path', 'text', (c) => c.org.path],
      ['category', 'text', (c) => c.category],
      ['title', 'text', (c) => c.title],
      ['parts', 'jsonb', (c) => c.parts],
      ['word_counts', 'jsonb', (c) => Object.fromEntries(Object.entries(c.parts).map(([k, v]) => [k, countChars(v)]))],
      ['status', 'text', () => status],
      ['submitted_at', 'timestamptz', (c) => (status === 'submitted' ? c.submittedAt : null)],
      ['created_at', 'timestamptz', (c) => c.submittedAt],
      ['updated_at', 'timestamptz', (c) => c.submittedAt],
    ],
    list,
  );
}

/** The expert pool: the demo `reviewer` and expert01…; two in three sit in an agency, the rest come from outside. */
async function makeReviewers(tx: Db, r: Random, n: number, rootId: number, agencies: { id: number; path: string }[], passwordHash: string, must: boolean): Promise<Reviewer[]> {
  const [demo] = await rows<{ id: number }>(tx, sql`SELECT id FROM accounts WHERE username = 'reviewer'`);
  const made = await tx
    .insert(accounts)
    .values(Array.from({ length: n - (demo ? 1 : 0) }, (_, i) => ({ username: `expert${String(i + 1).padStart(2, '0')}`, displayName: `评审专家${String(i + 1).padStart(2, '0')}`, passwordHash, mustChangePassword: must })))
    .returning({ id: accounts.id });
  if (made.length) await tx.insert(roleAssignments).values(made.map((a) => ({ accountId: a.id, role: 'reviewer' as const, orgId: rootId })));
  const ids = [...(demo ? [Number(demo.id)] : []), ...made.map((a) => Number(a.id))];
  const reviewers = ids.map((accountId) => {
    const agency = r.chance(2 / 3) ? r.pick(agencies) : null;
    const expertise = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(categories).code))];
    // A plausible spread: most within ±4 points, a few harsh (−10) or lenient (+8) ones.
    const bias = r.chance(0.15) ? -10 + 2 * normal(r) : r.chance(0.15) ? 8 + 2 * normal(r) : 4 * normal(r);
    return { accountId, affiliationPath: agency?.path ?? null, affiliationId: agency?.id ?? null, declaredPaths: r.chance(0.1) ? [r.pick(agencies).path] : [], expertise, bias, spread: 0.6 + 0.8 * r.next() };
  });
  await tx.insert(showcaseReviewers).values(reviewers.map((x) => ({ accountId: x.accountId, expertise: x.expertise, affiliationOrgId: x.affiliationId, title: '党建研究专家' })));
  const declared = reviewers.filter((x) => x.declaredPaths.length);
  for (const x of declared)
    await tx.execute(sql`INSERT INTO showcase_conflicts (account_id, org_id, org_path, reason) SELECT ${x.accountId}, id, path, '曾在该单位任职' FROM orgs WHERE path = ${x.declaredPaths[0]}`);
  return reviewers;
}
