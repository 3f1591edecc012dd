import type { FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit, diff } from '../../../kernel/audit/audit.js';
import { escapeLike, inScope, pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { assertOrgsInScope, assertPeopleInScope } from '../../../kernel/org/referenced-ids.js';
import { imageKinds } from '../../../kernel/files/uploads.js';
import { removeByKey, storeUpload } from '../../../kernel/files/stored-keys.js';
import { showcaseExemplarMedia, showcaseExemplars } from './role-models.schema.js';
import type { exemplarOut, ExemplarInput, exemplarPatch, mediaQuery } from './role-models.dto.js';

export const MEDIA_AREA = 'showcase_media';
type ExemplarOut = z.infer<typeof exemplarOut>;

interface ExemplarRow {
  id: number;
  orgId: number;
  orgPath: string;
  name: string;
  status: string;
}

/** An exemplar of the caller's subtree (404 otherwise); `lock` takes the row. */
export async function exemplarInScope(db: Db, scope: Scope, id: number, lock = false): Promise<ExemplarRow> {
  const [e] = await rows<ExemplarRow>(db, sql`SELECT id, org_id AS "orgId", org_path AS "orgPath", name, status FROM showcase_exemplars WHERE id = ${id} AND ${inScope(sql`org_path`, scope)} ${lock ? sql`FOR UPDATE` : sql``}`);
  if (!e) throw new AppError('not_found');
  return e;
}

const exemplarColumns = sql`e.id, e.kind, e.name, e.org_id AS "orgId", o.name AS "orgName", e.person_id AS "personId", e.squad_id AS "squadId", e.category, e.story,
  e.honours, e.status, e.on_wall AS "onWall", e.created_at AS "createdAt"`;

async function withMedia(db: Db, list: Omit<ExemplarOut, 'media'>[]): Promise<ExemplarOut[]> {
  if (!list.length) return [];
  const media = await rows<ExemplarOut['media'][number] & { exemplarId: number }>(
    db,
    sql`SELECT id, exemplar_id AS "exemplarId", kind, title, series_id AS "seriesId", episode, poster_key IS NOT NULL AS "hasPoster", size::int AS size
          FROM showcase_exemplar_media WHERE exemplar_id IN (${sql.join(list.map((e) => sql`${e.id}`), sql`, `)}) ORDER BY sort, id`,
  );
  return list.map((e) => ({ ...e, media: media.filter((m) => m.exemplarId === e.id).map(({ exemplarId: _, ...m }) => m) }));
}

export async function listExemplars(db: Db, where: SQL, q: { q?: string; category?: string; status?: string; page: number; pageSize: number }) {
  const cond = sql.join(
    [where, ...(q.category ? [sql`e.category = ${q.category}`] : []), ...(q.status ? [sql`e.status = ${q.status}`] : []), ...(q.q ? [sql`e.name ILIKE ${`%${escapeLike(q.q)}%`}`] : [])],
    sql` AND `,
  );
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM showcase_exemplars e WHERE ${cond}`);
  const items = await rows<Omit<ExemplarOut, 'media'>>(db, sql`SELECT ${exemplarColumns} FROM showcase_exemplars e JOIN orgs o ON o.id = e.org_id WHERE ${cond} ORDER BY e.updated_at DESC, e.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: await withMedia(db, items), total, page: q.page, pageSize: q.pageSize };
}

export async function exemplarOutById(db: Db, id: number): Promise<ExemplarOut> {
  const [e] = await rows<Omit<ExemplarOut, 'media'>>(db, sql`SELECT ${exemplarColumns} FROM showcase_exemplars e JOIN orgs o ON o.id = e.org_id WHERE e.id = ${id}`);
  if (!e) throw new AppError('not_found');
  return (await withMedia(db, [e]))[0];
}

