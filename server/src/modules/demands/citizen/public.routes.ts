import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_AREA, photoKinds, readMultipartSubmission, recordPhoto, removePhotos, submittedPhotos, writePhotos } from './citizen-photos.js';
import { publicIntakeBody, ratingBody, trackingParams } from '../demands.dto.js';
import { challengeSecret, getSettings } from '../config/demands.settings.js';
import { assertSolved, issueChallenge, spendChallenge } from '../intake/challenge.js';
import { assertPublicCategory, intake } from '../intake/intake.js';
import { transition } from '../workflow/transition.js';
import { citizenActor } from '../workflow/record-event.js';
import { agencyName, type DemandRow } from '../demands.access.js';
import { statusLabels, transitions, type DemandAction } from '../workflow/demands.machine.js';
import { qingdao } from '../config/demands.reference.js';
import { assertCitizenToken, holdsCitizenToken, newCitizenToken } from './citizen-token.js';
import { sendDemandFile } from '../workflow/demand-files.js';
import { phoneLookupRoutes } from './phone-lookup.js';
import { z } from 'zod';
import { bigRowIdParam } from '../../../kernel/dto.js';
import { fileOut } from '../../../kernel/openapi/responses.js';
import { challengeOut, citizenTokenOptional, citizenTokenRequired, demandOptionsOut, photoAddedOut, ratingOut, submissionOut, trackingOut } from './citizen.responses.js';

const tags = ['demands-public'];
/** The multipart form of the submission, for the document (readMultipartSubmission reads it). */
const submissionParts = {
  type: 'object',
  required: ['data'],
  properties: {
    data: { type: 'string', description: '与 JSON 请求体相同的 JSON 文本，须在照片之前 · The JSON body as text, before the photos' },
    photos: { type: 'array', maxItems: MAX_PHOTOS, items: { type: 'string', format: 'binary' } },
  },
};
/** Per-IP limits of the citizen routes; the per-phone daily limit is a setting kept in the database. */
const limit = (max: number) => ({ access: 'public' as const, rateLimit: { max, timeWindow: '1 minute' } });

/** A step of the citizen's trail; a 不满意 rating sends the demand back to the department: 重新交办. */
function progressLabel(action: string, to: DemandRow['status'] | null) {
  if (action === 'callback' && to === 'in_progress') return { zh: '不满意，重新交办', en: 'Dissatisfied: reassigned' };
  return transitions[action as DemandAction]?.label ?? { zh: '受理', en: 'Received' };
}

