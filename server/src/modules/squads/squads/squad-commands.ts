import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { assertActive, loadSquad, type SquadRow } from '../squads.access.js';
import { addMember, closeAllMemberships, transferMember } from '../members/membership.js';
import type { createSquadBody, mergeSquadBody, updateSquadBody } from './squads.dto.js';
import type { z } from 'zod';

const sameName = (err: unknown) => {
  if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new AppError('conflict', [{ field: 'name', message: 'a squad of this organisation already has this name' }]);
  throw err;
};

/** A squad under an organisation of the caller's scope, with its leader when named (who must be a young cadre in scope). */
export async function createSquad(db: Db, req: FastifyRequest, scope: Scope, input: z.infer<typeof createSquadBody>) {
  const pathOf = await assertOrgsInScope(db, scope, [{ field: 'orgId', id: input.orgId }]);
  const orgPath = pathOf.get(input.orgId)!;
  return transaction(db, async (tx) => {
    const [created] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO squads (name, org_id, org_path, mission, field, started_on, created_by)
          VALUES (${input.name}, ${input.orgId}, ${orgPath}, ${input.mission}, ${input.field}, ${input.startedOn ?? shanghaiDay(new Date())}, ${req.auth?.accountId ?? null})
          RETURNING id`,
    ).catch(sameName);
    await audit(tx, req, { action: 'squads.create', entity: 'squad', entityId: created.id, orgId: input.orgId, orgPath, summary: input.name, after: input });
    if (input.leaderPersonId) {
      const squad = await loadSquad(tx, scope, created.id, { lock: true });
      await addMember(tx, req, squad, scope, { personId: input.leaderPersonId, role: 'leader', reason: '组建时任命为队长' });
    }
    return created.id;
  });
}

/** Name, field, mission, start date, and the supervising organisation (only to another one in scope). */
export async function updateSquad(db: Db, req: FastifyRequest, scope: Scope, id: number, input: z.infer<typeof updateSquadBody>) {
  const orgPath = input.orgId ? (await assertOrgsInScope(db, scope, [{ field: 'orgId', id: input.orgId }])).get(input.orgId)! : null;
  await transaction(db, async (tx) => {
    const s = await loadSquad(tx, scope, id, { lock: true });
    assertActive(s);
    const [before] = await rows<Record<string, unknown>>(tx, sql`SELECT name, field, mission, started_on::text AS "startedOn", org_id AS "orgId" FROM squads WHERE id = ${id}`);
    await tx
      .execute(
        sql`UPDATE squads SET name = coalesce(${input.name ?? null}, name), field = coalesce(${input.field ?? null}, field), mission = coalesce(${input.mission ?? null}, mission),
              started_on = coalesce(${input.startedOn ?? null}::date, started_on), org_id = coalesce(${input.orgId ?? null}::int, org_id),
              org_path = coalesce(${orgPath}::text, org_path), updated_at = now()
            WHERE id = ${id}`,
      )
      .catch(sameName);
    await audit(tx, req, { action: 'squads.update', entity: 'squad', entityId: id, orgId: input.orgId ?? s.org_id, orgPath: orgPath ?? s.org_path, summary: s.name, ...diff(before, input) });
  });
}

/** Ends a squad: status, end date, and every active membership closed, in the caller's transaction. */
async function endSquad(tx: Db, req: FastifyRequest, s: SquadRow, status: 'merged' | 'disbanded', reason: string, mergedIntoId: number | null) {
  await tx.execute(sql`UPDATE squads SET status = ${status}, merged_into_id = ${mergedIntoId}, ended_on = ${shanghaiDay(new Date())}, updated_at = now() WHERE id = ${s.id}`);
  return closeAllMemberships(tx, req, s.id, reason);
}

/** Disbands an active squad; its active members leave with the reason. */
export async function disbandSquad(db: Db, req: FastifyRequest, scope: Scope, id: number, reason: string) {
  return transaction(db, async (tx) => {
    const s = await loadSquad(tx, scope, id, { lock: true });
    assertActive(s);
    const closed = await endSquad(tx, req, s, 'disbanded', `尖刀班撤销：${reason}`, null);
    await audit(tx, req, { action: 'squads.disband', entity: 'squad', entityId: id, orgId: s.org_id, orgPath: s.org_path, summary: `${s.name}：${reason}`, after: { reason, closedMemberships: closed.length } });
    return closed;
  });
}

/**
 * Merges an active squad into another active one of the scope. Both rows are locked in id order; the source's memberships
 * close, and with `moveMembers` each former member joins the target (the young cadre rule applies on the day).
 */
export async function mergeSquad(db: Db, req: FastifyRequest, scope: Scope, id: number, input: z.infer<typeof mergeSquadBody>) {
  if (input.intoId === id) throw new AppError('validation_failed', [{ field: 'intoId', message: 'a squad cannot merge into itself' }]);
  return transaction(db, async (tx) => {
    const [first, second] = [id, input.intoId].sort((a, b) => a - b);
    const locked = new Map([first, second].map((x) => [x, null as SquadRow | null]));
    for (const x of [first, second]) locked.set(x, await loadSquad(tx, scope, x, { lock: true }));
    const source = locked.get(id)!;
    const target = locked.get(input.intoId)!;
    assertActive(source);
    assertActive(target);
    const closed = await endSquad(tx, req, source, 'merged', `并入「${target.name}」：${input.reason}`, target.id);
    const moved: number[] = [];
    const notMoved: { personId: number; reason: string }[] = [];
    if (input.moveMembers) {
      for (const c of closed) {
        const refused = await transferMember(tx, req, target, scope, c.personId, `由「${source.name}」并入`);
        if (refused) notMoved.push({ personId: c.personId, reason: refused });
        else moved.push(c.personId);
      }
    }
    await audit(tx, req, { action: 'squads.merge', entity: 'squad', entityId: id, orgId: source.org_id, orgPath: source.org_path, summary: `${source.name} → ${target.name}`, after: { intoId: target.id, reason: input.reason, moved, notMoved } });
    return { closed, moved, notMoved, target };
  });
}
