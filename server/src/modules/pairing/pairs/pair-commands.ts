import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { entrepreneurInScope, myPair, pairInScope, violates } from '../pairing.access.js';
import { pairingContactLogs, pairingPairs } from '../pairing.schema.js';
import type { ContactInput, CreatePair } from './pairs.dto.js';

interface ActivePair {
  id: number;
  cadrePersonId: number;
  orgId: number;
  orgPath: string;
}

const activePairOf = async (tx: Db, entrepreneurId: number) =>
  (
    await rows<ActivePair>(
      tx,
      sql`SELECT id, cadre_person_id AS "cadrePersonId", org_id AS "orgId", org_path AS "orgPath" FROM pairing_pairs WHERE entrepreneur_id = ${entrepreneurId} AND ended_at IS NULL FOR UPDATE`,
    )
  )[0];

async function closePair(tx: Db, req: FastifyRequest, auth: AuthContext, p: ActivePair, reason: string) {
  await tx.update(pairingPairs).set({ endedAt: new Date(), endedBy: auth.accountId, endReason: reason }).where(sql`id = ${p.id}`);
  await audit(tx, req, { action: 'pairing.pair_end', entity: 'pairing_pair', entityId: p.id, orgId: p.orgId, orgPath: p.orgPath, summary: reason, after: { reason } });
}

/**
 * Pairs a cadre of the scope with an approved entrepreneur the scope reaches. The entrepreneur's row is locked, so two
 * admins pairing the same entrepreneur at once are served one after the other: the second finds the first's pair.
 * With `reassignReason` an active pair managed in the scope is ended and the new one started in the same transaction.
 */
export async function createPair(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: CreatePair) {
  try {
    return await transaction(db, async (tx) => {
      const [cadre] = await rows<{ id: number; name: string; orgId: number; orgPath: string }>(
        tx,
        sql`SELECT p.id, p.name, o.id AS "orgId", o.path AS "orgPath" FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${input.cadrePersonId} AND ${inScope(sql`o.path`, scope)}`,
      );
      if (!cadre) throw new AppError('not_found', [{ field: 'cadrePersonId', message: 'person not found' }]);
      const [e] = await rows<{ id: number; name: string; status: string }>(
        tx,
        sql`SELECT e.id, e.name, e.status FROM pairing_entrepreneurs e WHERE e.id = ${input.entrepreneurId} AND ${entrepreneurInScope(scope)} FOR UPDATE OF e`,
      );
      if (!e) throw new AppError('not_found', [{ field: 'entrepreneurId', message: 'entrepreneur not found' }]);
      if (e.status !== 'approved') throw new AppError('invalid_transition', { status: e.status, message: 'only an approved entrepreneur is paired' });
      const current = await activePairOf(tx, e.id);
      if (current) {
        const mayHandOver = input.reassignReason && current.cadrePersonId !== cadre.id && scope.paths.some((path) => current.orgPath.startsWith(path));
        if (!mayHandOver) throw new AppError('entrepreneur_already_paired', { pairId: current.id, sameCadre: current.cadrePersonId === cadre.id });
        await closePair(tx, req, auth, current, input.reassignReason!);
      }
      const [pair] = await tx
        .insert(pairingPairs)
        .values({ cadrePersonId: cadre.id, entrepreneurId: e.id, orgId: cadre.orgId, orgPath: cadre.orgPath, note: input.note, startedBy: auth.accountId })
        .returning({ id: pairingPairs.id });
      await audit(tx, req, {
        action: 'pairing.pair_start',
        entity: 'pairing_pair',
        entityId: pair.id,
        orgId: cadre.orgId,
        orgPath: cadre.orgPath,
        summary: `${cadre.name} ↔ ${e.name}`,
        after: { cadrePersonId: cadre.id, entrepreneurId: e.id, note: input.note, replacedPairId: current?.id ?? null },
      });
      return { id: pair.id, cadrePersonId: cadre.id, entrepreneurId: e.id, ended: current ?? null };
    });
  } catch (err) {
    // The partial unique index is the last word when something got past the lock.
    if (violates(err, 'pairing_pairs_one_active_uq')) throw new AppError('entrepreneur_already_paired');
    throw err;
  }
}

/** Ends an active pair managed in the scope; the row stays as history. */
export async function endPair(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, id: number, reason: string) {
  return transaction(db, async (tx) => {
    const [p] = await rows<ActivePair & { endedAt: string | null; entrepreneurId: number }>(
      tx,
      sql`SELECT p.id, p.cadre_person_id AS "cadrePersonId", p.entrepreneur_id AS "entrepreneurId", p.org_id AS "orgId", p.org_path AS "orgPath", p.ended_at AS "endedAt"
            FROM pairing_pairs p WHERE p.id = ${id} AND ${pairInScope(scope)} FOR UPDATE`,
    );
    if (!p) throw new AppError('not_found');
    if (p.endedAt) throw new AppError('invalid_transition', { message: 'the pair has already ended' });
    await closePair(tx, req, auth, p, reason);
    return p;
  });
}

/** Clock skew allowed between a phone and the server. */
const SKEW_MS = 5 * 60_000;

/** The cadre logs a contact on one of their own active pairs. */
export async function logContact(db: Db, req: FastifyRequest, auth: AuthContext, pairId: number, input: ContactInput) {
  return transaction(db, async (tx) => {
    const p = await myPair(tx, auth, pairId, { lock: true });
    if (p.endedAt) throw new AppError('invalid_transition', { message: 'the pair has ended; its log is closed' });
    const [{ startedAt }] = await rows<{ startedAt: string }>(tx, sql`SELECT started_at AS "startedAt" FROM pairing_pairs WHERE id = ${pairId}`);
    if (input.happenedAt.getTime() > Date.now() + SKEW_MS) throw new AppError('validation_failed', [{ field: 'happenedAt', message: 'a contact cannot be in the future' }]);
    if (input.happenedAt.getTime() < new Date(startedAt).getTime() - 86_400_000)
      throw new AppError('validation_failed', [{ field: 'happenedAt', message: 'before the pair started' }]);
    const [c] = await tx
      .insert(pairingContactLogs)
      .values({ pairId, kind: input.kind, topic: input.topic, notes: input.notes, followUp: input.followUp, followUpDue: input.followUpDue ?? null, happenedAt: input.happenedAt, writtenBy: auth.accountId })
      .returning({ id: pairingContactLogs.id });
    await audit(tx, req, { action: 'pairing.contact_log', entity: 'pairing_contact', entityId: c.id, orgId: p.orgId, orgPath: p.orgPath, summary: input.topic, after: { pairId, kind: input.kind, happenedAt: input.happenedAt } });
    return c.id;
  });
}
