import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { idArray } from '../../../kernel/figures/person-metric.js';
import { votingOpen, type RoundRow } from '../assessment.access.js';
import { voterConflict } from '../votes/conflict.js';
import type { VoteGrade } from '../votes/tally.js';
import { leavesOf } from '../systems/tree.js';
import { versionById } from '../systems/systems.queries.js';

/**
 * A review meeting's votes written at once, as castVote would write them one by one: only by the group's voters, only
 * while the voting is open, never on a conflicted target (the same conflict rule), one per voter, target and group
 * (the unique index). Audited like castVote, without any grade: one entry per voter.
 */
export async function castVotesAtOnce(
  db: Db,
  reqOf: (voter: number) => Promise<FastifyRequest>,
  round: RoundRow,
  groupId: number,
  choose: (voter: number, target: { id: number; name: string }) => VoteGrade | null,
): Promise<number> {
  if (!votingOpen(round)) throw new Error(`${round.name}: voting is not open`);
  const pairs = await rows<{ voter: number; id: number; name: string }>(
    db,
    sql`SELECT v.account_id AS voter, t.id, t.name FROM assessment_voters v JOIN assessment_targets t ON t.round_id = ${round.id}
         WHERE v.group_id = ${groupId} AND NOT ${voterConflict(sql`v.account_id`)} ORDER BY v.account_id, t.org_path, t.id`,
  );
  const votes = pairs.flatMap((p) => {
    const grade = choose(p.voter, p);
    return grade ? [{ voter: p.voter, target: p.id, grade }] : [];
  });
  if (!votes.length) return 0;
  // Each voter's own context for the audit, read before the transaction (one connection on PGlite).
  const reqs = new Map<number, FastifyRequest>();
  for (const v of new Set(votes.map((x) => x.voter))) reqs.set(v, await reqOf(v));
  return transaction(db, async (tx) => {
    const made = await rows<{ voter: number }>(
      tx,
      sql`INSERT INTO assessment_votes (round_id, group_id, target_id, rater_account_id, grade)
          SELECT ${round.id}, ${groupId}, x.target, x.voter, x.grade FROM unnest(${idArray(votes.map((v) => v.target))}, ${idArray(votes.map((v) => v.voter))},
                 ${`{${votes.map((v) => v.grade).join(',')}}`}::text[]) AS x(target, voter, grade)
          ON CONFLICT (rater_account_id, target_id, group_id) DO NOTHING RETURNING rater_account_id AS voter`,
    );
    const byVoter = new Map<number, number>();
    for (const m of made) byVoter.set(m.voter, (byVoter.get(m.voter) ?? 0) + 1);
    for (const [voter, n] of byVoter) {
      await audit(tx, reqs.get(voter)!, { action: 'assessment.vote', entity: 'assessment_round', entityId: round.id, orgId: round.scopeOrgId, orgPath: round.scopeOrgPath, summary: `${round.name}: ${n} votes` });
    }
    return made.length;
  });
}

/** The rater's scores of a running round's tasks at once (rateTask one by one does the same), audited without the values. */
export async function rateAtOnce(db: Db, req: FastifyRequest, round: RoundRow, raterId: number, score: (task: { id: number; targetName: string; maxScore: number }) => number | null) {
  if (round.status !== 'running') throw new Error(`${round.name}: not running`);
  const tasks = await rows<{ id: number; targetName: string; leafKey: string }>(
    db,
    sql`SELECT k.id, t.name AS "targetName", k.leaf_key AS "leafKey" FROM assessment_rater_tasks k JOIN assessment_targets t ON t.id = k.target_id
         WHERE k.round_id = ${round.id} AND k.rater_account_id = ${raterId} AND k.score IS NULL ORDER BY k.id`,
  );
  const maxOf = await leafMax(db, round);
  const given = tasks.flatMap((k) => {
    const s = score({ id: k.id, targetName: k.targetName, maxScore: maxOf.get(k.leafKey) ?? 10 });
    return s == null ? [] : [{ id: k.id, score: Math.max(0, Math.min(maxOf.get(k.leafKey) ?? 10, s)) }];
  });
  if (!given.length) return 0;
  await transaction(db, async (tx) => {
    await tx.execute(sql`UPDATE assessment_rater_tasks k SET score = x.score, comment = '', rated_at = now()
      FROM unnest(${idArray(given.map((g) => g.id))}, ${`{${given.map((g) => g.score).join(',')}}`}::numeric[]) AS x(id, score) WHERE k.id = x.id`);
    await audit(tx, req, { action: 'assessment.rate', entity: 'assessment_round', entityId: round.id, summary: `${round.name}: ${given.length} ratings` });
  });
  return given.length;
}

async function leafMax(db: Db, round: RoundRow) {
  return new Map(leavesOf((await versionById(db, round.versionId)).tree).map((l) => [l.key, l.def.type === 'computed' ? 100 : l.def.maxScore]));
}
