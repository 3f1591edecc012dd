import { createReadStream } from 'node:fs';
import { mkdir, open, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { checkImage } from './image-check.js';
import { checkDocx } from './docx-check.js';
import { detectKind, imageKinds, mimeOf, uploadLimits, type FileKind } from './file-kinds.js';

export { detectKind, imageKinds, mimeOf, uploadLimits, type FileKind } from './file-kinds.js';

export interface StoredUpload {
  storageKey: string;
  kind: FileKind;
  mime: string;
  size: number;
  originalName: string;
}

const fileField = (message: string) => new AppError('validation_failed', [{ field: 'file', message }]);

class UploadRejected extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

/**
 * Streams multipart field "file" into `dir` under a random name (optionally below `maxBytes`). The type is
 * sniffed from the first bytes and must be one of `accept`; the size is counted
 * as it streams and the partial file removed when a limit is crossed. An image must then decode
 * (checkImage) and a DOCX hold a Word document (checkDocx), or the file is removed and refused.
 */
export async function receiveUpload(req: FastifyRequest, dir: string, accept: readonly FileKind[], maxBytes = Infinity): Promise<StoredUpload> {
  if (!req.isMultipart()) throw fileField('multipart/form-data with field "file" expected');
  const limitOf = (k: FileKind) => Math.min(uploadLimits[k], maxBytes);
  const max = Math.max(...accept.map(limitOf));
  const part = await req.file({ limits: { fileSize: max, files: 1 }, throwFileSizeLimit: false });
  if (!part || part.fieldname !== 'file') throw fileField('field "file" is required');
  await mkdir(dir, { recursive: true });
  const storageKey = randomBytes(16).toString('hex');
  const path = join(dir, storageKey);
  let head = Buffer.alloc(0);
  let kind: FileKind | null = null;
  let size = 0;
  const check = (chunk: Buffer, self: Transform) => {
    size += chunk.length;
    if (size > limitOf(kind!)) throw new UploadRejected(new AppError('payload_too_large', { field: 'file', maxBytes: limitOf(kind!) }));
    self.push(chunk);
  };
  const sniff = () => {
    kind = detectKind(head);
    if (!kind || !accept.includes(kind)) throw new UploadRejected(fileField(`file type not accepted; allowed: ${accept.join(', ')}`));
  };
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        if (kind) check(chunk, this);
        else {
          head = Buffer.concat([head, chunk]);
          if (head.length >= 16) {
            sniff();
            check(head, this);
          }
        }
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        if (!kind) {
          if (head.length === 0) throw new UploadRejected(fileField('file is empty'));
          sniff();
          check(head, this);
        }
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
  // Opened before streaming, so a rejected upload always has a file to remove (a lazily opened stream could create it after the unlink).
  const handle = await open(path, 'wx');
  try {
    await pipeline(part.file, guard, handle.createWriteStream());
    if (part.file.truncated) throw new UploadRejected(new AppError('payload_too_large', { field: 'file', maxBytes: max }));
    if (imageKinds.includes(kind!)) await checkImage(path);
    if (kind === 'docx') await checkDocx(path);
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(path).catch(() => {});
    if (err instanceof UploadRejected) throw err.appError;
    throw err;
  }
  return { storageKey, kind: kind!, mime: mimeOf[kind!], size, originalName: (part.filename ?? '').slice(0, 200) };
}

export async function removeStored(dir: string, storageKey: string): Promise<void> {
  await unlink(join(dir, storageKey)).catch(() => {});
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` → an inclusive range; null when absent, 'invalid' when unsatisfiable. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/** Sends a stored file, honouring a single byte Range (video seeking). */
export async function sendStoredFile(
  req: FastifyRequest,
  reply: FastifyReply,
  file: { dir: string; storageKey: string; mime: string; downloadName?: string },
) {
  const path = join(file.dir, file.storageKey);
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('not_found');
  const size = info.size;
  reply
    .header('content-type', file.mime)
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=3600')
    .header(
      'content-disposition',
      file.downloadName ? `attachment; filename*=UTF-8''${encodeURIComponent(file.downloadName)}` : 'inline',
    );
  const range = parseRange(req.headers.range, size);
  if (range === 'invalid') return reply.status(416).header('content-range', `bytes */${size}`).send();
  if (!range) return reply.header('content-length', size).send(createReadStream(path));
  return reply
    .status(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
    .header('content-length', range.end - range.start + 1)
    .send(createReadStream(path, { start: range.start, end: range.end }));
}
