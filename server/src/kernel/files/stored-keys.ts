import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { receiveUpload, removeStored, type FileKind, type StoredUpload } from './uploads.js';
import type { CheckedBytes } from './image-check.js';

/** Uploads of one area live in DATA_DIR/uploads/<area>; a key is '<area>/<random hex>'. */
export function uploadsDir(dataDir: string, area: string) {
  return resolve(dataDir, 'uploads', area);
}

export async function storeUpload(req: FastifyRequest, dataDir: string, area: string, accept: readonly FileKind[], maxBytes?: number): Promise<StoredUpload & { key: string }> {
  const stored = await receiveUpload(req, uploadsDir(dataDir, area), accept, maxBytes);
  return { ...stored, key: `${area}/${stored.storageKey}` };
}

/** Writes bytes checked by checkBytes (type, and an image's decoding) under a new key of `area`. */
export async function storeBytes(dataDir: string, area: string, { bytes }: CheckedBytes): Promise<string> {
  const dir = uploadsDir(dataDir, area);
  await mkdir(dir, { recursive: true });
  const name = randomBytes(16).toString('hex');
  await writeFile(join(dir, name), bytes, { flag: 'wx' });
  return `${area}/${name}`;
}

/** Absolute path of a key we made; anything else (e.g. '../') is refused. */
export function pathOfKey(dataDir: string, key: string): string {
  const m = /^([a-z_]+)\/([0-9a-f]{32})$/.exec(key);
  if (!m) throw new AppError('not_found');
  return join(uploadsDir(dataDir, m[1]), m[2]);
}

export async function removeByKey(dataDir: string, key: string) {
  const m = /^([a-z_]+)\/([0-9a-f]{32})$/.exec(key);
  if (m) await removeStored(uploadsDir(dataDir, m[1]), m[2]);
}
