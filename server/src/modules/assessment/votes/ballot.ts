import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { roundColumns, votingOpen, type RoundRow } from '../assessment.access.js';
import { leavesOf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';
import type { VoteGrade } from './tally.js';
import { voterConflict } from './conflict.js';

/**
 * The voter's side (phones, at the review meeting): the groups I vote in, of running rounds, with the targets I may
 * rate (conflicts left out) and my own vote on each. Nobody else's vote is ever shown.
 */
export async function myBallot(db: Db, accountId: number, q: { roundId?: number }) {
  const groups = await rows<RoundRow & { groupId: number; groupName: string; leafKey: string }>(
    db,
    sql`SELECT ${roundColumns}, g.id AS "groupId", g.name AS "groupName", g.leaf_key AS "leafKey"
          FROM assessment_voters v JOIN assessment_vote_groups g ON g.id = v.group_id JOIN assessment_rounds r ON r.id = g.round_id
         WHERE v.account_id = ${accountId} AND r.status = 'running' ${q.roundId ? sql`AND r.id = ${q.roundId}` : sql``}
         ORDER BY r.meeting_at NULLS LAST, r.id, g.id`,
  );
  const items = [];
  for (const g of groups) {
    const leaf = leavesOf((await versionById(db, g.versionId)).tree).find((l) => l.key === g.leafKey);
    const targets = await rows<{ targetId: number; name: string; hasReport: boolean; myGrade: VoteGrade | null }>(
      db,
      sql`SELECT t.id AS "targetId", t.name,
                 EXISTS (SELECT 1 FROM assessment_reports p WHERE p.target_id = t.id AND p.submitted_at IS NOT NULL) AS "hasReport",
                 (SELECT x.grade FROM assessment_votes x WHERE x.target_id = t.id AND x.group_id = ${g.groupId} AND x.rater_account_id = ${accountId}) AS "myGrade"
            FROM assessment_targets t WHERE t.round_id = ${g.id} AND NOT ${voterConflict(sql`${accountId}::int`)} ORDER BY t.org_path, t.id`,
    );
    items.push({ roundId: g.id, roundName: g.name, meetingAt: g.meetingAt, votingOpen: votingOpen(g), groupId: g.groupId, groupName: g.groupName, leafName: leaf?.name ?? g.leafKey, targets });
  }
  return { items };
}

/**
 * One vote: the voter must be in the group, the voting open and the target not theirs. The unique index on
 * (voter, target, group) is what makes it one: of two requests at the same moment one inserts, the other gets 409.
 */
export async function castVote(db: Db, req: FastifyRequest, accountId: number, b: { groupId: number; targetId: number; grade: VoteGrade }) {
  return transaction(db, async (tx) => {
    const [g] = await rows<RoundRow & { groupId: number }>(
      tx,
      sql`SELECT ${roundColumns}, g.id AS "groupId" FROM assessment_vote_groups g JOIN assessment_rounds r ON r.id = g.round_id
           JOIN assessment_voters v ON v.group_id = g.id AND v.account_id = ${accountId} WHERE g.id = ${b.groupId}`,
    );
    if (!g) throw new AppError('not_found', [{ field: 'groupId', message: 'you are no voter of this group' }]);
    const [t] = await rows<{ id: number; conflicted: boolean }>(
      tx,
      sql`SELECT t.id, ${voterConflict(sql`${accountId}::int`)} AS conflicted FROM assessment_targets t WHERE t.id = ${b.targetId} AND t.round_id = ${g.id}`,
    );
    if (!t) throw new AppError('not_found', [{ field: 'targetId', message: 'not a target of this round' }]);
    if (t.conflicted) throw new AppError('forbidden', { field: 'targetId', message: 'a voter may not rate their own organisation or one they belong to' });
    if (!votingOpen(g)) throw new AppError('invalid_transition', { message: 'voting is not open' });
    const [v] = await rows<{ castAt: Date }>(
      tx,
      sql`INSERT INTO assessment_votes (round_id, group_id, target_id, rater_account_id, grade) VALUES (${g.id}, ${g.groupId}, ${t.id}, ${accountId}, ${b.grade})
          ON CONFLICT (rater_account_id, target_id, group_id) DO NOTHING RETURNING cast_at AS "castAt"`,
    );
    if (!v) throw new AppError('conflict', { message: 'you have voted for this target in this group already' });
    // Audited without the grade: the vote is secret to everyone but the voter.
    await audit(tx, req, { action: 'assessment.vote', entity: 'assessment_round', entityId: g.id, orgId: g.scopeOrgId, orgPath: g.scopeOrgPath, summary: `${g.name}: a vote` });
    return { roundId: g.id, groupId: g.groupId, targetId: t.id, grade: b.grade, castAt: v.castAt };
  });
}
