import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { inScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { personOf } from '../pairing.access.js';
import { entrepreneurOfAccount } from '../entrepreneurs/entrepreneurs.queries.js';

/**
 * Who reaches a research topic: admins (pairing.read / pairing.manage) those run by an organisation of their subtree;
 * a participant — a cadre (a person) or an entrepreneur — the topics they are or were on. Unknown and out of reach
 * are the same 404.
 */
export type Participant = { side: 'cadre'; personId: number } | { side: 'entrepreneur'; entrepreneurId: number };

/** Who acts on an output: an admin of the topic's organisation, or the topic's current lead. */
export type OutputActor = { kind: 'admin'; scope: Scope } | { kind: 'lead'; participant: Participant };

export const cadreParticipant = (auth: AuthContext): Participant => ({ side: 'cadre', personId: personOf(auth) });

export async function entrepreneurParticipant(db: Db, auth: AuthContext): Promise<Participant> {
  const e = await entrepreneurOfAccount(db, auth.accountId);
  if (!e || e.status !== 'approved') throw new AppError('not_found', { message: 'this account is not linked to an approved entrepreneur' });
  return { side: 'entrepreneur', entrepreneurId: e.id };
}

export interface TopicRef {
  id: number;
  title: string;
  status: 'active' | 'concluded';
  orgId: number;
  orgPath: string;
}

const topicRefColumns = sql`t.id, t.title, t.status, t.org_id AS "orgId", t.org_path AS "orgPath"`;

/** The topic if an organisation of the scope runs it; `lock` holds its row for the rest of the transaction. */
export async function topicInScope(db: Db, scope: Scope, id: number, opts: { lock?: boolean } = {}): Promise<TopicRef> {
  const [t] = await rows<TopicRef>(db, sql`SELECT ${topicRefColumns} FROM pairing_research_topics t WHERE t.id = ${id} AND ${inScope(sql`t.org_path`, scope)} ${opts.lock ? sql`FOR UPDATE` : sql``}`);
  if (!t) throw new AppError('not_found');
  return t;
}

const participantIs = (p: Participant) => (p.side === 'cadre' ? sql`x.person_id = ${p.personId}` : sql`x.entrepreneur_id = ${p.entrepreneurId}`);

/** The topic if the participant is or was on it; with `lead`, only while they lead it (others get 404 or 403). */
export async function topicOfParticipant(db: Db, p: Participant, id: number, opts: { lead?: boolean; lock?: boolean } = {}): Promise<TopicRef> {
  const [t] = await rows<TopicRef & { isLead: boolean }>(
    db,
    sql`SELECT ${topicRefColumns},
               EXISTS (SELECT 1 FROM pairing_research_participants x WHERE x.topic_id = t.id AND ${participantIs(p)} AND x.left_at IS NULL AND x.role = 'lead') AS "isLead"
          FROM pairing_research_topics t
         WHERE t.id = ${id} AND EXISTS (SELECT 1 FROM pairing_research_participants x WHERE x.topic_id = t.id AND ${participantIs(p)})
         ${opts.lock ? sql`FOR UPDATE OF t` : sql``}`,
  );
  if (!t) throw new AppError('not_found');
  if (opts.lead && !t.isLead) throw new AppError('forbidden', { message: 'only the topic lead may do this' });
  return t;
}

/** An output (its topic still to be checked by the caller); `lock` holds its row for the rest of the transaction. */
export async function outputRef(db: Db, id: number, opts: { lock?: boolean } = {}) {
  const [r] = await rows<{ id: number; topicId: number; status: string; title: string; summary: string; body: string; contentId: number | null; fileKey: string | null }>(
    db,
    sql`SELECT id, topic_id AS "topicId", status, title, summary, body, content_id AS "contentId", file_key AS "fileKey" FROM pairing_research_outputs WHERE id = ${id} ${opts.lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!r) throw new AppError('not_found');
  return r;
}
