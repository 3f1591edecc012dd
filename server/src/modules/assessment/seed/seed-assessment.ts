import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { ModuleContext, SeedOptions } from '../../../kernel/module.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { makeRandom, type Random } from '../../../seed/random.js';
import { loadRound, manageScope } from '../assessment.access.js';
import { createSystem, publishSystem } from '../systems/systems.commands.js';
import { createRound, moveRound } from '../rounds/rounds.commands.js';
import { computeRound } from '../rounds/compute.js';
import { assignRaters } from '../raters/raters.commands.js';
import { addVoters, createGroup, moveVoting, setMeeting } from '../votes/groups.js';
import { castVotesAtOnce, rateAtOnce } from './bulk.js';
import type { VoteGrade } from '../votes/tally.js';
import { saveReport } from '../reports/reports.js';
import { answerAppeal, fileAppeal } from '../appeals/appeals.js';
import { setUses } from '../uses/uses.js';
import type { TreeNode } from '../systems/tree.js';
import { ORG_SYSTEM, YOUNG_SYSTEM, orgTree, reportText, voteGroups, youngTree } from './trees.js';
import { actingAs, loadReviewWorld, type ReviewWorld } from './world.js';

export interface AssessmentSeedSummary {
  systems: number;
  rounds: { closed: number; running: number };
  targets: number;
  grades: Record<'excellent' | 'good' | 'fair' | 'poor', number>;
  votes: number;
  reports: number;
  appeals: number;
  uses: number;
  seconds: number;
}

interface Acting {
  ctx: ModuleContext;
  req: FastifyRequest;
  scope: Scope;
  world: ReviewWorld;
  r: Random;
}

const quality = new Map<string, number>();
/** A hidden merit per target (the same organisation or person every year), drawn once: grades and ratings lean on it. */
const meritOf = (r: Random, key: string) => {
  if (!quality.has(key)) quality.set(key, r.next());
  return quality.get(key)!;
};

function voteFor(r: Random, merit: number): VoteGrade {
  const x = r.next() * 0.6 + merit * 0.5;
  return x > 0.72 ? 'good' : x > 0.45 ? 'fairly_good' : x > 0.22 ? 'average' : 'poor';
}

const as = async (db: Db, accountId: number) => (await actingAs(db, accountId)).req;

/** The reviewer scores a round's pending tasks (all of them, or a share of them), leaning on each target's merit. */
async function rate(a: Acting, roundId: number, share: number) {
  const round = await loadRound(a.ctx.db, a.scope, roundId);
  const reviewer = await as(a.ctx.db, a.world.reviewer);
  return rateAtOnce(a.ctx.db, reviewer, round, a.world.reviewer, (t) =>
    a.r.next() < share ? Math.round((t.maxScore * (0.55 + 0.45 * meritOf(a.r, t.targetName)) - a.r.next()) * 2) / 2 : null,
  );
}

/** The voters of a group vote on every target offered to them (conflicts never are), or on a share of them. */
async function vote(a: Acting, roundId: number, groupId: number, voters: readonly number[], share: number) {
  const round = await loadRound(a.ctx.db, a.scope, roundId);
  const who = new Set(voters);
  return castVotesAtOnce(a.ctx.db, (v) => as(a.ctx.db, v), round, groupId, (voter, t) => (who.has(voter) && a.r.next() < share ? voteFor(a.r, meritOf(a.r, t.name)) : null));
}

