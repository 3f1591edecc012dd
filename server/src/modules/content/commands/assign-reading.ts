import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope } from '../../../kernel/org/referenced-ids.js';
import { addDays, shanghaiTime } from '../../../kernel/time.js';
import { usableByOrg } from '../content.access.js';

/** The end of an Asia/Shanghai day: a deadline of 2026-12-31 means reading done by that day's midnight counts. */
export const endOfDay = (day: string) => shanghaiTime(addDays(day, 1), 0);

/**
 * The organisation (in scope) and a published item its members may be given; either unknown or out of reach → 404,
 * the same answer, so a caller learns nothing about items or organisations elsewhere.
 */
async function target(db: Db, scope: Scope, itemId: number, orgId: number) {
  const pathOf = await assertOrgsInScope(db, scope, [{ field: 'orgId', id: orgId }]);
  const orgPath = pathOf.get(orgId)!;
  const [item] = await rows<{ id: number; title: string }>(db, sql`SELECT c.id, c.title FROM content_items c WHERE c.id = ${itemId} AND ${usableByOrg(orgPath)}`);
  if (!item) throw new AppError('not_found');
  return { item, orgPath };
}

/** Makes an item required reading (必读) for an organisation's subtree; a second call moves the deadline (as course assignment). */
export async function assignReading(db: Db, req: FastifyRequest, scope: Scope, itemId: number, orgId: number, deadlineDay: string) {
  const { item, orgPath } = await target(db, scope, itemId, orgId);
  const deadline = endOfDay(deadlineDay);
  await transaction(db, async (tx) => {
    const [before] = await rows<{ deadline: string }>(tx, sql`SELECT deadline FROM content_assignments WHERE item_id = ${itemId} AND org_id = ${orgId} FOR UPDATE`);
    await tx.execute(sql`INSERT INTO content_assignments (item_id, org_id, org_path, deadline, assigned_by)
      VALUES (${itemId}, ${orgId}, ${orgPath}, ${deadline.toISOString()}::timestamptz, ${req.auth?.accountId ?? null})
      ON CONFLICT (item_id, org_id) DO UPDATE SET deadline = EXCLUDED.deadline, org_path = EXCLUDED.org_path, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`);
    await audit(tx, req, {
      action: 'content.assign', entity: 'content_item', entityId: itemId, orgId, orgPath,
      summary: item.title, before: before ? { deadline: before.deadline } : null, after: { orgId, deadline: deadline.toISOString() },
    });
  });
}

export async function unassignReading(db: Db, req: FastifyRequest, scope: Scope, itemId: number, orgId: number) {
  const pathOf = await assertOrgsInScope(db, scope, [{ field: 'orgId', id: orgId }]);
  await transaction(db, async (tx) => {
    const [gone] = await rows<{ deadline: string; title: string }>(
      tx,
      sql`DELETE FROM content_assignments a USING content_items c WHERE c.id = a.item_id AND a.item_id = ${itemId} AND a.org_id = ${orgId} RETURNING a.deadline, c.title`,
    );
    if (!gone) throw new AppError('not_found');
    await audit(tx, req, { action: 'content.unassign', entity: 'content_item', entityId: itemId, orgId, orgPath: pathOf.get(orgId), summary: gone.title, before: { deadline: gone.deadline } });
  });
}
