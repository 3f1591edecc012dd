import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { visibleTo, type Reader } from '../content.access.js';

/** The page beats about every 15 s; one beat never credits more than this. */
export const BEAT_CAP_SECONDS = 30;
/** The shortest reading that counts as having read an article or PDF; longer texts need their estimated reading time. */
export const READ_THRESHOLD_SECONDS = 60;
/** Watching this share of a video counts as having watched it. */
export const VIDEO_THRESHOLD = 0.8;
const UNKNOWN_VIDEO_SECONDS = 300;

export interface Limits {
  capSeconds: number;
  thresholdSeconds: number;
}

/** Total credit is capped at twice the expected time, so leaving a page open earns nothing more. */
export function limitsFor(item: { kind: string; estimated_seconds: number; duration_seconds: number | null }): Limits {
  if (item.kind === 'video') {
    const d = item.duration_seconds ?? UNKNOWN_VIDEO_SECONDS;
    return { capSeconds: 2 * d, thresholdSeconds: Math.max(1, Math.ceil(d * VIDEO_THRESHOLD)) };
  }
  // What completes an article is what its estimate ("约 N 分钟") promises.
  const threshold = Math.max(item.estimated_seconds, READ_THRESHOLD_SECONDS);
  return { capSeconds: 2 * threshold, thresholdSeconds: threshold };
}

export interface BeatResult extends Limits {
  credited: number;
  seconds: number;
  completed: boolean;
  /** True only on the beat that crossed the threshold: the caller publishes the event once. */
  justCompleted: boolean;
  kind: 'article' | 'video' | 'pdf';
}

/**
 * Credits the time since the previous beat (to the nearest second: four 15 s beats make a minute, not 4 × 14 s), at most BEAT_CAP_SECONDS, and only
 * when both this beat and the previous one said the page was visible: an
 * interval that began or ended in a background tab earns nothing. Times come
 * from the database clock so several server processes agree.
 */
export async function heartbeat(db: Db, reader: Reader, itemId: number, visible: boolean): Promise<BeatResult> {
  return transaction(db, async (tx) => {
    const [item] = await rows<{ id: number; kind: BeatResult['kind']; estimated_seconds: number; duration_seconds: number | null }>(
      tx,
      sql`SELECT c.id, c.kind, c.estimated_seconds, c.duration_seconds FROM content_items c WHERE c.id = ${itemId} AND ${visibleTo(reader)}`,
    );
    if (!item) throw new AppError('not_found');
    await tx.execute(sql`INSERT INTO content_reads (item_id, person_id) VALUES (${itemId}, ${reader.personId}) ON CONFLICT DO NOTHING`);
    const [read] = await rows<{ seconds: number; last_visible: boolean; elapsed: number | null; completed: boolean }>(
      tx,
      sql`SELECT seconds, last_visible, completed_at IS NOT NULL AS completed,
                 round(extract(epoch FROM (now() - last_beat_at)))::int AS elapsed
            FROM content_reads WHERE item_id = ${itemId} AND person_id = ${reader.personId} FOR UPDATE`,
    );
    const limits = limitsFor(item);
    const earned = visible && read.last_visible && read.elapsed != null ? Math.min(Math.max(read.elapsed, 0), BEAT_CAP_SECONDS) : 0;
    const seconds = Math.min(limits.capSeconds, read.seconds + earned);
    const justCompleted = !read.completed && seconds >= limits.thresholdSeconds;
    await tx.execute(sql`UPDATE content_reads SET seconds = ${seconds}, last_beat_at = now(), last_visible = ${visible},
        completed_at = ${justCompleted ? sql`now()` : sql`completed_at`}
      WHERE item_id = ${itemId} AND person_id = ${reader.personId}`);
    return { ...limits, credited: seconds - read.seconds, seconds, completed: read.completed || justCompleted, justCompleted, kind: item.kind };
  });
}