/** One year's 述职评议 of the agency's branches: reports, the meeting's four rater groups and their votes. */
async function orgRound(a: Acting, systemId: number, year: number, running: boolean) {
  const { ctx, req, scope, world } = a;
  const id = await createRound(ctx, req, scope, {
    name: `${year}年度党支部书记抓党建述职评议`, systemId, kind: 'annual', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`,
    scopeOrgId: world.agency.id, targetOrgKind: 'branch', youngMaxAge: 35, grading: { mode: 'quota', excellentShare: 0.2, good: 70, fair: 55 }, minVotes: 5,
  });
  await moveRound(ctx, req, scope, id, 'start');
  await assignRaters(ctx, req, scope, id, { accountIds: [world.reviewer], leafKeys: ['build'] });
  const otherSecretaries = [...world.secretaries.values()].filter((s) => s !== world.demoSecretary).slice(0, 6);
  const members = world.voters.members.slice();
  const secretaries = otherSecretaries.slice();
  // The demo secretary and member sit in the running meeting's groups, their ballots still to cast.
  if (running && world.demoSecretary) secretaries.push(world.demoSecretary);
  if (running && world.demoMember) members.push(world.demoMember);
  const voterOf = { leaders: world.voters.leaders, secretaries, members, public: world.voters.public };
  const groups: Record<string, number> = {};
  for (const g of voteGroups) {
    const made = await createGroup(ctx.db, req, scope, id, { ...g, gradeScores: { good: 100, fairly_good: 85, average: 70, poor: 50 } });
    groups[g.code] = made;
    await addVoters(ctx.db, req, scope, id, made, voterOf[g.code]);
  }
  // 述职 reports: every branch's secretary submits before the meeting (the running year's: all but one, a draft).
  const targets = await rows<{ id: number; orgId: number; name: string }>(ctx.db, sql`SELECT id, org_id AS "orgId", name FROM assessment_targets WHERE round_id = ${id} ORDER BY org_path`);
  let reports = 0;
  for (const [i, t] of targets.entries()) {
    const author = world.secretaries.get(t.orgId);
    if (!author) continue;
    const submit = !(running && i === targets.length - 1);
    await saveReport(ctx.db, await as(ctx.db, author), author, t.id, { body: reportText(t.name, year), submit });
    reports += submit ? 1 : 0;
  }
  await setMeeting(ctx.db, req, scope, id, { appealUntil: null });
  await moveVoting(ctx.db, req, scope, id, 'open');
  let votes = 0;
  if (running) {
    // The meeting is under way: the leaders have voted, the other secretaries mostly, the public only in part.
    votes += await vote(a, id, groups.leaders, voterOf.leaders, 1);
    votes += await vote(a, id, groups.secretaries, otherSecretaries, 0.7);
    votes += await vote(a, id, groups.members, world.voters.members, 0.5);
    votes += await vote(a, id, groups.public, world.voters.public.slice(0, 3), 1);
    await rate(a, id, 0.5);
    await computeRound(ctx, await loadRound(ctx.db, scope, id));
  } else {
    for (const g of voteGroups) votes += await vote(a, id, groups[g.code], voterOf[g.code], 1);
    await rate(a, id, 1);
    await moveVoting(ctx.db, req, scope, id, 'close');
    await moveRound(ctx, req, scope, id, 'close');
    await moveRound(ctx, req, scope, id, 'confirm');
    // 评先评优: the 优秀 branches are the candidates.
    const best = await rows<{ target_id: number }>(ctx.db, sql`SELECT target_id FROM assessment_results WHERE round_id = ${id} AND grade = 'excellent' ORDER BY rank`);
    for (const b of best) await setUses(ctx.db, req, scope, id, b.target_id, ['award']);
  }
  return { id, votes, reports, groups };
}

/** One year's young-cadre round of the agency: computed from the records, 比作为 rated by the reviewer. */
async function youngRound(a: Acting, systemId: number, year: number, running: boolean) {
  const { ctx, req, scope, world } = a;
  const id = await createRound(ctx, req, scope, {
    name: `${year}年度青年干部考核`, systemId, kind: 'annual', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`,
    scopeOrgId: world.agency.id, youngMaxAge: 35, grading: { mode: 'quota', excellentShare: 0.2, good: 65, fair: 50 }, minVotes: 5,
  });
  await moveRound(ctx, req, scope, id, 'start');
  await assignRaters(ctx, req, scope, id, { accountIds: [world.reviewer], leafKeys: ['deeds'] });
  await rate(a, id, running ? 0.3 : 1);
  if (running) {
    await computeRound(ctx, await loadRound(ctx.db, scope, id));
    return id;
  }
  await moveRound(ctx, req, scope, id, 'close');
  await moveRound(ctx, req, scope, id, 'confirm');
  // 评先评优 for the 优秀; 调整使用 reference for the first five of the ranking.
  const list = await rows<{ target_id: number; grade: string; rank: number }>(ctx.db, sql`SELECT target_id, grade, rank FROM assessment_results WHERE round_id = ${id} ORDER BY rank, target_id`);
  for (const x of list) {
    const uses = [...(x.grade === 'excellent' ? (['award'] as const) : []), ...(x.rank <= 5 ? (['appointment'] as const) : [])];
    if (uses.length) await setUses(ctx.db, req, scope, id, x.target_id, uses);
  }
  return id;
}

