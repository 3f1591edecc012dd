import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { roundColumns, votingOf, type RoundRow } from '../assessment.access.js';
import { voteAggregates } from './aggregates.js';
import { voterConflict } from './conflict.js';

/**
 * The results screen of the review meeting on a voter's phone: for each group I vote in, once I have voted on every
 * target offered to me there (or the voting is closed), the group's aggregates per target — the same numbers the
 * round's admins see, and only where the group has reached its threshold. Never anybody's vote; before that, nothing.
 */
export async function myMeetingResults(db: Db, accountId: number, roundId: number) {
  const groups = await rows<RoundRow & { groupId: number; groupName: string; pending: number }>(
    db,
    sql`SELECT ${roundColumns}, g.id AS "groupId", g.name AS "groupName",
               (SELECT count(*)::int FROM assessment_targets t WHERE t.round_id = r.id AND NOT ${voterConflict(sql`${accountId}::int`)}
                   AND NOT EXISTS (SELECT 1 FROM assessment_votes x WHERE x.target_id = t.id AND x.group_id = g.id AND x.rater_account_id = ${accountId})) AS pending
          FROM assessment_voters v JOIN assessment_vote_groups g ON g.id = v.group_id JOIN assessment_rounds r ON r.id = g.round_id
         WHERE v.account_id = ${accountId} AND r.id = ${roundId} AND r.status <> 'draft' ORDER BY g.id`,
  );
  const items = [];
  for (const g of groups) {
    const closed = votingOf(g).closedAt != null || g.status !== 'running';
    const available = closed || g.pending === 0;
    const targets = available
      ? (await voteAggregates(db, g)).items.flatMap((t) => {
          const cell = t.groups.find((x) => x.groupId === g.groupId);
          return cell ? [{ targetId: t.targetId, name: t.name, enough: cell.enough, votes: cell.votes, counts: cell.counts, score: cell.score }] : [];
        })
      : [];
    items.push({ roundId: g.id, roundName: g.name, groupId: g.groupId, groupName: g.groupName, votingClosed: closed, available, pending: g.pending, targets });
  }
  return { items };
}
