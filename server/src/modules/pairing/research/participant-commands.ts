import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { entrepreneurInScope, violates } from '../pairing.access.js';
import { pairingResearchParticipants } from '../pairing.schema.js';
import { topicInScope } from './research.access.js';
import type { ParticipantInput } from './research.dto.js';

/**
 * Adds a cadre (a person of the caller's subtree) or an entrepreneur (approved, reached by the caller) to an active
 * topic. Someone already on it is a 409; someone who left may join again (a new row: the old one is history).
 */
export async function addParticipant(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, topicId: number, input: ParticipantInput) {
  try {
    return await transaction(db, async (tx) => {
      const t = await topicInScope(tx, scope, topicId, { lock: true });
      if (t.status !== 'active') throw new AppError('invalid_transition', { status: t.status, message: 'the topic is concluded' });
      let name: string;
      if (input.side === 'cadre') {
        const [p] = await rows<{ name: string }>(tx, sql`SELECT p.name FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${input.personId!} AND ${inScope(sql`o.path`, scope)}`);
        if (!p) throw new AppError('not_found', [{ field: 'personId', message: 'person not found' }]);
        name = p.name;
      } else {
        const [e] = await rows<{ name: string; status: string }>(tx, sql`SELECT e.name, e.status FROM pairing_entrepreneurs e WHERE e.id = ${input.entrepreneurId!} AND ${entrepreneurInScope(scope)}`);
        if (!e) throw new AppError('not_found', [{ field: 'entrepreneurId', message: 'entrepreneur not found' }]);
        if (e.status !== 'approved') throw new AppError('invalid_transition', { status: e.status, message: 'only an approved entrepreneur joins a topic' });
        name = e.name;
      }
      const [x] = await tx
        .insert(pairingResearchParticipants)
        .values({ topicId, side: input.side, personId: input.personId ?? null, entrepreneurId: input.entrepreneurId ?? null, role: input.role, addedBy: auth.accountId })
        .returning({ id: pairingResearchParticipants.id });
      await audit(tx, req, {
        action: 'pairing.research_participant_add',
        entity: 'pairing_research_topic',
        entityId: topicId,
        orgId: t.orgId,
        orgPath: t.orgPath,
        summary: `${t.title}: ${name} (${input.side}, ${input.role})`,
        after: { participantId: x.id, ...input },
      });
      return x.id;
    });
  } catch (err) {
    if (violates(err, 'pairing_research_participants_person_uq') || violates(err, 'pairing_research_participants_entrepreneur_uq'))
      throw new AppError('conflict', [{ field: input.side === 'cadre' ? 'personId' : 'entrepreneurId', message: 'already on this topic' }]);
    throw err;
  }
}

/** Someone leaves the topic: the row stays with the day they left. */
export async function removeParticipant(db: Db, req: FastifyRequest, scope: Scope, topicId: number, participantId: number) {
  return transaction(db, async (tx) => {
    const t = await topicInScope(tx, scope, topicId, { lock: true });
    const [x] = await rows<{ id: number; leftAt: string | null; side: string; role: string }>(
      tx,
      sql`SELECT id, left_at AS "leftAt", side, role FROM pairing_research_participants WHERE id = ${participantId} AND topic_id = ${topicId}`,
    );
    if (!x) throw new AppError('not_found');
    if (x.leftAt) throw new AppError('invalid_transition', { message: 'this participant has already left' });
    await tx.update(pairingResearchParticipants).set({ leftAt: new Date() }).where(sql`id = ${participantId}`);
    await audit(tx, req, { action: 'pairing.research_participant_leave', entity: 'pairing_research_topic', entityId: topicId, orgId: t.orgId, orgPath: t.orgPath, summary: t.title, after: { participantId, side: x.side, role: x.role } });
  });
}
