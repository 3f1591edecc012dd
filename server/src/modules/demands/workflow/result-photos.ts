import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { assertInScope, lockDemand } from '../demands.access.js';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_AREA, photoKinds } from '../citizen/citizen-photos.js';

/**
 * A photo of the result, sent by the handling department before it answers (accepted or in progress); at most three.
 * It does not count against the citizen's photos; the citizen sees it with the answer.
 */
export async function addResultPhoto(db: Db, dataDir: string, req: FastifyRequest, auth: AuthContext, id: number): Promise<number> {
  const check = (d: Awaited<ReturnType<typeof lockDemand>>, count: number) => {
    assertInScope(auth, 'demands.handle', d);
    if (!['accepted', 'in_progress'].includes(d.status)) throw new AppError('invalid_transition', { reason: 'result photos after acceptance and before the answer' });
    if (count >= MAX_PHOTOS) throw new AppError('invalid_transition', { reason: `at most ${MAX_PHOTOS} result photos` });
  };
  const countOf = async (tx: Db, d: { district_code: string }) =>
    (await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM demand_photos WHERE district_code = ${d.district_code} AND demand_id = ${id} AND kind = 'result'`))[0].n;
  // Checked before any byte is read, and again under the lock once the photo is stored.
  const before = await lockDemand(db, id);
  check(before, await countOf(db, before));
  const stored = await storeUpload(req, dataDir, PHOTO_AREA, photoKinds, MAX_PHOTO_BYTES);
  return transaction(db, async (tx) => {
    const d = await lockDemand(tx, id);
    check(d, await countOf(tx, d));
    const [row] = await rows<{ id: number }>(tx, sql`INSERT INTO demand_photos (district_code, demand_id, file_key, kind) VALUES (${d.district_code}, ${id}, ${stored.key}, 'result') RETURNING id`);
    await audit(tx, req, { action: 'demands.result_photo', entity: 'demand', entityId: id, orgId: d.org_id, orgPath: d.org_path, summary: `${d.tracking_code} 办理结果照片` });
    return Number(row.id);
  }).catch(async (err) => {
    await removeByKey(dataDir, stored.key);
    throw err;
  });
}