/** A closed year's round is dated as it happened: held in December, the meeting and the close in January. */
async function backdate(db: Db, roundId: number, year: number, now: Date) {
  const at = (iso: string) => new Date(Math.min(Date.parse(iso), now.getTime() - 86_400_000)).toISOString();
  const created = at(`${year}-12-01T01:00:00Z`);
  const meeting = at(`${year + 1}-01-12T01:30:00Z`);
  const closed = at(`${year + 1}-01-15T07:00:00Z`);
  const confirmed = at(`${year + 1}-01-20T02:00:00Z`);
  await db.execute(sql`UPDATE assessment_rounds SET created_at = ${created}, started_at = ${created}, meeting_at = CASE WHEN meeting_at IS NULL THEN NULL ELSE ${meeting}::timestamptz END,
    closed_at = ${closed}, confirmed_at = ${confirmed}, computed_at = ${closed},
    grading = CASE WHEN grading ? 'voting' THEN grading || jsonb_build_object('voting', jsonb_build_object('openedAt', ${meeting}::text, 'closedAt', ${at(`${year + 1}-01-12T04:00:00Z`)}::text)) ELSE grading END
    WHERE id = ${roundId}`);
  await db.execute(sql`UPDATE assessment_votes SET cast_at = ${meeting}::timestamptz + (id % 7200) * interval '1 second' WHERE round_id = ${roundId}`);
  await db.execute(sql`UPDATE assessment_rater_tasks SET assigned_at = ${created}, rated_at = ${at(`${year + 1}-01-08T03:00:00Z`)} WHERE round_id = ${roundId}`);
  await db.execute(sql`UPDATE assessment_reports SET submitted_at = ${at(`${year + 1}-01-06T08:00:00Z`)}, updated_at = ${at(`${year + 1}-01-06T08:00:00Z`)}
    WHERE target_id IN (SELECT id FROM assessment_targets WHERE round_id = ${roundId})`);
  await db.execute(sql`UPDATE assessment_results SET computed_at = ${closed} WHERE round_id = ${roundId}`);
}

/**
 * The demo city's 考核评价 in the first agency (the demo `orgadmin`'s): the committee's organisation system and
 * young-cadre system, two closed and confirmed annual rounds of each (two and one years ago, with their uses marked and
 * an appeal answered) and this year's running rounds, whose review meeting is under way. Everything goes through the
 * module's commands, so the figures follow from the records. Deterministic for a seed and a day (`now`).
 */
