import type { FastifyRequest } from 'fastify';
import { transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { activityBrief } from '../../activities/index.js';
import { pairingResearchMeetings } from '../pairing.schema.js';
import { topicInScope } from './research.access.js';
import type { MeetingInput } from './research.dto.js';

/** Records a meeting of an active topic, optionally held as an activity (organised in the caller's scope) for sign-up and check-in. */
export async function addMeeting(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, topicId: number, input: MeetingInput) {
  return transaction(db, async (tx) => {
    const t = await topicInScope(tx, scope, topicId, { lock: true });
    if (t.status !== 'active') throw new AppError('invalid_transition', { status: t.status, message: 'the topic is concluded' });
    if (input.activityId) {
      const a = await activityBrief(tx, input.activityId);
      if (!a || !pathInScope(a.orgPath, scope)) throw new AppError('not_found', [{ field: 'activityId', message: 'activity not found' }]);
    }
    const [m] = await tx
      .insert(pairingResearchMeetings)
      .values({ topicId, title: input.title, heldAt: input.heldAt, activityId: input.activityId ?? null, notes: input.notes, createdBy: auth.accountId })
      .returning({ id: pairingResearchMeetings.id });
    await audit(tx, req, { action: 'pairing.research_meeting_add', entity: 'pairing_research_topic', entityId: topicId, orgId: t.orgId, orgPath: t.orgPath, summary: `${t.title}: ${input.title}`, after: { meetingId: m.id, ...input } });
    return m.id;
  });
}
