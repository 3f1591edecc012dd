import { sql } from 'drizzle-orm';
import { rows, type Db } from '../kernel/db/client.js';
import { bulkInsert } from '../kernel/db/bulk-insert.js';
import type { AuditAction } from '../../../common/audit-actions/index.js';

/** An audit entry of a seeded action, at the time the action happened (the live system writes it with the change). */
export interface SeededAudit {
  at: Date;
  accountId: number | null;
  actor: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | number | null;
  orgId?: number | null;
  orgPath?: string | null;
  summary?: string;
}

/** Writes the audit entries of seeded actions in bulk (the seed's own audit trail: who did what, when). */
export async function seedAuditEntries(tx: Db, entries: SeededAudit[]) {
  await bulkInsert(tx, 'audit_log', [
    ['at', 'timestamptz', (e) => e.at],
    ['account_id', 'int', (e) => e.accountId],
    ['actor', 'text', (e) => e.actor],
    ['action', 'text', (e) => e.action],
    ['entity', 'text', (e) => e.entity],
    ['entity_id', 'text', (e) => (e.entityId == null ? null : String(e.entityId))],
    ['org_id', 'int', (e) => e.orgId ?? null],
    ['org_path', 'text', (e) => e.orgPath ?? null],
    ['summary', 'text', (e) => e.summary?.slice(0, 500) ?? null],
  ], entries);
}

/** A notice the live system would have put in an inbox at `createdAt` (to a person, or to one account), read or not yet. */
export interface SeededNotice {
  personId?: number | null;
  accountId?: number | null;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  createdAt: Date;
  readAt?: Date | null;
}

export async function seedNotices(tx: Db, notices: SeededNotice[]) {
  await bulkInsert(tx, 'notifications', [
    ['person_id', 'int', (n) => n.personId ?? null],
    ['account_id', 'int', (n) => n.accountId ?? null],
    ['kind', 'text', (n) => n.kind],
    ['title', 'text', (n) => n.title],
    ['body', 'text', (n) => n.body ?? ''],
    ['link', 'text', (n) => n.link ?? null],
    ['created_at', 'timestamptz', (n) => n.createdAt],
    ['read_at', 'timestamptz', (n) => n.readAt ?? null],
  ], notices);
}

/** The account a seeded admin action is done by: a demo account by username (null when the city has none). */
export async function seedActor(db: Db, username: string): Promise<{ accountId: number | null; actor: string | null }> {
  const [a] = await rows<{ id: number }>(db, sql`SELECT id FROM accounts WHERE username = ${username}`);
  return a ? { accountId: a.id, actor: username } : { accountId: null, actor: null };
}
