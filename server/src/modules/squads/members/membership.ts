import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import type { MemberRole } from '../squads.schema.js';
import type { SquadRow } from '../squads.access.js';
import { assertYoungCadre } from './young-cadre.js';

/**
 * Membership commands. Each runs inside the caller's transaction with the squad row locked (loadSquad … lock),
 * writes its audit entry there, and keeps `squads.leader_person_id` in step with the active leader row.
 */

interface MemberRowDb {
  id: number;
  squad_id: number;
  person_id: number;
  role: MemberRole;
  status: string;
}

const accountOf = (req: FastifyRequest) => req.auth?.accountId ?? null;

/** A unique index of squad_members refused the row: the clear error of the rule it guards. */
function membershipConflict(err: unknown): never {
  if (pgErrorCode(err) === UNIQUE_VIOLATION) {
    const text = String((err as { constraint?: string; cause?: { constraint?: string; message?: string }; message?: string }).constraint ?? '') + String((err as { cause?: { constraint?: string } }).cause?.constraint ?? '') + String((err as Error).message ?? '') + String((err as { cause?: Error }).cause?.message ?? '');
    if (text.includes('squad_members_one_active_uq')) throw new AppError('squad_member_elsewhere');
    if (text.includes('squad_members_open_uq')) throw new AppError('squad_member_open');
    if (text.includes('squad_members_one_leader_uq')) throw new AppError('conflict', { message: 'the squad already has an active leader' });
  }
  throw err;
}

/** Refuses a person who already has an active membership elsewhere or an open row in this squad. */
async function assertFree(tx: Db, squadId: number, personId: number) {
  const open = await rows<{ squad_id: number; status: string }>(tx, sql`SELECT squad_id, status FROM squad_members WHERE person_id = ${personId} AND status IN ('proposed', 'active')`);
  if (open.some((r) => Number(r.squad_id) === squadId)) throw new AppError('squad_member_open');
  if (open.some((r) => r.status === 'active')) throw new AppError('squad_member_elsewhere');
}