/** Citizens without an account: submit, follow by tracking code; rate and add photos with the submitter's secret. */
export function publicDemandRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;

  async function byTrackingCode(code: string) {
    const [d] = await rows<DemandRow & { org_name: string | null; category_name: string; citizen_token_hash: string | null }>(
      db,
      sql`SELECT d.*, o.name AS org_name, c.name AS category_name, t.citizen_token_hash FROM demand_tracking t
            JOIN demands d ON d.district_code = t.district_code AND d.id = t.demand_id
            LEFT JOIN orgs o ON o.id = d.org_id LEFT JOIN demand_categories c ON c.code = d.category_code
           WHERE t.tracking_code = ${code}`,
    );
    if (!d) throw new AppError('not_found');
    return d;
  }

  app.get('/api/v1/public/demand-options', { config: limit(120), schema: { tags, summary: '诉求分类、区（市）与街道', response: { 200: demandOptionsOut } } }, async () => {
    const categories = await rows<{ code: string; name: string; nameEn: string; urgent: boolean }>(db, sql`SELECT code, name, name_en AS "nameEn", urgent FROM demand_categories WHERE active AND audience = 'public' ORDER BY sort, code`);
    return { categories, districts: qingdao.districts, streets: qingdao.streets };
  });

  app.get('/api/v1/public/challenge', { config: limit(60), schema: { tags, summary: '人机校验题（工作量证明）', response: { 200: challengeOut } } }, async () => {
    const s = await getSettings(db);
    return issueChallenge(await challengeSecret(db), s.powDifficulty, s.challengeTtlSeconds);
  });

  const submitSummary = '市民提交诉求，返回查询码与仅此一次给出的市民凭证 citizenToken（评价、补充照片时放在 x-demand-token 请求头）（JSON；或 multipart/form-data：字段 data 为同样的 JSON，photos 为至多3张现场照片，与诉求一并写入）';
  const preValidation = async (req: FastifyRequest) => {
    if (!req.isMultipart()) return;
    await readMultipartSubmission(req, async (data) => {
      assertSolved(await challengeSecret(db), (data as { challenge?: unknown } | null)?.challenge);
    });
  };
  app.post('/api/v1/public/demands', { config: { ...limit(30), multipartDoc: submissionParts }, preValidation, schema: { tags, summary: submitSummary, body: publicIntakeBody, response: { 201: submissionOut } } }, async (req, reply) => {
    const { challenge, ...input } = req.body;
    await assertPublicCategory(db, input.categoryCode);
    const settings = await getSettings(db);
    const secret = await challengeSecret(db);
    // The nonce is spent in its own transaction: a refused submission still burns it.
    await transaction(db, (tx) => spendChallenge(tx, secret, challenge));
    const photos = await writePhotos(env.DATA_DIR, submittedPhotos.get(req) ?? []);
    const afterInsert = photos.length
      ? async (tx: Db, d: DemandRow) => {
          for (const p of photos) await recordPhoto(tx, req, d, p);
        }
      : undefined;
    const citizen = newCitizenToken();
    const { demand } = await intake(db, req, { ...input, channel: 'web', clientKey: 'public' }, { actor: citizenActor, phoneDailyLimit: settings.phoneDailyLimit, afterInsert, citizenTokenHash: citizen.hash }).catch(async (err) => {
      await removePhotos(env.DATA_DIR, photos);
      throw err;
    });
    // The only response that ever carries the secret: the server cannot give it again.
    return reply.status(201).send({
      trackingCode: demand.tracking_code,
      citizenToken: citizen.token,
      trackingPath: `/c/track/${demand.tracking_code}#t=${citizen.token}`,
      status: demand.status,
      receivedAt: new Date(demand.received_at).toISOString(),
      resolutionDueAt: new Date(demand.resolution_due_at).toISOString(),
    });
  });

  app.get('/api/v1/public/demands/:trackingCode', { config: limit(120), schema: { tags, summary: '凭查询码查看办理进度与答复（带 x-demand-token 时另告知能否评价）', params: trackingParams, security: citizenTokenOptional, response: { 200: trackingOut } } }, async (req) => {
    const d = await byTrackingCode(req.params.trackingCode);
    const holder = holdsCitizenToken(req, d.citizen_token_hash);
    const events = await rows<{ action: string; to_status: DemandRow['status'] | null; at: string }>(
      db,
      sql`SELECT action, to_status, at FROM demand_events WHERE district_code = ${d.district_code} AND demand_id = ${d.id} AND action NOT IN ('note', 'supervise') ORDER BY at, id`,
    );
    // The department's result photos go with its answer; the citizen's own photos only to the holder of the secret.
    const photos = await rows<{ id: number; kind: 'citizen' | 'result' }>(
      db,
      sql`SELECT id, kind FROM demand_photos WHERE district_code = ${d.district_code} AND demand_id = ${d.id} AND file_key NOT LIKE 'demand_docs/%'
            AND (kind = 'result' OR ${holder}) ORDER BY id`,
    );
    // Only what the submitter needs: no contact data, no staff names, no internal notes.
    return {
      trackingCode: d.tracking_code,
      categoryName: d.category_name,
      title: d.title,
      status: d.status,
      statusLabel: statusLabels[d.status],
      department: d.org_id ? agencyName(d.org_name) : null,
      receivedAt: new Date(d.received_at).toISOString(),
      resolutionDueAt: new Date(d.resolution_due_at).toISOString(),
      answer: d.answer,
      answeredAt: d.answered_at ? new Date(d.answered_at).toISOString() : null,
      firstAnsweredAt: d.first_answered_at ? new Date(d.first_answered_at).toISOString() : null,
      photos: photos.map((p) => ({ id: Number(p.id), kind: p.kind, url: `/api/v1/public/demands/${d.tracking_code}/photos/${p.id}` })),
      satisfaction: d.satisfaction,
      // Anyone with the code reads; only the submitter's secret rates (a demand without one is rated by staff callback).
      holder,
      canRate: holder && d.status === 'answered',
      progress: events.map((e) => ({ action: e.action, label: progressLabel(e.action, e.to_status), status: e.to_status, at: new Date(e.at).toISOString() })),
    };
  });

  app.get('/api/v1/public/demands/:trackingCode/photos/:photoId', { config: limit(120), schema: { tags, summary: '诉求照片：办理结果照片凭查询码可看；市民自己的照片须带 x-demand-token', params: trackingParams.extend({ photoId: bigRowIdParam }), querystring: z.object({ w: z.coerce.number().int().min(16).max(4000).optional() }), security: citizenTokenOptional, response: { 200: fileOut(['image/webp'], '照片（WebP，按宽度缩放） · the photo as WebP scaled to the width') } } }, async (req, reply) => {
    const d = await byTrackingCode(req.params.trackingCode);
    const holder = holdsCitizenToken(req, d.citizen_token_hash);
    return sendDemandFile(db, env.DATA_DIR, req, reply, { districtCode: d.district_code, id: Number(d.id) }, req.params.photoId, req.query.w, holder ? undefined : 'result');
  });

  phoneLookupRoutes(app, ctx);

  app.post('/api/v1/public/demands/:trackingCode/rating', { config: limit(30), schema: { tags, summary: '市民评价答复（不满意则重新办理；须带 x-demand-token）', params: trackingParams, body: ratingBody, security: citizenTokenRequired, response: { 200: ratingOut } } }, async (req) => {
    const d = await byTrackingCode(req.params.trackingCode);
    assertCitizenToken(req, d.citizen_token_hash);
    const after = await transition(db, req, { kind: 'citizen' }, Number(d.id), 'callback', req.body);
    return { trackingCode: after.tracking_code, status: after.status, satisfaction: after.satisfaction };
  });

  app.post('/api/v1/public/demands/:trackingCode/photos', { config: limit(30), schema: { tags, summary: '补充现场照片（jpg/png/webp，≤8MB，最多3张；须带 x-demand-token）', params: trackingParams, consumes: ['multipart/form-data'], security: citizenTokenRequired, response: { 201: photoAddedOut } } }, async (req, reply) => {
    const d = await byTrackingCode(req.params.trackingCode);
    // Before any byte of the photo is read.
    assertCitizenToken(req, d.citizen_token_hash);
    if (!['received', 'dispatched'].includes(d.status) || d.photo_count >= MAX_PHOTOS) throw new AppError('invalid_transition', { reason: `photos only before acceptance, at most ${MAX_PHOTOS}` });
    const stored = await storeUpload(req, env.DATA_DIR, PHOTO_AREA, photoKinds, MAX_PHOTO_BYTES);
    const id = await transaction(db, async (tx) => {
      const [locked] = await rows<{ photo_count: number }>(tx, sql`SELECT photo_count FROM demands WHERE district_code = ${d.district_code} AND id = ${d.id} FOR UPDATE`);
      if (locked.photo_count >= MAX_PHOTOS) throw new AppError('invalid_transition', { reason: `at most ${MAX_PHOTOS} photos` });
      return recordPhoto(tx, req, d, stored);
    }).catch(async (err) => {
      await removeByKey(env.DATA_DIR, stored.key);
      throw err;
    });
    return reply.status(201).send({ id });
  });
}
