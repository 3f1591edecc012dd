import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { idArray } from '../../../kernel/figures/person-metric.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertStatus, loadRound, votingOf, type RoundRow } from '../assessment.access.js';
import { leavesOf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';
import { groupSelect, groupsOf, type GroupRow } from './tally.js';
import { voterConflict } from './conflict.js';
import type { groupCreateBody, groupUpdateBody, meetingBody } from './votes.dto.js';

const auditOf = (r: RoundRow) => ({ entity: 'assessment_round', entityId: r.id, orgId: r.scopeOrgId, orgPath: r.scopeOrgPath });

async function leafNames(db: Db, r: RoundRow) {
  return new Map(leavesOf((await versionById(db, r.versionId)).tree).map((l) => [l.key, l]));
}

/** The round's vote groups with their voters and the number of votes cast (never who voted what). */
export async function listGroups(db: Db, r: RoundRow) {
  const [groups, names, stats] = await Promise.all([
    groupsOf(db, r.id),
    leafNames(db, r),
    rows<{ id: number; voters: number; votes: number }>(
      db,
      sql`SELECT g.id, (SELECT count(*)::int FROM assessment_voters v WHERE v.group_id = g.id) AS voters,
                 (SELECT count(*)::int FROM assessment_votes x WHERE x.group_id = g.id) AS votes
            FROM assessment_vote_groups g WHERE g.round_id = ${r.id}`,
    ),
  ]);
  const by = new Map(stats.map((s) => [s.id, s]));
  return {
    items: groups.map((g) => ({
      ...g,
      minVotes: Math.max(g.minVotes, r.minVotes),
      leafName: names.get(g.leafKey)?.name ?? g.leafKey,
      voters: by.get(g.id)?.voters ?? 0,
      votesCast: by.get(g.id)?.votes ?? 0,
    })),
  };
}

async function ratedLeaf(db: Db, r: RoundRow, key: string) {
  const l = (await leafNames(db, r)).get(key);
  if (!l || l.def.type !== 'rated') throw new AppError('validation_failed', [{ field: 'leafKey', message: `${key} is no rated leaf of this round` }]);
  return l;
}

export async function createGroup(db: Db, req: FastifyRequest, scope: Scope, roundId: number, b: z.infer<typeof groupCreateBody>) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'draft', 'running');
    await ratedLeaf(tx, r, b.leafKey);
    const [dup] = await rows(tx, sql`SELECT 1 FROM assessment_vote_groups WHERE round_id = ${r.id} AND code = ${b.code}`);
    if (dup) throw new AppError('conflict', [{ field: 'code', message: `group ${b.code} exists in this round` }]);
    const [g] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO assessment_vote_groups (round_id, code, name, weight, grade_scores, leaf_key, min_votes)
          VALUES (${r.id}, ${b.code}, ${b.name}, ${b.weight}, ${JSON.stringify(b.gradeScores)}::jsonb, ${b.leafKey}, ${b.minVotes ?? r.minVotes}) RETURNING id`,
    );
    await audit(tx, req, { action: 'assessment.vote_group_create', ...auditOf(r), summary: `${b.name} (${b.code}) → ${b.leafKey}, weight ${b.weight}`, after: b });
    return g.id;
  });
}

export async function updateGroup(db: Db, req: FastifyRequest, scope: Scope, roundId: number, groupId: number, b: z.infer<typeof groupUpdateBody>) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'draft', 'running');
    const g = await groupOf(tx, r, groupId);
    await tx.execute(sql`UPDATE assessment_vote_groups SET name = ${b.name ?? g.name}, weight = ${b.weight ?? g.weight},
      grade_scores = ${JSON.stringify(b.gradeScores ?? g.gradeScores)}::jsonb, min_votes = ${b.minVotes ?? g.minVotes} WHERE id = ${g.id}`);
    await audit(tx, req, { action: 'assessment.vote_group_edit', ...auditOf(r), summary: g.name, before: { weight: g.weight, gradeScores: g.gradeScores, minVotes: g.minVotes }, after: b });
  });
}

/** Removes a group with its voters; a group that has votes stays. */
export async function deleteGroup(db: Db, req: FastifyRequest, scope: Scope, roundId: number, groupId: number) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'draft', 'running');
    const g = await groupOf(tx, r, groupId);
    const [voted] = await rows(tx, sql`SELECT 1 FROM assessment_votes WHERE group_id = ${g.id} LIMIT 1`);
    if (voted) throw new AppError('conflict', { message: 'the group has votes' });
    await tx.execute(sql`DELETE FROM assessment_voters WHERE group_id = ${g.id}`);
    await tx.execute(sql`DELETE FROM assessment_vote_groups WHERE id = ${g.id}`);
    await audit(tx, req, { action: 'assessment.vote_group_delete', ...auditOf(r), summary: `${g.name} (${g.code})` });
  });
}

export async function groupOf(db: Db, r: RoundRow, groupId: number): Promise<GroupRow> {
  const [g] = await rows<GroupRow>(db, sql`${groupSelect} WHERE g.id = ${groupId} AND g.round_id = ${r.id}`);
  if (!g) throw new AppError('not_found');
  return g;
}

/**
 * Adds voters (any active account: the committee's leaders, other secretaries, member representatives, the public).
 * Conflicts are per target: the answer counts the voter × target pairs that will not be offered.
 */
export async function addVoters(db: Db, req: FastifyRequest, scope: Scope, roundId: number, groupId: number, accountIds: number[]) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'draft', 'running');
    const g = await groupOf(tx, r, groupId);
    const ids = [...new Set(accountIds)];
    const ok = new Set((await rows<{ id: number }>(tx, sql`SELECT id FROM accounts WHERE id = ANY(${idArray(ids)}) AND NOT disabled`)).map((a) => a.id));
    const issues = accountIds.flatMap((id, i) => (ok.has(id) ? [] : [{ field: `accountIds.${i}`, message: 'no such active account' }]));
    if (issues.length) throw new AppError('validation_failed', issues);
    const added = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO assessment_voters (group_id, account_id) SELECT ${g.id}, x FROM unnest(${idArray(ids)}) AS x ON CONFLICT (group_id, account_id) DO NOTHING RETURNING id`,
    );
    const [{ n }] = await rows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM assessment_targets t CROSS JOIN unnest(${idArray(ids)}) AS x(account_id) WHERE t.round_id = ${r.id} AND ${voterConflict(sql`x.account_id`)}`,
    );
    await audit(tx, req, { action: 'assessment.voters_add', ...auditOf(r), summary: `${g.name}: ${added.length} voters added, ${n} target pairs excluded`, after: { groupId: g.id, accountIds: ids } });
    return { added: added.length, excludedConflicts: n };
  });
}

export async function removeVoter(db: Db, req: FastifyRequest, scope: Scope, roundId: number, groupId: number, accountId: number) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'draft', 'running');
    const g = await groupOf(tx, r, groupId);
    const gone = await rows(tx, sql`DELETE FROM assessment_voters WHERE group_id = ${g.id} AND account_id = ${accountId} RETURNING id`);
    if (!gone.length) throw new AppError('not_found');
    // Votes already cast stay: the voter was entitled when casting them.
    await audit(tx, req, { action: 'assessment.voter_remove', ...auditOf(r), summary: `${g.name}: a voter removed`, before: { groupId: g.id, accountId } });
  });
}

export async function listVoters(db: Db, r: RoundRow, groupId: number) {
  const g = await groupOf(db, r, groupId);
  const items = await rows<{ accountId: number; displayName: string; orgName: string | null }>(
    db,
    sql`SELECT a.id AS "accountId", a.display_name AS "displayName", o.name AS "orgName" FROM assessment_voters v JOIN accounts a ON a.id = v.account_id
          LEFT JOIN people p ON p.id = a.person_id LEFT JOIN orgs o ON o.id = p.org_id WHERE v.group_id = ${g.id} ORDER BY a.display_name, a.id`,
  );
  return { items };
}

/** The meeting's date, the appeal window and the anonymity threshold. */
export async function setMeeting(db: Db, req: FastifyRequest, scope: Scope, roundId: number, b: z.infer<typeof meetingBody>) {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    // The meeting and the threshold belong to a round still being held; the appeal window may be set until the end.
    if (b.meetingAt !== undefined || b.minVotes !== undefined) assertStatus(r, 'draft', 'running');
    if (b.meetingAt !== undefined && votingOf(r).openedAt) throw new AppError('invalid_transition', [{ field: 'meetingAt', message: 'voting has begun' }]);
    await tx.execute(sql`UPDATE assessment_rounds SET
      meeting_at = ${b.meetingAt === undefined ? sql`meeting_at` : b.meetingAt},
      appeal_until = ${b.appealUntil === undefined ? sql`appeal_until` : b.appealUntil},
      min_votes = ${b.minVotes ?? r.minVotes} WHERE id = ${r.id}`);
    await audit(tx, req, {
      action: 'assessment.meeting_set',
      ...auditOf(r),
      summary: r.name,
      before: { meetingAt: r.meetingAt, appealUntil: r.appealUntil, minVotes: r.minVotes },
      after: b,
    });
  });
}

/**
 * Opens the meeting's voting (the round runs; the meeting begins now if it was set later, which locks the 述职
 * reports) or closes it (no vote after that). Neither goes back.
 */
export async function moveVoting(db: Db, req: FastifyRequest, scope: Scope, roundId: number, step: 'open' | 'close') {
  return transaction(db, async (tx) => {
    const r = await loadRound(tx, scope, roundId, { lock: true });
    assertStatus(r, 'running');
    const v = votingOf(r);
    if (step === 'open' && v.openedAt) throw new AppError('invalid_transition', { message: 'voting was opened already' });
    if (step === 'close' && (!v.openedAt || v.closedAt)) throw new AppError('invalid_transition', { message: v.closedAt ? 'voting is closed already' : 'voting is not open' });
    const [{ count }] = await rows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM assessment_vote_groups WHERE round_id = ${r.id}`);
    if (step === 'open' && count === 0) throw new AppError('invalid_transition', { message: 'the round has no vote groups' });
    const now = new Date().toISOString();
    const voting = step === 'open' ? { openedAt: now, closedAt: null } : { ...v, closedAt: now };
    await tx.execute(sql`UPDATE assessment_rounds SET grading = grading || jsonb_build_object('voting', ${JSON.stringify(voting)}::jsonb)
      ${step === 'open' ? sql`, meeting_at = CASE WHEN meeting_at IS NULL OR meeting_at > now() THEN now() ELSE meeting_at END` : sql``} WHERE id = ${r.id}`);
    await audit(tx, req, { action: `assessment.voting_${step}`, ...auditOf(r), summary: r.name });
  });
}