async function insertMember(tx: Db, row: { squadId: number; personId: number; role: MemberRole; status: 'proposed' | 'active'; reason: string; by: number | null }) {
  const active = row.status === 'active';
  try {
    const [m] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO squad_members (squad_id, person_id, role, status, join_reason, proposed_by, confirmed_by, confirmed_at, joined_at)
          VALUES (${row.squadId}, ${row.personId}, ${row.role}, ${row.status}, ${row.reason}, ${row.by},
                  ${active ? row.by : null}, ${active ? sql`now()` : null}, ${active ? sql`now()` : null})
          RETURNING id`,
    );
    return m.id;
  } catch (err) {
    membershipConflict(err);
  }
}

async function setLeaderMirror(tx: Db, squadId: number) {
  await tx.execute(sql`UPDATE squads SET leader_person_id = (SELECT person_id FROM squad_members WHERE squad_id = ${squadId} AND status = 'active' AND role = 'leader'), updated_at = now() WHERE id = ${squadId}`);
}

/**
 * An admin adds a person directly (active at once). The person must be found in `personScope` and be a young cadre today.
 * Adding a leader to a squad that has one is refused: change the leader instead.
 */
export async function addMember(tx: Db, req: FastifyRequest, squad: SquadRow, personScope: Scope, input: { personId: number; role: MemberRole; reason: string }) {
  const person = await assertYoungCadre(tx, personScope, input.personId);
  await assertFree(tx, squad.id, input.personId);
  if (input.role === 'leader' && squad.leader_person_id) throw new AppError('conflict', { message: 'the squad already has a leader; change the leader instead' });
  const id = await insertMember(tx, { squadId: squad.id, personId: input.personId, role: input.role, status: 'active', reason: input.reason, by: accountOf(req) });
  if (input.role === 'leader') await setLeaderMirror(tx, squad.id);
  await audit(tx, req, { action: 'squads.member_add', entity: 'squad', entityId: squad.id, orgId: squad.org_id, orgPath: squad.org_path, summary: `${person.name} (${input.role})`, after: { memberId: id, personId: input.personId, role: input.role, reason: input.reason } });
  return id;
}

/** A leader (or an admin) proposes a person; the supervising organisation confirms later. */
export async function proposeMember(tx: Db, req: FastifyRequest, squad: SquadRow, personScope: Scope, input: { personId: number; reason: string }) {
  const person = await assertYoungCadre(tx, personScope, input.personId);
  await assertFree(tx, squad.id, input.personId);
  const id = await insertMember(tx, { squadId: squad.id, personId: input.personId, role: 'member', status: 'proposed', reason: input.reason, by: accountOf(req) });
  await audit(tx, req, { action: 'squads.member_propose', entity: 'squad', entityId: squad.id, orgId: squad.org_id, orgPath: squad.org_path, summary: person.name, after: { memberId: id, personId: input.personId, reason: input.reason } });
  return id;
}

async function lockRow(tx: Db, squad: SquadRow, memberId: number): Promise<MemberRowDb> {
  const [m] = await rows<MemberRowDb>(tx, sql`SELECT id, squad_id, person_id, role, status FROM squad_members WHERE id = ${memberId} AND squad_id = ${squad.id} FOR UPDATE`);
  if (!m) throw new AppError('not_found');
  return m;
}

const illegal = (from: string, to: string) => new AppError('invalid_transition', { from, to });

/** proposed → active: the young cadre rule is checked again on the joining day, and the one-active-squad rule. */
export async function confirmMember(tx: Db, req: FastifyRequest, squad: SquadRow, personScope: Scope, memberId: number) {
  const m = await lockRow(tx, squad, memberId);
  if (m.status !== 'proposed') throw illegal(m.status, 'active');
  const person = await assertYoungCadre(tx, personScope, m.person_id);
  const [elsewhere] = await rows<{ id: number }>(tx, sql`SELECT id FROM squad_members WHERE person_id = ${m.person_id} AND status = 'active'`);
  if (elsewhere) throw new AppError('squad_member_elsewhere');
  try {
    await tx.execute(sql`UPDATE squad_members SET status = 'active', confirmed_by = ${accountOf(req)}, confirmed_at = now(), joined_at = now() WHERE id = ${memberId}`);
  } catch (err) {
    membershipConflict(err);
  }
  await audit(tx, req, { action: 'squads.member_confirm', entity: 'squad', entityId: squad.id, orgId: squad.org_id, orgPath: squad.org_path, summary: person.name, after: { memberId, personId: m.person_id } });
  return m.person_id;
}

/** proposed → rejected, with the reason. */
export async function rejectMember(tx: Db, req: FastifyRequest, squad: SquadRow, memberId: number, reason: string) {
  const m = await lockRow(tx, squad, memberId);
  if (m.status !== 'proposed') throw illegal(m.status, 'rejected');
  await tx.execute(sql`UPDATE squad_members SET status = 'rejected', confirmed_by = ${accountOf(req)}, confirmed_at = now(), reject_reason = ${reason} WHERE id = ${memberId}`);
  await audit(tx, req, { action: 'squads.member_reject', entity: 'squad', entityId: squad.id, orgId: squad.org_id, orgPath: squad.org_path, summary: reason, after: { memberId, personId: m.person_id, reason } });
  return m.person_id;
}

/** active → left, with the reason; a leader leaving leaves the squad without a leader until one is named. */
export async function leaveMember(tx: Db, req: FastifyRequest, squad: SquadRow, memberId: number, reason: string) {
  const m = await lockRow(tx, squad, memberId);
  if (m.status !== 'active') throw illegal(m.status, 'left');
  await tx.execute(sql`UPDATE squad_members SET status = 'left', left_at = now(), left_by = ${accountOf(req)}, leave_reason = ${reason} WHERE id = ${memberId}`);
  if (m.role === 'leader') await setLeaderMirror(tx, squad.id);
  await audit(tx, req, { action: 'squads.member_leave', entity: 'squad', entityId: squad.id, orgId: squad.org_id, orgPath: squad.org_path, summary: reason, after: { memberId, personId: m.person_id, role: m.role, reason } });
  return m.person_id;
}

/**
 * A new leader from the active members. The history keeps who led when: the old leader's row is closed and a member row
 * opened for them; the new leader's member row is closed and a leader row opened. All in the caller's transaction.
 */
export async function changeLeader(tx: Db, req: FastifyRequest, squad: SquadRow, personId: number) {
  const active = await rows<MemberRowDb>(tx, sql`SELECT id, squad_id, person_id, role, status FROM squad_members WHERE squad_id = ${squad.id} AND status = 'active' FOR UPDATE`);
  const next = active.find((m) => Number(m.person_id) === personId);
  if (!next) throw new AppError('validation_failed', [{ field: 'personId', message: 'the new leader must be an active member of the squad' }]);
  if (next.role === 'leader') throw new AppError('invalid_transition', { message: 'this person already leads the squad' });
  const by = accountOf(req);
  const previous = active.find((m) => m.role === 'leader');
  const close = (id: number, reason: string) => tx.execute(sql`UPDATE squad_members SET status = 'left', left_at = now(), left_by = ${by}, leave_reason = ${reason} WHERE id = ${id}`);
  if (previous) {
    await close(previous.id, '队长变更，转为队员');
    await insertMember(tx, { squadId: squad.id, personId: previous.person_id, role: 'member', status: 'active', reason: '队长变更，转为队员', by });
  }
  await close(next.id, '任命为队长');
  await insertMember(tx, { squadId: squad.id, personId, role: 'leader', status: 'active', reason: '任命为队长', by });
  await setLeaderMirror(tx, squad.id);
  await audit(tx, req, { action: 'squads.leader_change', entity: 'squad', entityId: squad.id, orgId: squad.org_id, orgPath: squad.org_path, before: { leaderPersonId: previous?.person_id ?? null }, after: { leaderPersonId: personId } });
  return previous?.person_id ?? null;
}

/** Closes every active membership of a squad that ends (merge, disband) and withdraws its open proposals; answers the closed rows. */
export async function closeAllMemberships(tx: Db, req: FastifyRequest, squadId: number, reason: string) {
  const by = accountOf(req);
  await tx.execute(sql`UPDATE squad_members SET status = 'rejected', confirmed_by = ${by}, confirmed_at = now(), reject_reason = ${reason} WHERE squad_id = ${squadId} AND status = 'proposed'`);
  const closed = await rows<{ person_id: number; role: MemberRole }>(
    tx,
    sql`UPDATE squad_members SET status = 'left', left_at = now(), left_by = ${by}, leave_reason = ${reason} WHERE squad_id = ${squadId} AND status = 'active' RETURNING person_id, role`,
  );
  await tx.execute(sql`UPDATE squads SET leader_person_id = NULL WHERE id = ${squadId}`);
  return closed.map((c) => ({ personId: Number(c.person_id), role: c.role }));
}

/** A member moved by a merge: a new active row in the target, if the young cadre rule still holds today. */
export async function transferMember(tx: Db, req: FastifyRequest, target: SquadRow, personScope: Scope, personId: number, reason: string): Promise<string | null> {
  try {
    await assertYoungCadre(tx, personScope, personId);
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  const [proposed] = await rows<{ id: number }>(tx, sql`SELECT id FROM squad_members WHERE squad_id = ${target.id} AND person_id = ${personId} AND status = 'proposed' FOR UPDATE`);
  if (proposed) {
    await tx.execute(sql`UPDATE squad_members SET status = 'active', confirmed_by = ${accountOf(req)}, confirmed_at = now(), joined_at = now() WHERE id = ${proposed.id}`);
  } else {
    await insertMember(tx, { squadId: target.id, personId, role: 'member', status: 'active', reason, by: accountOf(req) });
  }
  return null;
}
