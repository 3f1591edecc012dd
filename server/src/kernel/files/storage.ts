import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../errors.js';
import { detectKind, type FileKind } from './file-kinds.js';

export interface StoredFile {
  /** Relative key under DATA_DIR/uploads, e.g. 'activities/2026/ab12….jpg'. */
  key: string;
  mime: string;
  size: number;
  originalName: string;
}

const KEY_RE = /^[a-z0-9_-]+\/\d{4}\/[A-Za-z0-9_-]{24}\.[a-z0-9]{2,5}$/;

export function uploadsRoot(dataDir: string) {
  return resolve(dataDir, 'uploads');
}

/** Absolute path of a stored key; refuses anything that is not a key we made (no traversal). */
export function pathOfKey(dataDir: string, key: string): string {
  if (!KEY_RE.test(key)) throw new AppError('not_found');
  return join(uploadsRoot(dataDir), key);
}

/**
 * Streams an upload to disk, checking its first bytes against the allowed kinds and
 * its size against the limit as it arrives; a refused file leaves nothing behind.
 */
export async function storeUpload(dataDir: string, area: string, part: MultipartFile, opts: { kinds: FileKind[]; maxBytes: number }): Promise<StoredFile> {
  const year = String(new Date().getFullYear());
  const dir = join(uploadsRoot(dataDir), area, year);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.upload-${randomBytes(8).toString('hex')}`);
  let size = 0;
  let head = Buffer.alloc(0);
  let kind: FileKind | null = null;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > opts.maxBytes) return done(new AppError('payload_too_large', { maxBytes: opts.maxBytes }));
      if (!kind) {
        head = Buffer.concat([head, chunk]).subarray(0, 16);
        if (head.length >= 12 || size === chunk.length) {
          kind = detectKind(head, opts.kinds);
          if (!kind) return done(new AppError('validation_failed', [{ field: 'file', message: `file type not allowed; accepted: ${opts.kinds.map((k) => k.ext).join(', ')}` }]));
        }
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, guard, createWriteStream(tmp));
    if ((part.file as { truncated?: boolean }).truncated) throw new AppError('payload_too_large', { maxBytes: opts.maxBytes });
    if (!kind) kind = detectKind(head, opts.kinds);
    if (!kind || size === 0) throw new AppError('validation_failed', [{ field: 'file', message: 'empty or unrecognised file' }]);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  const name = randomBytes(18).toString('base64url') + (kind as FileKind).ext;
  await rename(tmp, join(dir, name));
  return { key: `${area}/${year}/${name}`, mime: (kind as FileKind).mime, size: (await stat(join(dir, name))).size, originalName: part.filename.slice(0, 200) };
}

export async function removeStored(dataDir: string, key: string) {
  await rm(pathOfKey(dataDir, key), { force: true });
}
