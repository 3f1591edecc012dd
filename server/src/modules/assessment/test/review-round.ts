import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { reviewTree, type reviewFixture } from './fixture.js';

type Fixture = Awaited<ReturnType<typeof reviewFixture>>;
export type VoterKey = 'l1' | 'l2' | 'l3' | 'm1' | 'm2' | 'm3' | 'p1' | 'p2' | 'c';

/** The round's 2020 review settings: three branches, 优秀 for at most 34 %, results shown from 3 votes. */
export const reviewRoundBody = (systemId: number, committeeId: number) => ({
  name: '2020 年度支部书记述职评议',
  systemId,
  kind: 'annual',
  periodFrom: '2020-01-01',
  periodTo: '2020-12-31',
  scopeOrgId: committeeId,
  targetOrgKind: 'branch',
  grading: { mode: 'quota', excellentShare: 0.34, good: 70, fair: 60 },
  minVotes: 3,
});

/** The rater groups: leaders 60 and members 40 feed 述职评议 (`vote`); the public alone feeds 幸福党建 (`happy`). */
export const reviewGroups = [
  { code: 'leaders', name: '党委领导班子成员', weight: 60, leafKey: 'vote' },
  { code: 'members', name: '党员代表', weight: 40, leafKey: 'vote' },
  { code: 'public', name: '群众代表（幸福党建）', weight: 100, leafKey: 'happy' },
] as const;

/** The meeting's votes after L1's 好 for X (voter, group, branch, grade), from which the hand computation follows. */
export const reviewVotes: [VoterKey, string, 'x' | 'y' | 'z', string][] = [
  ['l2', 'leaders', 'x', 'good'], ['l3', 'leaders', 'x', 'fairly_good'],
  ['l1', 'leaders', 'y', 'fairly_good'], ['l2', 'leaders', 'y', 'fairly_good'], ['l3', 'leaders', 'y', 'average'],
  ['l1', 'leaders', 'z', 'average'], ['l2', 'leaders', 'z', 'average'], ['l3', 'leaders', 'z', 'poor'],
  ['m1', 'members', 'x', 'good'], ['m2', 'members', 'x', 'fairly_good'], ['m3', 'members', 'x', 'fairly_good'],
  ['m1', 'members', 'y', 'good'], ['m2', 'members', 'y', 'average'], ['m3', 'members', 'y', 'average'],
  ['m1', 'members', 'z', 'poor'], ['m2', 'members', 'z', 'poor'], ['m3', 'members', 'z', 'average'],
  ['p1', 'public', 'x', 'good'], ['p2', 'public', 'x', 'good'],
  ['p1', 'public', 'y', 'fairly_good'], ['p2', 'public', 'y', 'fairly_good'],
  ['p1', 'public', 'z', 'average'], ['p2', 'public', 'z', 'poor'],
];

/**
 * The review round the meeting tests build step by step, in one go: published system, running round, the three
 * groups and their voters, the reviewer on 工作表现 (`self`), the meeting's votes cast and the voting closed —
 * not yet computed. Every step must succeed.
 */
export async function reviewedRound(t: TestApp, fx: Fixture) {
  const must = async <R extends { statusCode: number; body: string; json(): any }>(p: Promise<R>) => {
    const res = await p;
    if (res.statusCode >= 300) throw new Error(`${res.statusCode} ${res.body}`);
    return res.json();
  };
  const [admin, orgadmin] = await Promise.all([t.login('admin'), t.login('orgadmin')]);
  const sys = await must(admin.post('/api/v1/assessment/systems', { name: '党组织书记述职评议', targetKind: 'org', tree: reviewTree }));
  await must(admin.post(`/api/v1/assessment/systems/${sys.id}/publish`));
  const roundId: number = (await must(orgadmin.post('/api/v1/assessment/rounds', reviewRoundBody(sys.id, fx.committee.id)))).id;
  const ts = await rows<{ id: number; orgId: number }>(t.db, sql`SELECT id, org_id AS "orgId" FROM assessment_targets WHERE round_id = ${roundId}`);
  const of = (orgId: number) => ts.find((x) => x.orgId === orgId)!.id;
  const target = { x: of(fx.branches.x.id), y: of(fx.branches.y.id), z: of(fx.branches.z.id) };
  const groups: Record<string, number> = {};
  for (const g of reviewGroups) groups[g.code] = (await must(orgadmin.post(`/api/v1/assessment/rounds/${roundId}/vote-groups`, g))).id;
  const a = fx.accounts;
  const members: Record<string, number[]> = { leaders: [a.l1, a.l2, a.l3], members: [a.m1, a.m2, a.m3, a.c], public: [a.p1, a.p2] };
  for (const [code, accountIds] of Object.entries(members)) await must(orgadmin.post(`/api/v1/assessment/rounds/${roundId}/vote-groups/${groups[code]}/voters`, { accountIds }));
  const [reviewer] = await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = 'reviewer'`);
  await must(orgadmin.post(`/api/v1/assessment/rounds/${roundId}/raters`, { accountIds: [reviewer.id], leafKeys: ['self'] }));
  await must(orgadmin.post(`/api/v1/assessment/rounds/${roundId}/start`));
  await must(orgadmin.post(`/api/v1/assessment/rounds/${roundId}/voting/open`));
  const voter: Partial<Record<VoterKey, Awaited<ReturnType<TestApp['login']>>>> = {};
  for (const [who, code, tk, grade] of [['l1', 'leaders', 'x', 'good'] as const, ...reviewVotes]) {
    voter[who] ??= await t.login(`v_${who}`);
    await must(voter[who].post('/api/v1/me/assessment/votes', { groupId: groups[code], targetId: target[tk], grade }));
  }
  await must(orgadmin.post(`/api/v1/assessment/rounds/${roundId}/voting/close`));
  return { roundId, target, groups };
}
