import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError, errorCatalog, langOf, multipartFailure } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { mimeOf, type FileKind } from '../../../kernel/files/uploads.js';
import { checkBytes, type CheckedBytes } from '../../../kernel/files/image-check.js';
import { removeByKey, storeBytes } from '../../../kernel/files/stored-keys.js';
import type { DemandRow } from '../demands.access.js';

/** A citizen's site photos: at most three per demand, jpg/png/webp by their bytes, 8 MB each. */
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_AREA = 'demands';
export const photoKinds: readonly FileKind[] = ['jpeg', 'png', 'webp'];
/** Signed-in submitters (pairing's concerns) may also attach PDF files, kept apart under their own area. */
export const attachmentKinds: readonly FileKind[] = [...photoKinds, 'pdf'];
export const DOC_AREA = 'demand_docs';

type Issue = { field: string; message: string };
interface StoredPhoto {
  key: string;
  mime: string;
  size: number;
}

/** Photos of a multipart submission, read and checked before the body is validated. */
export const submittedPhotos = new WeakMap<FastifyRequest, CheckedBytes[]>();

const english = (req: FastifyRequest) => langOf(req) === 'en';
const photoRule = (req: FastifyRequest, name: string, kinds: readonly FileKind[]) =>
  kinds.includes('pdf')
    ? english(req) ? `${name}: only jpg, png or webp photos or PDF files of up to 8 MB each` : `${name}：只收 jpg、png、webp 照片或 PDF 文件，每个不超过 8MB`
    : english(req) ? `${name}: only jpg, png or webp photos of up to 8 MB each` : `${name}：只收 jpg、png、webp 照片，每张不超过 8MB`;
const tooManyPhotos = (req: FastifyRequest, field: string): Issue => {
  const photos = field === 'photos';
  return { field, message: english(req) ? `at most ${MAX_PHOTOS} ${photos ? 'photos' : 'files'}` : `最多 ${MAX_PHOTOS} ${photos ? '张照片' : '个文件'}` };
};

/** What a multipart submission may carry: the file kinds and the name of the file parts. */
export interface SubmissionFiles {
  kinds: readonly FileKind[];
  field: string;
}
const citizenPhotos: SubmissionFiles = { kinds: photoKinds, field: 'photos' };

// throwFileSizeLimit is read by @fastify/multipart's parts() at run time, though its types leave it out:
// an oversized photo is then cut at the limit and flagged (truncated) instead of ending the form.
const partsOptions = {
  limits: { fields: 1, fieldSize: 64 * 1024, files: MAX_PHOTOS + 1, fileSize: MAX_PHOTO_BYTES, parts: MAX_PHOTOS + 2 },
  throwFileSizeLimit: false,
} as Parameters<FastifyRequest['parts']>[0];

/**
 * A multipart submission: field "data" holds the same JSON as the JSON form of the route, file parts
 * "photos" the photos (or the parts and kinds `files` names). Every photo is held in memory and checked
 * by its bytes here, so a refused one leaves nothing written; the JSON then becomes the body the route's schema validates.
 * "data" comes first and `admit` judges it before any photo is read, so a sender without a solved
 * challenge cannot make the server hold megabytes of photos.
 */
