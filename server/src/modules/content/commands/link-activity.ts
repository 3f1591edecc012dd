import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import { activityBrief } from '../../activities/index.js';
import { usableByOrg } from '../content.access.js';

/** The activity must be organised inside the caller's scope; otherwise (or unknown) 404. */
export async function activityInScope(db: Db, scope: Scope, activityId: number) {
  const activity = await activityBrief(db, activityId);
  if (!activity || !pathInScope(activity.orgPath, scope)) throw new AppError('not_found');
  return activity;
}

/**
 * Links an activity (清廉话剧, 清廉书场 — any activity of the integrity category) to an item it uses; the item must be
 * one the organiser's members may be given. Linking twice is a no-op.
 */
export async function linkActivity(db: Db, req: FastifyRequest, scope: Scope, itemId: number, activityId: number) {
  const activity = await activityInScope(db, scope, activityId);
  if (activity.categoryCode !== 'integrity') {
    throw new AppError('validation_failed', [{ field: 'activityId', message: 'only integrity-education activities (清廉话剧、清廉书场) are linked to cases' }]);
  }
  const [item] = await rows<{ title: string }>(db, sql`SELECT c.title FROM content_items c WHERE c.id = ${itemId} AND ${usableByOrg(activity.orgPath)}`);
  if (!item) throw new AppError('not_found');
  await transaction(db, async (tx) => {
    const added = await rows<{ item_id: number }>(
      tx,
      sql`INSERT INTO content_activity_links (activity_id, item_id, linked_by) VALUES (${activityId}, ${itemId}, ${req.auth?.accountId ?? null})
          ON CONFLICT DO NOTHING RETURNING item_id`,
    );
    if (added.length) {
      await audit(tx, req, { action: 'content.link_activity', entity: 'content_item', entityId: itemId, orgId: activity.orgId, orgPath: activity.orgPath, summary: `${activity.title} ↔ ${item.title}`, after: { activityId } });
    }
  });
}

export async function unlinkActivity(db: Db, req: FastifyRequest, scope: Scope, itemId: number, activityId: number) {
  const activity = await activityInScope(db, scope, activityId);
  await transaction(db, async (tx) => {
    const [gone] = await rows<{ item_id: number }>(tx, sql`DELETE FROM content_activity_links WHERE activity_id = ${activityId} AND item_id = ${itemId} RETURNING item_id`);
    if (!gone) throw new AppError('not_found');
    await audit(tx, req, { action: 'content.unlink_activity', entity: 'content_item', entityId: itemId, orgId: activity.orgId, orgPath: activity.orgPath, summary: activity.title, before: { activityId } });
  });
}