/** A profile anyone signed in may read once published; a draft only within the caller's submit scope. */
export async function readableExemplar(db: Db, scope: Scope, id: number) {
  const [e] = await rows<{ status: string; orgPath: string }>(db, sql`SELECT status, org_path AS "orgPath" FROM showcase_exemplars WHERE id = ${id}`);
  if (!e || (e.status !== 'published' && !pathInScope(e.orgPath, scope))) throw new AppError('not_found');
}

export async function createExemplar(db: Db, req: FastifyRequest, auth: AuthContext, scope: Scope, input: ExemplarInput) {
  return transaction(db, async (tx) => {
    const paths = await assertOrgsInScope(tx, scope, [{ field: 'orgId', id: input.orgId }]);
    if (input.personId) await assertPeopleInScope(tx, scope, [{ field: 'personId', id: input.personId }]);
    const orgPath = paths.get(input.orgId)!;
    const [e] = await tx.insert(showcaseExemplars).values({ ...input, orgPath, createdBy: auth.accountId }).returning({ id: showcaseExemplars.id });
    await audit(tx, req, { action: 'showcase.exemplar_create', entity: 'showcase_exemplar', entityId: e.id, orgId: input.orgId, orgPath, summary: input.name, after: input });
    return e.id;
  });
}

export async function updateExemplar(db: Db, req: FastifyRequest, scope: Scope, id: number, patch: z.infer<typeof exemplarPatch>) {
  await transaction(db, async (tx) => {
    const e = await exemplarInScope(tx, scope, id, true);
    if (patch.personId) await assertPeopleInScope(tx, scope, [{ field: 'personId', id: patch.personId }]);
    const [before] = await rows<Record<string, unknown>>(tx, sql`SELECT name, person_id AS "personId", category, story, honours FROM showcase_exemplars WHERE id = ${id}`);
    await tx.update(showcaseExemplars).set({ ...patch, updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.exemplar_update', entity: 'showcase_exemplar', entityId: id, orgId: e.orgId, orgPath: e.orgPath, summary: e.name, ...diff(before, patch) });
  });
}

/** The committee places a profile on the display wall (and publishes it) or takes it down. */
export async function setOnWall(db: Db, req: FastifyRequest, scope: Scope, id: number, onWall: boolean) {
  await transaction(db, async (tx) => {
    const e = await exemplarInScope(tx, scope, id, true);
    await tx.update(showcaseExemplars).set({ onWall, ...(onWall ? { status: 'published' as const } : {}), updatedAt: new Date() }).where(sql`id = ${id}`);
    await audit(tx, req, { action: 'showcase.exemplar_wall', entity: 'showcase_exemplar', entityId: id, orgId: e.orgId, orgPath: e.orgPath, summary: e.name, after: { onWall } });
  });
}

/** A photo (image) or micro-video (mp4) of a profile; a video may belong to a series as an episode. */
export async function addMedia(db: Db, dataDir: string, req: FastifyRequest, scope: Scope, id: number, q: z.infer<typeof mediaQuery>) {
  await exemplarInScope(db, scope, id);
  const stored = await storeUpload(req, dataDir, MEDIA_AREA, ['mp4', ...imageKinds]);
  try {
    return await transaction(db, async (tx) => {
      const e = await exemplarInScope(tx, scope, id, true);
      const kind = stored.kind === 'mp4' ? ('video' as const) : ('photo' as const);
      if (q.seriesId) {
        if (kind !== 'video') throw new AppError('validation_failed', [{ field: 'seriesId', message: 'only a video belongs to a series' }]);
        const [s] = await rows(tx, sql`SELECT 1 FROM showcase_video_series WHERE id = ${q.seriesId}`);
        if (!s) throw new AppError('validation_failed', [{ field: 'seriesId', message: 'no such series' }]);
      }
      const [m] = await tx
        .insert(showcaseExemplarMedia)
        .values({ exemplarId: id, kind, fileKey: stored.key, mime: stored.mime, size: stored.size, title: q.title || stored.originalName.slice(0, 60), seriesId: q.seriesId ?? null, episode: q.episode ?? null })
        .returning({ id: showcaseExemplarMedia.id });
      await audit(tx, req, { action: 'showcase.exemplar_media_add', entity: 'showcase_exemplar', entityId: id, orgId: e.orgId, orgPath: e.orgPath, summary: e.name, after: { mediaId: m.id, kind, size: stored.size } });
      return m.id;
    });
  } catch (err) {
    await removeByKey(dataDir, stored.key);
    throw err;
  }
}

async function mediaInScope(db: Db, scope: Scope, mediaId: number) {
  const [m] = await rows<{ exemplarId: number; kind: string; posterKey: string | null; fileKey: string }>(
    db,
    sql`SELECT m.exemplar_id AS "exemplarId", m.kind, m.poster_key AS "posterKey", m.file_key AS "fileKey" FROM showcase_exemplar_media m JOIN showcase_exemplars e ON e.id = m.exemplar_id
         WHERE m.id = ${mediaId} AND ${inScope(sql`e.org_path`, scope)}`,
  );
  if (!m) throw new AppError('not_found');
  return m;
}

/** The poster frame of a video (an image shown before it plays). */
export async function setPoster(db: Db, dataDir: string, req: FastifyRequest, scope: Scope, mediaId: number) {
  const m = await mediaInScope(db, scope, mediaId);
  if (m.kind !== 'video') throw new AppError('validation_failed', [{ field: 'mediaId', message: 'a poster frame belongs to a video' }]);
  const stored = await storeUpload(req, dataDir, MEDIA_AREA, imageKinds);
  await transaction(db, async (tx) => {
    const e = await exemplarInScope(tx, scope, m.exemplarId, true);
    await tx.update(showcaseExemplarMedia).set({ posterKey: stored.key }).where(sql`id = ${mediaId}`);
    await audit(tx, req, { action: 'showcase.exemplar_poster', entity: 'showcase_exemplar', entityId: e.id, orgId: e.orgId, orgPath: e.orgPath, summary: e.name, after: { mediaId } });
  });
  if (m.posterKey) await removeByKey(dataDir, m.posterKey);
}

export async function removeMedia(db: Db, dataDir: string, req: FastifyRequest, scope: Scope, mediaId: number) {
  const m = await mediaInScope(db, scope, mediaId);
  await transaction(db, async (tx) => {
    const e = await exemplarInScope(tx, scope, m.exemplarId, true);
    await tx.delete(showcaseExemplarMedia).where(sql`id = ${mediaId}`);
    await audit(tx, req, { action: 'showcase.exemplar_media_remove', entity: 'showcase_exemplar', entityId: e.id, orgId: e.orgId, orgPath: e.orgPath, summary: e.name, before: { mediaId } });
  });
  await removeByKey(dataDir, m.fileKey);
  if (m.posterKey) await removeByKey(dataDir, m.posterKey);
}

/** The stored file (or poster) of a media item the caller may see: a published profile, or one of their subtree. */
export async function mediaFile(db: Db, scope: Scope, mediaId: number, poster: boolean) {
  const [m] = await rows<{ fileKey: string; mime: string; posterKey: string | null; status: string; orgPath: string }>(
    db,
    sql`SELECT m.file_key AS "fileKey", m.mime, m.poster_key AS "posterKey", e.status, e.org_path AS "orgPath" FROM showcase_exemplar_media m JOIN showcase_exemplars e ON e.id = m.exemplar_id WHERE m.id = ${mediaId}`,
  );
  if (!m || (m.status !== 'published' && !pathInScope(m.orgPath, scope))) throw new AppError('not_found');
  if (!poster) return { key: m.fileKey, mime: m.mime };
  if (!m.posterKey) throw new AppError('not_found');
  return { key: m.posterKey, mime: 'image/*' };
}
