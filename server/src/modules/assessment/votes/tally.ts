import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../kernel/db/client.js';
import { voteGrades } from '../assessment.schema.js';
import { round2 } from '../scoring/functions.js';

export type VoteGrade = (typeof voteGrades)[number];
export type GradeScores = Record<VoteGrade, number>;
export type GradeCounts = Record<VoteGrade, number>;

/** 好 / 较好 / 一般 / 差. */
export const voteGradeLabels: Record<VoteGrade, string> = { good: '好', fairly_good: '较好', average: '一般', poor: '差' };

export interface GroupRow {
  id: number;
  code: string;
  name: string;
  weight: number;
  gradeScores: GradeScores;
  leafKey: string;
  minVotes: number;
}

export const groupSelect = sql`SELECT g.id, g.code, g.name, g.weight::float8 AS weight, g.grade_scores AS "gradeScores", g.leaf_key AS "leafKey", g.min_votes AS "minVotes" FROM assessment_vote_groups g`;
export const groupsOf = (db: Db, roundId: number) => rows<GroupRow>(db, sql`${groupSelect} WHERE g.round_id = ${roundId} ORDER BY g.id`);

export const emptyCounts = (): GradeCounts => ({ good: 0, fairly_good: 0, average: 0, poor: 0 });
export const votesIn = (c: GradeCounts) => voteGrades.reduce((n, g) => n + c[g], 0);

/** A group's mean score of its votes for one target (null without votes). */
export function groupMean(c: GradeCounts, scores: GradeScores): number | null {
  const n = votesIn(c);
  return n === 0 ? null : voteGrades.reduce((s, g) => s + c[g] * scores[g], 0) / n;
}

/**
 * The score of a leaf fed by vote groups: the groups' means weighted by the groups' weights, over the groups that
 * have votes for the target (a group nobody voted in does not pull the score to 0); no votes at all → null.
 */
export function weightedVoteScore(groups: readonly { weight: number; mean: number | null }[]): number | null {
  const voted = groups.filter((g) => g.mean != null && g.weight > 0);
  const w = voted.reduce((s, g) => s + g.weight, 0);
  if (w === 0) return null;
  return round2(voted.reduce((s, g) => s + g.weight * g.mean!, 0) / w);
}

/** Grade counts of every target × group of the round (no voter named). */
export async function countsOf(db: Db, roundId: number): Promise<Map<string, GradeCounts>> {
  const list = await rows<{ targetId: number; groupId: number; grade: VoteGrade; n: number }>(
    db,
    sql`SELECT target_id AS "targetId", group_id AS "groupId", grade, count(*)::int AS n FROM assessment_votes WHERE round_id = ${roundId} GROUP BY 1, 2, 3`,
  );
  const out = new Map<string, GradeCounts>();
  for (const v of list) {
    const key = `${v.targetId}:${v.groupId}`;
    const c = out.get(key) ?? emptyCounts();
    c[v.grade] = v.n;
    out.set(key, c);
  }
  return out;
}

/**
 * The vote-fed leaves of the round and each target's score on them: `${targetId}:${leafKey}` → 0–100 or null (no
 * votes). The leaves named by a vote group take their score from the votes, not from rater tasks.
 */
export async function voteLeafScores(db: Db, roundId: number, targetIds: readonly number[]): Promise<{ leaves: Set<string>; scores: Map<string, number | null> }> {
  const groups = await groupsOf(db, roundId);
  const leaves = new Set(groups.map((g) => g.leafKey));
  const scores = new Map<string, number | null>();
  if (groups.length === 0) return { leaves, scores };
  const counts = await countsOf(db, roundId);
  for (const leaf of leaves) {
    const feeding = groups.filter((g) => g.leafKey === leaf);
    for (const t of targetIds) {
      scores.set(`${t}:${leaf}`, weightedVoteScore(feeding.map((g) => ({ weight: g.weight, mean: groupMean(counts.get(`${t}:${g.id}`) ?? emptyCounts(), g.gradeScores) }))));
    }
  }
  return { leaves, scores };
}
