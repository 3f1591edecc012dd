import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { imageKinds, receiveUpload, removeStored, type FileKind } from '../../../kernel/files/uploads.js';
import { lockItem } from './update-item.js';
import type { contentFileSlots } from '../content.schema.js';

export type Slot = (typeof contentFileSlots)[number];

const accepts: Record<Slot, readonly FileKind[]> = { video: ['mp4'], poster: imageKinds, pdf: ['pdf'], document: ['docx'] };
const slotsOf: Record<string, readonly Slot[]> = { article: ['poster', 'document'], video: ['video', 'poster'], pdf: ['pdf', 'poster', 'document'] };

/** Streams an upload into a draft's slot, replacing what was there; the old bytes go after the commit. */
export async function attachMedia(db: Db, req: FastifyRequest, scope: Scope, id: number, slot: Slot, dir: string) {
  const item = await transaction(db, (tx) => lockItem(tx, id, scope));
  if (!slotsOf[item.kind].includes(slot)) throw new AppError('validation_failed', [{ field: 'slot', message: `a content item of kind ${item.kind} has no ${slot} slot` }]);
  if (item.status !== 'draft') throw new AppError('invalid_transition', { from: item.status, action: 'edit' });
  const stored = await receiveUpload(req, dir, accepts[slot]);
  const replaced: { key: string | null } = { key: null };
  try {
    await transaction(db, async (tx) => {
      const locked = await lockItem(tx, id, scope);
      if (locked.status !== 'draft') throw new AppError('invalid_transition', { from: locked.status, action: 'edit' });
      const [old] = await rows<{ storage_key: string }>(tx, sql`SELECT storage_key FROM content_files WHERE item_id = ${id} AND slot = ${slot}`);
      replaced.key = old?.storage_key ?? null;
      await tx.execute(sql`INSERT INTO content_files (item_id, slot, storage_key, mime, size, original_name, created_by)
        VALUES (${id}, ${slot}, ${stored.storageKey}, ${stored.mime}, ${stored.size}, ${stored.originalName}, ${req.auth?.accountId ?? null})
        ON CONFLICT (item_id, slot) DO UPDATE SET storage_key = EXCLUDED.storage_key, mime = EXCLUDED.mime, size = EXCLUDED.size,
          original_name = EXCLUDED.original_name, created_by = EXCLUDED.created_by, created_at = now()`);
      await tx.execute(sql`UPDATE content_items SET updated_at = now() WHERE id = ${id}`);
      await audit(tx, req, {
        action: 'content.upload',
        entity: 'content_item',
        entityId: id,
        orgId: locked.org_id,
        orgPath: locked.org_path,
        summary: `${slot}: ${stored.mime}, ${stored.size} bytes`,
      });
    });
  } catch (err) {
    await removeStored(dir, stored.storageKey);
    throw err;
  }
  if (replaced.key) await removeStored(dir, replaced.key);
  return { slot, mime: stored.mime, size: stored.size, url: `/api/v1/content/${id}/media/${slot}` };
}
