import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { visibleTo, type Reader } from '../content.access.js';

/** A confirmed read (确认已学) needs at least this much visible reading time first (the second heartbeat, 15 s on, brings it). */
export const CONFIRM_MIN_SECONDS = 10;

/**
 * The reader confirms having read an item to its end (the page offers it at the end of the text): it counts as
 * completed even before the time threshold, once at least CONFIRM_MIN_SECONDS were credited by the heartbeat.
 * `justCompleted` tells the caller to publish the completion event (once per person and item).
 */
export async function confirmRead(db: Db, reader: Reader, itemId: number) {
  return transaction(db, async (tx) => {
    const [item] = await rows<{ id: number; kind: 'article' | 'video' | 'pdf' }>(tx, sql`SELECT c.id, c.kind FROM content_items c WHERE c.id = ${itemId} AND ${visibleTo(reader)}`);
    if (!item) throw new AppError('not_found');
    const [read] = await rows<{ seconds: number; completed: boolean }>(
      tx,
      sql`SELECT seconds, completed_at IS NOT NULL AS completed FROM content_reads WHERE item_id = ${itemId} AND person_id = ${reader.personId} FOR UPDATE`,
    );
    if (read?.completed) return { completed: true, confirmed: false, seconds: read.seconds, justCompleted: false, kind: item.kind };
    if (!read || read.seconds < CONFIRM_MIN_SECONDS) {
      throw new AppError('invalid_transition', { action: 'confirm', message: `read at least ${CONFIRM_MIN_SECONDS} s first`, seconds: read?.seconds ?? 0 });
    }
    await tx.execute(sql`UPDATE content_reads SET completed_at = now(), confirmed_at = now() WHERE item_id = ${itemId} AND person_id = ${reader.personId}`);
    return { completed: true, confirmed: true, seconds: read.seconds, justCompleted: true, kind: item.kind };
  });
}
