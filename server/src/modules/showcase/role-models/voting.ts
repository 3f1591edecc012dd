import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { ballotOut } from './role-models.dto.js';
import { roundWhere, type RoundRow } from './rounds.js';

type BallotOut = z.infer<typeof ballotOut>;

/**
 * Public voting among the members of the round's subtree: the voter's own organisation (the person linked to the
 * account) must lie under the round's committee; anyone else gets 404, as for a round that does not exist.
 */
const voterWhere = (auth: AuthContext) => (auth.personOrgPath ? sql`${auth.personOrgPath} LIKE org_path || '%' AND status IN ('voting', 'closed')` : sql`false`);

export async function voterRound(db: Db, auth: AuthContext, id: number, lock = false): Promise<RoundRow> {
  const r = await roundWhere(db, sql`id = ${id} AND ${voterWhere(auth)}`, lock ? sql`FOR SHARE` : sql``);
  if (!r) throw new AppError('not_found');
  return r;
}

const isOpen = (r: RoundRow, now = Date.now()) => r.status === 'voting' && now >= r.votingOpensAt.getTime() && now < r.votingClosesAt.getTime();
/** Counts show once the round is closed (or always, when the round does not hide them). */
const resultsVisible = (r: RoundRow) => !r.hideResults || r.status === 'closed';

export async function votingRounds(db: Db, auth: AuthContext) {
  const items = await rows<{ id: number }>(db, sql`SELECT id FROM showcase_vote_rounds WHERE ${voterWhere(auth)} ORDER BY voting_opens_at DESC, id DESC LIMIT 50`);
  return { items: await Promise.all(items.map(async ({ id }) => (await ballotOf(db, auth, id)).round)) };
}

/** The member's ballot: the nominees, which they voted for, votes left; counts only when visible. */
export async function ballotOf(db: Db, auth: AuthContext, id: number): Promise<BallotOut> {
  const r = await voterRound(db, auth, id);
  const [{ description }] = await rows<{ description: string }>(db, sql`SELECT description FROM showcase_vote_rounds WHERE id = ${id}`);
  const [b] = await rows<{ used: number }>(db, sql`SELECT used FROM showcase_ballots WHERE round_id = ${id} AND account_id = ${auth.accountId}`);
  const visible = resultsVisible(r);
  const nominees = await rows<BallotOut['nominees'][number]>(
    db,
    sql`SELECT n.id AS "nominationId", e.id AS "exemplarId", e.name, e.kind, e.category, o.name AS "orgName", left(e.story, 300) AS story,
          (SELECT m.id FROM showcase_exemplar_media m WHERE m.exemplar_id = e.id AND (m.kind = 'photo' OR m.poster_key IS NOT NULL) ORDER BY m.sort, m.id LIMIT 1) AS "posterMediaId",
          EXISTS (SELECT 1 FROM showcase_votes v WHERE v.nomination_id = n.id AND v.account_id = ${auth.accountId}) AS "votedByMe",
          ${visible ? sql`n.vote_count` : sql`NULL::int`} AS "voteCount", n.winner
        FROM showcase_nominations n JOIN showcase_exemplars e ON e.id = n.exemplar_id JOIN orgs o ON o.id = n.org_id
       WHERE n.round_id = ${id} AND n.status = 'approved'
       ORDER BY ${visible ? sql`n.vote_count DESC,` : sql``} n.id`,
  );
  const used = b?.used ?? 0;
  return {
    round: { id: r.id, title: r.title, description, votingOpensAt: r.votingOpensAt, votingClosesAt: r.votingClosesAt, votesPerMember: r.votesPerMember, status: r.status, open: isOpen(r), resultsVisible: visible },
    used,
    remaining: Math.max(0, r.votesPerMember - used),
    nominees,
  };
}

/**
 * One vote. The member's ballot row is created if missing and then locked, so concurrent votes of one member run
 * one after another: the count of votes used is read under the lock and never exceeds `votes_per_member`; the unique
 * (nominee, account) index refuses a second vote for the same nominee. The nominee's count rises in the same
 * transaction, so it always equals its votes.
 */
export async function castVote(db: Db, req: FastifyRequest, auth: AuthContext, roundId: number, nominationId: number) {
  await transaction(db, async (tx) => {
    const r = await voterRound(tx, auth, roundId, true);
    if (!isOpen(r)) throw new AppError('vote_not_open');
    const [n] = await rows<{ id: number; orgId: number; orgPath: string }>(
      tx,
      sql`SELECT id, org_id AS "orgId", org_path AS "orgPath" FROM showcase_nominations WHERE id = ${nominationId} AND round_id = ${roundId} AND status = 'approved'`,
    );
    if (!n) throw new AppError('not_found', [{ field: 'nominationId', message: 'nominee not found' }]);
    await tx.execute(sql`INSERT INTO showcase_ballots (round_id, account_id) VALUES (${roundId}, ${auth.accountId}) ON CONFLICT DO NOTHING`);
    const [b] = await rows<{ used: number }>(tx, sql`SELECT used FROM showcase_ballots WHERE round_id = ${roundId} AND account_id = ${auth.accountId} FOR UPDATE`);
    if (b.used >= r.votesPerMember) throw new AppError('vote_limit_reached', { votesPerMember: r.votesPerMember });
    const [v] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO showcase_votes (round_id, nomination_id, account_id, person_id) VALUES (${roundId}, ${nominationId}, ${auth.accountId}, ${auth.personId})
          ON CONFLICT (nomination_id, account_id) DO NOTHING RETURNING id`,
    );
    if (!v) throw new AppError('vote_already_cast');
    await tx.execute(sql`UPDATE showcase_ballots SET used = used + 1 WHERE round_id = ${roundId} AND account_id = ${auth.accountId}`);
    await tx.execute(sql`UPDATE showcase_nominations SET vote_count = vote_count + 1 WHERE id = ${nominationId}`);
    await audit(tx, req, { action: 'showcase.vote', entity: 'showcase_nomination', entityId: nominationId, orgId: n.orgId, orgPath: n.orgPath, summary: r.title, after: { roundId } });
  });
}
