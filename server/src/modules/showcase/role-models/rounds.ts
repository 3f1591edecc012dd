import type { FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { showcaseNominations, showcaseVoteRounds } from './role-models.schema.js';
import type { nominationOut, roundOut, RoundInput } from './role-models.dto.js';
import { exemplarInScope } from './exemplars.js';

type RoundOut = z.infer<typeof roundOut>;
type NominationOut = z.infer<typeof nominationOut>;

export interface RoundRow {
  id: number;
  title: string;
  orgId: number;
  orgPath: string;
  status: 'draft' | 'nominating' | 'voting' | 'closed';
  nominationDeadline: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
  votesPerMember: number;
  hideResults: boolean;
  winners: number;
}

const roundRowColumns = sql`id, title, org_id AS "orgId", org_path AS "orgPath", status, nomination_deadline AS "nominationDeadline", voting_opens_at AS "votingOpensAt",
  voting_closes_at AS "votingClosesAt", votes_per_member AS "votesPerMember", hide_results AS "hideResults", winners`;

export async function roundWhere(db: Db, where: SQL, lock: SQL = sql``): Promise<RoundRow | undefined> {
  const [r] = await rows<RoundRow>(db, sql`SELECT ${roundRowColumns} FROM showcase_vote_rounds WHERE ${where} ${lock}`);
  return r && { ...r, nominationDeadline: new Date(r.nominationDeadline), votingOpensAt: new Date(r.votingOpensAt), votingClosesAt: new Date(r.votingClosesAt) };
}

/** A round the caller manages (404 otherwise). */
export async function managedRound(db: Db, scope: Scope, id: number, lock = false) {
  const r = await roundWhere(db, sql`id = ${id} AND ${inScope(sql`org_path`, scope)}`, lock ? sql`FOR UPDATE` : sql``);
  if (!r) throw new AppError('not_found');
  return r;
}

const roundColumns = sql`r.id, r.title, r.description, r.org_id AS "orgId", r.nomination_deadline AS "nominationDeadline", r.voting_opens_at AS "votingOpensAt",
  r.voting_closes_at AS "votingClosesAt", r.votes_per_member AS "votesPerMember", r.hide_results AS "hideResults", r.winners, r.status,
  (SELECT count(*)::int FROM showcase_nominations n WHERE n.round_id = r.id) AS nominations,
  (SELECT count(*)::int FROM showcase_nominations n WHERE n.round_id = r.id AND n.status = 'approved') AS approved,
  (SELECT count(*)::int FROM showcase_votes v WHERE v.round_id = r.id) AS votes`;

export async function listRounds(db: Db, where: SQL, q: { status?: string; page: number; pageSize: number }) {
  const cond = q.status ? sql`${where} AND r.status = ${q.status}` : where;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM showcase_vote_rounds r WHERE ${cond}`);
  const items = await rows<RoundOut>(db, sql`SELECT ${roundColumns} FROM showcase_vote_rounds r WHERE ${cond} ORDER BY r.voting_opens_at DESC, r.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function roundOutById(db: Db, id: number) {
  const [r] = await rows<RoundOut>(db, sql`SELECT ${roundColumns} FROM showcase_vote_rounds r WHERE r.id = ${id}`);
  return r;
}

export async function createRound(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: RoundInput) {
  const path = scope.paths[0];
  if (!path) throw new AppError('forbidden');
  return transaction(db, async (tx) => {
    const [owner] = await rows<{ id: number; path: string }>(tx, sql`SELECT id, path FROM orgs WHERE path = ${path}`);
    const [r] = await tx.insert(showcaseVoteRounds).values({ ...input, orgId: owner.id, orgPath: owner.path, createdBy: auth.accountId }).returning({ id: showcaseVoteRounds.id });
    await audit(tx, req, { action: 'showcase.round_create', entity: 'showcase_vote_round', entityId: r.id, orgId: owner.id, orgPath: owner.path, summary: input.title, after: input });
    return r.id;
  });
}

const previous: Record<string, RoundRow['status']> = { nominating: 'draft', voting: 'nominating', closed: 'voting' };

/**
 * draft → nominating (organisations nominate until the deadline) → voting (members vote in the window) → closed:
 * the `winners` approved nominees with the most votes (ties: earlier nomination) win and go to the display wall.
 */
export async function moveRound(db: Db, req: FastifyRequest, scope: Scope, id: number, to: 'nominating' | 'voting' | 'closed') {
  await transaction(db, async (tx) => {
    const r = await managedRound(tx, scope, id, true);
    if (r.status !== previous[to]) throw new AppError('invalid_transition', { status: r.status, to });
    let winners: number[] = [];
    if (to === 'voting') {
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM showcase_nominations WHERE round_id = ${id} AND status = 'approved'`);
      if (n === 0) throw new AppError('invalid_transition', { message: 'approve at least one nomination first' });
    }
    if (to === 'closed') {
      const won = await rows<{ id: number; exemplarId: number }>(
        tx,
        sql`UPDATE showcase_nominations SET winner = true WHERE id IN (
              SELECT id FROM showcase_nominations WHERE round_id = ${id} AND status = 'approved' ORDER BY vote_count DESC, id LIMIT ${r.winners})
            RETURNING id, exemplar_id AS "exemplarId"`,
      );
      winners = won.map((w) => w.id);
      if (won.length)
        await tx.execute(sql`UPDATE showcase_exemplars SET on_wall = true, status = 'published', updated_at = now() WHERE id IN (${sql.join(won.map((w) => sql`${w.exemplarId}`), sql`, `)})`);
    }
    await tx.update(showcaseVoteRounds).set({ status: to }).where(sql`id = ${id}`);
    await audit(tx, req, { action: `showcase.round_${to}`, entity: 'showcase_vote_round', entityId: id, orgId: r.orgId, orgPath: r.orgPath, summary: r.title, before: { status: r.status }, after: { status: to, ...(to === 'closed' ? { winners } : {}) } });
  });
}

/** An organisation nominates one of its profiles to a round of a committee above it, before the deadline. */
export async function nominate(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: { roundId: number; exemplarId: number; material: string }) {
  return transaction(db, async (tx) => {
    const e = await exemplarInScope(tx, scope, input.exemplarId, true);
    const r = await roundWhere(tx, sql`id = ${input.roundId} AND ${e.orgPath} LIKE org_path || '%'`, sql`FOR SHARE`);
    if (!r) throw new AppError('not_found', [{ field: 'roundId', message: 'round not found' }]);
    if (r.status !== 'nominating' || Date.now() >= r.nominationDeadline.getTime()) throw new AppError('nomination_closed');
    const [n] = await tx
      .insert(showcaseNominations)
      .values({ roundId: r.id, exemplarId: e.id, orgId: e.orgId, orgPath: e.orgPath, material: input.material, createdBy: auth.accountId })
      .onConflictDoNothing()
      .returning({ id: showcaseNominations.id });
    if (!n) throw new AppError('conflict', [{ field: 'exemplarId', message: 'already nominated to this round' }]);
    await audit(tx, req, { action: 'showcase.nomination_create', entity: 'showcase_nomination', entityId: n.id, orgId: e.orgId, orgPath: e.orgPath, summary: `${r.title}：${e.name}` });
    return n.id;
  });
}

/** The committee approves or rejects a nomination while nominations are open (before voting starts). */
export async function reviewNomination(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, decision: 'approved' | 'rejected', note?: string) {
  await transaction(db, async (tx) => {
    const [n] = await rows<{ roundId: number; status: string; orgId: number; orgPath: string }>(tx, sql`SELECT round_id AS "roundId", status, org_id AS "orgId", org_path AS "orgPath" FROM showcase_nominations WHERE id = ${id} FOR UPDATE`);
    if (!n) throw new AppError('not_found');
    const r = await managedRound(tx, scope, n.roundId);
    if (r.status !== 'nominating') throw new AppError('invalid_transition', { status: r.status, message: 'nominations are reviewed before voting starts' });
    await tx.update(showcaseNominations).set({ status: decision, reviewNote: note ?? null, reviewedBy: auth.accountId, reviewedAt: new Date() }).where(sql`id = ${id}`);
    if (decision === 'approved') await tx.execute(sql`UPDATE showcase_exemplars SET status = 'published', updated_at = now() WHERE id = (SELECT exemplar_id FROM showcase_nominations WHERE id = ${id})`);
    await audit(tx, req, { action: 'showcase.nomination_review', entity: 'showcase_nomination', entityId: id, orgId: n.orgId, orgPath: n.orgPath, summary: r.title, before: { status: n.status }, after: { status: decision, note } });
  });
}

const nominationColumns = sql`n.id, n.round_id AS "roundId", n.exemplar_id AS "exemplarId", e.name AS "exemplarName", e.category, n.org_id AS "orgId", o.name AS "orgName",
  n.material, n.status, n.review_note AS "reviewNote", n.winner, n.created_at AS "createdAt"`;

/** Nominations; `masked`: counts of a round whose results are hidden stay null until it closes (the nominating organisation's view). */
export async function listNominations(db: Db, where: SQL, q: { status?: string; page: number; pageSize: number }, masked = false) {
  const cond = q.status ? sql`${where} AND n.status = ${q.status}` : where;
  const from = sql`FROM showcase_nominations n JOIN showcase_vote_rounds r ON r.id = n.round_id JOIN showcase_exemplars e ON e.id = n.exemplar_id JOIN orgs o ON o.id = n.org_id`;
  const count = masked ? sql`CASE WHEN r.hide_results AND r.status <> 'closed' THEN NULL ELSE n.vote_count END` : sql`n.vote_count`;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from} WHERE ${cond}`);
  const items = await rows<NominationOut>(db, sql`SELECT ${nominationColumns}, ${count} AS "voteCount" ${from} WHERE ${cond} ORDER BY ${masked ? sql`n.id DESC` : sql`n.vote_count DESC, n.id`} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function nominationOutById(db: Db, id: number) {
  const { items } = await listNominations(db, sql`n.id = ${id}`, { page: 1, pageSize: 1 });
  return items[0];
}
