import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { sql, type SQL } from 'drizzle-orm';
import { textArray } from '../db/array-literals.js';
import { auditLog } from './audit.schema.js';
import type { AuditAction } from '../../../../common/audit-actions/index.js';

export interface AuditEntry {
  /** A code of common/audit-actions (each has its label there). */
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  orgId?: number | null;
  orgPath?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
  /** Who acted when the request carries no session yet (sign-in attempts). */
  actor?: { accountId: number | null; username: string };
}

function auditRow(req: FastifyRequest | null, entry: AuditEntry) {
  return {
    accountId: req?.auth?.accountId ?? entry.actor?.accountId ?? null,
    actor: req?.auth?.username ?? entry.actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    orgId: entry.orgId ?? null,
    orgPath: entry.orgPath ?? null,
    summary: entry.summary?.slice(0, 500),
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: req?.ip ?? null,
  };
}

/** Records who did what; call inside the same transaction as the change so both commit or neither. */
export async function audit(db: Db, req: FastifyRequest | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(auditRow(req, entry));
}

const auditColumns = sql.raw('account_id, actor, action, entity, entity_id, org_id, org_path, summary, before, after, ip');

/**
 * Several audit rows as one SELECT, each column travelling as one array (drizzle's insert builder
 * costs milliseconds for a few dozen rows). Its columns are named as audit_log's, so a statement
 * that writes the changes can also write their entries, filtered to the rows it really changed.
 */
export function auditRowsSql(items: { req: FastifyRequest | null; entry: AuditEntry }[]): SQL {
  const r = items.map((i) => auditRow(i.req, i.entry));
  type Row = (typeof r)[number];
  const text = (pick: (x: Row) => unknown) => textArray(r.map((x) => (pick(x) == null ? null : String(pick(x)))));
  const json = (pick: (x: Row) => unknown) => textArray(r.map((x) => (pick(x) == null ? null : JSON.stringify(pick(x)))));
  return sql`SELECT * FROM unnest(${text((x) => x.accountId)}::int[], ${text((x) => x.actor)}::text[], ${text((x) => x.action)}::text[], ${text((x) => x.entity)}::text[],
                         ${text((x) => x.entityId)}::text[], ${text((x) => x.orgId)}::int[], ${text((x) => x.orgPath)}::text[], ${text((x) => x.summary)}::text[],
                         ${json((x) => x.before)}::jsonb[], ${json((x) => x.after)}::jsonb[], ${text((x) => x.ip)}::text[]) AS a (${auditColumns})`;
}

/** INSERT INTO audit_log of rows shaped as auditRowsSql's (a SELECT over them). */
export const insertAuditSql = (select: SQL) => sql`INSERT INTO audit_log (${auditColumns}) ${select}`;

/** Only the fields that changed, for a compact before/after summary. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
