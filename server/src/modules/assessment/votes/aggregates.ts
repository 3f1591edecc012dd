import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { RoundRow } from '../assessment.access.js';
import { round2 } from '../scoring/functions.js';
import { countsOf, emptyCounts, groupMean, groupsOf, votesIn } from './tally.js';

/**
 * The 述职评议 result per target and group, as admins of the round see it: counts per grade and the group's mean
 * score, and only for a group with at least max(group minVotes, round minVotes) votes for the target; otherwise
 * "not enough votes" and no number at all. Who voted what is never part of it.
 */
export async function voteAggregates(db: Db, r: RoundRow, targetId?: number) {
  const [groups, counts, targets] = await Promise.all([
    groupsOf(db, r.id),
    countsOf(db, r.id),
    rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM assessment_targets WHERE round_id = ${r.id} ${targetId ? sql`AND id = ${targetId}` : sql``} ORDER BY org_path, id`),
  ]);
  return {
    items: targets.map((t) => ({
      targetId: t.id,
      name: t.name,
      groups: groups.map((g) => {
        const c = counts.get(`${t.id}:${g.id}`) ?? emptyCounts();
        const n = votesIn(c);
        const enough = n >= Math.max(g.minVotes, r.minVotes);
        const mean = groupMean(c, g.gradeScores);
        return { groupId: g.id, groupName: g.name, enough, votes: enough ? n : null, counts: enough ? c : null, score: enough && mean != null ? round2(mean) : null };
      }),
    })),
  };
}
