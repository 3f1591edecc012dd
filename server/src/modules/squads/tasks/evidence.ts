import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { imageKinds, type FileKind } from '../../../kernel/files/uploads.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';

/** Photos from a phone camera (the kernel sniffs png / jpeg / webp / gif); documents add PDF. */
export const photoKinds: readonly FileKind[] = imageKinds;
export const documentKinds: readonly FileKind[] = [...imageKinds, 'pdf'];
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_AREA = 'squads';

export type StoredEvidence = Awaited<ReturnType<typeof storeUpload>>;

/** Receives multipart field "file" under DATA_DIR/uploads/squads (type sniffed, images decoded, size bounded). */
export function receiveEvidence(req: FastifyRequest, dataDir: string, kinds: readonly FileKind[]) {
  return storeUpload(req, dataDir, EVIDENCE_AREA, kinds, MAX_EVIDENCE_BYTES);
}

/** Runs the database work for a stored file; when it fails, the file is not kept. */
export async function keepingFile<T>(dataDir: string, stored: StoredEvidence, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    await removeByKey(dataDir, stored.key);
    throw err;
  }
}

/** The evidence row of exactly one task, milestone or innovation. */
export async function insertEvidence(
  tx: Db,
  req: FastifyRequest,
  owner: { squadId: number; taskId?: number; milestoneId?: number; innovationId?: number },
  stored: StoredEvidence,
  caption: string,
) {
  const [e] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO squad_evidence (squad_id, task_id, milestone_id, innovation_id, file_key, mime, size, original_name, caption, uploaded_by)
        VALUES (${owner.squadId}, ${owner.taskId ?? null}, ${owner.milestoneId ?? null}, ${owner.innovationId ?? null}, ${stored.key}, ${stored.mime}, ${stored.size},
                ${stored.originalName.slice(0, 200)}, ${caption.slice(0, 200)}, ${req.auth?.accountId ?? null})
        RETURNING id`,
  );
  return e.id;
}