export async function readMultipartSubmission(req: FastifyRequest, admit: (data: unknown) => Promise<void>, files: SubmissionFiles = citizenPhotos) {
  const photos: CheckedBytes[] = [];
  const issues: Issue[] = [];
  let data: unknown;
  let photoParts = 0;
  try {
    for await (const part of req.parts(partsOptions)) {
      if (part.type === 'field') {
        if (part.fieldname !== 'data') issues.push({ field: part.fieldname, message: 'unexpected field' });
        else if (part.valueTruncated) issues.push({ field: 'data', message: 'too long' });
        else data = typeof part.value === 'string' ? parseJson(part.value, issues) : part.value;
        if (data !== undefined && !issues.length) await admit(data);
        continue;
      }
      if (data === undefined) throw new AppError('validation_failed', [{ field: 'data', message: `the field "data" must come before the ${files.field}` }]);
      const bytes = await part.toBuffer();
      if (part.fieldname !== files.field) issues.push({ field: part.fieldname, message: 'unexpected file' });
      else if (++photoParts > MAX_PHOTOS) issues.push(tooManyPhotos(req, files.field));
      else {
        const name = (part.filename || 'photo').slice(0, 100);
        if (part.file.truncated) issues.push({ field: files.field, message: photoRule(req, name, files.kinds) });
        else {
          const photo = await checkBytes(bytes, files.kinds, files.field).catch((err: unknown) => refusedPhoto(req, name, err, files));
          if ('field' in photo) issues.push(photo);
          else photos.push(photo);
        }
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw new AppError('validation_failed', [tooManyPhotos(req, files.field)]);
    if (code === 'FST_FIELDS_LIMIT') throw new AppError('validation_failed', [{ field: 'data', message: 'only the field "data" is expected' }]);
    if (code === 'FST_INVALID_JSON_FIELD_ERROR') throw new AppError('validation_failed', [{ field: 'data', message: 'not valid JSON' }]);
    throw multipartFailure(err as Error) ?? new AppError('multipart_invalid', { reason: 'malformed multipart/form-data body' });
  }
  if (issues.length) throw new AppError('validation_failed', issues);
  if (data === undefined) throw new AppError('validation_failed', [{ field: 'data', message: 'field "data" with the JSON body is required' }]);
  req.body = data;
  submittedPhotos.set(req, photos);
}

/** Why a photo was refused, on the form: its type, or (a damaged or oversized image) the check's own message. */
function refusedPhoto(req: FastifyRequest, name: string, err: unknown, files: SubmissionFiles): Issue {
  if (!(err instanceof AppError)) throw err;
  if (err.code === 'validation_failed') return { field: files.field, message: photoRule(req, name, files.kinds) };
  const text = errorCatalog[err.code];
  return { field: files.field, message: english(req) ? `${name}: ${text.en}` : `${name}：${text.zh}` };
}

function parseJson(text: string, issues: Issue[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    issues.push({ field: 'data', message: 'not valid JSON' });
    return null;
  }
}

/** Writes the checked photos (and PDFs, under their own area) under random keys; on failure removes what it wrote. */
export async function writePhotos(dataDir: string, photos: CheckedBytes[]): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  try {
    for (const p of photos) stored.push({ key: await storeBytes(dataDir, p.kind === 'pdf' ? DOC_AREA : PHOTO_AREA, p), mime: mimeOf[p.kind], size: p.bytes.length });
  } catch (err) {
    await removePhotos(dataDir, stored);
    throw err;
  }
  return stored;
}

export const removePhotos = (dataDir: string, photos: StoredPhoto[]) => Promise.all(photos.map((p) => removeByKey(dataDir, p.key)));

/**
 * A photo's row, the demand's count and the audit entry, in the caller's transaction; recorded as the citizen's
 * unless `signedIn` (the session's account then).
 */
export async function recordPhoto(tx: Db, req: FastifyRequest, d: Pick<DemandRow, 'district_code' | 'id' | 'org_path'>, photo: StoredPhoto, signedIn = false): Promise<number> {
  const [row] = await rows<{ id: number }>(tx, sql`INSERT INTO demand_photos (district_code, demand_id, file_key) VALUES (${d.district_code}, ${d.id}, ${photo.key}) RETURNING id`);
  await tx.execute(sql`UPDATE demands SET photo_count = photo_count + 1 WHERE district_code = ${d.district_code} AND id = ${d.id}`);
  await audit(tx, req, { action: 'demands.photo_upload', entity: 'demand', entityId: Number(d.id), orgPath: d.org_path, summary: `${photo.mime} ${photo.size} B`, ...(signedIn ? {} : { actor: { accountId: null, username: 'citizen' } }) });
  return Number(row.id);
}
