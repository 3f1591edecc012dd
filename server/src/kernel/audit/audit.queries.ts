import { and, desc, eq, gte, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { escapeLike, inScope, type Scope } from '../access/scope.js';
import { auditLog } from './audit.schema.js';
import type { AuditQuery } from './audit.dto.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A bare day is a calendar day in Asia/Shanghai; `to` includes the whole day. */
function instant(value: string, end: boolean): Date {
  if (!DAY.test(value)) return new Date(value);
  const start = new Date(`${value}T00:00:00+08:00`);
  return end ? new Date(start.getTime() + 86400_000) : start;
}

/**
 * Rows whose organisation lies in the caller's scope. Rows tied to no organisation (sign-ins,
 * global settings) are shown only to callers whose scope holds a whole tree root.
 */
function scopeCondition(scope: Scope): SQL {
  const holdsRoot = scope.paths.some((p) => /^\/\d+\/$/.test(p));
  const inside = inScope(auditLog.orgPath, scope);
  return holdsRoot ? or(inside, isNull(auditLog.orgPath))! : inside;
}

export async function searchAudit(db: Db, scope: Scope, q: AuditQuery) {
  const conditions: SQL[] = [scopeCondition(scope)];
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    conditions.push(
      sql`(${auditLog.actor} ILIKE ${pattern} OR ${auditLog.action} ILIKE ${pattern} OR ${auditLog.entity} ILIKE ${pattern}
           OR ${auditLog.entityId} ILIKE ${pattern} OR ${auditLog.summary} ILIKE ${pattern})`,
    );
  }
  if (q.action) conditions.push(or(eq(auditLog.action, q.action), like(auditLog.action, `${escapeLike(q.action)}.%`))!);
  if (q.entity) conditions.push(eq(auditLog.entity, q.entity));
  if (q.actor) conditions.push(eq(auditLog.actor, q.actor));
  if (q.from) conditions.push(gte(auditLog.at, instant(q.from, false)));
  if (q.to) conditions.push(lt(auditLog.at, instant(q.to, true)));
  const where = and(...conditions);

  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where);
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    total: Number(total),
    page: q.page,
    pageSize: q.pageSize,
    items: items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      summary: r.summary,
      before: r.before,
      after: r.after,
      ip: r.ip,
    })),
  };
}
