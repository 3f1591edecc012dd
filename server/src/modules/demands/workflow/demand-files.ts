import { createReadStream } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { resizedImage, snapWidth } from '../../../kernel/files/images.js';
import { sendStoredFile } from '../../../kernel/files/uploads.js';
import { uploadsDir } from '../../../kernel/files/stored-keys.js';
import { DOC_AREA } from '../citizen/citizen-photos.js';

/** A demand's photos and PDF files (demand_photos); a PDF is told by the area it was stored under. */
const isDoc = (key: string) => key.startsWith(`${DOC_AREA}/`);
export const fileMime = (key: string) => (isDoc(key) ? ('application/pdf' as const) : ('image/webp' as const));

/** The files of one demand, oldest first, with the type each is sent as. */
export async function demandFiles(db: Db, districtCode: string, demandId: number) {
  const list = await rows<{ id: number; file_key: string; kind: 'citizen' | 'result' }>(db, sql`SELECT id, file_key, kind FROM demand_photos WHERE district_code = ${districtCode} AND demand_id = ${demandId} ORDER BY id`);
  return list.map((p) => ({ id: Number(p.id), mime: fileMime(p.file_key), kind: p.kind }));
}

/** Sends file `fileId` of the demand (the caller has checked the reader may see the demand): a photo as WebP scaled to `width`, a PDF as a download. */
export async function sendDemandFile(
  db: Db, dataDir: string, req: FastifyRequest, reply: FastifyReply, demand: { districtCode: string; id: number }, fileId: number, width?: number, kind?: 'citizen' | 'result',
) {
  const [f] = await rows<{ file_key: string }>(db, sql`SELECT file_key FROM demand_photos WHERE district_code = ${demand.districtCode} AND demand_id = ${demand.id} AND id = ${fileId}
    ${kind ? sql`AND kind = ${kind}` : sql``}`);
  if (!f) throw new AppError('not_found');
  if (isDoc(f.file_key)) {
    return sendStoredFile(req, reply, { dir: uploadsDir(dataDir, DOC_AREA), storageKey: f.file_key.slice(DOC_AREA.length + 1), mime: 'application/pdf', downloadName: `${demand.id}-${fileId}.pdf` });
  }
  const file = await resizedImage(dataDir, f.file_key, snapWidth(width));
  return reply.header('content-type', 'image/webp').header('cache-control', 'private, max-age=86400').send(createReadStream(file) as never); // a stream, documented as binary by fileOut
}