export async function seedAssessment(ctx: ModuleContext, opts: SeedOptions, now = new Date()): Promise<AssessmentSeedSummary | null> {
  const started = Date.now();
  const r = makeRandom(opts.seed + 1515);
  quality.clear();
  const world = await loadReviewWorld(ctx.db, r);
  if (!world) return null;
  const { auth, req } = await actingAs(ctx.db, world.admin);
  const a: Acting = { ctx, req, scope: manageScope(auth), world, r };
  const orgSystem = await createSystem(ctx, req, a.scope, { ...ORG_SYSTEM, targetKind: 'org', tree: orgTree as TreeNode[] });
  await publishSystem(ctx, req, a.scope, orgSystem);
  const youngSystem = await createSystem(ctx, req, a.scope, { ...YOUNG_SYSTEM, targetKind: 'person', tree: youngTree as TreeNode[] });
  await publishSystem(ctx, req, a.scope, youngSystem);

  const year = Number(shanghaiDay(now).slice(0, 4));
  let votes = 0;
  let reports = 0;
  const closed: number[] = [];
  let appealRound = 0;
  for (const y of [year - 2, year - 1]) {
    const o = await orgRound(a, orgSystem, y, false);
    votes += o.votes;
    reports += o.reports;
    const p = await youngRound(a, youngSystem, y, false);
    closed.push(o.id, p);
    appealRound = o.id;
  }
  // Last year's 述职评议: one branch asked for review of its 群众评议 and the committee answered.
  const appeals = await seedAppeal(a, appealRound);
  for (const [i, id] of closed.entries()) await backdate(ctx.db, id, i < 2 ? year - 2 : year - 1, now);
  const o = await orgRound(a, orgSystem, year, true);
  votes += o.votes;
  reports += o.reports;
  await youngRound(a, youngSystem, year, true);

  const [f] = await rows<{ targets: number } & AssessmentSeedSummary['grades'] & { uses: number }>(
    ctx.db,
    sql`SELECT (SELECT count(*)::int FROM assessment_targets) AS targets,
               count(*) FILTER (WHERE x.grade = 'excellent')::int AS excellent, count(*) FILTER (WHERE x.grade = 'good')::int AS good,
               count(*) FILTER (WHERE x.grade = 'fair')::int AS fair, count(*) FILTER (WHERE x.grade = 'poor')::int AS poor,
               count(*) FILTER (WHERE cardinality(x.uses) > 0)::int AS uses
          FROM assessment_results x JOIN assessment_rounds r ON r.id = x.round_id WHERE r.status = 'confirmed'`,
  );
  const summary: AssessmentSeedSummary = {
    systems: 2,
    rounds: { closed: closed.length, running: 2 },
    targets: f.targets,
    grades: { excellent: f.excellent, good: f.good, fair: f.fair, poor: f.poor },
    votes,
    reports,
    appeals,
    uses: f.uses,
    seconds: (Date.now() - started) / 1000,
  };
  opts.log(
    `考核评价: 指标体系 2 套（${world.agency.name}）, 考核轮次 ${closed.length} 轮已确认、2 轮进行中, 考核对象 ${summary.targets} 个; ` +
      `已确认结果 优秀 ${f.excellent}、良好 ${f.good}、一般 ${f.fair}、较差 ${f.poor}, 运用 ${f.uses} 个; 述职报告 ${reports} 份, 评议票 ${votes} 张, 申诉 ${appeals} 件; ${summary.seconds.toFixed(1)} s`,
  );
  return summary;
}

/** An appeal filed in the window by a branch's secretary and rejected by the committee; the window is then over. */
async function seedAppeal(a: Acting, roundId: number) {
  const { ctx, req, scope, world } = a;
  const [t] = await rows<{ id: number; orgId: number }>(
    ctx.db,
    sql`SELECT t.id, t.org_id AS "orgId" FROM assessment_results x JOIN assessment_targets t ON t.id = x.target_id WHERE x.round_id = ${roundId} ORDER BY x.rank DESC, t.id LIMIT 1`,
  );
  const author = t && world.secretaries.get(t.orgId);
  if (!author) return 0;
  await setMeeting(ctx.db, req, scope, roundId, { appealUntil: new Date(Date.now() + 3_600_000) });
  const appeal = await fileAppeal(ctx.db, await as(ctx.db, author), author, { targetId: t.id, leafKey: 'public', reason: '本支部联系的社区群众代表未全部到会，申请复核幸福党建群众评议得分。' });
  await answerAppeal(ctx.db, req, scope, roundId, appeal.id, { decision: 'rejected', answer: '经核实，群众代表到会人数达到评议要求，维持原评议结果。' });
  const [r] = await rows<{ y: number }>(ctx.db, sql`SELECT extract(year FROM period_to)::int AS y FROM assessment_rounds WHERE id = ${roundId}`);
  await setMeeting(ctx.db, req, scope, roundId, { appealUntil: new Date(`${r.y + 1}-01-31T15:59:59Z`) });
  await ctx.db.execute(sql`UPDATE assessment_appeals SET created_at = ${`${r.y + 1}-01-22T02:00:00Z`}, answered_at = ${`${r.y + 1}-01-26T02:00:00Z`} WHERE id = ${appeal.id}`);
  return 1;
}
