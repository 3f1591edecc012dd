import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { violates } from '../pairing.access.js';
import { pairingResearchTopics } from '../pairing.schema.js';
import { topicInScope } from './research.access.js';
import type { TopicInput, TopicPatch } from './research.dto.js';

const duplicateTitle = () => new AppError('conflict', [{ field: 'title', message: 'this organisation already has a topic with this title' }]);

/** An admin opens a topic at an organisation of their subtree. */
export async function createTopic(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: TopicInput) {
  const orgPath = (await assertOrgsInScope(db, scope, [{ field: 'orgId', id: input.orgId }])).get(input.orgId)!;
  try {
    return await transaction(db, async (tx) => {
      const [t] = await tx
        .insert(pairingResearchTopics)
        .values({ title: input.title, field: input.field, description: input.description, orgId: input.orgId, orgPath, startedOn: input.startedOn, createdBy: auth.accountId })
        .returning({ id: pairingResearchTopics.id });
      await audit(tx, req, { action: 'pairing.research_topic_create', entity: 'pairing_research_topic', entityId: t.id, orgId: input.orgId, orgPath, summary: input.title, after: input });
      return t.id;
    });
  } catch (err) {
    if (violates(err, 'pairing_research_topics_org_title_uq')) throw duplicateTitle();
    throw err;
  }
}

/** Edits an active topic (a concluded one is history). */
export async function updateTopic(db: Db, req: FastifyRequest, scope: Scope, id: number, patch: TopicPatch) {
  try {
    return await transaction(db, async (tx) => {
      const t = await topicInScope(tx, scope, id, { lock: true });
      if (t.status !== 'active') throw new AppError('invalid_transition', { status: t.status, message: 'a concluded topic is not edited' });
      await tx
        .update(pairingResearchTopics)
        .set({ ...patch })
        .where(sql`id = ${id}`);
      await audit(tx, req, { action: 'pairing.research_topic_update', entity: 'pairing_research_topic', entityId: id, orgId: t.orgId, orgPath: t.orgPath, summary: patch.title ?? t.title, after: patch });
    });
  } catch (err) {
    if (violates(err, 'pairing_research_topics_org_title_uq')) throw duplicateTitle();
    throw err;
  }
}

/** Concludes an active topic (结题); its group, meetings and outputs stay, outputs may still be reviewed and published. */
export async function concludeTopic(db: Db, req: FastifyRequest, scope: Scope, id: number, endedOn: string | undefined) {
  return transaction(db, async (tx) => {
    const t = await topicInScope(tx, scope, id, { lock: true });
    if (t.status !== 'active') throw new AppError('invalid_transition', { status: t.status, message: 'the topic is already concluded' });
    const day = endedOn ?? shanghaiDay(new Date());
    const [{ startedOn }] = await rows<{ startedOn: string }>(tx, sql`SELECT started_on::text AS "startedOn" FROM pairing_research_topics WHERE id = ${id}`);
    if (day < startedOn) throw new AppError('validation_failed', [{ field: 'endedOn', message: 'before the topic started' }]);
    await tx.update(pairingResearchTopics).set({ status: 'concluded', endedOn: day }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'pairing.research_topic_conclude', entity: 'pairing_research_topic', entityId: id, orgId: t.orgId, orgPath: t.orgPath, summary: t.title, after: { endedOn: day } });
  });
}
